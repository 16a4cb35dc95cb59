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

export const FILING_TYPE_LABELS: Record<FilingType, Bilingual> = {
  first: { zh: '首次备案', en: 'First filing' },
  'access-new': { zh: '接入备案（新增接入）', en: 'Access filing (new access)' },
  'access-continue': { zh: '接入备案（继续接入）', en: 'Access filing (continue access)' },
  'new-website-elsewhere': { zh: '新增网站（原备案不在本平台）', en: 'New website (subject filed elsewhere)' },
  'new-website-here': { zh: '新增网站（原备案在本平台）', en: 'New website (subject filed here)' },
  'change-subject': { zh: '变更主体', en: 'Change subject' },
  'change-website': { zh: '变更网站', en: 'Change website' },
  claim: { zh: '认领原万网备案', en: 'Claim a legacy Wanwang filing' },
  'cancel-access': { zh: '取消接入', en: 'Cancel access' },
  'cancel-subject': { zh: '注销主体', en: 'Cancel subject' },
  'cancel-website': { zh: '注销网站', en: 'Cancel website' },
};

/** Filing types that go through the access-filing checks (existing filing number + password, spec §2, §4.4). */
export const ACCESS_FILING_TYPES: readonly FilingType[] = ['access-new', 'access-continue'];
/** Filing types that collect the full subject and website forms (spec §3). */
export const FULL_FORM_TYPES: readonly FilingType[] = [
  'first',
  'access-new',
  'access-continue',
  'new-website-elsewhere',
  'new-website-here',
  'change-subject',
  'change-website',
];
/** Filing types that need the ICP filing password (spec §2). */
export const PASSWORD_FILING_TYPES: readonly FilingType[] = [
  'access-new',
  'access-continue',
  'cancel-access',
  'cancel-subject',
  'cancel-website',
];
