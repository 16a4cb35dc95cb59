import type { Bilingual } from './bilingual';
import { fieldPattern } from './field-text';
import type { FilingType } from './filing-types';

export { fieldPattern, normaliseLabel } from './field-text';

/**
 * The field catalogue: every field the filing site and the bureau's SMS-check page show, by key.
 * The extension finds fields on pages it has never seen by these labels (spec §4, §6.4), the simulator
 * renders its forms with them, and rules name the fields they read by these keys.
 *
 * Keys are FilingDraft paths with `[]` for "any index": `websites[].domains[]` (design §3).
 */

export type InputKind =
  | 'text'
  | 'select'
  | 'radio'
  | 'checkbox-group'
  | 'textarea'
  | 'static'
  | 'split-landline'
  | 'password'
  | 'list'
  /** A date (`YYYY-MM-DD`) or 长期 (no end): document validity, shown by date pickers. */
  | 'date';

/** Steps of a filing (spec §3), plus the bureau's SMS-check page (spec §6.4). */
export type FilingStep = 'type' | 'product' | 'subject' | 'website' | 'app' | 'upload' | 'sms-check' | 'access';

export interface FieldSpec {
  key: string;
  label: Bilingual;
  /** Labels seen on real pages for this field, besides `label.zh`. Matching ignores `*`, colons and spaces. */
  aliases: string[];
  kind: InputKind;
  step: FilingStep;
  /** Filing types whose forms show the field; undefined: every type with a full form. */
  filingTypes?: FilingType[];
  /** Section of the spec the field is described in. */
  spec: string;
}

const ACCESS: FilingType[] = ['access-new', 'access-continue'];

/** App filing (since 2023): MIIT's notice and its annex 《互联网信息服务备案登记表》, as restated by providers. */
const APP_SPEC = '《工业和信息化部关于开展移动互联网应用程序备案工作的通知》及附件《互联网信息服务备案登记表》 (2023)';

/**
 * The app step (APP / 小程序 / 快应用): labels as the MIIT annex and the providers' consoles show them.
 * Generic words (域名, 备注, 语言) stay with the website fields; the app's own carry an APP prefix.
 */
const APP_FIELDS: FieldSpec[] = [
  {
    key: 'apps[].kind',
    label: { zh: '应用类型', en: 'App type (app, mini program, quick app)' },
    aliases: ['APP类型', '互联网信息服务类型'],
    kind: 'select',
    step: 'app',
    spec: APP_SPEC,
  },
  {
    key: 'apps[].name',
    label: { zh: 'APP名称', en: 'App name' },
    aliases: ['App名称', 'app名称', '应用名称', '小程序名称', '快应用名称'],
    kind: 'text',
    step: 'app',
    spec: APP_SPEC,
  },
  {
    key: 'apps[].platforms[].platform',
    label: { zh: '运行平台', en: 'Platform' },
    aliases: ['APP运行平台', '平台类型'],
    kind: 'select',
    step: 'app',
    spec: APP_SPEC,
  },
  {
    key: 'apps[].platforms[].packageName',
    label: { zh: '包名', en: 'Package name / Bundle ID' },
    aliases: ['包名/Bundle ID', '包名 / Bundle ID', 'Bundle ID', 'BundleID', 'APP包名', '包名ID', '应用包名'],
    kind: 'text',
    step: 'app',
    spec: APP_SPEC,
  },
  {
    key: 'apps[].platforms[].publicKey',
    label: { zh: '公钥', en: 'Public key' },
    aliases: ['APP公钥', '证书公钥', '签名公钥'],
    kind: 'textarea',
    step: 'app',
    spec: APP_SPEC,
  },
  {
    key: 'apps[].platforms[].signature',
    label: { zh: '签名MD5值', en: 'Certificate fingerprint (签名MD5值: MD5 on Android, SHA-1 on iOS)' },
    aliases: ['签名信息', '签名MD5', 'MD5签名', '签名 MD5 值', '证书MD5', '证书指纹', '签名SHA1值', '公钥MD5'],
    kind: 'text',
    step: 'app',
    spec: APP_SPEC,
  },
  {
    key: 'apps[].icon',
    label: { zh: '应用图标', en: 'App icon' },
    aliases: ['APP图标', 'App图标'],
    kind: 'text',
    step: 'app',
    spec: APP_SPEC,
  },
  {
    key: 'apps[].domains[]',
    label: { zh: 'APP域名', en: 'App domain' },
    aliases: ['App域名', 'APP使用的域名', '应用域名'],
    kind: 'list',
    step: 'app',
    spec: APP_SPEC,
  },
  {
    key: 'apps[].sdks[]',
    label: { zh: 'SDK', en: 'SDK (vendor and function)' },
    aliases: ['SDK信息', 'SDK服务厂商', 'SDK服务厂商及功能类型', '第三方SDK'],
    kind: 'list',
    step: 'app',
    spec: APP_SPEC,
  },
  {
    key: 'apps[].serviceContent',
    label: { zh: 'APP服务内容', en: 'App service content' },
    aliases: ['App服务内容', '服务类目', 'APP类目'],
    kind: 'checkbox-group',
    step: 'app',
    spec: APP_SPEC,
  },
  {
    key: 'apps[].languages',
    label: { zh: 'APP语言', en: 'App languages' },
    aliases: ['App语言', 'APP语种', '语种'],
    kind: 'checkbox-group',
    step: 'app',
    spec: APP_SPEC,
  },
  {
    key: 'apps[].preApproval',
    label: { zh: 'APP前置审批', en: 'App pre-approval content types' },
    aliases: ['App前置审批', 'APP前置或专项审批内容类型'],
    kind: 'checkbox-group',
    step: 'app',
    spec: APP_SPEC,
  },
  {
    key: 'apps[].remark',
    label: { zh: 'APP备注', en: 'App remark' },
    aliases: ['App备注', '应用备注'],
    kind: 'textarea',
    step: 'app',
    spec: APP_SPEC,
  },
];

