// Every training tour is an e2e test (issue 6 item 4): the player replays it in the simulator with
// the extension loaded, at autoplay-fast speed, and records per step whether its expectations held,
// whether the extension flagged each "common mistake" with the expected rule, and whether the card
// ever covered the element it explained. A change that breaks a walkthrough fails here.
//
// TOURS_SKIP_HINTS=1 replays the tours without asserting the extension's hints (for a broken build
// of the extension); the default asserts them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { StepResult } from '../../simulator/pages/tour-player/controller';
import type { Tour } from '../../simulator/tours/schema';
import { expect, test } from './fixtures';

// The tour files themselves (the unit tests validate them with the schema; Playwright's loader
// does not import JSON modules).
const TOUR_DIR = 'simulator/tours/data';
const TOURS: Tour[] = readdirSync(TOUR_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(TOUR_DIR, f), 'utf8')) as Tour);

const ASSERT_HINTS = process.env.TOURS_SKIP_HINTS !== '1';

async function runToEnd(page: Page, tour: Tour): Promise<StepResult[]> {
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-tour', tour.id);
  // The long first-filing tours take 90 s and more on a busy 2-core machine.
  await expect(html).toHaveAttribute('data-tour-status', /^(done|failed)$/, { timeout: 170_000 });
  const status = await html.getAttribute('data-tour-status');
  const error = await html.getAttribute('data-tour-error');
  expect(status, `tour ${tour.id} stopped: ${error ?? ''}`).toBe('done');
  return page.evaluate(() => (window as unknown as { __tourResults: StepResult[] }).__tourResults);
}

/** Window sizes and views the card's placement is checked in (issue 16): projector and laptop, normal and presenter. */
const VIEWS = [
  { width: 1280, height: 900, presenter: false },
  { width: 1920, height: 1080, presenter: true },
  { width: 1280, height: 900, presenter: true },
  { width: 1920, height: 1080, presenter: false },
] as const;

/** Every tour in one view (in turn, so all four are covered); the first-filing tours in all four. */
const RUNS = TOURS.flatMap((tour, i) =>
  (tour.id.startsWith('first-zj') ? VIEWS : [VIEWS[i % VIEWS.length] ?? VIEWS[0]]).map((view) => ({ tour, view })),
);

for (const { tour, view } of RUNS) {
  const viewName = `${view.width}×${view.height}${view.presenter ? ' presenter' : ''}`;
  test(`tour ${tour.id}: ${tour.title.en} at ${viewName} — replays with every expectation met, the card never over the element or its hint`, async ({
    page,
    simulatorURL,
  }) => {
    test.setTimeout(200_000);
    await page.setViewportSize({ width: view.width, height: view.height });
    // reset=1: the replay runs in this test's own world (not the shared `tour-<id>`), so the four views
    // of one tour can replay at once on parallel workers; the presenter confirms the reset first.
    await page.goto(
      `${simulatorURL}/beian/?tour=${tour.id}&autoplay=fast&reset=1${view.presenter ? '&presenter=1' : ''}`,
    );
    await page
      .locator('#icp-tour-player')
      .getByRole('alertdialog')
      .getByRole('button', { name: /开始并重置/ })
      .click();
    const results = await runToEnd(page, tour);

    expect(results.map((r) => r?.id)).toEqual(tour.steps.map((s) => s.id));
    const failed = results.filter((r) => !r.ok || r.checks.some((c) => !c.ok));
    expect(failed.map((r) => `${r.id}: ${r.error ?? JSON.stringify(r.checks.filter((c) => !c.ok))}`)).toEqual([]);
    // The player measured its drawn card (and list) against the element and the extension's hints at every step.
    expect(
      results.filter((r) => !r.layout?.measured).map((r) => r.id),
      'steps whose card was never measured',
    ).toEqual([]);
    expect(
      results.filter((r) => r.overlap).map((r) => `${r.id}: ${r.layout?.covered.join(', ')}`),
      'the card covered the element it explains or the hint about it',
    ).toEqual([]);

    if (ASSERT_HINTS) {
      for (const step of tour.steps) {
        if ((step.kind !== 'fill' && step.kind !== 'select') || !step.mistake?.expectRule) continue;
        const r = results.find((x) => x.id === step.id);
        expect(r?.mistake, `${step.id}: the mistake was typed`).toBeDefined();
        const m = r?.mistake;
        expect(m?.extensionPresent, `${step.id}: the extension marked fields on the page`).toBe(true);
        expect(m?.rulesSeen.split(/\s+/), `${step.id}: data-icp-rules while the mistake showed`).toContain(
          step.mistake.expectRule,
        );
        if (step.field) expect(m?.field, `${step.id}: data-icp-field`).toBe(step.field);
        expect(m?.hintCleared, `${step.id}: the hint went away once corrected`).toBe(true);
        // Opened fully while explained, and the card quotes what the hint says (from the rule, not the tour file).
        expect(m?.hintOpen, `${step.id}: the hint was open`).toBe(true);
        expect(m?.message?.zh, `${step.id}: the card's quote is the hint's message`).toBe(m?.hintText);
        expect(r?.layout?.hintsSeen, `${step.id}: the hint was measured against the card`).toBeGreaterThan(0);
      }
    }
  });
}

