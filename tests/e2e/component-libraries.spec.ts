import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Issue 13: the consoles applicants type into are component-library apps. Each page here is rendered
// by the real library (tests/fixtures/libs/, built with Vite before the run), with the extension
// loaded: every field keyed (design §5 `data-icp-field`), values in custom selects read as shown,
// bad values marked, fixes clear them, no false error, and the library's own validation and buttons
// keep working.

const VALID_ID = '330106199003071236'; // GB 11643 check character right, 浙江 杭州 西湖区

/** The `.next-form-item` / `.ant-form-item` / `.t-form__item` row whose label is exactly `label`. */
function item(page: Page, rowSelector: string, label: string): Locator {
  return page
    .locator(rowSelector)
    .filter({ has: page.locator('label', { hasText: new RegExp(`^\\s*${label}\\s*$`) }) });
}

/** Every key the extension put on the page, once each (a radio group marks each box), sorted. */
async function markedFields(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...new Set([...document.querySelectorAll('[data-icp-field]')].map((e) => e.getAttribute('data-icp-field') ?? '')),
    ].sort(),
  );
}

/** Elements the extension marked as errors, with their rules (for a readable failure). */
async function errors(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-icp-severity="error"]')].map(
      (e) => `${e.getAttribute('data-icp-field')}: ${e.getAttribute('data-icp-rules')}`,
    ),
  );
}

/** Enter a value as a paste would (one input event; the libraries' inputs are controlled), then leave. */
async function typeInto(locator: Locator, text: string) {
  await locator.click();
  await locator.fill(text);
  await locator.blur();
}

// Library pages are heavy on a shared 2-core machine: long flows get more than the default minute.
test.describe.configure({ timeout: 150_000 });

