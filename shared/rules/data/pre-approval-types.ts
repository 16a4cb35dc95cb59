import type { Bilingual } from '../../domain/bilingual';

/**
 * The 前置或专项审批内容类型 of the filing form, as dated rows (spec §4.3; research F12–F16). `required`:
 * the approval document of `authority` is needed before filing; `cancelled-nationally`: the national
 * approval was cancelled but a bureau may still ask for it (a warning that says so, never an error).
 * Rows without `from` are restated by provider pages without a start date and apply on every date.
 */
export interface PreApprovalTypeRow {
  id: string;
  /** The option as the MIIT system lists it. */
  value: string;
  /** A selected option matches the row when it contains one of these. */
  keywords: readonly string[];
  authority: Bilingual;
  status: 'required' | 'cancelled-nationally';
  /** First day in force, only where a regulation or notice gives it. */
  from?: string;
  source: string;
}

const TC_PRE = 'TC 前置审批相关';

export const PRE_APPROVAL_TYPES: readonly PreApprovalTypeRow[] = [
  {
    id: 'news',
    value: '新闻',
    keywords: ['新闻'],
    authority: {
      zh: '网信部门的互联网新闻信息服务许可',
      en: 'an internet news licence from the cyberspace administration',
    },
    status: 'required',
    source: 'spec §4.3',
  },
  {
    id: 'publishing',
    value: '出版',
    keywords: ['出版'],
    authority: {
      zh: '新闻出版主管部门的网络出版服务许可',
      en: 'an online publishing licence from the press and publication authority',
    },
    status: 'required',
    source: 'spec §4.3',
  },
  {
    // Before 医疗保健: 「药品和医疗器械」 contains 医疗.
    id: 'drugs',
    value: '药品和医疗器械',
    keywords: ['药品', '医疗器械'],
    authority: {
      zh: '药品监督管理部门的互联网药品信息服务资格证书',
      en: 'an internet drug information certificate from the drug administration',
    },
    status: 'required',
    source: 'spec §4.3',
  },
  {
    // Must come before 教育: 「校外培训（高中及以下阶段）」 is its own type, not 教育.
    id: 'off-campus-tutoring',
    value: '校外培训（高中及以下阶段）',
    keywords: ['校外培训'],
    authority: {
      zh: '教育部门出具的校外培训前置审批文件（职业类培训除外）',
      en: 'the pre-approval for off-campus tutoring issued by the education department (vocational training excepted)',
    },
    status: 'required',
    from: '2021-07-24',
    source: `《关于进一步减轻义务教育阶段学生作业负担和校外培训负担的意见》; ${TC_PRE} 校外培训`,
  },
  {
    id: 'education',
    value: '教育',
    keywords: ['教育'],
    authority: { zh: '教育主管部门的审批文件', en: 'an approval from the education authority' },
    status: 'cancelled-nationally',
    source: `spec §4.3; ${TC_PRE} 「目前全国已取消教育类前置审批」`,
  },
  {
    id: 'medical',
    value: '医疗保健',
    keywords: ['医疗保健', '医疗'],
    authority: { zh: '卫生健康主管部门的审批文件', en: 'an approval from the health authority' },
    status: 'cancelled-nationally',
    source: `spec §4.3; ${TC_PRE} 「目前全国已取消医疗保健类前置审批」`,
  },
  {
    id: 'culture',
    value: '文化',
    keywords: ['文化'],
    authority: {
      zh: '文化主管部门的网络文化经营许可证',
      en: 'an online culture business licence from the culture authority',
    },
    status: 'required',
    source: 'spec §4.3',
  },
  {
    id: 'broadcast',
    value: '广播电影电视节目',
    keywords: ['广播', '电影', '电视', '视听'],
    authority: {
      zh: '广电主管部门的信息网络传播视听节目许可证',
      en: 'an audio-visual programme licence from the radio and TV authority',
    },
    status: 'required',
    source: 'spec §4.3',
  },
  {
    id: 'bulletin-board',
    value: '电子公告服务',
    keywords: ['电子公告'],
    authority: {
      zh: '通信管理局的电子公告服务专项审批',
      en: 'a bulletin-board approval from the communications administration',
    },
    status: 'required',
    source: 'spec §4.3',
  },
  {
    id: 'internet-finance',
    value: '互联网金融',
    keywords: ['金融'],
    authority: {
      zh: '金融管理部门的专项审批文件',
      en: 'the special approval of the financial regulator',
    },
    status: 'required',
    source: `${TC_PRE} 金融`,
  },
  {
    id: 'religion',
    value: '宗教',
    keywords: ['宗教'],
    authority: {
      zh: '省级宗教事务部门核发的《互联网宗教信息服务许可证》',
      en: 'the internet religious information service licence (互联网宗教信息服务许可证) of the provincial religious affairs department',
    },
    status: 'required',
    from: '2022-03-01',
    source: '国家宗教事务局令第17号',
  },
];

/** The row a selected 前置审批 option stands for on `date` (rows not yet in force are skipped). */
export function preApprovalTypeFor(selected: string, date: string): PreApprovalTypeRow | undefined {
  return PRE_APPROVAL_TYPES.find(
    (row) => (row.from === undefined || row.from <= date) && row.keywords.some((k) => selected.includes(k)),
  );
}
