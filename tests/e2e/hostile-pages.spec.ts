import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Issue 7 §3: hostile and changing pages (tests/fixtures/pages/hostile-*.html). The extension keeps
// marking the right fields (design §5 markers, hints in an open shadow root) through re-renders, step
// swaps, the page's own ARIA, aggressive CSS and clashing globals; the page keeps its own behaviour.
// Research §2.1–2.3 (Bitwarden test-the-web "stability" pages, Grammarly's lesson).

const hint = (page: Page, path: string) => page.locator(`icp-hint[data-icp-hint-for="${path}"]`);

/** Select the whole value of a field and type a new one key by key (each key an input event). */
async function retype(page: Page, selector: string, value: string) {
  await page.locator(selector).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(value, { delay: 15 });
}

test.describe('a page that re-renders its inputs on every keystroke', () => {
  test('markers and hint follow the new element; the page keeps its value, focus and renders', async ({
    page,
    fixturesURL,
  }) => {
    await page.goto(`${fixturesURL}/hostile-rerender.html`);
    const mobile = page.locator('#f-mobile'); // re-resolved each time: always the live element
    await expect(mobile).toHaveAttribute('data-icp-field', 'subject.principal.mobile');

    await retype(page, '#f-mobile', '1381234567'); // 10 digits: spec §4.2 wants 11
    await expect(mobile).toHaveAttribute('aria-invalid', 'true');
    await expect(mobile).toHaveAttribute('data-icp-severity', 'error');
    await expect(mobile).toHaveAttribute('data-icp-rules', /mobile\./);
    await expect(hint(page, 'subject.principal.mobile')).toHaveCount(1);
    await expect(hint(page, 'subject.principal.mobile').locator('.hint')).toBeVisible();

    // the page really re-rendered, kept its own state and focus; every field is marked once, on live elements
    const own = await page.evaluate(() => ({
      renders: (window as never as { pageState: { renders: number } }).pageState.renders,
      value: (window as never as { pageState: { fields: { id: string; value: string }[] } }).pageState.fields.find(
        (f) => f.id === 'mobile',
      )?.value,
      focused: document.activeElement?.id,
      marked: [...document.querySelectorAll('[data-icp-field]')].map((e) => e.getAttribute('data-icp-field')).sort(),
    }));
    expect(own.renders).toBeGreaterThanOrEqual(10);
    expect(own.value).toBe('1381234567');
    expect(own.focused).toBe('f-mobile');
    expect(own.marked).toEqual([
      'subject.principal.email',
      'subject.principal.idNumber',
      'subject.principal.mobile',
      'subject.principal.name',
    ]);

    await page.keyboard.type('8'); // 11 digits: fixed
    await expect(mobile).not.toHaveAttribute('aria-invalid', /.*/);
    await expect(mobile).not.toHaveAttribute('data-icp-severity', /.*/);
    await expect(hint(page, 'subject.principal.mobile')).toHaveCount(0);

    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByRole('status')).toContainText('mobile=13812345678');
  });
});

