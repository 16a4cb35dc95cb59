/** Website remarks (网站备注) provinces prescribe: verbatim pledges, minimum lengths, content descriptions, wordings. */
import { comparableText, remarkDescription, remarkLength } from '../data/remark-templates';
import { forEachWebsite } from '../define';
import { SAME_SITE_REMARK } from '../national/domains';
import type { RuleHit } from '../types';
import { domainsOf, isBlankField, type PackMeta, provinceLabel, provinceRule, type RowBase } from './common';

export interface PledgeRemarkRow extends RowBase {
  /** The text the remark must contain word for word. */
  text: string;
}

/** Where a near-copy of `text` in `remark` first differs, for the message; undefined when it is not there at all. */
function firstDifference(remark: string, text: string): string | undefined {
  const r = comparableText(remark);
  const t = comparableText(text);
  const head = t.slice(0, 6);
  const at = r.indexOf(head);
  if (at < 0) return undefined;
  let i = 0;
  while (i < t.length && r[at + i] === t[i]) i++;
  return t.slice(Math.max(0, i - 4), i + 8);
}

/** 山东/广西/内蒙古 (TC19), 天津 (TC17): the personal pledge must be in the website remark verbatim. */
export function pledgeRemark(meta: PackMeta, row: PledgeRemarkRow) {
  return provinceRule('pledgeRemark', meta, row, {
    fields: ['websites[].remark'],
    severity: 'warning',
    examples: {
      fires: [
        {
          draft: { websites: [{ remark: '个人摄影作品展示与记录。' }] },
          field: 'websites[0].remark',
          note: 'a remark without the pledge',
        },
      ],
      passes: [
        { draft: { websites: [{ remark: `个人摄影作品展示与记录。${row.text}` }] }, note: 'the pledge word for word' },
      ],
    },
    message: {
      zh: '网站备注中没有{province}管局要求的个人网站承诺原文。',
      en: 'The website remark lacks the personal-site pledge the {provinceEn} bureau requires word for word.',
    },
    fix: {
      zh: '请把以下原文完整写入网站备注（一字不改）：{text}',
      en: 'Copy this text into the website remark exactly as written: {text}',
    },
    check(ctx) {
      return forEachWebsite(ctx, (w, prefix): RuleHit | undefined => {
        if (w.remark === undefined && ctx.mode === 'page') return undefined;
        const remark = w.remark ?? '';
        if (comparableText(remark).includes(comparableText(row.text))) return undefined;
        const diff = firstDifference(remark, row.text);
        const hit: RuleHit = { field: `${prefix}.remark`, params: { text: row.text }, suggestion: row.text };
        if (diff) {
          const p = provinceLabel(meta);
          hit.message = {
            zh: `网站备注中的承诺与${p.zh}管局要求的原文不一致，自「…${diff}…」处起不同。`,
            en: `The pledge in the website remark differs from the text the ${p.en} bureau requires, from "…${diff}…" on.`,
          };
        }
        return hit;
      });
    },
  });
}

export interface MinRemarkLengthRow extends RowBase {
  min: number;
}

/**
 * 内蒙古/黑龙江: personal website remark ≥ 30 characters (TC19). Counted without the pledge and fixed notes:
 * 内蒙古 requires the pledge as well, which alone is longer than 30, so the length must be the description's.
 */
export function minRemarkLength(meta: PackMeta, row: MinRemarkLengthRow) {
  return provinceRule('minRemarkLength', meta, row, {
    fields: ['websites[].remark'],
    severity: 'warning',
    examples: {
      fires: [
        {
          draft: { websites: [{ remark: '个人摄影作品展示。' }] },
          field: 'websites[0].remark',
          note: 'a short description',
        },
      ],
      passes: [
        { draft: { websites: [{ remark: '本'.repeat(row.min) }] }, note: `${row.min} characters of description` },
      ],
    },
    message: {
      zh: '网站备注对网站内容的说明只有 {length} 个字：{province}管局要求个人网站备注不少于 {min} 个字（承诺书原文不计）。',
      en: 'The website remark describes the site in {length} characters; the {provinceEn} bureau wants at least {min} for personal sites (pledge text not counted).',
    },
    fix: {
      zh: '请在网站备注中详细说明网站开办后的内容和用途，不少于 {min} 个字。',
      en: 'Describe in the website remark what the site will contain and be used for, in at least {min} characters.',
    },
    check(ctx) {
      return forEachWebsite(ctx, (w, prefix) => {
        if (w.remark === undefined && ctx.mode === 'page') return undefined;
        const length = remarkLength(remarkDescription(w.remark ?? ''));
        return length < row.min ? { field: `${prefix}.remark`, params: { length, min: row.min } } : undefined;
      });
    },
  });
}

