import { hintText, marked, startZhejiangFiling, typeInto } from './extension-helpers';
import { expect, test } from './fixtures';

// Issue 15 item 3, in the browser on the simulator: an address in another province in 通讯地址, one
// finding for a 证件住所 in 江苏, the pre-filled 0571 of 联系方式2, a 10-digit emergency mobile, 163.con,
// 「尚未填写」 only for blank fields, and 当前步骤 on 开始备案.

test('开始备案 is the type step in the panel, and the subject page’s hints are the ones an applicant can trust', async ({
  page,
  sidePanelPage,
  simulatorURL,
  resetSimulator,
}) => {
  test.setTimeout(120_000);
  await resetSimulator('empty');
  await page.goto(`${simulatorURL}/beian/#/start`);
  await startZhejiangFiling(page, 'zhangsan-blog.com');
  const current = sidePanelPage.locator('[aria-current="step"]');
  await expect(current).toHaveAttribute('data-step', 'type');
  await expect(current).toContainText('验证备案类型');

  await page.getByRole('button', { name: '验证备案类型' }).click();
  await page.getByRole('button', { name: '下一步：产品验证' }).click();
  await page.getByRole('radio', { name: '选择实例 web-server-1（i-ecs-ok）' }).check();
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page).toHaveURL(/\/order\/[^/]+\/subject/);
  await expect(sidePanelPage.locator('[aria-current="step"]')).toHaveAttribute('data-step', 'subject');

  // A fresh page: 联系方式2 holds only the pre-filled 0571: "not filled yet", not red.
  await typeInto(page.getByLabel('主办单位或主办人名称'), '张三');
  const landline = marked(page, 'subject.principal.landline');
  await expect(landline).toHaveAttribute('data-icp-rules', /landline\.prefix-only/);
  await expect(landline).toHaveAttribute('data-icp-severity', 'info');
  await expect(landline).not.toHaveAttribute('aria-invalid', /.*/);

  // 江苏省南京市… after the page's 浙江省杭州市西湖区 prefix.
  await typeInto(page.getByLabel('主办单位通讯地址'), '江苏省南京市玄武区中山路1号');
  const mail = marked(page, 'subject.mailAddress');
  await expect(mail).toHaveAttribute('data-icp-rules', /address\.mail-other-province/);
  await expect(mail).toHaveAttribute('aria-invalid', 'true');
  await expect.poll(() => hintText(page, 'subject.mailAddress')).toContain('在江苏省');

  // 证件住所 in 江苏 for a 浙江 individual: one finding (the residence proof), no same-province error.
  await typeInto(page.getByLabel('主办单位证件住所'), '江苏省南京市玄武区中山路1号');
  const idAddress = marked(page, 'subject.idAddress');
  await expect(idAddress).toHaveAttribute('data-icp-rules', 'zj.residence-proof');
  await expect(idAddress).toHaveAttribute('data-icp-severity', 'warning');

  // A 10-digit emergency mobile, a filled but invalid contact 1, and 163.con.
  await typeInto(page.getByLabel('应急联系电话').first(), '1391234567');
  await expect(marked(page, 'subject.principal.emergencyPhone')).toHaveAttribute('data-icp-rules', /mobile\.length/);
  await expect.poll(() => hintText(page, 'subject.principal.emergencyPhone')).toContain('少一位');
  expect(await hintText(page, 'subject.principal.emergencyPhone')).not.toContain('区号');

  await typeInto(page.getByLabel('电子邮件').first(), 'zhangsan@163.con');
  await expect(marked(page, 'subject.principal.email')).toHaveAttribute('data-icp-rules', /email\.domain-typo/);
  await expect.poll(() => hintText(page, 'subject.principal.email')).toContain('163.com');

  const sms = sidePanelPage.getByTestId('plan-sms');
  await expect(sms).toContainText('联系方式1尚未填写');
  await typeInto(page.getByLabel('联系方式1').first(), '1381234567');
  await expect(sms).toContainText('联系方式1有误');
  await expect(sms).not.toContainText('尚未填写');
});