function principalFields(
  prefix: 'subject.principal' | 'websites[].principal' | 'apps[].principal',
  who: Bilingual,
): FieldSpec[] {
  const app = prefix === 'apps[].principal';
  const step: FilingStep = prefix === 'subject.principal' ? 'subject' : app ? 'app' : 'website';
  const spec = prefix === 'subject.principal' ? 'spec §4.2' : app ? APP_SPEC : 'spec §4.3';
  const web = prefix !== 'subject.principal';
  const w = (zh: string) => (app ? `APP负责人${zh}` : web ? `网站负责人${zh}` : `主体负责人${zh}`);
  // The system says 互联网信息服务负责人 / ICP负责人 where it said 网站负责人 (research F19).
  const today = (zh: string) => (web && !app ? [`互联网信息服务负责人${zh}`, `ICP负责人${zh}`] : []);
  return [
    {
      key: `${prefix}.name`,
      label: { zh: '负责人姓名', en: `${who.en} name` },
      aliases: [w('姓名'), '姓名', '法定代表人姓名', ...today('姓名')],
      kind: 'text',
      step,
      spec,
    },
    {
      key: `${prefix}.idType`,
      label: { zh: '负责人证件类型', en: `${who.en} document type` },
      aliases: [w('证件类型'), ...today('证件类型')],
      kind: 'select',
      step,
      spec,
    },
    {
      key: `${prefix}.idNumber`,
      label: { zh: '负责人证件号码', en: `${who.en} document number` },
      aliases: [w('证件号码'), '负责人证件号', '身份证号码', ...today('证件号码')],
      kind: 'text',
      step,
      spec,
    },
    {
      key: `${prefix}.idValidFrom`,
      label: { zh: '负责人证件有效期开始日期', en: `${who.en} document valid from` },
      aliases: [w('证件有效期开始日期'), w('证件有效期起始日期'), '负责人证件有效期起始日期'],
      kind: 'date',
      step,
      spec,
    },
    {
      key: `${prefix}.idValidUntil`,
      label: { zh: '负责人证件有效期', en: `${who.en} document valid until` },
      aliases: [
        w('证件有效期'),
        w('证件有效期至'),
        w('证件有效期结束日期'),
        w('证件有效期终止日期'),
        '负责人证件有效期至',
      ],
      kind: 'date',
      step,
      spec,
    },
    {
      key: `${prefix}.mobile`,
      label: { zh: '联系方式1', en: `${who.en} mobile (contact 1)` },
      aliases: ['手机号码', '手机号', w('手机号码'), '联系方式一', ...today('手机号码')],
      kind: 'text',
      step,
      spec,
    },
    {
      key: `${prefix}.landline`,
      label: { zh: '联系方式2', en: `${who.en} landline (contact 2)` },
      aliases: ['办公电话', '固定电话', '联系方式二'],
      kind: 'split-landline',
      step,
      spec,
    },
    {
      key: `${prefix}.emergencyPhone`,
      label: { zh: '应急联系电话', en: `${who.en} emergency phone` },
      aliases: ['应急电话', '应急联系方式'],
      kind: 'text',
      step,
      spec,
    },
    {
      key: `${prefix}.email`,
      label: { zh: '电子邮件地址', en: `${who.en} e-mail` },
      aliases: ['电子邮箱', '电子邮件', '邮箱地址', '邮箱'],
      kind: 'text',
      step,
      spec,
    },
  ];
}

