import type { Bilingual } from '../domain/bilingual';
import type { FilingDraft } from '../domain/draft';
import { type FilingType, FULL_FORM_TYPES, PASSWORD_FILING_TYPES } from '../domain/filing-types';
import { APP_FILING_FROM } from '../rules/apps/sources';
import { readableSource } from '../rules/data/references';
import { appSmsPhones, planApps } from './app-plan';
import { appUploadAvailable, FACE_CHECK_SWITCH, photoCheckMethod } from './photo-check';
import { bureauReviewLimit, cancelAsksPassword, ONE_OPEN_ORDER_ROW } from './process-rows';
import { PROVINCE_CODE_ROWS } from './province-codes';
import {
  SMS_CODE_RULES,
  smsCheckPhones,
  smsCheckPolicy,
  smsCheckRoleRow,
  smsCheckRoles,
  smsMechanics,
} from './sms-check-policy';
import { STEP_TEMPLATES, stepsAhead, stepsFor } from './steps';
import type { Deadline, DocumentItem, FilingPlan, PhotoCheckMethod, SmsCheckPlan, StepId } from './types';
import { chinaDate } from './working-days';

/**
 * The GB/T 2260 two-digit code of a province given as a code (`33`, `330000`) or a name as the region
 * picker shows it (`浙江省`, `浙江`, `广西壮族自治区`, also a longer address starting with the name).
 */
export function resolveProvinceCode(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const v = value.normalize('NFKC').replace(/\s/g, '');
  const code = /^(\d{2})(?:\d{4})?$/.exec(v)?.[1];
  if (code) return PROVINCE_CODE_ROWS.some((r) => r.code === code) ? code : undefined;
  return PROVINCE_CODE_ROWS.find((r) => v === r.name || v.startsWith(r.short))?.code;
}

// ── Documents to prepare ────────────────────────────────────────────────────────────────────────

/** When a document is needed, beyond the filing types listed on its row. */
export type DocumentCondition =
  | 'always'
  /** An organisation whose website principal is not the subject principal (the legal representative). */
  | 'website-principal-not-legal-representative'
  /** The province asks for a certificate for every domain. */
  | 'domain-certificate-province'
  /** Province unknown or not listed: the certificate may still be asked for. */
  | 'domain-certificate-maybe'
  /** A website declares 前置或专项审批 content. */
  | 'pre-approval'
  | 'photo-backdrop'
  | 'photo-face'
  | 'photo-shanghai-app';

export interface DocumentRow extends DocumentItem {
  types: readonly FilingType[];
  when: DocumentCondition;
  /** Only in these provinces (GB/T 2260 codes). */
  provinceCodes?: readonly string[];
  /** In force from (inclusive) / until (exclusive), where a notice gives the day. */
  from?: string;
  until?: string;
}

/** Filing types that upload the full document set (spec §3 step 5). */
const UPLOAD_TYPES: readonly FilingType[] = FULL_FORM_TYPES;
const WEBSITE_FORM_TYPES: readonly FilingType[] = FULL_FORM_TYPES.filter((t) => t !== 'change-subject');
const NEW_DOMAIN_TYPES: readonly FilingType[] = [
  'first',
  'new-website-elsewhere',
  'new-website-here',
  'change-website',
];

