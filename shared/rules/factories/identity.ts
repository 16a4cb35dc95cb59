/** Whose ID is acceptable: local ID cards for individuals, and the principals' age on the filing date. */
import type { Bilingual } from '../../domain/bilingual';
import { documentFormatFor } from '../../formats/documents';
import { idNumberFormat } from '../../formats/id-number';
import { provinceNamedIn } from '../../regions/address';
import { memo, present } from '../define';
import type { RuleContext, RuleHit } from '../types';
import {
  exampleDate,
  exampleIdNumber,
  otherProvinceCode,
  type PackMeta,
  principalsAt,
  provinceNames,
  provinceRule,
  type RowBase,
} from './common';

interface ParsedId {
  normalized: string;
  birthDate?: string;
  /** First two digits: `33`, or 81/82/83 for residence permits. */
  provinceCode?: string;
}

/** An ID-card-style number (resident ID, HK/Macao/Taiwan residence permit), parsed once per check. */
function parseIdNumber(
  ctx: RuleContext,
  idType: string | undefined,
  idNumber: string | undefined,
): ParsedId | undefined {
  const value = present(idNumber);
  if (!value) return undefined;
  const type = present(idType);
  // A passport or permit number carries neither a birth date nor a province.
  if (type && documentFormatFor(type) !== idNumberFormat) return undefined;
  return memo(ctx, `id:${value}`, () => {
    const r = idNumberFormat.check(value, { today: ctx.date });
    if (!r.details) return undefined;
    const out: ParsedId = { normalized: r.normalized, provinceCode: r.details.provinceCode };
    if (r.details.birthDate) out.birthDate = r.details.birthDate;
    return out;
  });
}

function provinceName(code: string | undefined): Bilingual {
  const named = code ? provinceNames(code) : undefined;
  if (named) return named;
  const permits: Record<string, Bilingual> = {
    '81': { zh: '香港（居住证）', en: 'Hong Kong (residence permit)' },
    '82': { zh: '澳门（居住证）', en: 'Macao (residence permit)' },
    '83': { zh: '台湾（居住证）', en: 'Taiwan (residence permit)' },
  };
  return (code && permits[code]) || { zh: '外省', en: 'another province' };
}

export interface LocalIdRow extends RowBase {
  /** `local-only`: only local IDs are accepted; `proof-if-not-local`: others need a local residence proof. */
  mode: 'local-only' | 'proof-if-not-local';
}

/**
 * Individuals' documents from the province (青海, 新疆, 重庆 …: 本省身份证; 上海, 江苏 …: non-local needs
 * 居住证明). Judged by the province the 证件住所 names, else by the ID number's first two digits (the number
 * keeps its first region when the holder moves, so the address wins). A warning either way: some bureaus
 * accept a local residence permit instead.
 */
export function localIdForIndividuals(meta: PackMeta, row: LocalIdRow) {
  const localOnly = row.mode === 'local-only';
  return provinceRule('localIdForIndividuals', meta, row, {
    fields: ['subject.idNumber', 'subject.idAddress', 'subject.idType'],
    severity: 'warning',
    examples: {
      fires: [
        {
          draft: { subject: { idType: '身份证', idNumber: exampleIdNumber(otherProvinceCode(meta.code)) } },
          field: 'subject.idNumber',
          note: 'an ID card from another province',
        },
      ],
      passes: [
        { draft: { subject: { idType: '身份证', idNumber: exampleIdNumber(meta.code) } }, note: 'a local ID card' },
      ],
    },
    message: localOnly
      ? {
          zh: '{province}管局只受理本省证件的个人备案，而{evidence}显示证件属于{other}。',
          en: 'The {provinceEn} bureau accepts personal filings only with a local ID, but {evidenceEn} shows a document from {otherEn}.',
        }
      : {
          zh: '{evidence}显示证件属于{other}：{province}管局要求非本省证件的个人上传本省居住证明（居住证或暂住证等）。',
          en: '{evidenceEn} shows a document from {otherEn}: the {provinceEn} bureau wants a local residence proof (居住证 / 暂住证) from non-local individuals.',
        },
    fix: localOnly
      ? {
          zh: '请在证件所在省份备案；持有{province}居住证的，先向接入商确认管局是否接受居住证。',
          en: 'File in the province of the ID; if you hold a {provinceEn} residence permit, ask the provider whether the bureau accepts it.',
        }
      : {
          zh: '请在上传资料时一并上传{province}的居住证或暂住证。',
          en: 'Upload your {provinceEn} residence permit (居住证 / 暂住证) with the documents.',
        },
    check(ctx) {
      const s = ctx.draft.subject;
      if (!s) return [];
      const address = present(s.idAddress);
      const byAddress = address ? provinceNamedIn(address)?.code : undefined;
      if (byAddress) {
        if (byAddress === meta.code) return [];
        const other = provinceName(byAddress);
        return [
          {
            field: 'subject.idAddress',
            params: {
              evidence: `证件住所「${address}」`,
              evidenceEn: `the document address "${address}"`,
              other: other.zh,
              otherEn: other.en,
            },
          },
        ];
      }
      const id = parseIdNumber(ctx, s.idType, s.idNumber);
      if (!id?.provinceCode || id.provinceCode === meta.code) return [];
      const other = provinceName(id.provinceCode);
      return [
        {
          field: 'subject.idNumber',
          params: {
            evidence: `证件号码前两位「${id.provinceCode}」`,
            evidenceEn: `the ID number's first two digits (${id.provinceCode})`,
            other: other.zh,
            otherEn: other.en,
          },
        },
      ];
    },
  });
}

