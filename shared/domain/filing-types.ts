import type { Bilingual } from './bilingual';

/** The filing types of spec §2, as FilingDraft `filingType` values (design §3). */
export const FILING_TYPES = [
  'first',
  'access-new',
  'access-continue',
  'new-website-elsewhere',
  'new-website-here',
  'change-subject',
  'change-website',
  'claim',
  'cancel-access',
  'cancel-subject',
  'cancel-website',
] as const;
export type FilingType = (typeof FILING_TYPES)[number];

/** What the filing site calls each type: the content script's type detection reads only these. */
export const FILING_TYPE_NAMES_ZH: Record<FilingType, string> = {
  first: '首次备案',
  'access-new': '接入备案（新增接入）',
  'access-continue': '接入备案（继续接入）',
  'new-website-elsewhere': '新增网站（原备案不在本平台）',
  'new-website-here': '新增网站（原备案在本平台）',
  'change-subject': '变更主体',
  'change-website': '变更网站',
  claim: '认领原万网备案',
  'cancel-access': '取消接入',
  'cancel-subject': '注销主体',
  'cancel-website': '注销网站',
};

const FILING_TYPE_NAMES_EN: Record<FilingType, string> = {
  first: 'First filing',
  'access-new': 'Access filing (new access)',
  'access-continue': 'Access filing (continue access)',
  'new-website-elsewhere': 'New website (subject filed elsewhere)',
  'new-website-here': 'New website (subject filed here)',
  'change-subject': 'Change subject',
  'change-website': 'Change website',
  claim: 'Claim a legacy Wanwang filing',
  'cancel-access': 'Cancel access',
  'cancel-subject': 'Cancel subject',
  'cancel-website': 'Cancel website',
};

/**
 * Both names of each type. Built by a pure call so that a bundle which reads only the Chinese names
 * (the content script, issue 17 item 4) leaves the English ones out.
 */
export const FILING_TYPE_LABELS: Record<FilingType, Bilingual> = /* @__PURE__ */ bilingualNames(
  FILING_TYPE_NAMES_ZH,
  FILING_TYPE_NAMES_EN,
);

function bilingualNames(zh: Record<FilingType, string>, en: Record<FilingType, string>): Record<FilingType, Bilingual> {
  return Object.fromEntries(FILING_TYPES.map((t) => [t, { zh: zh[t], en: en[t] }])) as Record<FilingType, Bilingual>;
}

/**
 * Names the filing system uses today for some types: 互联网信息服务 where it said 网站 (research F19;
 * 阿里云《ICP备案流程》 2026-03-16 lists 新增互联网信息服务). Read by the extension's type detection.
 */
export const FILING_TYPE_ALIASES: Partial<Record<FilingType, readonly string[]>> = {
  'new-website-here': ['新增互联网信息服务', '无主体新增互联网信息服务'],
  'change-website': ['变更互联网信息服务'],
  'cancel-website': ['注销互联网信息服务'],
};

/**
 * What each filing type is and allows, in one table (spec §2, §3): every list of filing types in the
 * project is derived from it (`filingTypesWhere`), so a new type is one row here.
 */
export interface FilingTypeTraits {
  /** Existing filing number + ICP password checked against the record (spec §2 接入备案, §4.4). */
  accessFiling: boolean;
  /** The subject form is filled or confirmed (spec §3 step 3). */
  subjectForm: boolean;
  /** The website form is filled or confirmed (spec §3 step 4). */
  websiteForm: boolean;
  /** Subject data must equal the record: only confirmed, not edited (spec §2). */
  subjectLocked: boolean;
  /** Website data must equal the record (spec §2 接入备案). */
  websiteLocked: boolean;
  /** Started from the subject's page in 「我的备案」 rather than from the type form (spec §2). */
  startsFromSubjectPage: boolean;
  /** The spec asks for the ICP filing password (spec §2); dated exceptions live in shared/rules. */
  password: boolean;
  /** Ends a filing or an access instead of adding to one (spec §2 注销 / 取消接入). */
  cancellation: boolean;
}

const NONE: FilingTypeTraits = {
  accessFiling: false,
  subjectForm: false,
  websiteForm: false,
  subjectLocked: false,
  websiteLocked: false,
  startsFromSubjectPage: false,
  password: false,
  cancellation: false,
};

/** Built by a pure call (like FILING_TYPE_LABELS), so that bundles which never read it leave it out. */
export const FILING_TYPE_TRAITS: Record<FilingType, FilingTypeTraits> = /* @__PURE__ */ traitsTable(() => ({
  first: { ...NONE, subjectForm: true, websiteForm: true },
  'access-new': {
    ...NONE,
    accessFiling: true,
    subjectForm: true,
    websiteForm: true,
    subjectLocked: true,
    websiteLocked: true,
    password: true,
  },
  'access-continue': {
    ...NONE,
    accessFiling: true,
    subjectForm: true,
    websiteForm: true,
    subjectLocked: true,
    websiteLocked: true,
    startsFromSubjectPage: true,
    password: true,
  },
  'new-website-elsewhere': { ...NONE, subjectForm: true, websiteForm: true, subjectLocked: true },
  'new-website-here': {
    ...NONE,
    subjectForm: true,
    websiteForm: true,
    subjectLocked: true,
    startsFromSubjectPage: true,
  },
  'change-subject': { ...NONE, subjectForm: true, startsFromSubjectPage: true },
  'change-website': { ...NONE, websiteForm: true, startsFromSubjectPage: true },
  claim: NONE,
  'cancel-access': { ...NONE, startsFromSubjectPage: true, password: true, cancellation: true },
  'cancel-subject': { ...NONE, startsFromSubjectPage: true, password: true, cancellation: true },
  'cancel-website': { ...NONE, startsFromSubjectPage: true, password: true, cancellation: true },
}));

function traitsTable(build: () => Record<FilingType, FilingTypeTraits>): Record<FilingType, FilingTypeTraits> {
  return build();
}

/** The filing types, in `FILING_TYPES` order, whose traits satisfy `test`. */
export function filingTypesWhere(test: (traits: FilingTypeTraits) => boolean): readonly FilingType[] {
  return FILING_TYPES.filter((t) => test(FILING_TYPE_TRAITS[t]));
}

/** Filing types that go through the access-filing checks (existing filing number + password, spec §2, §4.4). */
export const ACCESS_FILING_TYPES = /* @__PURE__ */ filingTypesWhere((t) => t.accessFiling);
/** Filing types that collect the subject or website form (spec §3). */
export const FULL_FORM_TYPES = /* @__PURE__ */ filingTypesWhere((t) => t.subjectForm || t.websiteForm);
/** Filing types that need the ICP filing password (spec §2). */
export const PASSWORD_FILING_TYPES = /* @__PURE__ */ filingTypesWhere((t) => t.password);
/** 注销 and 取消接入 (spec §2). */
export const CANCEL_FILING_TYPES = /* @__PURE__ */ filingTypesWhere((t) => t.cancellation);