test.describe('Fusion (@alifd/next), as Alibaba Cloud renders its filing console', () => {
  const row = (page: Page, label: string) => item(page, '.next-form-item', label);
  const field = (page: Page, path: string) => page.locator(`[data-icp-field="${path}"]`);

  async function chooseRegion(page: Page, levels: string[]) {
    await row(page, '主办单位所属区域').locator('[role=combobox]').click();
    for (const level of levels) await page.locator('.next-cascader-menu-item', { hasText: level }).first().click();
  }
  async function chooseOption(page: Page, label: string, option: string) {
    await row(page, label).locator('[role=combobox]').click();
    await page.locator('.next-overlay-wrapper.opened [role=option]', { hasText: option }).first().click();
  }

  test('subject step: every field keyed; chosen region and document type read, no false 必填; wrong address and number flagged by their rules; fixes clear them', async ({
    page,
    fixturesURL,
  }) => {
    await page.goto(`${fixturesURL}/libs/fusion.html`);
    await expect(field(page, 'subject.province')).toHaveCount(1);
    expect(await markedFields(page)).toEqual(
      [
        'subject.idAddress',
        'subject.idNumber',
        'subject.idType',
        'subject.idValidFrom',
        'subject.idValidUntil',
        'subject.mailAddress',
        'subject.name',
        'subject.nature',
        'subject.principal.email',
        'subject.principal.idNumber',
        'subject.principal.idType',
        'subject.principal.idValidUntil',
        'subject.principal.mobile',
        'subject.principal.name',
        'subject.province',
      ].sort(),
    );
    // Markers sit on the focusable combobox input, not on the box around it.
    await expect(field(page, 'subject.province')).toHaveAttribute('role', 'combobox');

    await chooseRegion(page, ['浙江省', '杭州市', '西湖区']);
    await expect(row(page, '主办单位所属区域').locator('em')).toHaveText('浙江省 / 杭州市 / 西湖区');
    await chooseOption(page, '主办单位证件类型', '居民身份证');
    await row(page, '主办单位性质').getByText('个人').click();
    await typeInto(row(page, '主办单位名称').locator('input'), '张三');

    // The chosen values are read: no 「…为必填项」 on the cascader or the select (the false error).
    await expect(field(page, 'subject.province')).not.toHaveAttribute('data-icp-rules', /.+/);
    await expect(field(page, 'subject.idType')).not.toHaveAttribute('aria-invalid', /.*/);
    await expect(field(page, 'subject.idType')).not.toHaveAttribute('data-icp-rules', /required/);

    // A 北京 document address against the chosen 浙江省.
    await typeInto(row(page, '主办单位证件住所').locator('input'), '北京市东城区东华门大街1号');
    const idAddress = field(page, 'subject.idAddress');
    // An individual: 浙江's residence-proof warning is the one finding (not also a same-province error).
    await expect(idAddress).toHaveAttribute('data-icp-rules', /zj\.residence-proof/);
    await expect(idAddress).toHaveAttribute('data-icp-severity', 'warning');
    await typeInto(row(page, '主办单位证件住所').locator('input'), '浙江省杭州市西湖区文三路1号');
    await expect(idAddress).not.toHaveAttribute('data-icp-rules', /zj\.residence-proof/);
    await expect(idAddress).not.toHaveAttribute('aria-invalid', /.*/);

    // An 18-digit number: fine under 居民身份证, a passport rule's finding under 护照, not an ID-number one.
    // (The type is chosen before the number is typed: a change of type alone does not re-run the
    // number's format rules — reported to the lead, rules core.)
    const idNumber = field(page, 'subject.idNumber');
    await typeInto(row(page, '主办单位证件号码').locator('input'), VALID_ID);
    await expect(idNumber).not.toHaveAttribute('data-icp-rules', /.+/);
    await chooseOption(page, '主办单位证件类型', '护照');
    await expect(row(page, '主办单位证件类型').locator('em')).toHaveText('护照');
    await typeInto(row(page, '主办单位证件号码').locator('input'), VALID_ID);
    await expect(idNumber).toHaveAttribute('data-icp-rules', /passport\./);
    await expect(idNumber).not.toHaveAttribute('data-icp-rules', /id-number\./);
    await chooseOption(page, '主办单位证件类型', '居民身份证');
    await typeInto(row(page, '主办单位证件号码').locator('input'), VALID_ID);
    await expect(idNumber).not.toHaveAttribute('data-icp-rules', /.+/);

    // A wrong check character is an error; fixed, it is gone.
    await typeInto(row(page, '主办单位证件号码').locator('input'), '330106199003071230');
    await expect(idNumber).toHaveAttribute('data-icp-rules', /id-number\.checksum/);
    await typeInto(row(page, '主办单位证件号码').locator('input'), VALID_ID);
    await expect(idNumber).not.toHaveAttribute('data-icp-rules', /.+/);

    // The rest of the step, filled correctly: zero errors on the page.
    await typeInto(row(page, '主办单位通讯地址').locator('input'), '文三路1号');
    await typeInto(row(page, '负责人姓名').locator('input'), '张三');
    await chooseOption(page, '负责人证件类型', '居民身份证');
    await typeInto(row(page, '负责人证件号码').locator('input'), VALID_ID);
    await typeInto(row(page, '手机号码').locator('input'), '13812345678');
    await typeInto(row(page, '电子邮箱').locator('input'), 'zhangsan@example.cn');
    await expect(field(page, 'subject.principal.email')).toHaveAttribute('data-icp-field', 'subject.principal.email');
    await expect.poll(() => errors(page)).toEqual([]);
    // The hint of the cascader (if any) never covers its chosen text: no hint at all here.
    await expect(page.locator('icp-hint[data-icp-hint-for="subject.province"]')).toHaveCount(0);

    // Fusion's own validation and buttons still work: 下一步 goes to the website step.
    await page.getByRole('button', { name: '下一步' }).click();
    await expect(page.locator('h2')).toContainText('第2步');
  });

  test("Fusion's own validation still shows its messages for blank fields, beside the extension's markers", async ({
    page,
    fixturesURL,
  }) => {
    await page.goto(`${fixturesURL}/libs/fusion.html`);
    await expect(field(page, 'subject.name')).toHaveCount(1);
    await page.getByRole('button', { name: '下一步' }).click();
    await expect(page.locator('h2')).toContainText('第1步');
    // The library's error texts are not taken for labels: the keys are the same as before.
    await expect(row(page, '主办单位名称').locator('.next-form-item-help')).toHaveText('请输入主办单位名称');
    expect(await markedFields(page)).toContain('subject.name');
    await expect(page.locator('[data-icp-field="subject.name"]')).toHaveCount(1);
  });

  test('website step: each tag of the domain select is a value; a home URL on another domain is flagged; fixing it clears it', async ({
    page,
    fixturesURL,
  }) => {
    await page.goto(`${fixturesURL}/libs/fusion.html?step=website`);
    const domains = row(page, '网站域名').locator('[role=combobox]');
    await expect(domains).toHaveAttribute('data-icp-field', 'websites[0].domains[0]');
    await domains.click();
    await page.keyboard.type('example.cn');
    await page.keyboard.press('Enter');
    await expect(row(page, '网站域名').locator('.next-tag')).toHaveCount(1);
    await page.keyboard.press('Escape');

    const homeUrl = field(page, 'websites[0].homeUrl');
    await typeInto(row(page, '网站首页URL').locator('input'), 'www.other.cn');
    await expect(homeUrl).toHaveAttribute('data-icp-rules', /domain\.home-url-on-domain/);
    await expect(homeUrl).toHaveAttribute('aria-invalid', 'true');
    await typeInto(row(page, '网站首页URL').locator('input'), 'www.example.cn');
    await expect(homeUrl).not.toHaveAttribute('data-icp-rules', /domain\.home-url-on-domain/);

    // A second tag is websites[0].domains[1]: a bad one marks the tag select; removing the tag clears it.
    await domains.click();
    await page.keyboard.type('exa_mple.cn');
    await page.keyboard.press('Enter');
    await expect(row(page, '网站域名').locator('.next-tag')).toHaveCount(2);
    await page.keyboard.press('Escape');
    await expect(domains).toHaveAttribute('aria-invalid', 'true');
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            document.querySelector('icp-hint[data-icp-hint-for="websites[0].domains[0]"]')?.shadowRoot?.textContent ??
            '',
        ),
      )
      .toContain('不允许的字符');
    await row(page, '网站域名').locator('.next-tag', { hasText: 'exa_mple.cn' }).locator('.next-tag-close-btn').click();
    await expect(row(page, '网站域名').locator('.next-tag')).toHaveCount(1);
    await expect(domains).not.toHaveAttribute('aria-invalid', /.*/);
    await expect(homeUrl).not.toHaveAttribute('data-icp-rules', /.+/);
  });
});

