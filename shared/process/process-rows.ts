import type { Bilingual } from '../domain/bilingual';
import type { FilingType } from '../domain/filing-types';

/**
 * Process facts of 2019–2026 that change the plan (research T1, T6, T10), as data rows with sources.
 * Dates only where a notice gives the day; the other rows are restated by provider pages and hold on
 * every date.
 */

/** 注销 without the ICP filing password: 「2020年8月17日起，注销主体不再要求输入备案密码」 (research T6). */
export const CANCEL_PASSWORD_ROW = {
  until: '2020-08-17',
  filingTypes: ['cancel-subject', 'cancel-website'] as const satisfies readonly FilingType[],
  source: 'HW 备案注销咨询 「2020年8月17日起，注销主体不再要求输入备案密码」; ALI ICP备案流程',
};

/** Whether a filing of `type` on `date` asks for the ICP filing password at a 注销 (other types: unchanged). */
export function cancelAsksPassword(type: FilingType | undefined, date: string): boolean {
  if (!type || !(CANCEL_PASSWORD_ROW.filingTypes as readonly string[]).includes(type)) return true;
  return date < CANCEL_PASSWORD_ROW.until;
}

/** One open order per subject: 「同一备案主体下，一次只能提交一个备案订单」 (research T10). */
export const ONE_OPEN_ORDER_ROW: { note: Bilingual; source: string } = {
  note: {
    zh: '同一备案主体一次只能有一个进行中的备案订单：如有其他订单在审核中，请等它完成或撤回后再提交',
    en: 'A subject may have one open filing order at a time: if another order is under review, wait for it to finish or withdraw it first',
  },
  source: 'HW 备案流程咨询 「同一备案主体下，一次只能提交一个备案订单」',
};

/**
 * The legal limit of the bureau review: 20 working days (信息产业部令第33号, 2005), as Tencent restates it
 * with 浙江 at 30 (research T1). Per-province current figures are unknown (T3).
 */
export const BUREAU_REVIEW_LIMIT_ROWS: readonly {
  provinceCodes?: readonly string[];
  workingDays: number;
  source: string;
}[] = [
  { provinceCodes: ['33'], workingDays: 30, source: 'TC 备案时长 「浙江 30 个工作日」' },
  { workingDays: 20, source: '工信部令第33号; TC 备案时长 「管局审核时长不超过 20 个工作日」' },
];

/** The bureau-review limit row for a province (the national 20 working days when none is listed). */
export function bureauReviewLimit(provinceCode: string | undefined) {
  return (
    BUREAU_REVIEW_LIMIT_ROWS.find((r) => r.provinceCodes && provinceCode && r.provinceCodes.includes(provinceCode)) ??
    BUREAU_REVIEW_LIMIT_ROWS.find((r) => !r.provinceCodes)
  );
}
