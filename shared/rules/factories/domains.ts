/** Domain suffixes a province does not accept from some subjects (上海 personal .tv, 重庆 personal .org). */
import { domainName } from '../../formats/domain-name';
import { SUFFIX_RESTRICTIONS } from '../data/domain-suffixes';
import { memo } from '../define';
import type { RuleHit } from '../types';
import { type PackMeta, provinceRule, type RowBase } from './common';

export interface SuffixRestrictionProvinceRow extends RowBase {
  /** Id of a SUFFIX_RESTRICTIONS row (shared/rules/data/domain-suffixes.ts): its suffixes are the data. */
  restrictionId: string;
}

function suffixUnder(suffix: string, listed: string): boolean {
  return suffix === listed || suffix.endsWith(`.${listed}`);
}

export function suffixRestriction(meta: PackMeta, row: SuffixRestrictionProvinceRow) {
  const restriction = SUFFIX_RESTRICTIONS.find((r) => r.id === row.restrictionId);
  if (restriction?.rule !== 'not') throw new Error(`unknown 'not' suffix restriction ${row.restrictionId}`);
  const listed = restriction.suffixes.map((s) => `.${s}`).join(' ');
  return provinceRule('suffixRestriction', meta, row, {
    fields: ['websites[].domains[]'],
    severity: 'warning',
    examples: {
      fires: [
        {
          draft: { websites: [{ domains: [`zhangsan.${restriction.suffixes[0] ?? ''}`] }] },
          field: 'websites[0].domains[0]',
          note: `.${restriction.suffixes[0]}`,
        },
      ],
      passes: [{ draft: { websites: [{ domains: ['zhangsan.cn'] }] }, note: '.cn' }],
    },
    message: {
      zh: `域名 {domain} 以 .{suffix} 结尾：{province}管局不受理${restriction.natures.join('、')}备案 ${listed} 域名。`,
      en: `The domain {domain} ends in .{suffix}: the {provinceEn} bureau does not accept ${listed} domains from ${restriction.natures.join(', ')} subjects.`,
    },
    fix: {
      zh: `请改用其他可备案后缀的域名（如 .cn、.com）。`,
      en: 'Use a domain with another fileable suffix (e.g. .cn, .com).',
    },
    check(ctx) {
      const hits: RuleHit[] = [];
      ctx.draft.websites?.forEach((w, i) => {
        w.domains?.forEach((d, j) => {
          if (typeof d !== 'string' || !d.trim()) return;
          const suffix = memo(
            ctx,
            `suffix:${d}`,
            () => (domainName.check(d, { today: ctx.date }).details as { suffix?: string } | undefined)?.suffix,
          );
          if (!suffix) return;
          const s = suffix.toLowerCase();
          if (restriction.suffixes.some((x) => suffixUnder(s, x)))
            hits.push({ field: `websites[${i}].domains[${j}]`, params: { domain: d.trim(), suffix: s } });
        });
      });
      return hits;
    },
  });
}
