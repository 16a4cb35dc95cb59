/**
 * Words that website names (网站名称) may not contain, as dated data rows (research §2). Each row is one
 * list from one source; the website-name rules (shared/rules/website-name/) read them by list.
 *
 * Dating: a row applies on a filing date D when `from` ≤ D < `until`. `asOf` is only the date the
 * source restated it (an attestation), never a start date.
 * An undated row (`asOf: 'undated'`, no `from`) applies on every date — its source gives no date, and
 * it restates limits the dated sources also state in general terms (see shared/rules/data/rule-sources.ts).
 */
import type { Bilingual } from '../../domain/bilingual';
import { QC, TC17, TCFAQ } from './rule-sources';

export type NameWordsAppliesTo = 'individual' | 'organisation' | 'all';

export interface NameWordsRow {
  id: string;
  words: readonly string[];
  appliesTo: NameWordsAppliesTo;
  /** Citable source, with its date (short: it is quoted in messages). */
  source: string;
  /** The source's own words, where it has them. */
  quote?: string;
  sourceUrl?: string;
  /** Date the source speaks for, `YYYY-MM-DD`, or `undated`. */
  asOf: string;
  /** In force from (default: `asOf` when dated; undated rows apply on every date). */
  from?: string;
  until?: string;
  note?: string;
}

const BKZHISHI = 'bkzhishi 各省管局限制词 (unofficial)';
const XN = 'XN 新网命名要求';

/** Non-national units must not use words that claim national standing (TCFAQ; QC adds 全国). */
export const NATIONAL_WORDS: readonly NameWordsRow[] = [
  {
    id: 'national-words-tcfaq',
    words: ['中国', '中华', '中央', '人民', '人大', '国家'],
    appliesTo: 'all',
    source: `${TCFAQ.label} 网站名称; ${QC.label} 网站命名要求`,
    quote:
      '非国家类单位禁止涉及国家信息和词汇，如中国、中华、中央、人民、人大、国家等 (QC); TCFAQ: non-governmental names cannot contain "China", "Chinese", "national", "people"',
    sourceUrl: TCFAQ.url,
    asOf: TCFAQ.from,
  },
  {
    id: 'national-words-qc',
    words: ['全国'],
    appliesTo: 'all',
    source: `${QC.label} 网站命名要求`,
    quote: '主办单位性质为非国家级单位的网站，不得以中国，中央，全国，国家，中华，人民等字头命名',
    sourceUrl: QC.url,
    asOf: QC.from,
  },
];

/** Sensitive words (QC): for every site, and the extra words for personal sites. */
export const SENSITIVE_WORDS: readonly NameWordsRow[] = [
  {
    id: 'sensitive-qc',
    words: ['反腐', '赌博', '廉政', '色情'],
    appliesTo: 'all',
    source: `${QC.label} 网站命名要求`,
    quote: '网站名称及实际开办内容不得涉及敏感信息（如反腐、赌博、廉政、色情等）',
    sourceUrl: QC.url,
    asOf: QC.from,
  },
  {
    id: 'sensitive-personal-qc',
    words: ['纪检', '监察', '信访', '维权', '投诉'],
    appliesTo: 'individual',
    source: `${QC.label} 个人网站命名要求`,
    quote: '不得含有国家职能性质的反腐、纪检、监察、信访，以及涉及公共利益的维权、投诉等词汇',
    sourceUrl: QC.url,
    asOf: QC.from,
  },
];

/** Personal sites: no company or organisation words (TCFAQ point 2: 「不能包含公司、组织等字样」). */
export const PERSONAL_ORGANISATION_WORDS: readonly NameWordsRow[] = [
  {
    id: 'personal-organisation-tcfaq',
    words: ['公司', '组织'],
    appliesTo: 'individual',
    source: `${TCFAQ.label} 命名要求`,
    quote:
      'Personal website names cannot be a domain name or a person\'s name, nor can it contain words such as "company" or "organization" (公司、组织)',
    sourceUrl: TCFAQ.url,
    asOf: TCFAQ.from,
  },
  {
    id: 'personal-organisation-forms',
    words: ['集团', '股份', '事务所', '合作社', '商行', '协会', '商会', '基金会'],
    appliesTo: 'individual',
    source: `${TCFAQ.label} 命名要求 (「公司、组织等」); ${QC.label} 个人网站命名要求`,
    quote: '个人备案不得涉及行业信息、企业信息、产品信息 (QC)',
    sourceUrl: TCFAQ.url,
    asOf: TCFAQ.from,
    note: 'Legal-form words of enterprise and organisation names, read as the 「等」 of TCFAQ; 有限 is left out (it appears in ordinary phrases, and 有限公司 already contains 公司).',
  },
  {
    id: 'personal-organisation-bkzhishi',
    words: ['企业', '中心', '学院', '工坊', '产业', '传媒', '媒体'],
    appliesTo: 'individual',
    source: BKZHISHI,
    asOf: 'undated',
  },
];

