// Provincial-level codes (GB/T 2260) and the one-character abbreviations MIIT uses in filing numbers:
// data shared by the ID-number, credit-code, licence-number and filing-number formats.

export type ProvinceKind = 'mainland' | 'taiwan' | 'sar';

export interface ProvinceCodeEntry {
  /** Two-digit GB/T 2260 code, `33`. */
  code: string;
  /** Full name, `浙江省`. */
  name: string;
  nameEn: string;
  kind: ProvinceKind;
  /**
   * The abbreviation in ICP filing numbers (`浙ICP备…号`). For 四川, 贵州, 云南 and 甘肃 the filing
   * system uses the classical 蜀, 黔, 滇, 陇, not the everyday 川, 贵, 云, 甘.
   */
  filingAbbr?: string;
  /** Everyday abbreviation when it differs from `filingAbbr`. */
  commonAbbr?: string;
}

export const PROVINCE_CODES_SOURCE = 'GB/T 2260 (provincial-level codes); spec §1 备案号';

export const GB2260_PROVINCES: readonly ProvinceCodeEntry[] = [
  { code: '11', name: '北京市', nameEn: 'Beijing', kind: 'mainland', filingAbbr: '京' },
  { code: '12', name: '天津市', nameEn: 'Tianjin', kind: 'mainland', filingAbbr: '津' },
  { code: '13', name: '河北省', nameEn: 'Hebei', kind: 'mainland', filingAbbr: '冀' },
  { code: '14', name: '山西省', nameEn: 'Shanxi', kind: 'mainland', filingAbbr: '晋' },
  { code: '15', name: '内蒙古自治区', nameEn: 'Inner Mongolia', kind: 'mainland', filingAbbr: '蒙' },
  { code: '21', name: '辽宁省', nameEn: 'Liaoning', kind: 'mainland', filingAbbr: '辽' },
  { code: '22', name: '吉林省', nameEn: 'Jilin', kind: 'mainland', filingAbbr: '吉' },
  { code: '23', name: '黑龙江省', nameEn: 'Heilongjiang', kind: 'mainland', filingAbbr: '黑' },
  { code: '31', name: '上海市', nameEn: 'Shanghai', kind: 'mainland', filingAbbr: '沪' },
  { code: '32', name: '江苏省', nameEn: 'Jiangsu', kind: 'mainland', filingAbbr: '苏' },
  { code: '33', name: '浙江省', nameEn: 'Zhejiang', kind: 'mainland', filingAbbr: '浙' },
  { code: '34', name: '安徽省', nameEn: 'Anhui', kind: 'mainland', filingAbbr: '皖' },
  { code: '35', name: '福建省', nameEn: 'Fujian', kind: 'mainland', filingAbbr: '闽' },
  { code: '36', name: '江西省', nameEn: 'Jiangxi', kind: 'mainland', filingAbbr: '赣' },
  { code: '37', name: '山东省', nameEn: 'Shandong', kind: 'mainland', filingAbbr: '鲁' },
  { code: '41', name: '河南省', nameEn: 'Henan', kind: 'mainland', filingAbbr: '豫' },
  { code: '42', name: '湖北省', nameEn: 'Hubei', kind: 'mainland', filingAbbr: '鄂' },
  { code: '43', name: '湖南省', nameEn: 'Hunan', kind: 'mainland', filingAbbr: '湘' },
  { code: '44', name: '广东省', nameEn: 'Guangdong', kind: 'mainland', filingAbbr: '粤' },
  { code: '45', name: '广西壮族自治区', nameEn: 'Guangxi', kind: 'mainland', filingAbbr: '桂' },
  { code: '46', name: '海南省', nameEn: 'Hainan', kind: 'mainland', filingAbbr: '琼' },
  { code: '50', name: '重庆市', nameEn: 'Chongqing', kind: 'mainland', filingAbbr: '渝' },
  { code: '51', name: '四川省', nameEn: 'Sichuan', kind: 'mainland', filingAbbr: '蜀', commonAbbr: '川' },
  { code: '52', name: '贵州省', nameEn: 'Guizhou', kind: 'mainland', filingAbbr: '黔', commonAbbr: '贵' },
  { code: '53', name: '云南省', nameEn: 'Yunnan', kind: 'mainland', filingAbbr: '滇', commonAbbr: '云' },
  { code: '54', name: '西藏自治区', nameEn: 'Tibet', kind: 'mainland', filingAbbr: '藏' },
  { code: '61', name: '陕西省', nameEn: 'Shaanxi', kind: 'mainland', filingAbbr: '陕' },
  { code: '62', name: '甘肃省', nameEn: 'Gansu', kind: 'mainland', filingAbbr: '陇', commonAbbr: '甘' },
  { code: '63', name: '青海省', nameEn: 'Qinghai', kind: 'mainland', filingAbbr: '青' },
  { code: '64', name: '宁夏回族自治区', nameEn: 'Ningxia', kind: 'mainland', filingAbbr: '宁' },
  { code: '65', name: '新疆维吾尔自治区', nameEn: 'Xinjiang', kind: 'mainland', filingAbbr: '新' },
  { code: '71', name: '台湾省', nameEn: 'Taiwan', kind: 'taiwan' },
  { code: '81', name: '香港特别行政区', nameEn: 'Hong Kong SAR', kind: 'sar' },
  { code: '82', name: '澳门特别行政区', nameEn: 'Macao SAR', kind: 'sar' },
];

const BY_CODE = new Map(GB2260_PROVINCES.map((p) => [p.code, p]));

export function provinceByCode(code: string): ProvinceCodeEntry | undefined {
  return BY_CODE.get(code);
}

/** The 31 mainland provincial-level divisions (where filings, licences and credit codes are issued). */
export function isMainlandProvinceCode(code: string): boolean {
  return BY_CODE.get(code)?.kind === 'mainland';
}

const BY_FILING_ABBR = new Map(
  GB2260_PROVINCES.filter((p) => p.filingAbbr !== undefined).map((p) => [p.filingAbbr as string, p]),
);
const BY_COMMON_ABBR = new Map(
  GB2260_PROVINCES.filter((p) => p.commonAbbr !== undefined).map((p) => [p.commonAbbr as string, p]),
);

export function provinceByFilingAbbr(abbr: string): ProvinceCodeEntry | undefined {
  return BY_FILING_ABBR.get(abbr);
}

/** 川 → 四川 (filing numbers write 蜀), 贵 → 贵州 (黔), 云 → 云南 (滇), 甘 → 甘肃 (陇). */
export function provinceByCommonAbbr(abbr: string): ProvinceCodeEntry | undefined {
  return BY_COMMON_ABBR.get(abbr);
}
