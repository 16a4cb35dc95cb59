/**
 * Choices of the filing site's selects. These are UI lists, not rules: the rules core checks whatever
 * the applicant picks. Labels follow spec §4.1/§4.3 and the document-type labels the shared formats
 * recognise (shared/formats/documents.ts DOCUMENT_TYPES), so every choice is checkable.
 */

/** 主办单位性质 (spec §1, §4.1) → the 主办单位证件类型 offered for it. */
export const SUBJECT_NATURES: readonly { nature: string; idTypes: readonly string[] }[] = [
  {
    nature: '个人',
    idTypes: [
      '身份证',
      '护照',
      '港澳居民来往内地通行证',
      '台湾居民来往大陆通行证',
      '外国人永久居留身份证',
      '港澳台居民居住证',
    ],
  },
  { nature: '企业', idTypes: ['营业执照(个人或企业)', '组织机构代码证'] },
  { nature: '事业单位', idTypes: ['事业单位法人证书', '组织机构代码证'] },
  { nature: '社会团体', idTypes: ['社会团体法人登记证书', '组织机构代码证'] },
  { nature: '政府机关', idTypes: ['统一社会信用代码证书', '组织机构代码证'] },
  { nature: '民办非企业单位', idTypes: ['民办非企业单位登记证书'] },
  { nature: '基金会', idTypes: ['基金会法人登记证书'] },
  { nature: '律师执业机构', idTypes: ['律师事务所执业许可证'] },
];
export const SUBJECT_NATURES_SOURCE = 'spec §1, §4.1; shared/formats/documents.ts';

export function idTypesFor(nature: string | undefined): readonly string[] {
  return SUBJECT_NATURES.find((n) => n.nature === nature)?.idTypes ?? [];
}

/** 负责人证件类型: personal documents only (a principal is a person, spec §4.2). */
export const PRINCIPAL_ID_TYPES: readonly string[] = SUBJECT_NATURES[0]?.idTypes ?? ['身份证'];

/** 网站服务内容 (spec §4.3: 综合门户, 单位门户网站, 网络图片, 网站建设, 其他 …). */
export const SERVICE_CONTENTS: readonly string[] = [
  '综合门户',
  '单位门户网站',
  '搜索引擎',
  '网络图片',
  '网站建设',
  '博客/个人空间',
  '网络游戏',
  '即时通信',
  '其他',
];

/** 网站语言 (spec §4.3). */
export const WEBSITE_LANGUAGES: readonly string[] = [
  '中文简体',
  '中文繁体',
  '英语',
  '日语',
  '韩语',
  '法语',
  '德语',
  '俄语',
  '西班牙语',
  '阿拉伯语',
  '葡萄牙语',
  '其他语言',
];

/** 前置或专项审批内容类型 (spec §4.3: news, publishing, education, medical, drugs, culture …). */
export const PRE_APPROVAL_TYPES: readonly string[] = [
  '新闻',
  '出版',
  '教育',
  '医疗保健',
  '药品和医疗器械',
  '文化',
  '广播电影电视节目',
  '电子公告',
];

/** Upload kinds the applicant may add besides the required ones (simulator/API.md §2 Uploads). */
export const OPTIONAL_UPLOAD_KINDS = ['subject-licence', 'authorization', 'domain-certificate', 'other'] as const;