export const FIELD_CATALOGUE: readonly FieldSpec[] = [
  // Type determination and subject (spec §2, §4.1)
  {
    key: 'subject.province',
    label: { zh: '主办单位所属区域', en: 'Subject region: province' },
    aliases: ['所属区域', '省份', '所在省份', '主办单位所在地'],
    kind: 'select',
    step: 'subject',
    spec: 'spec §4.1',
  },
  {
    key: 'subject.city',
    label: { zh: '市', en: 'Subject region: city' },
    aliases: ['城市', '所在城市'],
    kind: 'select',
    step: 'subject',
    spec: 'spec §4.1',
  },
  {
    key: 'subject.district',
    label: { zh: '区/县', en: 'Subject region: district' },
    aliases: ['区县', '区', '县'],
    kind: 'select',
    step: 'subject',
    spec: 'spec §4.1',
  },
  {
    key: 'subject.nature',
    label: { zh: '主办单位性质', en: 'Subject nature' },
    aliases: ['单位性质', '主体性质'],
    kind: 'select',
    step: 'subject',
    spec: 'spec §4.1',
  },
  {
    key: 'subject.idType',
    label: { zh: '主办单位证件类型', en: 'Subject document type' },
    aliases: ['证件类型', '主体证件类型'],
    kind: 'select',
    step: 'subject',
    spec: 'spec §4.1',
  },
  {
    key: 'subject.idNumber',
    label: { zh: '主办单位证件号码', en: 'Subject document number' },
    aliases: ['证件号码', '主体证件号码', '证件号'],
    kind: 'text',
    step: 'subject',
    spec: 'spec §4.1',
  },
  // 证件有效期 (start, end or 长期): a form field on today's consoles (providers' forms since about 2023).
  {
    key: 'subject.idValidFrom',
    label: { zh: '主办单位证件有效期开始日期', en: 'Subject document valid from' },
    aliases: [
      '证件有效期开始日期',
      '证件有效期起始日期',
      '证件有效期开始',
      '有效期开始日期',
      '有效期起始日期',
      '有效期开始',
      '有效期起',
      '主体证件有效期开始日期',
    ],
    kind: 'date',
    step: 'subject',
    spec: 'spec §4.1',
  },
  {
    key: 'subject.idValidUntil',
    label: { zh: '主办单位证件有效期', en: 'Subject document valid until' },
    aliases: [
      '证件有效期',
      '证件有效期至',
      '证件有效期结束日期',
      '证件有效期终止日期',
      '证件有效期截止日期',
      '有效期至',
      '有效期结束',
      '有效期结束日期',
      '有效期截止日期',
      '主体证件有效期',
      '主办单位证件有效期至',
    ],
    kind: 'date',
    step: 'subject',
    spec: 'spec §4.1',
  },
  {
    key: 'subject.name',
    label: { zh: '主办单位或主办人名称', en: 'Subject name' },
    aliases: ['主办单位名称', '主办人名称', '主体名称', '单位名称'],
    kind: 'text',
    step: 'subject',
    spec: 'spec §4.1',
  },
  {
    key: 'subject.idAddress',
    label: { zh: '主办单位证件住所', en: 'Subject document address' },
    aliases: ['证件住所', '证件地址', '证件住址'],
    kind: 'text',
    step: 'subject',
    spec: 'spec §4.1',
  },
  {
    key: 'subject.mailAddress',
    label: { zh: '主办单位通讯地址', en: 'Subject mailing address' },
    aliases: ['通讯地址', '通信地址', '详细地址'],
    kind: 'text',
    step: 'subject',
    spec: 'spec §4.1',
  },
  {
    key: 'subject.investor',
    label: { zh: '投资人或主管单位', en: 'Investor or supervising body' },
    aliases: ['投资人', '主管单位'],
    kind: 'text',
    step: 'subject',
    spec: 'spec §4.1',
  },
  {
    key: 'subject.remark',
    label: { zh: '主体备注', en: 'Subject remark' },
    aliases: ['主办单位备注'],
    kind: 'textarea',
    step: 'subject',
    spec: 'spec §4.1',
  },
  ...principalFields('subject.principal', { zh: '主体负责人', en: 'Subject principal' }),
  // Website (spec §4.3)
  {
    key: 'websites[].name',
    label: { zh: '网站名称', en: 'Website name' },
    aliases: ['网站名', '服务名称', '互联网信息服务名称'],
    kind: 'text',
    step: 'website',
    spec: 'spec §4.3',
  },
  {
    key: 'websites[].domains[]',
    label: { zh: '网站域名', en: 'Website domain' },
    aliases: ['域名', '已验证域名', '继续增加域名', '网站其他域名', '其他域名', '互联网信息服务域名'],
    kind: 'list',
    step: 'website',
    spec: 'spec §4.3, §5',
  },
  {
    key: 'websites[].homeUrl',
    label: { zh: '网站首页URL', en: 'Home page URL' },
    aliases: ['网站首页网址', '首页URL', '首页地址', '网站首页地址', '互联网信息服务首页URL'],
    kind: 'text',
    step: 'website',
    spec: 'spec §4.3',
  },
  {
    key: 'websites[].serviceContent',
    label: { zh: '网站服务内容', en: 'Service content' },
    aliases: ['服务内容'],
    kind: 'checkbox-group',
    step: 'website',
    spec: 'spec §4.3',
  },
  {
    key: 'websites[].languages',
    label: { zh: '网站语言', en: 'Website languages' },
    aliases: ['语言', '网站语种', '互联网信息服务语言'],
    kind: 'checkbox-group',
    step: 'website',
    spec: 'spec §4.3',
  },
  {
    key: 'websites[].preApproval',
    label: { zh: '前置或专项审批内容类型', en: 'Pre-approval content types' },
    aliases: ['前置审批', '前置审批内容类型', '专项审批内容类型'],
    kind: 'checkbox-group',
    step: 'website',
    spec: 'spec §4.3',
  },
  {
    key: 'websites[].remark',
    label: { zh: '网站备注', en: 'Website remark' },
    aliases: ['备注', '互联网信息服务备注'],
    kind: 'textarea',
    step: 'website',
    spec: 'spec §4.3',
  },
  {
    key: 'websites[].serviceNumber',
    label: { zh: '备案服务号', en: 'Service number' },
    aliases: ['服务号'],
    kind: 'text',
    step: 'product',
    spec: 'spec §7',
  },
  {
    key: 'websites[].product',
    label: { zh: '产品类型', en: 'Product type' },
    aliases: ['接入产品', '产品'],
    kind: 'select',
    step: 'product',
    spec: 'spec §7',
  },
  {
    key: 'websites[].filingNumber',
    label: { zh: '网站备案号', en: 'Website filing number' },
    aliases: ['网站ICP备案号', '互联网信息服务备案号'],
    kind: 'text',
    step: 'access',
    filingTypes: ACCESS,
    spec: 'spec §4.4',
  },
  ...principalFields('websites[].principal', { zh: '网站负责人', en: 'Website principal' }),
  // Apps, mini programs, quick apps (2023 notice)
  ...APP_FIELDS,
  ...principalFields('apps[].principal', { zh: 'APP负责人', en: 'App principal' }),
  // Access filing extras (spec §4.4)
  {
    key: 'filingNumber',
    label: { zh: '主体备案号', en: 'Subject filing number' },
    aliases: ['ICP备案号', '备案号', '已有备案号'],
    kind: 'text',
    step: 'access',
    filingTypes: [...ACCESS, 'claim', 'cancel-access', 'cancel-subject', 'cancel-website'],
    spec: 'spec §2 (认领), §4.4',
  },
  {
    key: 'filingPassword',
    label: { zh: 'ICP备案密码', en: 'ICP filing password' },
    aliases: ['备案密码', '工信部备案密码'],
    kind: 'password',
    step: 'access',
    filingTypes: [...ACCESS, 'cancel-access', 'cancel-subject', 'cancel-website'],
    spec: 'spec §2, §4.4',
  },
  // The bureau's SMS-check page: placeholders only (spec §6.4)
  {
    key: 'smsCheck.code',
    label: { zh: '短信验证码', en: 'SMS code' },
    aliases: ['请输入短信验证码', '验证码（短信）'],
    kind: 'text',
    step: 'sms-check',
    spec: 'spec §6.4',
  },
  {
    key: 'smsCheck.mobile',
    label: { zh: '手机号码', en: 'Mobile number' },
    aliases: ['请输入手机号码', '手机号'],
    kind: 'text',
    step: 'sms-check',
    spec: 'spec §6.4',
  },
  {
    key: 'smsCheck.idTail',
    label: { zh: '证件号码后六位', en: 'Last six characters of the ID number' },
    aliases: ['请输入证件号码后六位', '证件号后六位', '身份证后六位'],
    kind: 'text',
    step: 'sms-check',
    spec: 'spec §6.4',
  },
];

const BY_KEY = new Map(FIELD_CATALOGUE.map((f) => [f.key, f]));

/** The catalogue entry of a concrete field path (`websites[2].name`) or pattern. */
export function fieldSpec(path: string): FieldSpec | undefined {
  return BY_KEY.get(fieldPattern(path));
}
