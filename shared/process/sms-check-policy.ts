import type { Bilingual } from '../domain/bilingual';
import type { FilingDraft } from '../domain/draft';
import type { FilingType } from '../domain/filing-types';
import type { PrincipalRole, SmsCheckPolicy } from './types';
import { chinaDate } from './working-days';

/** Provinces that joined MIIT's SMS-check pilot on a date (spec §6.1). Codes: GB/T 2260. */
export interface SmsCheckPilotRow {
  /** First day the province checks by SMS, `YYYY-MM-DD`. */
  from: string;
  provinceCodes: readonly string[];
  source: string;
}

export const SMS_CHECK_PILOT_ROWS: readonly SmsCheckPilotRow[] = [
  // 天津 甘肃 西藏 宁夏 海南 新疆 青海
  { from: '2017-12-18', provinceCodes: ['12', '62', '54', '64', '46', '65', '63'], source: 'spec §6.1' },
  // 浙江 四川 福建 陕西 重庆 广西 云南
  { from: '2018-09-10', provinceCodes: ['33', '51', '35', '61', '50', '45', '53'], source: 'spec §6.1' },
  // 山东 河南 安徽 湖南 山西 黑龙江 内蒙古 湖北
  { from: '2018-09-24', provinceCodes: ['37', '41', '34', '43', '14', '23', '15', '42'], source: 'spec §6.1' },
  // The nine provinces outside the pilot — 北京 河北 辽宁 吉林 上海 江苏 江西 广东 贵州 — joined when the check
  // became nationwide on 2020-08-17 (「2020年8月17日起，所有省份的用户…需完成工信部短信核验」). No source gives
  // them an earlier day of their own.
  {
    from: '2020-08-17',
    provinceCodes: ['11', '13', '21', '22', '31', '32', '36', '44', '52'],
    source: 'HW 备案短信核验; VOLC 短信核验; TC 备案短信核验说明',
  },
];

/** The day the SMS check became nationwide (every province, every filing type except 取消接入). */
export const SMS_CHECK_NATIONWIDE_FROM = '2020-08-17';

/** The pilot list is known complete up to this day ("other provinces had no SMS check as of 2018-11-28"). */
export const SMS_CHECK_PILOT_AS_OF = '2018-11-28';

/** The code MIIT sends and the bureau's check page (spec §6.2, §6.4). */
export const SMS_CODE_RULES = {
  /**
   * Hours a code stays valid. A setting, because sources disagree: the seed guide says 24 h
   * (spec §6.2); JD Cloud states 48 h (research/peers.md §1.3).
   */
  validHours: 24,
  codeLength: 6,
  /** The ID tail entered wrong this many times fails the SMS check; the order is returned (spec §6.4). */
  maxWrongIdTail: 5,
  /** The code arrives about this long after the provider's "submitted to bureau" notice (spec §6.2). */
  arrivesAfterMinutes: 5,
  /** Sender numbers by carrier; virtual operators have no fixed number (spec §6.2). */
  senders: { telecom: '106598051001', unicom: '10655113', mobile: '106575000130' },
  sources: {
    validHours: 'spec §6.2 (24 h, JD Cloud restates 48 h)',
    codeLength: 'spec §6.2',
    maxWrongIdTail: 'spec §6.4',
    arrivesAfterMinutes: 'spec §6.2',
    senders: 'spec §6.2',
  },
} as const;

/** Whether the province checked by SMS on that date (spec §6.1). */
export function smsCheckPolicy(provinceCode: string | undefined, date: string): SmsCheckPolicy {
  if (!provinceCode) {
    return {
      required: false,
      source: 'spec §6.1',
      note: {
        zh: '未知省份：无法判断是否需要短信核验，请先选择主办单位所属区域',
        en: 'Province unknown: cannot tell whether an SMS check is needed; pick the subject region (主办单位所属区域) first',
      },
    };
  }
  const day = chinaDate(date);
  const row = SMS_CHECK_PILOT_ROWS.find((r) => r.provinceCodes.includes(provinceCode));
  if (row && row.from <= day) return { required: true, since: row.from, source: row.source };
  if (row) {
    return {
      required: false,
      source: row.source,
      note: {
        zh: `该省自 ${row.from} 起实行短信核验`,
        en: `This province checks by SMS from ${row.from}`,
      },
    };
  }
  if (day > SMS_CHECK_PILOT_AS_OF) {
    return {
      required: false,
      source: 'spec §6.1',
      note: {
        zh: `截至 ${SMS_CHECK_PILOT_AS_OF} 该省无短信核验；之后的变化未收录`,
        en: `No SMS check in this province as of ${SMS_CHECK_PILOT_AS_OF}; later changes are not recorded`,
      },
    };
  }
  return { required: false, source: 'spec §6.1' };
}