test.describe('Ant Design (antd 6)', () => {
  const row = (page: Page, label: string) => item(page, '.ant-form-item', label);
  const field = (page: Page, path: string) => page.locator(`[data-icp-field="${path}"]`);

  test('every field keyed; cascader and select read; each tag of mode="tags" a domain; a home URL elsewhere flagged and fixed; antd submits', async ({
    page,
    fixturesURL,
  }) => {
    await page.goto(`${fixturesURL}/libs/antd.html`);
    await expect(field(page, 'subject.province')).toHaveCount(1);
    expect(await markedFields(page)).toEqual(
      [
        'apps[0].icon',
        'apps[0].name',
        'subject.idNumber',
        'subject.idType',
        'subject.idValidFrom',
        'subject.idValidUntil',
        'subject.mailAddress',
        'subject.name',
        'subject.province',
        'websites[0].domains[0]',
        'websites[0].homeUrl',
        'websites[0].name',
        'websites[0].principal.email',
        'websites[0].principal.idValidUntil',
        'websites[0].principal.mobile',
        'websites[0].principal.name',
      ].sort(),
    );

    await page.locator('#icp_region').click();
    for (const level of ['浙江省', '杭州市', '西湖区'])
      await page.locator('.ant-cascader-menu-item', { hasText: level }).first().click();
    await expect(row(page, '主办单位所属区域').locator('.ant-select-content')).toHaveText('浙江省 / 杭州市 / 西湖区');
    await page.locator('#icp_idType').click();
    await page.locator('.ant-select-item-option', { hasText: '居民身份证' }).click();
    await expect(row(page, '主办单位证件类型').locator('.ant-select-content')).toHaveText('居民身份证');
    await page.locator('#icp_idType').blur();
    await expect(field(page, 'subject.province')).not.toHaveAttribute('data-icp-rules', /.+/);
    await expect(field(page, 'subject.idType')).not.toHaveAttribute('data-icp-rules', /.+/);

    await page.locator('#icp_domains').click();
    await page.keyboard.type('example.cn');
    await page.keyboard.press('Enter');
    await expect(row(page, '网站域名').locator('.ant-select-selection-item')).toHaveCount(1);
    const homeUrl = field(page, 'websites[0].homeUrl');
    await typeInto(page.locator('#icp_homeUrl'), 'www.other.cn');
    await expect(homeUrl).toHaveAttribute('data-icp-rules', /domain\.home-url-on-domain/);
    await expect(homeUrl).toHaveAttribute('aria-invalid', 'true');
    await typeInto(page.locator('#icp_homeUrl'), 'www.example.cn');
    await expect(homeUrl).not.toHaveAttribute('data-icp-rules', /.+/);
    await expect(homeUrl).not.toHaveAttribute('aria-invalid', /.*/);

    await typeInto(page.locator('#icp_idNumber'), VALID_ID);
    await typeInto(page.locator('#icp_name'), '张三');
    await typeInto(page.locator('#icp_mailAddress'), '文三路1号');
    await typeInto(page.locator('#icp_siteName'), '张三的摄影作品集');
    await typeInto(page.locator('#icp_wName'), '张三');
    await typeInto(page.locator('#icp_wMobile'), '13812345678');
    await typeInto(page.locator('#icp_wEmail'), 'zhangsan@example.cn');
    await expect.poll(() => errors(page)).toEqual([]);

    await page.getByRole('button', { name: /提\s*交/ }).click();
    await expect(page.locator('#status')).toContainText('已提交');
    await expect(page.locator('#status')).toContainText('"domains":["example.cn"]');
  });
});