/** Personal sites: no commercial, industry or product words (TCFAQ; QC 「不得涉及行业信息、企业信息、产品信息」). */
export const PERSONAL_COMMERCIAL_WORDS: readonly NameWordsRow[] = [
  {
    id: 'personal-commercial-bkzhishi',
    words: [
      '官网',
      '商城',
      '购物',
      '交易',
      '营销',
      '贸易',
      '电商',
      '旗舰',
      '报价',
      '折扣',
      '返现',
      '定制',
      '定做',
      '转让',
      '品牌',
      '排行榜',
      '宣传',
      '咨询',
      '投资',
      '售后',
      '股票',
      '证券',
      '彩票',
      '体彩',
      '刮刮乐',
    ],
    appliesTo: 'individual',
    source: `${BKZHISHI}; ${QC.label} 个人网站命名要求`,
    quote: '个人备案不得涉及行业信息、企业信息、产品信息 (QC)',
    asOf: 'undated',
  },
  {
    id: 'personal-commercial-beijing-example',
    words: ['团购', '合伙'],
    appliesTo: 'individual',
    source: '99.my 北京 个人 (examples)',
    quote: '合伙、评论、中心、售后、学院、社团、博客、论坛、社区、返现、团购',
    asOf: 'undated',
  },
];

/** Personal sites: the words provider lists forbid outright (QC and XN lists). */
export const PERSONAL_FORBIDDEN_WORDS: readonly NameWordsRow[] = [
  {
    id: 'personal-forbidden-qc',
    words: [
      '个人空间',
      '爱好者',
      '博客',
      '导航',
      '工作室',
      '论坛',
      '平台',
      '热线',
      '社区',
      '社团',
      '网络',
      '网站',
      '网址',
      '主页',
      '资讯',
      '作品展示',
      '在线',
      '交流',
    ],
    appliesTo: 'individual',
    source: `${QC.label} 个人网站命名要求`,
    quote:
      '禁止使用 XXX 的个人空间、爱好者、博客、导航、工作室、论坛、平台、热线、社区、社团、网络、网站、网址、主页、资讯、作品展示等词汇；不得涉及博客、论坛、在线、社区、交流等信息',
    sourceUrl: QC.url,
    asOf: QC.from,
  },
  {
    id: 'personal-forbidden-xn',
    words: ['导航', '工作室', '论坛', '平台', '热线', '社区', '社团', '网络', '网站', '网址', '主页', '资讯'],
    appliesTo: 'individual',
    source: `${XN} 全国`,
    asOf: 'undated',
    note: 'XN adds per-province extras that were not retrievable.',
  },
];

/**
 * Words that need a pre-approval (前置或专项审批) before a name may use them: a name with the word and no
 * matching 前置或专项审批内容类型 selected is likely rejected (TCFAQ 网站名称; QC 上海; TC19 北京 #8, 河北 #6).
 */
export interface PreApprovalKeywordRow {
  id: string;
  words: readonly string[];
  /** The content type to select (as the form's options say it). */
  type: Bilingual;
  /** Selected options that satisfy it (substring match on the selected labels). */
  satisfiedBy: readonly string[];
  source: string;
  sourceUrl?: string;
  asOf: string;
  /** First day in force where a regulation gives it (the rule reads `asOf`, set to the same day). */
  from?: string;
}

const PRE_APPROVAL_SOURCE = `${TCFAQ.label} 网站名称/前置审批; ${QC.label} 上海`;