export const DOCUMENT_ROWS: readonly DocumentRow[] = [
  {
    id: 'authenticity-form',
    types: UPLOAD_TYPES,
    when: 'always',
    // The paper form went with the electronic verification (MIIT pilot of 2019-04-01).
    until: '2019-04-01',
    label: {
      zh: '网站备案信息真实性核验单：下载打印，用黑色签字笔填写并签字（单位加盖公章），再扫描或拍照上传',
      en: 'The authenticity form (真实性核验单): download, print, fill in and sign with a black signing pen (organisations add their seal), then scan or photograph it',
    },
    source: 'spec §3 step 5; TCFAQ 驳回原因',
  },
  {
    id: 'id-documents',
    types: UPLOAD_TYPES,
    when: 'always',
    label: {
      zh: '主办单位证件和负责人身份证件的原件照片或彩色扫描件（不接受复印件）',
      en: "Photos or colour scans of the original subject document and of the principals' ID documents (no photocopies)",
    },
    source: 'spec §3 step 5; HW25 备案驳回 「有效期需大于三个月」',
  },
  {
    id: 'claim-id-document',
    types: ['claim'],
    when: 'always',
    label: { zh: '主办单位证件图片', en: "Images of the subject's ID document" },
    source: 'spec §2 认领原万网备案',
  },
  {
    id: 'domain-certificate',
    types: NEW_DOMAIN_TYPES,
    when: 'domain-certificate-province',
    label: {
      zh: '每个域名的域名证书（本省管局要求）',
      en: "A domain certificate for every domain (this province's bureau asks for one)",
    },
    source: 'spec §3 step 5; TC19 江苏, 湖南, 重庆, 贵州',
  },
  {
    id: 'domain-certificate-maybe',
    types: NEW_DOMAIN_TYPES,
    when: 'domain-certificate-maybe',
    label: {
      zh: '域名证书（如所在省份要求）',
      en: 'A domain certificate, where the province requires one',
    },
    source: 'spec §3 step 5',
  },
  {
    id: 'authorisation-letter',
    types: WEBSITE_FORM_TYPES,
    when: 'website-principal-not-legal-representative',
    label: {
      zh: '授权书：网站负责人不是法定代表人时，由法定代表人签字授权（单位盖章）',
      en: 'An authorisation letter: the website principal is not the legal representative, so the legal representative authorises them in writing (with the seal)',
    },
    source: 'QC 全国通用规定 授权书; TC19 各省 授权书',
  },
  {
    id: 'pre-approval',
    types: WEBSITE_FORM_TYPES,
    when: 'pre-approval',
    label: {
      zh: '前置或专项审批文件：先向主管部门取得审批，再备案',
      en: 'The pre-approval document from the authority for the regulated content, obtained before filing',
    },
    source: 'spec §4.3 前置或专项审批内容类型',
  },
  {
    id: 'backdrop',
    types: UPLOAD_TYPES,
    when: 'photo-backdrop',
    label: {
      zh: '拍照幕布：提供邮寄地址申请幕布，或使用已有幕布',
      en: 'A photo backdrop (幕布): give a mailing address to have one sent, or use one you own',
    },
    source: 'spec §3 step 7, §8',
  },
  {
    id: 'face-check',
    types: UPLOAD_TYPES,
    when: 'photo-face',
    label: {
      zh: '电子化核验：互联网信息服务负责人本人在接入商 App 或小程序中完成人脸核验（纯白背景、光线充足、开启定位），核验单和承诺书在线生成、签署',
      en: 'Electronic verification: the internet-information-service principal in person does face verification in the provider’s app or mini-program (plain white background, good light, location on); the forms are generated and signed online',
    },
    source: '工信部信管函〔2019〕87号; HW 备案流程咨询; TC 办理拍照',
  },
  {
    id: 'js-pledge',
    types: UPLOAD_TYPES,
    when: 'always',
    provinceCodes: ['32'],
    from: '2021-06-01',
    label: {
      zh: '江苏：互联网信息服务负责人本人签署《ICP备案信息真实性责任告知书》《ICP备案信息真实性承诺书》，并手持承诺书原件录制承诺视频；负责人不是法定代表人时另附法人授权书',
      en: 'Jiangsu: the internet-information-service principal signs the responsibility notice and the authenticity pledge (告知书, 承诺书) and records a pledge video holding the original; a letter of authority when they are not the legal representative',
    },
    source: 'HW 备案政策咨询; TC 江苏管局备案要求',
  },
  {
    id: 'gd-pledge',
    types: UPLOAD_TYPES,
    when: 'always',
    provinceCodes: ['44'],
    label: {
      zh: '广东：《广东省单位网站备案承诺书》由主体负责人手写日期并签名（接受签名章，不接受连笔签）、加盖公章；个人填《广东省个人网站备案承诺书》，签名并按手印',
      en: 'Guangdong: the organisation pledge with the date and signature handwritten by the subject principal (a signature stamp is accepted, joined-up writing is not) and the seal; individuals sign and fingerprint the personal pledge',
    },
    source: 'TC 广东省管局要求',
  },
  {
    id: 'shanghai-app',
    types: UPLOAD_TYPES,
    when: 'photo-shanghai-app',
    label: {
      zh: '网站负责人的手机：安装上海通信管理局 App，允许读取位置，须在上海境内拍摄',
      en: "The website principal's phone: install the Shanghai bureau's app, allow it to read the location, and take the photos in Shanghai",
    },
    source: 'spec §9',
  },
  {
    id: 'filing-password',
    types: PASSWORD_FILING_TYPES,
    when: 'always',
    label: {
      zh: 'ICP 备案密码（工信部发放；忘记时到管局或工信部网站找回）',
      en: 'The ICP filing password (issued by MIIT; if forgotten, retrieve it from the bureau or the MIIT site)',
    },
    source: 'spec §2, §4.4',
  },
];