test.describe('TDesign (tdesign-react), as Tencent Cloud renders its filing console', () => {
  const row = (page: Page, label: string) => item(page, '.t-form__item', label);
  const field = (page: Page, path: string) => page.locator(`[data-icp-field="${path}"]`);

  test('labels without for, inputs deep below: every field keyed; select, cascader and radio read; 北京 address flagged and fixed; TDesign validates and submits', async ({
    page,
    fixturesURL,
  }) => {
    await page.goto(`${fixturesURL}/libs/tdesign.html`);
    await expect(field(page, 'subject.province')).toHaveCount(1);
    expect(await markedFields(page)).toEqual(
      [
        'apps[0].icon',
        'apps[0].name',
        'subject.idAddress',
        'subject.idNumber',
        'subject.idType',
        'subject.idValidFrom',
        'subject.idValidUntil',
        'subject.mailAddress',
        'subject.name',
        'subject.nature',
        'subject.principal.email',
        'subject.principal.idValidUntil',
        'subject.principal.mobile',
        'subject.principal.name',
        'subject.province',
      ].sort(),
    );

    // TDesign's own validation first: blank required fields get its messages, nothing breaks.
    await page.getByRole('button', { name: '提交' }).click();
    await expect(page.locator('#status')).toHaveText('表单有误');
    await expect(row(page, '主办单位名称').locator('.t-input__extra')).toHaveText('请输入主办单位名称');

    await row(page, '主办单位所属区域').locator('input').click();
    for (const level of ['浙江省', '杭州市', '西湖区'])
      await page.locator('.t-cascader__item', { hasText: level }).first().click();
    await expect(row(page, '主办单位所属区域').locator('input')).toHaveValue('浙江省 / 杭州市 / 西湖区');
    await row(page, '主办单位证件类型').locator('input').click();
    await page.locator('.t-select-option', { hasText: '居民身份证' }).click();
    await row(page, '主办单位性质').getByText('个人').click();
    await expect(field(page, 'subject.province').first()).not.toHaveAttribute('data-icp-rules', /.+/);
    await expect(field(page, 'subject.idType')).not.toHaveAttribute('data-icp-rules', /.+/);
    await expect(field(page, 'subject.nature').first()).not.toHaveAttribute('data-icp-rules', /.+/);

    const idAddress = field(page, 'subject.idAddress');
    await typeInto(row(page, '主办单位证件住所').locator('input'), '北京市东城区东华门大街1号');
    await expect(idAddress).toHaveAttribute('data-icp-rules', /zj\.residence-proof/);
    await expect(idAddress).toHaveAttribute('data-icp-severity', 'warning');
    await typeInto(row(page, '主办单位证件住所').locator('input'), '浙江省杭州市西湖区文三路1号');
    await expect(idAddress).not.toHaveAttribute('aria-invalid', /.*/);

    await typeInto(row(page, '主办单位证件号码').locator('input'), VALID_ID);
    await typeInto(row(page, '主办单位名称').locator('input'), '张三');
    await typeInto(row(page, '主办单位通讯地址').locator('input'), '文三路1号');
    await typeInto(row(page, '负责人姓名').locator('input'), '张三');
    await typeInto(row(page, '手机号码').locator('input'), '13812345678');
    await typeInto(row(page, '电子邮箱').locator('input'), 'zhangsan@example.cn');
    await expect.poll(() => errors(page)).toEqual([]);

    await page.getByRole('button', { name: '提交' }).click();
    await expect(page.locator('#status')).toHaveText('已提交');
  });
});

