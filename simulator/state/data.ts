import type { Bilingual } from '../../shared/domain/bilingual';
import { FULL_FORM_TYPES } from '../../shared/domain/filing-types';
import type { Carrier, OrderStatus, ReviewStage, UploadKind } from './schema';

/**
 * Reference data the simulated sites use. Each table names its source; none of it is buried in code.
 */

/** One-character province abbreviations of ICP filing numbers (`浙ICP备12345678号`). */
export const ICP_ABBREVIATIONS: Readonly<Record<string, string>> = {
  '11': '京',
  '12': '津',
  '13': '冀',
  '14': '晋',
  '15': '蒙',
  '21': '辽',
  '22': '吉',
  '23': '黑',
  '31': '沪',
  '32': '苏',
  '33': '浙',
  '34': '皖',
  '35': '闽',
  '36': '赣',
  '37': '鲁',
  '41': '豫',
  '42': '鄂',
  '43': '湘',
  '44': '粤',
  '45': '桂',
  '46': '琼',
  '50': '渝',
  '51': '蜀',
  '52': '黔',
  '53': '滇',
  '54': '藏',
  '61': '陕',
  '62': '陇',
  '63': '青',
  '64': '宁',
  '65': '新',
};
export const ICP_ABBREVIATIONS_SOURCE = 'research/domain-rules.md §5 (ICP 备案号 pattern); spec §1 (京ICP备12345678号)';

/**
 * Mobile number segments by carrier (first 3 digits; 134 and 174 split on the 4th). Number portability
 * (since 2019-12-01) means a segment is only a default: scenarios may override per number.
 */
export const CARRIER_LABELS: Record<Carrier, Bilingual> = {
  mobile: { zh: '中国移动', en: 'China Mobile' },
  unicom: { zh: '中国联通', en: 'China Unicom' },
  telecom: { zh: '中国电信', en: 'China Telecom' },
  broadcast: { zh: '中国广电', en: 'China Broadcast Network' },
  virtual: { zh: '虚拟运营商', en: 'Virtual operator' },
  unknown: { zh: '未知运营商', en: 'Unknown carrier' },
};

/** The provider's own sender (initial-review calls come from it too, spec §3 step 6). */
export const PROVIDER_SENDER = '95187';

export const STATUS_LABELS: Record<OrderStatus, Bilingual> = {
  draft: { zh: '待提交', en: 'Draft' },
  'initial-review': { zh: '初审中', en: 'Initial review' },
  'photo-check': { zh: '待拍照核验', en: 'Waiting for the photo check' },
  'photo-review': { zh: '照片审核中', en: 'Photo review' },
  'sms-check': { zh: '待短信核验', en: 'Waiting for the SMS check' },
  'bureau-review': { zh: '管局审核中', en: 'Bureau review' },
  approved: { zh: '备案成功', en: 'Approved' },
  rejected: { zh: '已驳回', en: 'Rejected' },
  returned: { zh: '已退回', en: 'Returned' },
  abandoned: { zh: '已放弃', en: 'Abandoned' },
};

export const UPLOAD_KIND_LABELS: Record<UploadKind, Bilingual> = {
  'verification-form': { zh: '网站备案信息真实性核验单', en: 'Authenticity verification form' },
  'id-front': { zh: '证件正面', en: 'ID document, front' },
  'id-back': { zh: '证件反面', en: 'ID document, back' },
  'subject-licence': { zh: '主办单位证件（营业执照等）', en: 'Subject document (business licence etc.)' },
  'domain-certificate': { zh: '域名证书', en: 'Domain certificate' },
  authorization: { zh: '授权书', en: 'Letter of authorisation' },
  'backdrop-photo': { zh: '幕布照片', en: 'Backdrop photo' },
  'claim-document': { zh: '主体证件图片（认领）', en: 'Subject ID document images (claim)' },
  'app-icon': { zh: '应用图标', en: 'App icon' },
  other: { zh: '其他资料', en: 'Other document' },
};

/** Uploads the filing site asks for before 提交备案 (spec §3 step 5, §2 认领). Organisations add their licence. */
export const REQUIRED_UPLOADS: {
  types: readonly string[];
  kinds: readonly UploadKind[];
  organisationExtra: readonly UploadKind[];
  source: string;
}[] = [
  {
    types: FULL_FORM_TYPES,
    kinds: ['verification-form', 'id-front', 'id-back'],
    organisationExtra: ['subject-licence'],
    source: 'spec §3 step 5',
  },
  { types: ['claim'], kinds: ['claim-document'], organisationExtra: [], source: 'spec §2 认领原万网备案' },
];

/** Upload limits (issue 5 item 1: type and size checked). */
export const UPLOAD_LIMITS = {
  maxBytes: 5 * 1024 * 1024,
  mimes: ['image/png', 'image/jpeg', 'application/pdf'] as const,
};

export interface RejectionReason {
  id: string;
  stages: readonly ReviewStage[];
  text: Bilingual;
  source: string;
}