/** Provinces whose bureau asks for a certificate for every domain (research/domain-rules.md §3). */
export const DOMAIN_CERTIFICATE_PROVINCE_ROWS: readonly {
  provinceCodes: readonly string[];
  asOf: string;
  source: string;
}[] = [
  // 江苏 湖南 重庆 贵州
  { provinceCodes: ['32', '43', '50', '52'], asOf: '2019', source: 'TC19 江苏, 湖南, 重庆, 贵州' },
];

const ORGANISATION_NATURES_EXCLUDED = ['个人'];

function sameIdentity(a: { name?: string; idNumber?: string } | undefined, b: typeof a): boolean {
  const norm = (s: string | undefined) => s?.normalize('NFKC').replace(/\s/g, '').toUpperCase() || undefined;
  const [an, bn, ai, bi] = [norm(a?.name), norm(b?.name), norm(a?.idNumber), norm(b?.idNumber)];
  if (ai && bi) return ai === bi;
  if (an && bn) return an === bn;
  return true; // not enough to tell: do not ask for a letter on a guess
}

function conditionHolds(
  when: DocumentCondition,
  draft: FilingDraft,
  provinceCode: string | undefined,
  photo: PhotoCheckMethod,
): boolean {
  switch (when) {
    case 'always':
      return true;
    case 'website-principal-not-legal-representative': {
      const nature = draft.subject?.nature?.trim();
      if (!nature || ORGANISATION_NATURES_EXCLUDED.includes(nature)) return false;
      return (draft.websites ?? []).some((w) => w.principal && !sameIdentity(w.principal, draft.subject?.principal));
    }
    case 'domain-certificate-province':
      return !!provinceCode && DOMAIN_CERTIFICATE_PROVINCE_ROWS.some((r) => r.provinceCodes.includes(provinceCode));
    case 'domain-certificate-maybe':
      return !provinceCode || !DOMAIN_CERTIFICATE_PROVINCE_ROWS.some((r) => r.provinceCodes.includes(provinceCode));
    case 'pre-approval':
      return (draft.websites ?? []).some((w) => (w.preApproval ?? []).some((p) => p.trim() !== ''));
    case 'photo-backdrop':
      return photo === 'backdrop';
    case 'photo-face':
      return photo === 'face';
    case 'photo-shanghai-app':
      return photo === 'shanghai-app';
  }
}

/** What to prepare for this draft (spec §3 step 5 and the rows' sources). */
export function documentsFor(
  draft: FilingDraft,
  filingType: FilingType,
  provinceCode: string | undefined,
  photo: PhotoCheckMethod,
  date: string = '2018-11-28',
): DocumentItem[] {
  return DOCUMENT_ROWS.filter(
    (r) =>
      r.types.includes(filingType) &&
      (!r.provinceCodes || (provinceCode !== undefined && r.provinceCodes.includes(provinceCode))) &&
      (r.from === undefined || r.from <= date) &&
      (r.until === undefined || date < r.until) &&
      // 注销 no longer asks for the filing password from 2020-08-17 (process-rows.ts).
      (r.id !== 'filing-password' || cancelAsksPassword(filingType, date)) &&
      conditionHolds(r.when, draft, provinceCode, photo),
  ).map(({ id, label, source }) => ({ id, label, source }));
}

// ── Deadlines ───────────────────────────────────────────────────────────────────────────────────

/** Filing types whose result is a website going live at this provider (public-security filing follows). */
const GOES_LIVE_TYPES: readonly FilingType[] = [
  'first',
  'new-website-elsewhere',
  'new-website-here',
  'access-new',
  'access-continue',
];
/** spec §10's 3–20 working days is for filings; it gives no time for cancellations. */
const CANCEL_TYPES: readonly FilingType[] = ['cancel-access', 'cancel-subject', 'cancel-website'];