export interface ContentRemarkRow extends RowBase {
  /** Characters of description that count as one (default 4). */
  minLength?: number;
}

/** Personal filings: describe the site's content in the website remark (TC19 北京/河北/湖北/广东/黑龙江/青海/新疆/江苏/山东). */
export function individualContentRemark(meta: PackMeta, row: ContentRemarkRow) {
  const min = row.minLength ?? 4;
  return provinceRule('individualContentRemark', meta, row, {
    fields: ['websites[].remark'],
    severity: 'warning',
    examples: {
      fires: [{ draft: { websites: [{ remark: '' }] }, field: 'websites[0].remark', note: 'a blank remark' }],
      passes: [
        { draft: { websites: [{ remark: '个人摄影作品展示与记录，不含企业信息。' }] }, note: 'the content described' },
      ],
    },
    message: {
      zh: '网站备注没有说明网站开办后的内容/用途：{province}管局要求个人备案写明。',
      en: 'The website remark does not say what the site will contain or be used for; the {provinceEn} bureau requires it for personal filings.',
    },
    fix: {
      zh: '请在网站备注中详细说明网站内容和用途，例如「本网站为个人网站，用于记录和分享个人旅行摄影作品」。',
      en: 'Describe the content and use in the website remark, e.g. 「本网站为个人网站，用于记录和分享个人旅行摄影作品」.',
    },
    check(ctx) {
      return forEachWebsite(ctx, (w, prefix) => {
        if (w.remark === undefined && ctx.mode === 'page') return undefined;
        if (!isBlankField(ctx, w, 'remark') && remarkLength(remarkDescription(w.remark ?? '')) >= min) return undefined;
        return { field: `${prefix}.remark` };
      });
    },
  });
}

export interface MultiDomainWordingRow extends RowBase {
  /** The exact wording the province asks for. */
  phrase: string;
}

/** 广东 (TC19) 「所有域名指向同一网站」, 山东 (TC17) 「所有域名均指向同一个网站」: the province's own wording. */
export function multiDomainRemarkWording(meta: PackMeta, row: MultiDomainWordingRow) {
  return provinceRule('multiDomainRemarkWording', meta, row, {
    fields: ['websites[].domains[]', 'websites[].remark'],
    severity: 'warning',
    examples: {
      fires: [
        {
          draft: { websites: [{ domains: ['zhangsan-1.cn', 'zhangsan-2.cn'], remark: '两个域名都指向同一网站' }] },
          field: 'websites[0].remark',
          note: "a same-site remark not in the province's wording",
        },
      ],
      passes: [
        {
          draft: { websites: [{ domains: ['zhangsan-1.cn', 'zhangsan-2.cn'], remark: row.phrase }] },
          note: 'the wording',
        },
      ],
    },
    message: {
      zh: '网站{n}有 {count} 个域名：{province}管局要求在网站备注中写明「{phrase}」。',
      en: 'Website {n} has {count} domains; the {provinceEn} bureau wants the website remark to say 「{phrase}」 (all domains point to the same site).',
    },
    fix: {
      zh: '请在网站备注中加上原文「{phrase}」；如这些域名不是同一网站，请分开添加网站。',
      en: 'Add 「{phrase}」 to the website remark word for word, or add the domains as separate websites if they are different sites.',
    },
    check(ctx) {
      return forEachWebsite(ctx, (w, prefix, i) => {
        const count = domainsOf(w).length;
        if (count < 2 || comparableText(w.remark ?? '').includes(comparableText(row.phrase))) return undefined;
        // No same-site remark at all is the national error (domain.multi-domain-remark); this rule only
        // asks for the province's exact wording once some wording is there, so one problem gives one finding.
        if (!SAME_SITE_REMARK.test(w.remark ?? '')) return undefined;
        return { field: `${prefix}.remark`, params: { n: i + 1, count, phrase: row.phrase }, suggestion: row.phrase };
      });
    },
  });
}
