/** 网站服务内容 (service content) choices forbidden, required, or needing a remark, per province (research §2). */

import { remarkDescription, remarkLength } from '../data/remark-templates';
import { forEachWebsite, present } from '../define';
import { isBlankField, natureLabel, type PackMeta, provinceRule, type RowBase } from './common';

/** A selected option matches a choice when it contains it (`博客/个人空间` matches `博客`). */
function selected(serviceContent: readonly string[] | undefined, choices: readonly string[]): string[] {
  return (serviceContent ?? [])
    .map((s) => present(s))
    .filter((s): s is string => !!s && choices.some((c) => s.normalize('NFKC').includes(c)));
}

export interface ServiceContentForbiddenRow extends RowBase {
  /** Words of the forbidden options (`个人空间`, `博客`). */
  choices: readonly string[];
}

/** 浙江/河南/湖南/贵州: personal sites may not choose 「个人空间/博客」 (TC19); 云南: no 论坛/博客. */
export function serviceContentForbidden(meta: PackMeta, row: ServiceContentForbiddenRow) {
  const who = natureLabel(row.nature);
  return provinceRule('serviceContentForbidden', meta, row, {
    fields: ['websites[].serviceContent'],
    severity: 'warning',
    examples: {
      fires: [
        {
          draft: { websites: [{ serviceContent: [row.choices[0] ?? ''] }] },
          field: 'websites[0].serviceContent',
          note: `「${row.choices[0]}」`,
        },
      ],
      passes: [{ draft: { websites: [{ serviceContent: ['其他'] }] }, note: '「其他」' }],
    },
    message: {
      zh: `{province}管局不接受${who.zh}选择网站服务内容「{choice}」。`,
      en: `The {provinceEn} bureau does not accept the service content "{choice}" in ${who.en}.`,
    },
    fix: {
      zh: '请改选与网站实际内容相符的其他服务内容（如「其他」，并在网站备注中说明内容）。',
      en: 'Choose another service content that fits the site (e.g. 其他 "other", and describe the content in the website remark).',
    },
    check(ctx) {
      return forEachWebsite(ctx, (w, prefix) =>
        selected(w.serviceContent, row.choices).map((choice) => ({
          field: `${prefix}.serviceContent`,
          params: { choice },
        })),
      );
    },
  });
}

export interface ServiceContentRequiredRow extends RowBase {
  choices: readonly string[];
  /** The option as the form names it, for the message. */
  label: string;
}

/** 黑龙江: personal sites must choose 「博客/个人空间」 (TC19 个人 #8). */
export function serviceContentRequired(meta: PackMeta, row: ServiceContentRequiredRow) {
  return provinceRule('serviceContentRequired', meta, row, {
    fields: ['websites[].serviceContent'],
    severity: 'warning',
    examples: {
      fires: [
        { draft: { websites: [{ serviceContent: ['其他'] }] }, field: 'websites[0].serviceContent', note: '「其他」' },
      ],
      passes: [{ draft: { websites: [{ serviceContent: [row.label] }] }, note: `「${row.label}」` }],
    },
    message: {
      zh: '{province}管局要求个人备案的网站服务内容选择「{label}」，当前选择的是「{current}」。',
      en: 'The {provinceEn} bureau requires personal sites to choose the service content "{label}"; the form has "{current}".',
    },
    fix: { zh: '请在网站服务内容中选择「{label}」。', en: 'Select "{label}" as the service content.' },
    check(ctx) {
      return forEachWebsite(ctx, (w, prefix) => {
        const chosen = (w.serviceContent ?? []).map((s) => present(s)).filter((s): s is string => !!s);
        if (chosen.length === 0 || selected(chosen, row.choices).length > 0) return undefined;
        return { field: `${prefix}.serviceContent`, params: { label: row.label, current: chosen.join('、') } };
      });
    },
  });
}

export interface RemarkWhenServiceContentRow extends RowBase {
  /** The option that needs a remark (`其他`). */
  choice: string;
  /** Characters of description (pledges and fixed notes not counted) that count as a remark. */
  minLength?: number;
}

/** 河南/内蒙古/广西/重庆: choosing 「其他」 needs a 网站备注 describing the content (TC19). */
export function remarkRequiredWhenServiceContent(meta: PackMeta, row: RemarkWhenServiceContentRow) {
  const min = row.minLength ?? 4;
  return provinceRule('remarkRequiredWhenServiceContent', meta, row, {
    fields: ['websites[].serviceContent', 'websites[].remark'],
    severity: 'warning',
    examples: {
      fires: [
        {
          draft: { websites: [{ serviceContent: [row.choice], remark: '' }] },
          field: 'websites[0].remark',
          note: `「${row.choice}」 and no remark`,
        },
      ],
      passes: [
        {
          draft: { websites: [{ serviceContent: [row.choice], remark: '本网站用于记录和分享个人摄影作品。' }] },
          note: 'the content described',
        },
      ],
    },
    message: {
      zh: '网站服务内容选择了「{choice}」，但网站备注中没有说明网站内容（{province}管局要求）。',
      en: 'The service content is "{choice}" but the website remark does not describe the site\'s content (required by the {provinceEn} bureau).',
    },
    fix: {
      zh: '请在网站备注中写明网站的主要内容，例如「本网站用于记录和分享个人摄影作品」。',
      en: "Describe the site's main content in the website remark, e.g. 「本网站用于记录和分享个人摄影作品」.",
    },
    check(ctx) {
      return forEachWebsite(ctx, (w, prefix) => {
        if (selected(w.serviceContent, [row.choice]).length === 0) return undefined;
        if (w.remark === undefined && ctx.mode === 'page') return undefined;
        if (!isBlankField(ctx, w, 'remark') && remarkLength(remarkDescription(w.remark ?? '')) >= min) return undefined;
        return { field: `${prefix}.remark`, params: { choice: row.choice } };
      });
    },
  });
}