function deadlinesFor(steps: readonly StepId[], filingType: FilingType, provinceCode?: string): Deadline[] {
  const has = (id: StepId) => steps.includes(id);
  const out: Deadline[] = [];
  if (has('initial-review')) {
    out.push({
      id: 'initial-review',
      label: { zh: '接入商初审', en: 'Provider initial review' },
      workingDays: 1,
      source: 'spec §3 step 6, §10',
    });
  }
  if (has('photo-review')) {
    out.push({
      id: 'photo-to-bureau',
      label: { zh: '照片审核通过后提交管局', en: 'Submission to the bureau after the photo is approved' },
      workingDays: 1,
      source: 'spec §8, §10',
    });
  }
  if (has('sms-check')) {
    out.push({
      id: 'sms-code',
      label: {
        zh: '短信验证码有效期；超时未核验则自动退回',
        en: 'SMS code validity; not verified in time, the application is returned automatically',
      },
      hours: SMS_CODE_RULES.validHours,
      source: SMS_CODE_RULES.sources.validHours,
    });
  }
  if (has('bureau-review') && !CANCEL_TYPES.includes(filingType)) {
    out.push({
      id: 'bureau-review',
      label: { zh: '管局审核', en: 'Bureau review' },
      workingDays: [3, 20],
      source: 'spec §3 step 9, §10',
    });
    const limit = bureauReviewLimit(provinceCode);
    if (limit)
      out.push({
        id: 'bureau-review-limit',
        label: { zh: '管局审核的法定时限', en: 'Legal time limit of the bureau review' },
        workingDays: limit.workingDays,
        source: limit.source,
      });
  }
  if (has('claim-review')) {
    out.push({
      id: 'claim-review',
      label: { zh: '认领审核', en: 'Claim review' },
      workingDays: 1,
      source: 'spec §2 认领原万网备案, §10',
    });
  }
  if (GOES_LIVE_TYPES.includes(filingType) && has('done')) {
    out.push({
      id: 'public-security-filing',
      label: {
        zh: '网站开通后 30 日内办理公安备案（尚未办理时）',
        en: 'Public-security filing within 30 days of the site going live (if not done yet)',
      },
      days: 30,
      source: 'spec §3 (after approval), §10',
    });
  }
  return out;
}

// ── The plan ────────────────────────────────────────────────────────────────────────────────────

export interface PlanOptions {
  /** The filing date (`YYYY-MM-DD` or an ISO date-time); the rules in force on that China day apply. */
  date: string;
  /** GB/T 2260 two-digit code; otherwise taken from `draft.subject.province`. */
  provinceCode?: string;
  /** The step the filing is at; steps before it are left out of `steps`. */
  currentStep?: StepId;
  /** Resolve a province name to its code (e.g. shared/regions); defaults to the local 31-name table. */
  resolveProvince?: (name: string) => string | undefined;
  /** For change filings: what the change touches (spec §6.3). */
  changed?: { subject?: boolean; website?: boolean };
}

/**
 * The plan for a draft on a date: type, SMS check (which phones), photo-check method, steps ahead,
 * documents, deadlines, app upload.
 *
 * A draft without `filingType` keeps `filingType` undefined — the filing site decides the type (spec
 * §2), not the draft — and is planned as a first filing, the full flow; the first step and `notes`
 * say so.
 */
