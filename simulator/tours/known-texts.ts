/**
 * Texts tours may anchor to besides the field catalogue's labels (shared/domain/fields.ts): button,
 * link and heading names, labels only the simulator's pages show, and texts from the simulated world.
 * Each names where it comes from; a unit test checks that every source still contains it, so a
 * renamed button fails the tests before it fails a tour in front of a room.
 *
 * `sources` are [file, text] pairs that must all be found; a name composed at run time (`申请（${name}）`)
 * lists the template's literal part and the data it is filled from.
 */
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the sources are page templates, searched as text

export interface KnownText {
  text: string;
  sources: readonly (readonly [file: string, contains: string])[];
}

const BEIAN = 'simulator/pages/beian';
const PHONE = 'simulator/pages/phone/main.tsx';
const BUREAU = 'simulator/pages/bureau/main.tsx';
const WORLD = 'simulator/state/scenarios/base-world.json';
const DATA = 'simulator/state/data.ts';
const PROCESS_SN = 'shared/process/service-numbers.ts';

const own = (text: string, file: string): KnownText => ({ text, sources: [[file, text]] });

export const KNOWN_TEXTS: readonly KnownText[] = [
  // Buttons and links of the filing site
  own('验证备案类型', `${BEIAN}/start.tsx`),
  {
    text: '下一步：产品验证',
    sources: [
      [`${BEIAN}/start.tsx`, '下一步：{pageTitle('],
      [`${BEIAN}/steps.ts`, "'产品验证'"],
    ],
  },
  own('下一步', `${BEIAN}/subject.tsx`),
  own('下一页', 'simulator/pages/shared/pager.tsx'),
  own('保存，并继续添加网站', `${BEIAN}/website.tsx`),
  own('添加域名', `${BEIAN}/website.tsx`),
  own('APP基本信息', `${BEIAN}/app.tsx`),
  own('下载真实性核验单模板', `${BEIAN}/upload.tsx`),
  { text: '运行平台 1', sources: [[`${BEIAN}/app-platforms.tsx`, '<legend>运行平台 {j + 1}</legend>']] },
  { text: '运行平台 2', sources: [[`${BEIAN}/app-platforms.tsx`, '<legend>运行平台 {j + 1}</legend>']] },
  own('信息准确，继续下一步', `${BEIAN}/subject.tsx`),
  own('前往备案服务号管理', `${BEIAN}/service-numbers.tsx`),
  { text: '删除（{{sn1}}）', sources: [[`${BEIAN}/service-numbers.tsx`, 'aria-label={`删除（${n.number}）`}']] },
  { text: '去备案（{{sn2}}）', sources: [[`${BEIAN}/service-numbers.tsx`, 'aria-label={`去备案（${n.number}）`}']] },
  {
    text: '申请（弹性Web托管-1）',
    sources: [
      [`${BEIAN}/service-numbers.tsx`, 'aria-label={`申请（${instance.name}）`}'],
      [WORLD, '"弹性Web托管-1"'],
    ],
  },
  {
    text: '申请（云·企业官网 (199元)）',
    sources: [
      [`${BEIAN}/service-numbers.tsx`, 'aria-label={`申请（${instance.name}）`}'],
      [WORLD, '"云·企业官网 (199元)"'],
    ],
  },
  { text: '弹性Web托管-2', sources: [[WORLD, '"弹性Web托管-2"']] },
  {
    text: '选择实例 web-server-1（i-ecs-ok）',
    sources: [
      [`${BEIAN}/product.tsx`, 'aria-label={`选择实例 ${i.name}（${i.id}）`}'],
      [WORLD, '"web-server-1"'],
    ],
  },
  own('增加网站', `${BEIAN}/filings.tsx`),
  own('变更主体', `${BEIAN}/filings.tsx`),
  own('注销主体', `${BEIAN}/filings.tsx`),
  own('取消接入', `${BEIAN}/filings.tsx`),
  {
    text: '变更网站信息（北京示例科技官网）',
    sources: [
      [`${BEIAN}/filings.tsx`, "'change-website': '变更网站信息'"],
      [`${BEIAN}/filings.tsx`, 'aria-label={`${ACTION_LABELS[t]}（${w.name}）`}'],
      ['simulator/state/scenarios/bj-company-approved.json', '"北京示例科技官网"'],
    ],
  },
  own('提交备案', `${BEIAN}/status.tsx`),
  own('申请幕布', `${BEIAN}/status.tsx`),
  own('已有幕布', `${BEIAN}/status.tsx`),
  own('提交照片', `${BEIAN}/status.tsx`),
  own('查询照片', `${BEIAN}/status.tsx`),
  own('确认可用', `${BEIAN}/status.tsx`),
  own('获取验证码', `${BEIAN}/access.tsx`),
  own('认领备案', `${BEIAN}/claim.tsx`),
  { text: '填写接入信息', sources: [[`${BEIAN}/steps.ts`, "'填写接入信息'"]] },
  { text: '提交与进度', sources: [[`${BEIAN}/steps.ts`, "'提交与进度'"]] },
  // Headings and pictures of the filing site
  own('开始备案', `${BEIAN}/start.tsx`),
  own('认领原万网备案', `${BEIAN}/claim.tsx`),
  own('备案服务号申请', `${BEIAN}/service-numbers.tsx`),
  { text: '拍照核验', sources: [[`${BEIAN}/status.tsx`, '<h2>拍照核验</h2>']] },
  own('拍照核验（上海管局APP）', `${BEIAN}/status.tsx`),
  // Electronic face verification (today's photo check)
  { text: '电子核验（人脸识别）', sources: [[`${BEIAN}/face-section.tsx`, '<h2>电子核验（人脸识别）</h2>']] },
  own('身后为纯色（白色）背景', `${BEIAN}/face-section.tsx`),
  own('光线充足，面部无遮挡', `${BEIAN}/face-section.tsx`),
  own('已允许App读取位置信息', `${BEIAN}/face-section.tsx`),
  own('开始人脸核验', `${BEIAN}/face-section.tsx`),
  { text: '短信核验', sources: [[`${BEIAN}/status.tsx`, '<h2>短信核验</h2>']] },
  own('上海管局APP下载二维码（模拟）', `${BEIAN}/status.tsx`),
  own('上海管局APP拍摄的核验照片', `${BEIAN}/status.tsx`),
  // Labels the filing site shows that are not FilingDraft fields
  own('网站负责人', `${BEIAN}/website.tsx`),
  own('幕布照片', `${BEIAN}/status.tsx`),
  own('图片码', `${BEIAN}/status.tsx`),
  own('电话号码', 'simulator/pages/shared/landline.tsx'),
  own('网站备案信息真实性核验单', DATA),
  own('证件正面', DATA),
  own('证件反面', DATA),
  own('主办单位证件（营业执照等）', DATA),
  own('主体证件图片（认领）', DATA),
  // Texts of the filing site and the simulated world
  own('备案成功。', `${BEIAN}/status.tsx`),
  own('备案申请已被工信部系统退回', `${BEIAN}/status.tsx`),
  own('未使用', `${BEIAN}/service-numbers.tsx`),
  own('按量付费的 ECS 实例不能申请备案服务号', PROCESS_SN),
  {
    text: 'ECS实例购买时长不足 3 个月（当前 1 个月），请先续费',
    sources: [
      [PROCESS_SN, '购买时长不足'],
      [WORLD, '"trial-server (1个月)"'],
    ],
  },
  {
    text: '建站市场产品订单金额须不低于 99 元',
    sources: [
      [PROCESS_SN, "zh: '建站市场产品'"],
      [PROCESS_SN, '订单金额须不低于'],
      [PROCESS_SN, 'minOrderYuan: 99'],
    ],
  },
  { text: 'ICP备案密码错误', sources: [[DATA, 'ICP备案密码错误']] },
  { text: 'ICP备案密码', sources: [['simulator/state/world/approval.ts', 'ICP备案密码 ']] },
  { text: 'ICP备案短信核验验证码', sources: [['simulator/state/world/sms-check.ts', 'ICP备案短信核验验证码']] },
  own('北京示例科技有限公司', 'simulator/state/scenarios/bj-company-approved.json'),
  own('北京老字号网络有限公司', 'simulator/state/scenarios/wanwang-legacy.json'),
  // Bureau site
  own('备案短信核验', BUREAU),
  own('提交', BUREAU),
  own('找不到记录', 'simulator/state/world/sms-check.ts'),
  // Virtual phone and the Shanghai bureau app
  own('立即核验', PHONE),
  own('拍摄人像面', PHONE),
  own('拍摄国徽面', PHONE),
  { text: '拍摄人像面 ✓', sources: [[PHONE, "拍摄人像面{front ? ' ✓' : ''}"]] },
  { text: '拍摄国徽面 ✓', sources: [[PHONE, "拍摄国徽面{back ? ' ✓' : ''}"]] },
  own('拍摄手持证件照', PHONE),
  own('允许获取位置信息', PHONE),
  own('请在备案系统中输入以下图片码', PHONE),
  // Choices of the website form
  own('其他', 'simulator/pages/shared/options.ts'),
  own('单位门户网站', 'simulator/pages/shared/options.ts'),
  own('中文简体', 'simulator/pages/shared/options.ts'),
];