/** Whose phones get a code, per filing type (spec §6.3), in force `from` (inclusive) `until` (exclusive). */
export interface SmsCheckRoleRow {
  types: readonly FilingType[];
  roles: readonly PrincipalRole[];
  source: string;
  from?: string;
  until?: string;
  /** Where sources disagree, what each says. */
  disagreement?: Bilingual;
}

/** The spec's table (2018), in force until the national system of 2020-08-17. */
const SPEC_ROLE_ROWS: readonly SmsCheckRoleRow[] = [
  { types: ['first'], roles: ['subject-principal', 'website-principal'], source: 'spec §6.3 首次备案' },
  { types: ['new-website-elsewhere', 'new-website-here'], roles: ['website-principal'], source: 'spec §6.3 新增网站' },
  // spec §6.3 names 新增接入; 继续接入 is the same access filing started from the subject's page (spec §2).
  { types: ['access-new', 'access-continue'], roles: ['website-principal'], source: 'spec §6.3 新增接入, §2 继续接入' },
  { types: ['change-subject'], roles: ['subject-principal'], source: 'spec §6.3 变更备案' },
  { types: ['change-website'], roles: ['website-principal'], source: 'spec §6.3 变更备案' },
  // A claim is reviewed by the provider only (spec §2 认领: review within 1 working day).
  { types: ['claim'], roles: [], source: 'spec §2 认领原万网备案' },
  {
    types: ['cancel-access', 'cancel-subject', 'cancel-website'],
    roles: [],
    source: 'spec §6.3 注销主体, 注销网站, 取消接入',
  },
];

/**
 * Who verifies today (providers' current pages, which post-date the national system of 2020-08-17).
 * No source gives the day each change began; they are taken to start with the nationwide check on
 * 2020-08-17, the day Huawei gives for 注销 needing SMS.
 */
const CURRENT_ROLE_ROWS: readonly SmsCheckRoleRow[] = [
  {
    types: ['first'],
    roles: ['subject-principal', 'website-principal'],
    source: 'TC 备案短信核验说明; QC 短信核验对象',
  },
  {
    types: ['new-website-elsewhere', 'new-website-here'],
    roles: ['subject-principal', 'website-principal'],
    source: 'TC 备案短信核验说明 新增网站; QC 短信核验对象',
  },
  { types: ['access-new', 'access-continue'], roles: ['website-principal'], source: 'TC 备案短信核验说明 新增接入' },
  { types: ['change-subject'], roles: ['subject-principal'], source: 'TC 备案短信核验说明 变更备案' },
  { types: ['change-website'], roles: ['website-principal'], source: 'TC 备案短信核验说明 变更备案' },
  { types: ['claim'], roles: [], source: 'spec §2 认领原万网备案' },
  { types: ['cancel-subject'], roles: ['subject-principal'], source: 'TC 备案短信核验说明 注销主体; HW 备案注销咨询' },
  {
    types: ['cancel-website'],
    roles: ['website-principal'],
    source: 'TC 备案短信核验说明 注销网站; HW 备案注销咨询; QC 短信核验对象',
    disagreement: {
      zh: '腾讯云、华为云：注销网站需网站负责人短信核验；青云QingCloud 的核验对象表写明注销网站无需核验',
      en: 'Tencent Cloud and Huawei Cloud: cancelling a website needs the website principal’s SMS check; QingCloud’s table lists no check',
    },
  },
  { types: ['cancel-access'], roles: [], source: 'TC 备案短信核验说明 取消接入; HW 备案短信核验' },
];

export const SMS_CHECK_ROLE_ROWS: readonly SmsCheckRoleRow[] = [
  ...SPEC_ROLE_ROWS.map((r) => ({ ...r, until: SMS_CHECK_NATIONWIDE_FROM })),
  ...CURRENT_ROLE_ROWS.map((r) => ({ ...r, from: SMS_CHECK_NATIONWIDE_FROM })),
];

