/** Province naming limits for 网站名称 beyond the national website-name rules (research §2 「Province-specific name rules」). */
import type { Bilingual } from '../../domain/bilingual';
import { citiesOf, districtsOf, PROVINCES, shortRegionName } from '../../regions';
import { REQUIRED_NAME_FORMS } from '../data/name-words';
import { comparableName, present } from '../define';
import type { RuleHit } from '../types';
import { quoteWords, websiteNames, wordsIn } from '../website-name/name-text';
import { type PackMeta, provinceRule, type RowBase } from './common';

export interface NameWordsProvinceRow extends RowBase {
  words: readonly string[];
  /** Why, for the message: what the bureau says. */
  reason: Bilingual;
}

/** 河南 (no 个人网站/个人), 上海 (organisations: no 论坛; no 纪检、监察、信访、维权、投诉). */
export function websiteNameWords(meta: PackMeta, row: NameWordsProvinceRow) {
  return provinceRule('websiteNameWords', meta, row, {
    fields: ['websites[].name'],
    severity: 'warning',
    examples: {
      fires: [
        {
          draft: { websites: [{ name: `山水${row.words[0] ?? ''}之家` }] },
          field: 'websites[0].name',
          note: `「${row.words[0]}」`,
        },
      ],
      passes: [{ draft: { websites: [{ name: '山水摄影记录' }] }, note: 'none of the words' }],
    },
    message: {
      zh: `网站名称「{name}」含有{words}：{province}管局${row.reason.zh}。`,
      en: `The website name "{name}" contains {wordsEn}: the {provinceEn} bureau ${row.reason.en}.`,
    },
    fix: { zh: '请从网站名称中去掉{words}。', en: 'Remove {wordsEn} from the website name.' },
    check(ctx) {
      return websiteNames(ctx).flatMap((site) => {
        const found = wordsIn(site.name, row.words);
        // 个人网站 ⊃ 个人: report the longest listed word only.
        const words = found.filter((w) => !found.some((o) => o !== w && o.includes(w)));
        if (words.length === 0) return [];
        const q = quoteWords(words);
        return [{ field: site.path, params: { name: site.raw, words: q.zh, wordsEn: q.en } }];
      });
    },
  });
}

/** 河南 「不允许以…人名命名」, 四川 「网站名称不能是…姓名」: the name may not contain a principal's or an individual's name. */
export function websiteNameNotPersonName(meta: PackMeta, row: RowBase) {
  return provinceRule('websiteNameNotPersonName', meta, row, {
    fields: ['websites[].name', 'subject.name', 'subject.principal.name', 'websites[].principal.name'],
    severity: 'warning',
    examples: {
      fires: [
        {
          draft: { subject: { principal: { name: '张三' } }, websites: [{ name: '张三摄影记录' }] },
          field: 'websites[0].name',
          note: "the principal's name",
        },
      ],
      passes: [
        { draft: { subject: { principal: { name: '张三' } }, websites: [{ name: '山水摄影记录' }] }, note: 'no name' },
      ],
    },
    message: {
      zh: '网站名称「{name}」含有人名「{person}」：{province}管局不接受以人名命名的网站。',
      en: 'The website name "{name}" contains the person\'s name "{person}": the {provinceEn} bureau does not accept sites named after people.',
    },
    fix: {
      zh: '请去掉人名，用能概括网站内容的词语命名。',
      en: "Drop the name and use words that describe the site's content.",
    },
    check(ctx) {
      const people = new Set<string>();
      const add = (n: string | undefined) => {
        const v = present(n);
        if (v && [...comparableName(v)].length >= 2) people.add(comparableName(v));
      };
      if (ctx.individual === true) add(ctx.draft.subject?.name);
      add(ctx.draft.subject?.principal?.name);
      for (const w of ctx.draft.websites ?? []) add(w.principal?.name);
      const hits: RuleHit[] = [];
      for (const site of websiteNames(ctx)) {
        const person = [...people].find((p) => comparableName(site.name).includes(p));
        if (person) hits.push({ field: site.path, params: { name: site.raw, person } });
      }
      return hits;
    },
  });
}