test.describe('Element Plus, as the MIIT bureau renders its SMS-check page', () => {
  const field = (page: Page, path: string) => page.locator(`[data-icp-field="${path}"]`);

  test('placeholders only: the three fields keyed; a short mobile number flagged, fixed; Element validates and submits', async ({
    page,
    fixturesURL,
  }) => {
    await page.goto(`${fixturesURL}/libs/element-plus.html`);
    await expect(field(page, 'smsCheck.mobile')).toHaveCount(1);
    expect(await markedFields(page)).toEqual(['smsCheck.code', 'smsCheck.idTail', 'smsCheck.mobile']);

    await page.getByRole('button', { name: '提交' }).click();
    await expect(page.locator('#status')).toHaveText('请完善信息');
    await expect(page.locator('.el-form-item__error').first()).toHaveText('请输入手机号码');

    const mobile = field(page, 'smsCheck.mobile');
    await typeInto(page.locator('#sms-mobile'), '1381234567');
    await expect(mobile).toHaveAttribute('aria-invalid', 'true');
    await expect(mobile).toHaveAttribute('data-icp-rules', /mobile\./);
    await typeInto(page.locator('#sms-mobile'), '13812345678');
    await expect(mobile).not.toHaveAttribute('aria-invalid', /.*/);
    await typeInto(page.locator('#sms-idTail'), '071236');
    await typeInto(page.locator('#sms-code'), '123456');
    await expect.poll(() => errors(page)).toEqual([]);

    await page.getByRole('button', { name: '提交' }).click();
    await expect(page.locator('#status')).toHaveText('核验已提交');
  });
});

test.describe('the Fusion-rendered 60-field page (the benchmark loads it beside many-fields.html)', () => {
  test('every one of its fields is keyed: subject, principal and five websites with their principals', async ({
    page,
    fixturesURL,
  }) => {
    await page.goto(`${fixturesURL}/libs/fusion-many.html`);
    await expect(page.locator('[data-icp-field="websites[4].principal.email"]')).toHaveCount(1);
    const keys = await markedFields(page);
    expect(keys).toHaveLength(61);
    for (let i = 0; i < 5; i++)
      for (const leaf of ['name', 'domains[0]', 'homeUrl', 'serviceContent', 'languages', 'principal.idType'])
        expect(keys).toContain(`websites[${i}].${leaf}`);
    // Pre-filled choices are read: no 「…为必填项」 anywhere on the page.
    await expect
      .poll(() => page.evaluate(() => document.querySelectorAll('[data-icp-rules*="required."]').length))
      .toBe(0);
  });
});

// Document validity (证件有效期) in date pickers, and uploads, in each library. The machine's date is the
// filing date: an end date in 2020 is expired, one in 2036 is fine; a 「长期」 box means no end date.
const EXPIRED = '2020-01-01';
const VALID_UNTIL = '2036-01-01';
const ICON_TOO_BIG = { name: 'icon.png', mimeType: 'image/png', buffer: Buffer.alloc(120 * 1024, 1) };
const ICON_OK = { name: 'icon-small.png', mimeType: 'image/png', buffer: Buffer.alloc(40 * 1024, 1) };