/** Common real rejection reasons, offered to reviewers (research/domain-rules.md §6). */
export const REJECTION_REASONS: readonly RejectionReason[] = [
  {
    id: 'verification-form',
    stages: ['initial'],
    text: {
      zh: '真实性核验单模板错误、未签字或不清晰，请下载本省模板，用黑色签字笔填写后重新上传',
      en: 'Authenticity form: wrong template, unsigned or unclear — download the province template, fill it in with a black pen and upload it again',
    },
    source: 'research §6; TCFAQ 驳回',
  },
  {
    id: 'domain-holder',
    stages: ['initial', 'bureau'],
    text: {
      zh: '域名持有者与主办单位不一致，或域名未完成实名认证',
      en: 'The domain holder does not match the subject, or the domain is not real-name verified',
    },
    source: 'research §6; TCFAQ; HW25; TCDOM',
  },
  {
    id: 'site-name',
    stages: ['initial', 'bureau'],
    text: { zh: '网站名称不符合命名要求，请修改网站名称', en: 'The website name breaks the naming rules — change it' },
    source: 'research §2, §6; TCFAQ; HW25',
  },
  {
    id: 'cross-province',
    stages: ['initial', 'bureau'],
    text: {
      zh: '主办单位证件住所与所属区域不在同一省份，不能跨省备案',
      en: 'The document address and the chosen region are in different provinces: no cross-province filing',
    },
    source: 'research §6; TCFAQ',
  },
  {
    id: 'site-reachable',
    stages: ['bureau'],
    text: {
      zh: '备案期间网站可以访问，请关闭网站后重新提交',
      en: 'The site is reachable during review — take it offline and resubmit',
    },
    source: 'research §6; TCFAQ; HW25',
  },
  {
    id: 'pre-approval',
    stages: ['initial', 'bureau'],
    text: {
      zh: '网站内容涉及前置审批，请先取得主管部门的审批文件',
      en: 'The content needs a pre-approval — obtain the approval document first',
    },
    source: 'research §6; TCFAQ 前置审批',
  },
  {
    id: 'id-document',
    stages: ['initial'],
    text: {
      zh: '证件非原件彩色扫描件、不清晰或有效期不足3个月',
      en: 'ID document is not an original colour scan, is unclear, or expires within 3 months',
    },
    source: 'research §6; TCFAQ; HW25',
  },
  {
    id: 'phone',
    stages: ['initial', 'bureau'],
    text: {
      zh: '负责人手机号码已被其他主体使用，或负责人电话、邮箱重复，请修改',
      en: 'A principal phone is used by another subject, or phones/e-mails repeat — change them',
    },
    source: 'research §6; TCFAQ; HW25; QC',
  },
  {
    id: 'legal-representative',
    stages: ['initial', 'bureau'],
    text: {
      zh: '单位主体负责人须为法定代表人',
      en: 'The subject principal of an organisation must be its legal representative',
    },
    source: 'research §6; HW25',
  },
  {
    id: 'incomplete',
    stages: ['initial'],
    text: {
      zh: '主体或网站信息填写不完整，请补充后重新提交',
      en: 'Subject or website information is incomplete — complete it and resubmit',
    },
    source: 'research §6; TCFAQ 备案驳回',
  },
  {
    id: 'backdrop-photo',
    stages: ['photo'],
    text: {
      zh: '幕布照片不合格（着装、背景或照片经过处理），请重新拍摄上传',
      en: 'Backdrop photo not acceptable (clothing, background or edited photo) — take it again',
    },
    source: 'research §6; TCFAQ; spec §8',
  },
  {
    id: 'shanghai-app',
    stages: ['photo'],
    text: {
      zh: '上海管局APP核验未通过，请删除APP重新安装后再次核验',
      en: 'Shanghai app check failed — delete the app, reinstall it and verify again',
    },
    source: 'spec §9',
  },
  {
    id: 'filing-password',
    stages: ['bureau'],
    text: {
      zh: 'ICP备案密码错误，请找回正确的备案密码后重新提交',
      en: 'Wrong ICP filing password — retrieve the right one and resubmit',
    },
    source: 'spec §2 接入备案',
  },
  {
    id: 'already-filed',
    stages: ['bureau'],
    text: {
      zh: '主体已在工信部备案，备案类型错误（名称或证件号码有误）',
      en: 'The subject is already filed at MIIT: wrong filing type (name or document number typo)',
    },
    source: 'research §6; HW25',
  },
  {
    id: 'claim-document',
    stages: ['initial'],
    text: { zh: '认领资料与原万网备案主体不一致', en: 'The claim documents do not match the legacy 万网 subject' },
    source: 'spec §2 认领原万网备案',
  },
];

/** Typical durations of the review stages (spec §10), in working days; bureau: the short end of 3–20. */
export const REVIEW_DUE_WORKING_DAYS: Record<ReviewStage, { days: number; source: string }> = {
  initial: { days: 1, source: 'spec §3 step 6, §10' },
  photo: { days: 1, source: 'spec §8, §10' },
  bureau: { days: 3, source: 'spec §3 step 9, §10 (3–20 working days)' },
};
