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
];

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

/** Whose phones get a code, per filing type (spec §6.3). */
export interface SmsCheckRoleRow {
  types: readonly FilingType[];
  roles: readonly PrincipalRole[];
  source: string;
}

export const SMS_CHECK_ROLE_ROWS: readonly SmsCheckRoleRow[] = [
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
 * The principals whose phones are SMS-checked for a filing type (spec §6.3), in role order.
 * For change filings, `changed` says what the change touches; by default the type's own kind.
 */
export function smsCheckRoles(
  filingType: FilingType,
  changed?: { subject?: boolean; website?: boolean },
): PrincipalRole[] {
  if ((filingType === 'change-subject' || filingType === 'change-website') && changed) {
    const roles: PrincipalRole[] = [];
    if (changed.subject) roles.push('subject-principal');
    if (changed.website) roles.push('website-principal');
    return roles;
  }
  const row = SMS_CHECK_ROLE_ROWS.find((r) => r.types.includes(filingType));
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
): string[] {
  const phones: string[] = [];
  const add = (mobile: string | undefined) => {
    const n = normaliseMobile(mobile);
    if (n && !phones.includes(n)) phones.push(n);
  };
  for (const role of smsCheckRoles(filingType, changed)) {
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