/** Type a date into a picker's input and commit it with Enter, as a user who types rather than clicks. */
async function typeDate(input: Locator, date: string) {
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

async function expectExpired(marked: Locator) {
  await expect(marked).toHaveAttribute('data-icp-rules', /document-validity\.expiring/);
  await expect(marked).toHaveAttribute('aria-invalid', 'true');
  await expect(marked).toHaveAttribute('data-icp-severity', 'error');
}

async function expectClear(marked: Locator) {
  await expect(marked).not.toHaveAttribute('data-icp-rules', /document-validity/);
  // The page's own aria-invalid="false" (antd) is restored, never left as our "true".
  await expect(marked).not.toHaveAttribute('aria-invalid', 'true');
}

/** Close a picker's popup as a user would: a click outside it (Escape does not close every library's). */
async function closePicker(page: Page) {
  await page.locator('h2').first().click();
}

test.describe('date pickers and uploads in each library', () => {
  const field = (page: Page, path: string) => page.locator(`[data-icp-field="${path}"]`);

  test('Fusion RangePicker and DatePicker2: an expired end date is an error, a later one clears it; 长期 clears the principal’s; a 120 KB icon is flagged, a 40 KB one is not', async ({
    page,
    fixturesURL,
  }) => {
    await page.goto(`${fixturesURL}/libs/fusion.html`);
    const row = (label: string) => item(page, '.next-form-item', label);
    const until = field(page, 'subject.idValidUntil');
    await expect(until).toHaveCount(1);
    // Start and end of the range are two fields, each marked on its own input.
    await expect(until).toHaveAttribute('placeholder', '结束日期');
    await expect(field(page, 'subject.idValidFrom')).toHaveAttribute('placeholder', '开始日期');

    await typeDate(row('证件有效期').getByPlaceholder('开始日期'), '2010-01-01');
    await typeDate(row('证件有效期').getByPlaceholder('结束日期'), EXPIRED);
    await closePicker(page);
    await expectExpired(until);
    await expect(field(page, 'subject.idValidFrom')).not.toHaveAttribute('data-icp-rules', /.+/);
    await typeDate(row('证件有效期').getByPlaceholder('结束日期'), VALID_UNTIL);
    await closePicker(page);
    await expectClear(until);

    const pUntil = field(page, 'subject.principal.idValidUntil');
    await typeDate(row('负责人证件有效期至').locator('input').first(), EXPIRED);
    await closePicker(page);
    await expectExpired(pUntil);
    await row('负责人证件有效期至').getByText('长期').click();
    await expectClear(pUntil);
    await expect.poll(() => errors(page)).toEqual([]);

    await page.goto(`${fixturesURL}/libs/fusion.html?step=app`);
    const icon = field(page, 'apps[0].icon');
    await expect(icon).toHaveCount(1);
    await expect(icon).toHaveText('选择图标'); // the trigger button carries the markers
    await page.locator('input[type=file]').setInputFiles(ICON_TOO_BIG);
    await expect(page.locator('.next-upload-list-item-size')).toHaveText('(120.00K)');
    await expect(icon).toHaveAttribute('data-icp-rules', /app\.icon-size/);
    await expect(icon).toHaveAttribute('aria-invalid', 'true');
    await page.locator('.next-upload-list-item-op [role=button]').click();
    await page.locator('input[type=file]').setInputFiles(ICON_OK);
    await expect(page.locator('.next-upload-list-item-size')).toHaveText('(40.00K)');
    await expect(icon).not.toHaveAttribute('data-icp-rules', /.+/);
    await expect.poll(() => errors(page)).toEqual([]);
  });

  test('antd RangePicker and DatePicker with 长期: expired marked, fixed and cleared; the upload lists only a name: keyed on its button, no false error', async ({
    page,
    fixturesURL,
  }) => {
    await page.goto(`${fixturesURL}/libs/antd.html`);
    const row = (label: string) => item(page, '.ant-form-item', label);
    const until = field(page, 'subject.idValidUntil');
    await expect(until).toHaveAttribute('placeholder', '结束日期');
    await typeDate(row('证件有效期').getByPlaceholder('开始日期'), '2010-01-01');
    await typeDate(row('证件有效期').getByPlaceholder('结束日期'), EXPIRED);
    await expectExpired(until);
    await typeDate(row('证件有效期').getByPlaceholder('结束日期'), VALID_UNTIL);
    await expectClear(until);

    const wUntil = field(page, 'websites[0].principal.idValidUntil');
    await typeDate(row('负责人证件有效期至').getByPlaceholder('请选择日期'), EXPIRED);
    await expectExpired(wUntil);
    await row('负责人证件有效期至').getByText('长期').click();
    await expectClear(wUntil);

    const icon = field(page, 'apps[0].icon');
    await expect(icon).toHaveText('选择图标');
    await page.locator('input[type=file]').setInputFiles(ICON_TOO_BIG);
    await expect(row('应用图标').locator('.ant-upload-list-item-name')).toHaveText('icon.png');
    // antd shows no size: nothing to judge the 100 KB limit by, so nothing is claimed.
    await expect(icon).not.toHaveAttribute('data-icp-rules', /app\.icon-size/);
    await expect.poll(() => errors(page)).toEqual([]);
  });

  test('TDesign DateRangePicker and DatePicker with 长期: expired marked, fixed and cleared; upload keyed on its button', async ({
    page,
    fixturesURL,
  }) => {
    await page.goto(`${fixturesURL}/libs/tdesign.html`);
    const row = (label: string) => item(page, '.t-form__item', label);
    const until = field(page, 'subject.idValidUntil');
    await expect(until).toHaveAttribute('placeholder', '结束日期');
    await typeDate(row('证件有效期').getByPlaceholder('开始日期'), '2010-01-01');
    await typeDate(row('证件有效期').getByPlaceholder('结束日期'), EXPIRED);
    await closePicker(page);
    await expectExpired(until);
    await typeDate(row('证件有效期').getByPlaceholder('结束日期'), VALID_UNTIL);
    await closePicker(page);
    await expectClear(until);

    const pUntil = field(page, 'subject.principal.idValidUntil');
    await typeDate(row('负责人证件有效期至').locator('input').first(), EXPIRED);
    await closePicker(page);
    await expectExpired(pUntil);
    await row('负责人证件有效期至').getByText('长期').click();
    await expectClear(pUntil);

    const icon = field(page, 'apps[0].icon');
    await expect(icon).toContainText('选择文件');
    await page.locator('input[type=file]').setInputFiles(ICON_TOO_BIG);
    await expect(row('应用图标').locator('.t-upload__single-name')).toHaveText('icon.png');
    await expect.poll(() => errors(page)).toEqual([]);
  });

  test('Element Plus el-date-picker (daterange, date with 长期) and el-upload on a console page', async ({
    page,
    fixturesURL,
  }) => {
    await page.goto(`${fixturesURL}/libs/element-plus-console.html`);
    const row = (label: string) => item(page, '.el-form-item', label);
    const until = field(page, 'subject.idValidUntil');
    await expect(until).toHaveAttribute('placeholder', '结束日期');
    await expect(field(page, 'subject.idValidFrom')).toHaveAttribute('placeholder', '开始日期');
    await typeDate(row('证件有效期').getByPlaceholder('开始日期'), '2010-01-01');
    await typeDate(row('证件有效期').getByPlaceholder('结束日期'), EXPIRED);
    await closePicker(page);
    await expectExpired(until);
    await typeDate(row('证件有效期').getByPlaceholder('结束日期'), VALID_UNTIL);
    await closePicker(page);
    await expectClear(until);

    const pUntil = field(page, 'subject.principal.idValidUntil');
    await typeDate(row('负责人证件有效期至').getByPlaceholder('请选择日期'), EXPIRED);
    await closePicker(page);
    await expectExpired(pUntil);
    await row('负责人证件有效期至').getByText('长期').click();
    await expectClear(pUntil);

    const icon = field(page, 'apps[0].icon');
    await expect(icon).toHaveText('选择图标');
    await page.locator('input[type=file]').setInputFiles(ICON_TOO_BIG);
    // Element's upload label is a div, not a <label>: the list is found by its own class.
    await expect(page.locator('.el-upload-list__item-file-name')).toHaveText('icon.png');
    await expect.poll(() => errors(page)).toEqual([]);
  });
});
