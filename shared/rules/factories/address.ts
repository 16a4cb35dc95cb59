/** Address rules per province: same city (河北/河南/贵州), unit numbers in words (北京). */
import { citiesOf, findRegion } from '../../regions';
import { cityNamedIn, unitSymbolsIn } from '../../regions/address';
import { present } from '../define';
import type { Rule } from '../types';
import { type PackMeta, provinceRule, type RowBase } from './common';

/**
 * Examples of sameCityAddresses: a 证件住所 in the province's first city with a 所属区域 (or a 通讯地址)
 * in its second fires; the same city passes. None for a province of one city (a municipality).
 */
function sameCityExamples(meta: PackMeta): Rule['examples'] {
  const [home, other] = citiesOf(meta.code);
  if (!home || !other) return undefined;
  const idAddress = `${meta.name}${home.name}人民路1号`;
  return {
    fires: [
      {
        draft: { subject: { idAddress, city: other.name, mailAddress: '人民路1号' } },
        field: 'subject.mailAddress',
        note: `document address in ${home.name}, region city ${other.name}`,
      },
      {
        draft: { subject: { idAddress, mailAddress: `${other.name}人民路1号` } },
        field: 'subject.mailAddress',
        note: `no region city, the mailing address names ${other.name}`,
      },
    ],
    passes: [
      { draft: { subject: { idAddress, city: home.name, mailAddress: '人民路1号' } }, note: 'the same city' },
      {
        draft: { subject: { idAddress, mailAddress: `${home.name}人民路1号` } },
        note: 'the mailing address names the same city',
      },
    ],
  };
}

/** HW25 河北/河南, 贵州: 通讯地址 and 证件住所 in the same city, not only the same province. */
export function sameCityAddresses(meta: PackMeta, row: RowBase) {
  return provinceRule('sameCityAddresses', meta, row, {
    fields: ['subject.idAddress', 'subject.mailAddress', 'subject.city'],
    severity: 'warning',
    examples: sameCityExamples(meta),
    message: {
      zh: '证件住所在{idCity}，通讯地址在{mailCity}：{province}管局要求两者在同一城市。',
      en: 'The document address is in {idCity} and the mailing address in {mailCity}: the {provinceEn} bureau wants both in the same city.',
    },
    fix: {
      zh: '请把通讯地址改为与证件住所同一城市的地址（可直接填写证件住所），并相应选择所属区域的城市。',
      en: 'Use a mailing address in the same city as the document address (the document address itself will do), and pick that city as the region.',
    },
    check(ctx) {
      const s = ctx.draft.subject;
      const idAddress = present(s?.idAddress);
      if (!s || !idAddress) return [];
      const idCity = cityNamedIn(idAddress, meta.code);
      // 通讯地址 is typed without its city: the pre-filled 所属区域 city is its city.
      const selected = present(s.city) ? findRegion(meta.name, present(s.city)) : undefined;
      const mailCity =
        (selected?.ok ? selected.city : undefined) ??
        (present(s.mailAddress) ? cityNamedIn(s.mailAddress ?? '', meta.code) : undefined);
      if (!idCity || !mailCity || idCity.code === mailCity.code) return [];
      return [{ field: 'subject.mailAddress', params: { idCity: idCity.name, mailCity: mailCity.name } }];
    },
  });
}

/** 北京 (TC19 个人 #2, 企事业 #4): 通讯地址 unit numbers in words (「1单元2层3号」), not symbols (「1-2-3」). */
export function addressUnitWords(meta: PackMeta, row: RowBase) {
  return provinceRule('addressUnitWords', meta, row, {
    fields: ['subject.mailAddress'],
    severity: 'warning',
    examples: {
      fires: [
        { draft: { subject: { mailAddress: '人民路1号1-2-3' } }, field: 'subject.mailAddress', note: '「1-2-3」' },
        { draft: { subject: { mailAddress: '人民路1号5#楼101室' } }, field: 'subject.mailAddress', note: '「5#」' },
      ],
      passes: [
        { draft: { subject: { mailAddress: '人民路1号1单元2层3号' } }, note: 'unit numbers in words' },
        { draft: { subject: { mailAddress: '人民路90-92号' } }, note: 'a door-number range, not units' },
      ],
    },
    message: {
      zh: '通讯地址用符号「{symbols}」表示门牌：{province}管局要求用文字写明（如「1单元2层3号」，而不是「1-2-3」）。',
      en: 'The mailing address writes unit numbers with symbols ("{symbols}"): the {provinceEn} bureau wants words (「1单元2层3号」, not 「1-2-3」).',
    },
    fix: {
      zh: '请把「{symbols}」改写为「X号楼X单元X层X号」这样的文字。',
      en: 'Rewrite "{symbols}" in words, as 「X号楼X单元X层X号」.',
    },
    check(ctx) {
      const mail = present(ctx.draft.subject?.mailAddress);
      if (!mail) return [];
      const symbols = unitSymbolsIn(mail);
      return symbols.length ? [{ field: 'subject.mailAddress', params: { symbols: symbols.join('、') } }] : [];
    },
  });
}