export interface AgeBand {
  /** Applies to ages below this. */
  below: number;
  /** `refused`: cannot file; otherwise what the bureau then requires. */
  outcome: 'refused' | 'conditions';
  conditions?: Bilingual;
}

export interface MinimumAgeRow extends RowBase {
  /** Ascending by `below`; the first band the age falls in decides. */
  bands: readonly AgeBand[];
}

/** Completed years from `birth` to `date` (`YYYY-MM-DD`). */
export function ageOn(birth: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(birth.slice(0, 4));
  return date.slice(5) < birth.slice(5) ? years - 1 : years;
}

/**
 * The principals' (and an individual subject's) age on the filing date, from the birth date in the ID
 * number: most provinces ≥ 18; 江苏/重庆 16–18 with proof of employment or income; 广东 organisations ≥ 16.
 */
export function minimumAge(meta: PackMeta, row: MinimumAgeRow) {
  const day = exampleDate(row);
  /** The ID number of someone exactly `age` years old on the example day. */
  const agedId = (age: number) => exampleIdNumber(meta.code, `${Number(day.slice(0, 4)) - age}${day.slice(4)}`);
  const principalAged = (age: number) => ({ subject: { principal: { idType: '身份证', idNumber: agedId(age) } } });
  const youngest = row.bands[0]?.below ?? 18;
  const oldest = row.bands.at(-1)?.below ?? 18;
  return provinceRule('minimumAge', meta, row, {
    fields: ['subject.idNumber', 'subject.principal.idNumber', 'websites[].principal.idNumber'],
    severity: 'warning',
    examples: {
      fires: [
        {
          draft: principalAged(youngest - 1),
          date: day,
          field: 'subject.principal.idNumber',
          note: `a principal aged ${youngest - 1}`,
        },
      ],
      passes: [{ draft: principalAged(oldest), date: day, note: `a principal aged ${oldest}` }],
    },
    message: {
      zh: '{who}在备案日（{date}）未满 {below} 周岁（{age} 岁）：{province}管局{outcome}。',
      en: '{whoEn} is under {below} ({age}) on the filing date ({date}): the {provinceEn} bureau {outcomeEn}.',
    },
    fix: {
      zh: '未达{province}管局最低年龄的人不能担任负责人；处于附条件年龄段的，须上传管局要求的证明。',
      en: "Someone under the {provinceEn} bureau's minimum age cannot be a principal; in the conditional age band, upload the proof the bureau asks for.",
    },
    check(ctx) {
      const people: { path: string; who: Bilingual; idType?: string; idNumber?: string }[] = [];
      const s = ctx.draft.subject;
      if (ctx.individual === true && s)
        people.push({
          path: 'subject',
          who: { zh: '主办人', en: 'The subject' },
          ...(s.idType ? { idType: s.idType } : {}),
          ...(s.idNumber ? { idNumber: s.idNumber } : {}),
        });
      for (const p of principalsAt(ctx)) {
        const who = { zh: p.who.zh, en: p.who.en.replace(/^t/, 'T') };
        people.push({
          path: p.path,
          who,
          ...(p.principal.idType ? { idType: p.principal.idType } : {}),
          ...(p.principal.idNumber ? { idNumber: p.principal.idNumber } : {}),
        });
      }
      const seen = new Set<string>();
      const hits: RuleHit[] = [];
      for (const person of people) {
        const id = parseIdNumber(ctx, person.idType, person.idNumber);
        if (!id?.birthDate || seen.has(id.normalized)) continue;
        seen.add(id.normalized);
        const age = ageOn(id.birthDate, ctx.date);
        const band = row.bands.find((b) => age < b.below);
        if (!band) continue;
        const refused = band.outcome === 'refused';
        hits.push({
          field: `${person.path}.idNumber`,
          params: {
            who: person.who.zh,
            whoEn: person.who.en,
            date: ctx.date,
            age,
            below: band.below,
            outcome: refused ? '不予备案' : `要求：${band.conditions?.zh ?? ''}`,
            outcomeEn: refused ? 'does not accept the filing' : `requires ${band.conditions?.en ?? ''}`,
          },
          fix: refused
            ? {
                zh: `请由年满 ${band.below} 周岁的人担任负责人（个人备案须本人年满 ${band.below} 周岁后再备案）。`,
                en: `Make someone aged ${band.below} or over the principal (an individual must wait until ${band.below}).`,
              }
            : {
                zh: `请准备并上传：${band.conditions?.zh ?? ''}。`,
                en: `Prepare and upload ${band.conditions?.en ?? ''}.`,
              },
        });
      }
      return hits;
    },
  });
}