/** The spec's date: callers that give no date (older simulator code) get the spec's table. */
const SPEC_DATE = '2018-11-28';

const rowInForce = (r: { from?: string; until?: string }, day: string) =>
  (r.from === undefined || r.from <= day) && (r.until === undefined || day < r.until);

/** The role row for a filing type on a date. */
export function smsCheckRoleRow(filingType: FilingType, date: string = SPEC_DATE): SmsCheckRoleRow | undefined {
  const day = chinaDate(date);
  return SMS_CHECK_ROLE_ROWS.find((r) => r.types.includes(filingType) && rowInForce(r, day));
}

/**
 * The principals whose phones are SMS-checked for a filing type (spec §6.3), in role order.
 * For change filings, `changed` says what the change touches; by default the type's own kind.
 */
export function smsCheckRoles(
  filingType: FilingType,
  changed?: { subject?: boolean; website?: boolean },
  date: string = SPEC_DATE,
): PrincipalRole[] {
  if ((filingType === 'change-subject' || filingType === 'change-website') && changed) {
    const roles: PrincipalRole[] = [];
    if (changed.subject) roles.push('subject-principal');
    if (changed.website) roles.push('website-principal');
    return roles;
  }
  const row = smsCheckRoleRow(filingType, date);
  return row ? [...row.roles] : [];
}

/**
 * A mainland mobile number as the bureau compares it: full-width digits folded, spaces and dashes
 * dropped, a +86 / 0086 / 86 prefix removed. Undefined when the result is not 1 + 10 digits — such a
 * value cannot receive a code (the format rules report it).
 */
export function normaliseMobile(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let digits = value.normalize('NFKC').replace(/[\s\-()（）]/g, '');
  digits = digits.replace(/^(?:\+86|0086|86)(?=1\d{10}$)/, '');
  return /^1\d{10}$/.test(digits) ? digits : undefined;
}

/**
 * The distinct mobiles (联系方式1) that receive a code for this draft and type, in role order:
 * subject principal, then each website's principal (spec §6.2: codes go only to 联系方式1; spec §6.3:
 * one code when both principals share a number).
 */
export function smsCheckPhones(
  draft: FilingDraft,
  filingType: FilingType,
  changed?: { subject?: boolean; website?: boolean },
  date: string = SPEC_DATE,
): string[] {
  const phones: string[] = [];
  const add = (mobile: string | undefined) => {
    const n = normaliseMobile(mobile);
    if (n && !phones.includes(n)) phones.push(n);
  };
  for (const role of smsCheckRoles(filingType, changed, date)) {
    if (role === 'subject-principal') add(draft.subject?.principal?.mobile);
    else for (const site of draft.websites ?? []) add(site.principal?.mobile);
  }
  return phones;
}

/** Why no code is sent, or to whom, for the panel. */
export function smsCheckSummary(policy: SmsCheckPolicy, phones: readonly string[]): Bilingual {
  if (!policy.required) return { zh: '无需短信核验', en: 'No SMS check' };
  return {
    zh: `工信部将向 ${phones.join('、') || '联系方式1'} 发送短信验证码，${SMS_CODE_RULES.validHours} 小时内在管局网站核验`,
    en: `MIIT sends a code to ${phones.join(', ') || 'contact 1 (联系方式1)'}; verify it on the bureau's site within ${SMS_CODE_RULES.validHours} hours`,
  };
}

// ── How the check works, by date ────────────────────────────────────────────────────────────────

/** One dated fact about the SMS check's mechanics. */
export interface SmsMechanicsRow<T> {
  value: T;
  /** What the applicant sees, in both languages. */
  text: Bilingual;
  source: string;
  from?: string;
  until?: string;
  disagreement?: Bilingual;
}

const NW = SMS_CHECK_NATIONWIDE_FROM;

/**
 * The mechanics as dated rows. The carrier senders, provincial pages and "5 wrong ID tails" are the
 * spec's (2018); the national page, 12381, any-field counting and resends are from providers' pages
 * that post-date the national system, taken to start on 2020-08-17 (no source gives their own day).
 */