export const PRE_APPROVAL_NAME_KEYWORDS: readonly PreApprovalKeywordRow[] = [
  {
    id: 'news',
    words: ['新闻'],
    type: { zh: '新闻', en: 'news' },
    satisfiedBy: ['新闻'],
    source: PRE_APPROVAL_SOURCE,
    sourceUrl: TCFAQ.url,
    asOf: TCFAQ.from,
  },
  {
    id: 'publishing',
    words: ['出版'],
    type: { zh: '出版', en: 'publishing' },
    satisfiedBy: ['出版'],
    source: PRE_APPROVAL_SOURCE,
    sourceUrl: TCFAQ.url,
    asOf: TCFAQ.from,
  },
  {
    id: 'education',
    words: ['教育'],
    type: { zh: '教育', en: 'education' },
    satisfiedBy: ['教育'],
    source: PRE_APPROVAL_SOURCE,
    sourceUrl: TCFAQ.url,
    asOf: TCFAQ.from,
  },
  {
    id: 'medical',
    words: ['医疗', '保健', '医院'],
    type: { zh: '医疗保健', en: 'medical and health care' },
    satisfiedBy: ['医疗', '保健'],
    source: PRE_APPROVAL_SOURCE,
    sourceUrl: TCFAQ.url,
    asOf: TCFAQ.from,
  },
  {
    id: 'drugs',
    words: ['药品', '医疗器械', '药店'],
    type: { zh: '药品和医疗器械', en: 'drugs and medical devices' },
    satisfiedBy: ['药品', '医疗器械'],
    source: PRE_APPROVAL_SOURCE,
    sourceUrl: TCFAQ.url,
    asOf: TCFAQ.from,
  },
  {
    id: 'culture',
    words: ['文化'],
    type: { zh: '文化', en: 'culture' },
    satisfiedBy: ['文化'],
    source: PRE_APPROVAL_SOURCE,
    sourceUrl: TCFAQ.url,
    asOf: TCFAQ.from,
  },
  {
    id: 'broadcast',
    words: ['影视', '电影', '电视', '广播', '视听'],
    type: { zh: '广播电影电视节目', en: 'radio, film and TV programmes' },
    satisfiedBy: ['广播', '电影', '电视', '视听', '影视'],
    source: PRE_APPROVAL_SOURCE,
    sourceUrl: TCFAQ.url,
    asOf: TCFAQ.from,
  },
  {
    id: 'bulletin-board',
    words: ['论坛', '社区', '贴吧', 'BBS'],
    type: { zh: '电子公告服务', en: 'electronic bulletin services (forums)' },
    satisfiedBy: ['电子公告', '论坛'],
    source: PRE_APPROVAL_SOURCE,
    sourceUrl: TCFAQ.url,
    asOf: TCFAQ.from,
  },
  {
    id: 'finance',
    // TC 前置审批相关 (research F16) lists the words that need the financial regulator's approval.
    words: [
      '金融',
      '理财',
      '证券',
      '交易所',
      '交易中心',
      '资产管理',
      '基金',
      '投资管理',
      '财富管理',
      '网贷',
      '网络借贷',
      'P2P',
      '众筹',
      '互联网保险',
    ],
    type: { zh: '互联网金融', en: 'internet finance' },
    satisfiedBy: ['金融'],
    source: `${PRE_APPROVAL_SOURCE}; TC 前置审批相关 金融`,
    sourceUrl: TCFAQ.url,
    asOf: TCFAQ.from,
  },
  {
    id: 'off-campus-tutoring',
    words: ['校外培训', '课外辅导', '学科辅导', '补习'],
    type: { zh: '校外培训（高中及以下阶段）', en: 'off-campus tutoring (up to senior high school)' },
    satisfiedBy: ['校外培训'],
    source: '《关于进一步减轻义务教育阶段学生作业负担和校外培训负担的意见》; TC 前置审批相关 校外培训',
    asOf: '2021-07-24',
    from: '2021-07-24',
  },
  {
    id: 'religion',
    words: ['宗教', '佛教', '道教', '基督教', '天主教', '伊斯兰教'],
    type: { zh: '宗教', en: 'religion' },
    satisfiedBy: ['宗教'],
    source: '国家宗教事务局令第17号',
    asOf: '2022-03-01',
    from: '2022-03-01',
  },
  {
    id: 'ride-hailing',
    words: ['网约车', '网络预约'],
    type: { zh: '网络预约车', en: 'online ride-hailing' },
    satisfiedBy: ['网络预约', '网约车'],
    source: PRE_APPROVAL_SOURCE,
    sourceUrl: TCFAQ.url,
    asOf: TCFAQ.from,
  },
  {
    id: 'games',
    words: ['游戏'],
    type: { zh: '文化（网络游戏）', en: 'culture (online games)' },
    satisfiedBy: ['游戏', '文化'],
    source: PRE_APPROVAL_SOURCE,
    sourceUrl: TCFAQ.url,
    asOf: TCFAQ.from,
  },
];

/**
 * Name forms a province REQUIRES for personal sites. While one is in force, the personal word lists
 * do not report words that are part of the required form (they would contradict it).
 */
export interface RequiredNameFormRow {
  id: string;
  provinceCode: string;
  appliesTo: NameWordsAppliesTo;
  /** Must match the whole name; the `free` group is the applicant's own part (still checked against the lists). */
  pattern: RegExp;
  examples: readonly string[];
  source: string;
  sourceUrl?: string;
  from: string;
  until?: string;
}

export const REQUIRED_NAME_FORMS: readonly RequiredNameFormRow[] = [
  {
    id: 'js-2017-personal-blog-or-homepage',
    provinceCode: '32',
    appliesTo: 'individual',
    pattern: /^(?<free>.+?)的个人(?:博客|主页)$/u,
    examples: ['张三的个人博客', '张三的个人主页'],
    source: `${TC17.label} 江苏 个人 #7 「网站名称只能填写“xx的个人博客”或“xx的个人主页”」`,
    sourceUrl: TC17.url,
    from: TC17.from,
    // TC19 no longer states it (see rule-sources.ts).
    ...(TC17.until ? { until: TC17.until } : {}),
  },
];

/** Whether a dated row is in force on `date` (undated rows: always). */
export function rowInForce(row: { asOf?: string; from?: string; until?: string }, date: string): boolean {
  // `asOf` is the date a page restated the list, not the day it began: only an explicit `from` starts a row.
  return (row.from === undefined || row.from <= date) && (row.until === undefined || date < row.until);
}
