/** How many domains and websites one filing may carry per province, and the documents large filings need. */
import type { Bilingual } from '../../domain/bilingual';
import type { RuleContext, RuleHit } from '../types';
import { domainsOf, type PackMeta, provinceRule, type RowBase } from './common';

/** Concrete paths of the non-blank domains, in order, per website. */
function domainPaths(ctx: RuleContext): { website: number; path: string }[] {
  const out: { website: number; path: string }[] = [];
  ctx.draft.websites?.forEach((w, i) => {
    (w.domains ?? []).forEach((d, j) => {
      if (typeof d === 'string' && d.trim()) out.push({ website: i, path: `websites[${i}].domains[${j}]` });
    });
  });
  return out;
}

export interface MaxCountRow extends RowBase {
  max: number;
}

/** `n` example domains, `zhangsan-1.cn` … */
function exampleDomains(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `zhangsan-${i + 1}.cn`);
}

/** One website with `n` domains. */
function oneWebsiteWith(n: number) {
  return { websites: [{ name: '山水摄影记录', domains: exampleDomains(n) }] };
}

/** `n` websites with one domain each. */
function websitesWith(n: number) {
  return {
    websites: exampleDomains(n).map((d, i) => ({
      name: `山水摄影记录${'一二三四五六七八九十'[i] ?? ''}`,
      domains: [d],
    })),
  };
}

/** 河南/广西/重庆/湖北/新疆: one domain per website; 贵州: ≤4 on a first filing, ≤5 otherwise (TC19). */
export function maxDomainsPerWebsite(meta: PackMeta, row: MaxCountRow) {
  return provinceRule('maxDomainsPerWebsite', meta, row, {
    fields: ['websites[].domains[]'],
    severity: 'warning',
    examples: {
      fires: [
        {
          draft: oneWebsiteWith(row.max + 1),
          field: `websites[0].domains[${row.max}]`,
          note: `${row.max + 1} domains on one website`,
        },
      ],
      passes: [{ draft: oneWebsiteWith(row.max), note: `${row.max} domain(s)` }],
    },
    message: {
      zh: '网站{n}填写了 {count} 个域名：{province}管局规定每个网站最多 {max} 个域名。',
      en: 'Website {n} has {count} domains; the {provinceEn} bureau allows at most {max} per website.',
    },
    fix: {
      zh: '请删去多出的域名，或把它们分别作为新的网站添加（每个网站不超过 {max} 个域名）。',
      en: 'Remove the extra domains or add them as separate websites (at most {max} domains each).',
    },
    check(ctx) {
      const byWebsite = new Map<number, string[]>();
      for (const d of domainPaths(ctx)) byWebsite.set(d.website, [...(byWebsite.get(d.website) ?? []), d.path]);
      const hits: RuleHit[] = [];
      for (const [i, paths] of byWebsite) {
        const first = paths[row.max];
        if (first) hits.push({ field: first, params: { n: i + 1, count: paths.length, max: row.max } });
      }
      return hits;
    },
  });
}

/** 河南: P ≤3 domains per filing, U ≤5; 海南: P first filing 1 domain; 山西 (HW25): ≤3 new domains per order. */
export function maxDomainsPerOrder(meta: PackMeta, row: MaxCountRow) {
  return provinceRule('maxDomainsPerOrder', meta, row, {
    fields: ['websites[].domains[]'],
    severity: 'warning',
    examples: {
      fires: [
        {
          draft: websitesWith(row.max + 1),
          field: `websites[${row.max}].domains[0]`,
          note: `${row.max + 1} domains in one order`,
        },
      ],
      passes: [{ draft: websitesWith(row.max), note: `${row.max} domain(s)` }],
    },
    message: {
      zh: '本次备案共填写了 {count} 个域名：{province}管局规定一次备案最多 {max} 个域名。',
      en: 'This filing has {count} domains in all; the {provinceEn} bureau allows at most {max} per filing.',
    },
    fix: {
      zh: '请本次只提交 {max} 个域名，其余域名待本次备案通过后再以新增网站等方式提交。',
      en: 'Submit at most {max} domains now, and the rest in a later filing (e.g. 新增网站) after this one is approved.',
    },
    check(ctx) {
      const all = domainPaths(ctx);
      const first = all[row.max];
      return first ? [{ field: first.path, params: { count: all.length, max: row.max } }] : [];
    },
  });
}