export function planFiling(draft: FilingDraft, options: PlanOptions): FilingPlan {
  const date = chinaDate(options.date);
  const filingType = draft.filingType;
  const type: FilingType = filingType ?? 'first';
  const provinceName = draft.subject?.province;
  const provinceCode =
    options.provinceCode ?? (provinceName ? (options.resolveProvince ?? resolveProvinceCode)(provinceName) : undefined);

  const notes: Bilingual[] = [];
  if (filingType === undefined) {
    notes.push({
      zh: '草稿未指定备案类型：按首次备案规划；实际类型由备案系统判断',
      en: 'The draft names no filing type: planned as a first filing; the filing site decides the actual type',
    });
  }
  if (!provinceCode) {
    notes.push({
      zh: '未知省份（主办单位所属区域）：短信核验和拍照方式按默认规划',
      en: 'Province (主办单位所属区域) unknown: SMS check and photo method planned with defaults',
    });
  }

  const policy = smsCheckPolicy(provinceCode, date);
  const roles = smsCheckRoles(type, options.changed, date);
  const roleRow = smsCheckRoleRow(type, date);
  const smsRequired = policy.required && roles.length > 0;
  const smsCheck: SmsCheckPlan = {
    ...policy,
    required: smsRequired,
    roles: smsRequired ? roles : [],
    // App principals are SMS-checked like website principals (2023 app filing).
    phones: smsRequired
      ? [...new Set([...smsCheckPhones(draft, type, options.changed, date), ...appSmsPhones(draft, type)])]
      : [],
    validHours: SMS_CODE_RULES.validHours,
  };
  if (smsRequired) {
    const m = smsMechanics(date);
    smsCheck.mechanics = Object.values(m).map((row) => ({
      text: row.text,
      source: readableSource(row.source),
      ...(row.disagreement ? { disagreement: row.disagreement } : {}),
    }));
    if (roleRow) smsCheck.source = `${smsCheck.source}; ${roleRow.source}`;
  }
  if (policy.required && roleRow?.disagreement) notes.push(roleRow.disagreement);
  if (policy.required && roles.length === 0) {
    smsCheck.note = { zh: '该备案类型无需短信核验', en: 'This filing type has no SMS check' };
    smsCheck.source = `${policy.source}; spec §6.3`;
  }
  if (policy.note) notes.push(policy.note);
  if (!CANCEL_TYPES.includes(type)) notes.push(ONE_OPEN_ORDER_ROW.note);

  const photoCheck = photoCheckMethod(provinceCode, type, date);
  // The change may touch only the subject or only the website: drop the SMS step when nobody is checked.
  const steps = stepsAhead(filingType, provinceCode, date, options.currentStep).filter(
    (id) => id !== 'sms-check' || smsRequired,
  );
  const details = stepsFor(filingType, provinceCode, date);
  const stepDetails = steps.map((id) => details.find((d) => d.id === id)).filter((d) => d !== undefined);
  const documentDetails = documentsFor(draft, type, provinceCode, photoCheck, date);
  if (photoCheck === 'face' && date < FACE_CHECK_SWITCH.allProvidersBy) {
    notes.push({
      zh: `电子化核验自 ${FACE_CHECK_SWITCH.from} 起可替代幕布拍照，但各接入商启用时间不一（最晚者约 ${FACE_CHECK_SWITCH.allProvidersBy}）：接入商仍可能要求幕布拍照`,
      en: `Electronic face verification may replace the backdrop photo from ${FACE_CHECK_SWITCH.from}, but providers adopted it at different times (the last around ${FACE_CHECK_SWITCH.allProvidersBy}): yours may still ask for the backdrop`,
    });
  }
  if (photoCheck === 'shanghai-app' && date >= FACE_CHECK_SWITCH.allProvidersBy) {
    notes.push({
      zh: '上海管局 App 核验：现行接入商页面已不再提及，是否仍必须使用未经证实；也可能改为接入商 App 的人脸核验',
      en: "Shanghai bureau app: current provider pages no longer mention it; whether it is still required is unconfirmed — it may be the provider's face verification instead",
    });
  }

  // Sources are shown to applicants: readable citations, never the citation keys of the rows.
  const apps =
    date >= APP_FILING_FROM
      ? planApps(draft, { filingType: type, ...(provinceCode ? { provinceCode } : {}) })
      : undefined;
  const readable = <T extends { source: string }>(x: T): T => ({ ...x, source: readableSource(x.source) });
  smsCheck.source = readableSource(smsCheck.source);
  return {
    filingType,
    provinceCode,
    smsCheck,
    photoCheck,
    steps,
    stepDetails: stepDetails.map(readable),
    documents: documentDetails.map((d) => d.label),
    documentDetails: documentDetails.map(readable),
    deadlines: deadlinesFor(steps, type, provinceCode).map(readable),
    // Only types that upload documents at all (cancellations do not).
    appUpload: appUploadAvailable(provinceCode, date) && STEP_TEMPLATES[type].includes('upload'),
    notes,
    ...(apps ? { apps } : {}),
  };
}