test.describe('the player itself (issue 6 item 3)', () => {
  test('next, back, jump, restart, presenter, language and minimise from the keyboard; the card never covers the field', async ({
    page,
    simulatorURL,
  }) => {
    test.setTimeout(90_000);
    const html = page.locator('html');
    const card = page.locator('#icp-tour-player .card');
    const atStep = async (n: number, phase = /^(shown|mistake)$/) => {
      await expect(html).toHaveAttribute('data-tour-step', String(n), { timeout: 20_000 });
      await expect(html).toHaveAttribute('data-tour-phase', phase, { timeout: 20_000 });
    };
    const noOverlap = async (target: ReturnType<Page['getByLabel']>) => {
      const a = await target.boundingBox();
      const b = await card.boundingBox();
      if (!a || !b) throw new Error('no box');
      const apart = b.x >= a.x + a.width || a.x >= b.x + b.width || b.y >= a.y + a.height || a.y >= b.y + b.height;
      expect(apart, `card ${JSON.stringify(b)} over element ${JSON.stringify(a)}`).toBe(true);
    };

    await page.goto(`${simulatorURL}/beian/?tour=first-zj-individual&lang=en`);
    await atStep(1);
    await expect(card).toContainText("the provider's filing site");
    // In the tour's own world: the default world is not touched.
    await expect(page).toHaveURL(/\/w\/tour-first-zj-individual\/beian\/#\/start$/);

    // → executes step 2: the whole region is chosen in one step (province, city, district), the card beside it.
    await page.keyboard.press('ArrowRight');
    await atStep(2);
    await expect(page.getByLabel('主办单位所属区域')).toHaveValue('浙江省');
    await expect(page.getByLabel('区/县')).toHaveValue('西湖区');
    await noOverlap(page.getByLabel('主办单位所属区域'));

    // Space and PageDown are "next" too (presenter remotes). Step 4 shows a common mistake.
    await page.keyboard.press(' ');
    await atStep(3);
    await page.keyboard.press('PageDown');
    await atStep(4, /^mistake$/);

    // P: presenter view with large type.
    const small = await card.locator('.callout').evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    await page.keyboard.press('p');
    await expect(page.locator('#icp-tour-player .player.presenter')).toHaveCount(1);
    const large = await card.locator('.callout').evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    expect(large).toBeGreaterThanOrEqual(small * 1.5);
    await expect(page.getByLabel('主办单位证件号码')).toHaveValue('330106199003071235');
    await noOverlap(page.getByLabel('主办单位证件号码'));

    // Language: the callout switches to Chinese.
    await card.getByRole('button', { name: '中文' }).click();
    await expect(card).toContainText('常见错误');
    // "next" corrects the mistake.
    await page.keyboard.press('ArrowRight');
    await atStep(4, /^shown$/);
    await expect(page.getByLabel('主办单位证件号码')).toHaveValue('330106199003071236');

    // The step list beside the card, in chapters: jump to step 11 (subject name). The state is rebuilt
    // by a reset and a quick replay of steps 1–10 — the order exists and the earlier fields are filled.
    await card.getByRole('button', { name: /步骤列表/ }).click();
    const list = page.locator('#icp-tour-player nav.list');
    await expect(list).toBeVisible();
    await expect(list.locator('.chapter')).toHaveText(['类型', '主体', '网站', '上传', '核验', '短信', '审核']);
    await list.getByRole('button', { name: /^11 / }).click();
    await atStep(11);
    await expect(page).toHaveURL(/#\/order\/O-\d+\/subject$/);
    await expect(page.getByLabel('主办单位或主办人名称')).toHaveValue('王小明');
    await expect(page.getByLabel('主办单位证件号码')).toHaveValue('330106199003071236');
    await noOverlap(page.getByLabel('主办单位或主办人名称'));
    const listBox = await list.boundingBox();
    const fieldBox = await page.getByLabel('主办单位或主办人名称').boundingBox();
    expect(
      listBox && fieldBox && (listBox.x >= fieldBox.x + fieldBox.width || fieldBox.x >= listBox.x + listBox.width),
    ).toBe(true);

    // ← goes back one step (replayed from the scenario again).
    await page.keyboard.press('ArrowLeft');
    await atStep(10);
    await expect(page).toHaveURL(/#\/order\/O-\d+\/product$/);

    // Home restarts from the scenario; Esc minimises to the launcher and keeps the place.
    await page.keyboard.press('Home');
    await atStep(1);
    await page.keyboard.press('Escape');
    await expect(card).toHaveCount(0);
    await page.locator('#icp-tour-player .launcher').click();
    await page.locator('#icp-tour-player').getByRole('button', { name: '继续演示' }).click();
    await expect(card).toBeVisible();
    await expect(html).toHaveAttribute('data-tour-status', 'running');
  });

  test("one language switch: the tour in English shows the extension's hint in English, and back in Chinese", async ({
    page,
    simulatorURL,
  }) => {
    test.skip(!ASSERT_HINTS, 'needs the extension');
    test.setTimeout(60_000);
    const html = page.locator('html');
    // Step 4 of the 浙江 tour: a wrong check digit in 主办单位证件号码 (id-number.checksum).
    await page.goto(`${simulatorURL}/beian/?tour=first-zj-individual&lang=en&step=4`);
    await expect(html).toHaveAttribute('data-tour-step', '4', { timeout: 30_000 });
    await expect(html).toHaveAttribute('data-tour-phase', 'mistake', { timeout: 20_000 });
    await expect(html).toHaveAttribute('data-icp-lang', 'en');
    const message = page.locator('[data-icp-hint-for="subject.idNumber"] .item[data-rule="id-number.checksum"] .msg');
    await expect(message.first()).toContainText('The check character of the ID number is wrong');
    // The card quotes the same English words.
    await expect(page.locator('#icp-tour-player .card .quote')).toContainText('The check character');
    // The player's 中文 button switches the hints too.
    await page.locator('#icp-tour-player .card').getByRole('button', { name: '中文' }).click();
    await expect(html).toHaveAttribute('data-icp-lang', 'zh');
    await expect(message.first()).toContainText('证件号码校验位不正确');
  });

  test('the launcher lists every tour; autoplay at normal speed advances on its own and survives a page load', async ({
    page,
    simulatorURL,
  }) => {
    test.setTimeout(60_000);
    await page.goto(`${simulatorURL}/console/`);
    await page.locator('#icp-tour-player .launcher').click();
    const menu = page.locator('#icp-tour-player .menu');
    for (const t of TOURS) await expect(menu).toContainText(t.title.zh);
    await menu.locator('[data-tour-id="claim-wanwang"]').getByRole('button', { name: '自动播放' }).click();
    // Its own world: nothing to confirm.
    await expect(page.locator('#icp-tour-player').getByRole('alertdialog')).toHaveCount(0);
    const html = page.locator('html');
    // Started from the console: the tour loads /beian/ and goes on by itself.
    await expect(page).toHaveURL(/\/w\/tour-claim-wanwang\/beian\/#\/claim$/, { timeout: 15_000 });
    await expect(html).toHaveAttribute('data-tour-step', '2', { timeout: 20_000 });
    await expect(page.getByLabel('主体备案号')).toHaveValue('京ICP备08012345号');
    await expect(html).toHaveAttribute('data-tour-step', '3', { timeout: 20_000 });
  });

  test("a ?tour= link runs in the tour's own world and leaves the default world alone; only reset=1 replaces it, after asking (Esc cancels, Tab/Enter starts); captchas come back on", async ({
    page,
    simulatorURL,
    resetSimulator,
  }) => {
    test.setTimeout(90_000);
    // Someone's work in the simulator: a filed company, captchas on.
    await resetSimulator('bj-company-approved', { captcha: true });
    // The test's own world is `simulatorURL`; a tour's world (`/w/tour-x`) is a sibling at the origin.
    const state = async (world = '') =>
      (await (
        await page.request.get(`${world ? new URL(simulatorURL).origin + world : simulatorURL}/__sim/state`)
      ).json()) as {
        scenario: string;
        settings: { captcha: boolean };
      };
    const html = page.locator('html');
    const dialog = page.locator('#icp-tour-player').getByRole('alertdialog');

    // A plain link: no question, its own world, the default world as it was.
    await page.goto(`${simulatorURL}/beian/?tour=claim-wanwang&autoplay=fast`);
    await expect(html).toHaveAttribute('data-tour-world', 'tour-claim-wanwang');
    await expect(dialog).toHaveCount(0);
    await expect(html).toHaveAttribute('data-tour-status', 'done', { timeout: 60_000 });
    expect((await state('/w/tour-claim-wanwang')).scenario).toBe('wanwang-legacy');
    expect(await state()).toMatchObject({ scenario: 'bj-company-approved', settings: { captcha: true } });
    // The same tour again reuses its world (reset to the scenario, no 409).
    await page.goto(`${simulatorURL}/beian/?tour=claim-wanwang&autoplay=fast`);
    await expect(html).toHaveAttribute('data-tour-status', 'done', { timeout: 60_000 });
    await page.evaluate(() => (window as unknown as { __tourPlayer: { stop(): void } }).__tourPlayer.stop());

    // reset=1 (legacy: this world is replaced) asks first. Focus starts on 取消; Esc closes and nothing changed.
    await page.goto(`${simulatorURL}/beian/?tour=claim-wanwang&autoplay=fast&reset=1`);
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('wanwang-legacy');
    await expect(dialog.getByRole('button', { name: /取消/ })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(html).not.toHaveAttribute('data-tour', /./);
    expect((await state()).scenario).toBe('bj-company-approved');

    // 取消 by click: the same.
    await page.goto(`${simulatorURL}/beian/?tour=claim-wanwang&autoplay=fast&reset=1`);
    await dialog.getByRole('button', { name: /取消/ }).click();
    await expect(dialog).toHaveCount(0);
    expect((await state()).scenario).toBe('bj-company-approved');

    // Tab moves to 开始并重置 (and stays inside the dialog); Enter starts the tour here.
    await page.goto(`${simulatorURL}/beian/?tour=claim-wanwang&autoplay=fast&reset=1`);
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: /开始并重置/ })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: /取消/ })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(html).toHaveAttribute('data-tour', 'claim-wanwang');
    // reset=1 plays in the world the link was opened in: this test's own (`…/w/<id>`).
    await expect(html).toHaveAttribute('data-tour-world', simulatorURL.split('/w/')[1] ?? 'default');
    await expect(html).toHaveAttribute('data-tour-step', '2', { timeout: 20_000 });
    const during = await state();
    expect(during.scenario).toBe('wanwang-legacy');
    expect(during.settings.captcha).toBe(false);
    await expect(html).toHaveAttribute('data-tour-status', 'done', { timeout: 60_000 });
    await expect.poll(async () => (await state()).settings.captcha).toBe(true);
  });
});