test.describe('a wizard that replaces the whole form between steps', () => {
  test('step 1 marks go with step 1; step 2 fields are marked; 上一步 brings step 1 back marked', async ({
    page,
    fixturesURL,
  }) => {
    await page.goto(`${fixturesURL}/hostile-steps.html`);
    const idNumber = page.locator('#f-idNumber');
    await expect(idNumber).toHaveAttribute('data-icp-field', 'subject.idNumber');
    await retype(page, '#f-idNumber', '330106199003071230'); // wrong GB 11643 check character
    await expect(idNumber).toHaveAttribute('aria-invalid', 'true');
    await expect(idNumber).toHaveAttribute('data-icp-rules', /id-number\.checksum/);
    await expect(hint(page, 'subject.idNumber')).toHaveCount(1);

    await page.getByRole('button', { name: '下一步' }).click();
    await expect(page.locator('#step-title')).toHaveText('第2步：网站信息');
    await expect(page.locator('#f-domain')).toHaveAttribute('data-icp-field', 'websites[0].domains[0]');
    await expect(page.locator('#f-siteName')).toHaveAttribute('data-icp-field', 'websites[0].name');
    // nothing of step 1 is left on the page
    await expect(page.locator('icp-hint[data-icp-hint-for^="subject."]')).toHaveCount(0);

    await retype(page, '#f-domain', 'zhangsan-photo'); // no suffix: not a domain name (spec §5)
    await expect(page.locator('#f-domain')).toHaveAttribute('aria-invalid', 'true');
    await expect(hint(page, 'websites[0].domains[0]')).toHaveCount(1);

    await page.getByRole('button', { name: '上一步' }).click();
    await expect(page.locator('#step-title')).toHaveText('第1步：主办单位信息');
    await expect(idNumber).toHaveAttribute('aria-invalid', 'true'); // the page kept the wrong value; marked again
    await expect(hint(page, 'subject.idNumber')).toHaveCount(1);
    await expect(page.locator('icp-hint[data-icp-hint-for^="websites["]')).toHaveCount(0);

    const wizard = await page.evaluate(
      () => (window as never as { wizard: { transitions: string[]; values: Record<string, string> } }).wizard,
    );
    expect(wizard.transitions).toEqual(['1→2', '2→1']);
    expect(wizard.values.domain).toBe('zhangsan-photo');
  });
});

test.describe('a page with its own aria-invalid and aria-describedby', () => {
  test("ours is added on top and removed when fixed; the page's own values come back exactly (design §5)", async ({
    page,
    fixturesURL,
  }) => {
    await page.goto(`${fixturesURL}/hostile-aria.html`);
    const mobile = page.locator('#f-mobile');
    await expect(mobile).toHaveAttribute('data-icp-field', 'subject.principal.mobile');
    await expect(mobile).toHaveAttribute('aria-invalid', 'false');
    await expect(mobile).toHaveAttribute('aria-describedby', 'help-mobile');

    await retype(page, '#f-mobile', '1381234567');
    await expect(mobile).toHaveAttribute('aria-invalid', 'true');
    await expect(mobile).toHaveAttribute('aria-describedby', /^help-mobile icp-desc-\d+$/);

    // the page changes its own description while our marker is on: that becomes its value to restore
    await page.evaluate(() =>
      document.getElementById('f-mobile')?.setAttribute('aria-describedby', 'help-mobile page-extra'),
    );
    await expect(mobile).toHaveAttribute('aria-describedby', /^help-mobile page-extra icp-desc-\d+$/);

    await page.keyboard.type('8');
    await expect(mobile).not.toHaveAttribute('data-icp-severity', /.*/);
    await expect(mobile).toHaveAttribute('aria-invalid', 'false');
    await expect(mobile).toHaveAttribute('aria-describedby', 'help-mobile page-extra');
  });

  test("the page's own validation keeps working beside ours, and ends in its own state", async ({
    page,
    fixturesURL,
  }) => {
    await page.goto(`${fixturesURL}/hostile-aria.html`);
    const email = page.locator('#f-email');
    await expect(email).toHaveAttribute('data-icp-field', 'subject.principal.email');
    await retype(page, '#f-email', 'zhangsan');
    await page.keyboard.press('Tab'); // leave the field: the page's own change handler runs
    await page.getByRole('button', { name: '检查' }).click();
    await expect(page.getByRole('status')).toHaveText('页面校验未通过');
    await expect(page.locator('#email-error')).toBeVisible();
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAttribute('data-icp-severity', 'error');
    await expect(email).toHaveAttribute('aria-describedby', /^help-email email-error( icp-desc-\d+)?$/);

    await retype(page, '#f-email', 'zhangsan@163.com');
    await page.keyboard.press('Tab');
    await page.getByRole('button', { name: '检查' }).click();
    await expect(page.getByRole('status')).toHaveText('页面校验通过');
    await expect(email).not.toHaveAttribute('data-icp-severity', /.*/);
    await expect(email).toHaveAttribute('aria-invalid', 'false');
    await expect(email).toHaveAttribute('aria-describedby', 'help-email');
  });
});

