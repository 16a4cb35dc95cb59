import fc from 'fast-check';
import type { FilingDraft, Principal, Website } from '../../../shared/domain/draft';
import { FILING_TYPES } from '../../../shared/domain/filing-types';
import { PROVINCES } from '../../../shared/regions/index';
import type { CheckOptions } from '../../../shared/rules/engine';
import { domain, email, hostileString, landline, mobile, validIdNumber } from './hostile-strings';

/** Arbitrary FilingDrafts (design §3 shape) with hostile strings in every text field, and check options. */
const text = (realistic: fc.Arbitrary<string>) =>
  fc.oneof({ weight: 2, arbitrary: realistic }, { weight: 1, arbitrary: hostileString });

const provinceName = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PROVINCES.map((p) => p.name)) },
  { weight: 1, arbitrary: fc.constantFrom(...PROVINCES.map((p) => p.short), '台湾省', '香港特别行政区', '浙江', '33') },
  { weight: 1, arbitrary: hostileString },
);
const nature = text(
  fc.constantFrom('个人', '企业', '事业单位', '社会团体', '政府机关', '民办非企业单位', '基金会', '律师执业机构'),
);
const idType = text(
  fc.constantFrom(
    '身份证',
    '护照',
    '港澳居民来往内地通行证',
    '台湾居民来往大陆通行证',
    '营业执照（个人或企业）',
    '组织机构代码证',
    '事业单位法人证书',
  ),
);
const list = (arb: fc.Arbitrary<string>, maxLength: number) => fc.array(text(arb), { maxLength });

export const principal: fc.Arbitrary<Principal> = fc.record(
  {
    name: text(fc.constantFrom('张三', '李红', '王小明', 'Zhang San')),
    idType,
    idNumber: text(validIdNumber),
    mobile: text(mobile),
    landline: text(landline),
    emergencyPhone: text(fc.oneof(mobile, landline)),
    email: text(email),
  },
  { requiredKeys: [] },
);

export const website: fc.Arbitrary<Website> = fc.record(
  {
    name: text(fc.constantFrom('山水摄影记录', '小明的博客', '某某科技有限公司官网', '旅行笔记')),
    domains: list(domain, 4),
    homeUrl: text(domain.map((d) => `www.${d}`)),
    serviceContent: list(fc.constantFrom('其他', '博客/个人空间', '综合门户', '网络游戏'), 3),
    languages: list(fc.constantFrom('中文简体', '中文繁体', '英语', '日语'), 3),
    preApproval: list(fc.constantFrom('新闻', '出版', '药品和医疗器械', '文化'), 2),
    remark: hostileString,
    filingNumber: text(fc.constantFrom('浙ICP备12345678号-1', '京ICP备08012345号-2')),
    serviceNumber: text(fc.stringMatching(/^\d{10}$/)),
    product: text(fc.constantFrom('ecs', 'elastic-web', 'light-server')),
    commercial: fc.boolean(),
    principal,
  },
  { requiredKeys: [] },
);

export const draftArb: fc.Arbitrary<FilingDraft> = fc.record(
  {
    filingType: fc.constantFrom(...FILING_TYPES),
    date: fc.constantFrom('2018-11-28', '2019-04-01', '2021-07-15', '2026-11-28'),
    filingNumber: text(fc.constantFrom('浙ICP备12345678号', '京ICP备08012345号')),
    filingPassword: hostileString,
    subject: fc.record(
      {
        province: provinceName,
        city: text(fc.constantFrom('杭州市', '市辖区', '深圳市', '成都市')),
        district: text(fc.constantFrom('西湖区', '朝阳区', '南山区')),
        nature,
        idType,
        idNumber: text(validIdNumber),
        name: text(fc.constantFrom('张三', '杭州某某科技有限公司')),
        idAddress: text(fc.constantFrom('浙江省杭州市西湖区文三路90号', '北京市朝阳区建国路1号')),
        mailAddress: text(fc.constantFrom('文三路90号', '浙江省杭州市西湖区文三路90号')),
        investor: hostileString,
        remark: hostileString,
        principal,
      },
      { requiredKeys: [] },
    ),
    websites: fc.array(website, { maxLength: 4 }),
    smsCheck: fc.record(
      { code: text(fc.stringMatching(/^\d{6}$/)), mobile: text(mobile), idTail: hostileString },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);

export const optionsArb: fc.Arbitrary<CheckOptions> = fc.record(
  {
    date: fc.constantFrom('2018-11-28', '2019-04-01', '2026-11-28'),
    mode: fc.constantFrom('complete' as const, 'page' as const),
    province: fc.option(provinceName, { nil: undefined }),
  },
  { requiredKeys: ['date'] },
);

/** A small deterministic PRNG, so key and website orders come from fast-check's seed (and shrink). */
export function shuffler(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return <T>(items: readonly T[]): T[] => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  };
}

/** The same value with every object's keys written in another order (arrays keep their order). */
export function reorderKeys<T>(value: T, shuffle: <U>(items: readonly U[]) => U[]): T {
  if (Array.isArray(value)) return value.map((v) => reorderKeys(v, shuffle)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of shuffle(Object.keys(value)))
      out[key] = reorderKeys((value as Record<string, unknown>)[key], shuffle);
    return out as T;
  }
  return value;
}
