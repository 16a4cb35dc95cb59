import type { FilingType } from '../domain/filing-types';
import type { PhotoCheckMethod } from './types';
import { chinaDate } from './working-days';

/**
 * Which filing types include the photo check of the website principal (spec §3 step 7), and why.
 * The photo check follows the provider's initial review in the §3 flow; every type that reuses that
 * flow (full subject/website forms, provider review, bureau submission) has it.
 */
export interface PhotoCheckTypeRow {
  type: FilingType;
  photoCheck: boolean;
  source: string;
}

export const PHOTO_CHECK_TYPE_ROWS: readonly PhotoCheckTypeRow[] = [
  { type: 'first', photoCheck: true, source: 'spec §3 step 7' },
  // "flow as first filing"
  { type: 'new-website-elsewhere', photoCheck: true, source: 'spec §2 新增网站 (原备案不在本平台), §3 step 7' },
  // A new website has its own website principal, who is the one photographed (spec §1).
  { type: 'new-website-here', photoCheck: true, source: 'spec §1 网站负责人, §3 step 7' },
  // The new provider verifies the principal like any filing it submits; "All Shanghai filings" (spec §9).
  { type: 'access-new', photoCheck: true, source: 'spec §3 (flows that reuse it), §9' },
  { type: 'access-continue', photoCheck: true, source: 'spec §3 (flows that reuse it), §9' },
  // Changes are reviewed by the provider and submitted to the bureau like a filing (spec §2 变更: "once
  // approved"); spec §9 applies the Shanghai app to all filings. Providers may waive it when the
  // principal is unchanged — the spec does not say, so we plan for it.
  { type: 'change-subject', photoCheck: true, source: 'spec §2 变更备案, §3 (flows that reuse it), §9' },
  { type: 'change-website', photoCheck: true, source: 'spec §2 变更备案, §3 (flows that reuse it), §9' },
  // Only the subject's ID document images are uploaded and reviewed (spec §2 认领).
  { type: 'claim', photoCheck: false, source: 'spec §2 认领原万网备案' },
  // Cancellations need an SMS code to the account phone and/or the filing password only (spec §2).
  { type: 'cancel-access', photoCheck: false, source: 'spec §2 取消接入' },
  { type: 'cancel-subject', photoCheck: false, source: 'spec §2 注销主体' },
  { type: 'cancel-website', photoCheck: false, source: 'spec §2 注销网站' },
];

/** Provinces with their own photo-check method; every other province uses the backdrop (spec §3 step 7, §8). */
export interface PhotoCheckProvinceRow {
  provinceCodes: readonly string[];
  method: PhotoCheckMethod;
  /** First day the method applies; undefined: in force before the guide, start date not given. */
  from?: string;
  /** The last day the source confirms it. */
  asOf: string;
  source: string;
}

export const PHOTO_CHECK_PROVINCE_ROWS: readonly PhotoCheckProvinceRow[] = [
  // 上海: the Shanghai bureau's mobile app, for all Shanghai filings.
  { provinceCodes: ['31'], method: 'shanghai-app', asOf: '2018-11-28', source: 'spec §3 step 7, §9' },
];

export const DEFAULT_PHOTO_CHECK: { method: PhotoCheckMethod; source: string } = {
  method: 'backdrop',
  source: 'spec §3 step 7, §8',
};

/**
 * The switch from the backdrop photo to electronic face verification of the 互联网信息服务负责人.
 *
 * Chosen day: 2019-04-01, the first day of MIIT's pilot (工信部信管函〔2019〕87号) under which images
 * collected electronically (face, lip or motion recognition) replace the backdrop photo. What is not
 * known: no regulator text makes it universal after the pilot (ended 2019-12-31), and providers moved
 * at different times (西部数码 2019-06-11; 青云QingCloud only in 2021-10). Every large provider's
 * current pages use face verification. So the plan says `face` from 2019-04-01 and, until the last
 * known provider switch, notes that a provider may still ask for the backdrop.
 */
export const FACE_CHECK_SWITCH = {
  from: '2019-04-01',
  /** The last provider switch on record (青云QingCloud, 2021-10-26): before it, the backdrop is still possible. */
  allProvidersBy: '2021-10-26',
  source: '工信部信管函〔2019〕87号; QC 产品动态; HW 备案流程咨询',
} as const;

export function hasPhotoCheck(filingType: FilingType): boolean {
  return PHOTO_CHECK_TYPE_ROWS.find((r) => r.type === filingType)?.photoCheck ?? false;
}

function inForce(row: { from?: string }, day: string): boolean {
  return row.from === undefined || row.from <= day;
}

/** How the website principal is photo-checked for this type, province and date. */
export function photoCheckMethod(
  provinceCode: string | undefined,
  filingType: FilingType,
  date: string,
): PhotoCheckMethod {
  if (!hasPhotoCheck(filingType)) return 'none';
  const day = chinaDate(date);
  const row = PHOTO_CHECK_PROVINCE_ROWS.find(
    (r) => provinceCode !== undefined && r.provinceCodes.includes(provinceCode) && inForce(r, day),
  );
  if (row) return row.method;
  return day >= FACE_CHECK_SWITCH.from ? 'face' : DEFAULT_PHOTO_CHECK.method;
}

/** Provinces where documents can also be uploaded from the provider's mobile app (spec §3 step 5). */
export interface AppUploadRow {
  provinceCodes: readonly string[];
  from?: string;
  asOf: string;
  source: string;
}

export const APP_UPLOAD_ROWS: readonly AppUploadRow[] = [
  // 广东 重庆 辽宁 安徽 福建
  { provinceCodes: ['44', '50', '21', '34', '35'], asOf: '2018-11-28', source: 'spec §3 step 5' },
];

export function appUploadAvailable(provinceCode: string | undefined, date: string): boolean {
  if (!provinceCode) return false;
  const day = chinaDate(date);
  return APP_UPLOAD_ROWS.some((r) => r.provinceCodes.includes(provinceCode) && inForce(r, day));
}