export const SMS_MECHANICS_ROWS = {
  validHours: [
    {
      value: 24,
      text: {
        zh: '验证码 24 小时内有效，超时未核验则退回接入商',
        en: 'The code is valid for 24 hours; otherwise the application is returned',
      },
      source: 'spec §6.2; TC 备案短信核验说明; VOLC 短信核验',
    },
  ],
  codeLength: [
    { value: 6, text: { zh: '6 位数字验证码', en: 'A six-digit code' }, source: 'spec §6.2; VOLC 短信核验FAQ' },
  ],
  wrongEntries: [
    {
      value: 5,
      until: NW,
      text: { zh: '证件号码后六位输错 5 次即核验失败', en: 'Five wrong ID tails fail the check' },
      source: 'spec §6.4',
    },
    {
      value: 5,
      from: NW,
      text: {
        zh: '验证码、手机号码、证件号码后六位任意一项累计输错 5 次即核验失败、备案退回',
        en: 'Five wrong entries of any of code, mobile or ID tail fail the check and return the application',
      },
      source: 'VOLC 短信核验FAQ; HW 备案短信核验',
    },
  ],
  page: [
    {
      value: 'province',
      until: NW,
      text: { zh: '在所在省管局的短信核验页面核验', en: "Verify on the province bureau's SMS-check page" },
      source: 'spec §6.2; TC 备案短信核验说明 2019',
    },
    {
      value: 'national',
      from: NW,
      text: {
        zh: '在工信部备案系统 beian.miit.gov.cn 的「短信核验」页面核验',
        en: 'Verify on the national filing system beian.miit.gov.cn (短信核验)',
      },
      source: 'TC 备案短信核验说明',
    },
  ],
  sender: [
    {
      value: 'carriers',
      until: NW,
      text: {
        zh: '发送号码：电信 106598051001、联通 10655113、移动 106575000130（虚拟运营商无固定号码）',
        en: 'Senders: Telecom 106598051001, Unicom 10655113, Mobile 106575000130 (virtual operators vary)',
      },
      source: 'spec §6.2',
    },
    {
      value: '12381',
      from: NW,
      text: { zh: '验证码由 12381 发送', en: 'Codes come from 12381' },
      source: 'TC 备案短信核验说明',
    },
  ],
  autoResend: [
    {
      value: 'next-day-noon',
      from: NW,
      text: {
        zh: '未核验时，工信部系统于第二天中午 12 点自动重发一次',
        en: 'Not verified: the system resends once at 12:00 the next day',
      },
      source: 'TC 备案短信核验说明; VOLC 短信核验',
    },
  ],
  manualResends: [
    {
      // The lower figure: a plan that promises a third resend could strand the applicant.
      value: 2,
      from: NW,
      text: {
        zh: '可在「短信重发」页手动重发：阿里云称最多 2 次，腾讯云称 24 小时内最多 3 次',
        en: 'Manual resends on the 短信重发 page: at most 2 (Alibaba Cloud) or 3 in 24 hours (Tencent Cloud)',
      },
      source: 'ALI 短信核验; TC 备案短信核验说明',
      disagreement: {
        zh: '腾讯云：24 小时内仅可重发 3 次；阿里云：仅可重发 2 次',
        en: 'Tencent Cloud: 3 resends in 24 hours; Alibaba Cloud: 2 resends',
      },
    },
  ],
  hkMoPermitTail: [
    {
      value: 'zhejiang-back-side',
      text: {
        zh: '港澳居民来往内地通行证持有人：填通行证正面证件号码后 6 位；浙江省填通行证背面的香港或澳门身份证号码后 6 位（括号用全角）',
        en: 'HK/Macau permit holders enter the last 6 of the permit number; in 浙江, the last 6 of the HK/Macau ID on the back (full-width brackets)',
      },
      source: 'VOLC 短信核验FAQ; QC 短信核验对象',
    },
  ],
} satisfies Record<string, readonly SmsMechanicsRow<string | number>[]>;

export type SmsMechanicKey = keyof typeof SMS_MECHANICS_ROWS;

/** The mechanics row of each kind in force on a date (kinds with no row then are left out). */
export function smsMechanics(date: string): Partial<Record<SmsMechanicKey, SmsMechanicsRow<string | number>>> {
  const day = chinaDate(date);
  const out: Partial<Record<SmsMechanicKey, SmsMechanicsRow<string | number>>> = {};
  for (const key of Object.keys(SMS_MECHANICS_ROWS) as SmsMechanicKey[]) {
    const rows: readonly SmsMechanicsRow<string | number>[] = SMS_MECHANICS_ROWS[key];
    const row = rows.find((r) => rowInForce(r, day));
    if (row) out[key] = row;
  }
  return out;
}