test.describe('a page with CSS that would restyle anything injected', () => {
  test('the hint stays visible and readable; the page keeps its own look and buttons', async ({
    page,
    fixturesURL,
  }) => {
    await page.goto(`${fixturesURL}/hostile-css.html`);
    await expect(page.locator('#f-mobile')).toHaveAttribute('data-icp-field', 'subject.principal.mobile');
    await retype(page, '#f-mobile', '1381234567');
    await expect(page.locator('#f-mobile')).toHaveAttribute('aria-invalid', 'true');
    const box = hint(page, 'subject.principal.mobile').locator('.hint');
    await expect(box).toBeVisible();
    await expect(box).toContainText(/联系方式1|手机|11/);

    const look = await page.evaluate(() => {
      const host = document.querySelector('icp-hint[data-icp-hint-for="subject.principal.mobile"]') as HTMLElement;
      const inner = host.shadowRoot?.querySelector('.hint') as HTMLElement;
      const chain: { display: string; visibility: string; opacity: string; transform: string }[] = [];
      for (let el: HTMLElement | null = host; el && el !== document.body; el = el.parentElement) {
        const s = getComputedStyle(el);
        chain.push({ display: s.display, visibility: s.visibility, opacity: s.opacity, transform: s.transform });
      }
      const text = inner.querySelector('.msg') as HTMLElement;
      const r = inner.getBoundingClientRect();
      return {
        chain,
        size: { width: r.width, height: r.height },
        inViewport: r.right > 0 && r.bottom > 0 && r.left < innerWidth,
        font: getComputedStyle(text).fontSize,
        color: getComputedStyle(text).color,
        ownSpan: getComputedStyle(document.getElementById('own-span') as HTMLElement).fontSize,
      };
    });
    for (const s of look.chain) {
      expect(s.display).not.toBe('none');
      expect(s.visibility).toBe('visible');
      expect(s.opacity).toBe('1');
      expect(s.transform).toBe('none');
    }
    expect(look.size.width).toBeGreaterThan(100);
    expect(look.size.height).toBeGreaterThan(10);
    expect(look.inViewport).toBe(true);
    expect(Number.parseFloat(look.font)).toBeGreaterThanOrEqual(11);
    expect(Number.parseFloat(look.font)).toBeLessThanOrEqual(16);
    expect(look.color).not.toBe('rgba(0, 0, 0, 0)');
    expect(look.ownSpan).toBe('40px'); // the page's own rules still apply to the page

    await page.locator('#own-button').click();
    await expect(page.locator('#own-status')).toHaveText('已保存');
  });
});

test.describe('a page whose globals clash with extension APIs', () => {
  test('window.browser = "oops", window.chrome = {}, clobbering names and patched built-ins: the extension works, the page is untouched', async ({
    page,
    fixturesURL,
  }) => {
    await page.goto(`${fixturesURL}/hostile-globals.html`);
    const mobile = page.locator('#f-mobile');
    await expect(mobile).toHaveAttribute('data-icp-field', 'subject.principal.mobile');
    await retype(page, '#f-mobile', '1381234567');
    await expect(mobile).toHaveAttribute('aria-invalid', 'true');
    await expect(hint(page, 'subject.principal.mobile').locator('.hint')).toBeVisible();
    await page.keyboard.type('8');
    await expect(mobile).not.toHaveAttribute('aria-invalid', /.*/);

    await page.locator('#own-button').click();
    await expect(page.locator('#own-status')).toHaveText('已保存');
    const globals = await page.evaluate(() => {
      const w = window as never as Record<string, unknown> & { pageLog: string[] };
      return {
        browser: w.browser,
        chromeKeys: Object.keys(w.chrome as object),
        chromeIsPlainObject: Object.getPrototypeOf(w.chrome) === Object.prototype,
        log: w.pageLog,
        observerStillPatched: (w.MutationObserver as { native?: unknown }).native !== undefined,
        clobberedDiv: (document.getElementById('browser') as HTMLElement).textContent,
      };
    });
    expect(globals).toEqual({
      browser: 'oops',
      chromeKeys: [],
      chromeIsPlainObject: true,
      log: ['saved 13812345678'], // no error reached the page
      observerStillPatched: true,
      clobberedDiv: 'not the extension API',
    });
  });
});