let placeNames: string[] | undefined;

/**
 * Administrative place names: provinces and cities (full and without suffix), districts and counties
 * (full names only: many district names without suffix are ordinary words, 和平, 西山, 新华).
 */
export function administrativePlaceNames(): string[] {
  if (placeNames) return placeNames;
  const names = new Set<string>();
  const add = (n: string | undefined) => {
    if (n && [...n].length >= 2 && !/直辖|市辖区/.test(n)) names.add(n);
  };
  for (const p of PROVINCES) {
    add(p.name);
    for (const s of p.shortNames) add(s);
    for (const c of citiesOf(p.code)) {
      add(c.name);
      add(shortRegionName(c.name));
      for (const d of districtsOf(c.code)) add(d.name);
    }
  }
  placeNames = [...names].sort((a, b) => b.length - a.length);
  return placeNames;
}

/** 海南 (personal: no 行政区域规划地理名称), 云南 (no names of administrative areas, e.g. 「怒江网」). */
export function placeNamesInWebsiteName(meta: PackMeta, row: RowBase) {
  return provinceRule('placeNamesInWebsiteName', meta, row, {
    fields: ['websites[].name'],
    severity: 'warning',
    examples: {
      fires: [{ draft: { websites: [{ name: '杭州摄影记录' }] }, field: 'websites[0].name', note: 'a city name' }],
      passes: [{ draft: { websites: [{ name: '山水摄影记录' }] }, note: 'no place name' }],
    },
    message: {
      zh: '网站名称「{name}」含有行政区划名称「{place}」：{province}管局不接受以行政区域名称命名的网站（除非取得相关单位许可）。',
      en: 'The website name "{name}" contains the administrative place name "{place}": the {provinceEn} bureau does not accept sites named after administrative areas (without the relevant permission).',
    },
    fix: { zh: '请从网站名称中去掉「{place}」。', en: 'Remove "{place}" from the website name.' },
    check(ctx) {
      const names = administrativePlaceNames();
      return websiteNames(ctx).flatMap((site) => {
        const place = names.find((n) => site.name.includes(n));
        return place ? [{ field: site.path, params: { name: site.raw, place } }] : [];
      });
    },
  });
}

export interface RequiredFormRow extends RowBase {
  /** Id of a REQUIRED_NAME_FORMS row. */
  formId: string;
}

/** 江苏 (TC17, 2017-06-05 – 2019-08-15): personal site names only 「xx的个人博客」 or 「xx的个人主页」. */
export function websiteNameRequiredForm(meta: PackMeta, row: RequiredFormRow) {
  const form = REQUIRED_NAME_FORMS.find((f) => f.id === row.formId);
  if (!form) throw new Error(`unknown name form ${row.formId}`);
  return provinceRule('websiteNameRequiredForm', meta, row, {
    fields: ['websites[].name'],
    severity: 'warning',
    examples: {
      fires: [
        {
          draft: { subject: { name: '张三' }, websites: [{ name: '山水摄影记录' }] },
          field: 'websites[0].name',
          note: 'another form',
        },
      ],
      passes: [
        { draft: { subject: { name: '张三' }, websites: [{ name: '张三的个人博客' }] }, note: 'the required form' },
      ],
    },
    message: {
      zh: `个人网站名称「{name}」不符合{province}管局规定的格式：只能填写${form.examples.map((e) => `「${e.replace(/^张三/, 'xx')}」`).join('或')}。`,
      en: `The personal website name "{name}" does not have the form the {provinceEn} bureau requires: only ${form.examples.map((e) => `"${e.replace(/^张三/, 'xx')}"`).join(' or ')}.`,
    },
    fix: { zh: '请改为「{suggestion}」这样的格式。', en: 'Use the form "{suggestion}".' },
    check(ctx) {
      const owner = present(ctx.draft.subject?.name) ?? 'xx';
      return websiteNames(ctx)
        .filter((site) => !form.pattern.test(site.name))
        .map((site) => ({
          field: site.path,
          params: { name: site.raw, suggestion: `${owner}的个人博客` },
          suggestion: `${owner}的个人博客`,
        }));
    },
  });
}