/** 湖北 (TC19): one website per first filing or new-website filing; 湖南 (HW25): one per order. */
export function maxWebsitesPerOrder(meta: PackMeta, row: MaxCountRow) {
  return provinceRule('maxWebsitesPerOrder', meta, row, {
    fields: ['websites[].name'],
    severity: 'warning',
    examples: {
      fires: [
        { draft: websitesWith(row.max + 1), field: `websites[${row.max}].name`, note: `${row.max + 1} websites` },
      ],
      passes: [{ draft: websitesWith(row.max), note: `${row.max} website(s)` }],
    },
    message: {
      zh: '本次备案填写了 {count} 个网站：{province}管局规定每次只能备案 {max} 个网站。',
      en: 'This filing has {count} websites; the {provinceEn} bureau accepts {max} per filing.',
    },
    fix: {
      zh: '请本次只提交 {max} 个网站，其余网站在本次备案通过后以「新增网站」提交。',
      en: 'Submit {max} website(s) now and the others as 新增网站 (new website) filings after approval.',
    },
    check(ctx) {
      const count = ctx.draft.websites?.length ?? 0;
      return count > row.max ? [{ field: `websites[${row.max}].name`, params: { count, max: row.max } }] : [];
    },
  });
}

export type CountKind = 'domains' | 'domains-per-website' | 'websites';

export interface DocumentsWhenCountRow extends RowBase {
  count: CountKind;
  /** The rule fires when the count is greater than this (0: for every domain / website). */
  over: number;
  /** What to provide. */
  documents: Bilingual;
}

/** Where the first counted item over the limit lands in the examples. */
function firstOver(row: DocumentsWhenCountRow): string {
  return row.count === 'domains-per-website' ? `websites[0].domains[${row.over}]` : `websites[${row.over}].domains[0]`;
}

const COUNT_WORDS: Record<CountKind, Bilingual> = {
  domains: { zh: '本次备案共有 {count} 个域名', en: 'This filing has {count} domains' },
  'domains-per-website': { zh: '网站{n}有 {count} 个域名', en: 'Website {n} has {count} domains' },
  websites: { zh: '本次备案共有 {count} 个网站', en: 'This filing has {count} websites' },
};

/** Documents a province wants once a filing has more than N domains or websites (or for every domain, N = 0). */
export function documentsWhenCount(meta: PackMeta, row: DocumentsWhenCountRow) {
  const words = COUNT_WORDS[row.count];
  return provinceRule('documentsWhenCount', meta, row, {
    fields: row.count === 'websites' ? ['websites[].name'] : ['websites[].domains[]'],
    severity: 'warning',
    examples: {
      fires: [
        {
          draft: row.count === 'domains-per-website' ? oneWebsiteWith(row.over + 1) : websitesWith(row.over + 1),
          field: row.count === 'websites' ? `websites[${row.over}].name` : firstOver(row),
          note: `${row.over + 1} ${row.count === 'websites' ? 'websites' : 'domains'}`,
        },
      ],
      passes: [
        row.over === 0
          ? { draft: { websites: [{ name: '山水摄影记录', domains: [] }] }, note: 'no domain yet' }
          : {
              draft: row.count === 'domains-per-website' ? oneWebsiteWith(row.over) : websitesWith(row.over),
              note: `${row.over}`,
            },
      ],
    },
    message: {
      zh: `${words.zh}：{province}管局要求提供${row.documents.zh}。`,
      en: `${words.en}: the {provinceEn} bureau requires ${row.documents.en}.`,
    },
    fix: {
      zh: `请准备并上传（或按管局要求寄送）${row.documents.zh}。`,
      en: `Prepare and upload (or send as the bureau asks) ${row.documents.en}.`,
    },
    check(ctx) {
      if (row.count === 'websites') {
        const count = ctx.draft.websites?.length ?? 0;
        return count > row.over ? [{ field: `websites[${row.over}].name`, params: { count } }] : [];
      }
      const all = domainPaths(ctx);
      if (row.count === 'domains') {
        const first = all[row.over];
        return first ? [{ field: first.path, params: { count: all.length } }] : [];
      }
      const hits: RuleHit[] = [];
      ctx.draft.websites?.forEach((w, i) => {
        const count = domainsOf(w).length;
        const first = all.filter((d) => d.website === i)[row.over];
        if (count > row.over && first) hits.push({ field: first.path, params: { n: i + 1, count } });
      });
      return hits;
    },
  });
}
