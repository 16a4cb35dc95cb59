import type { Bilingual } from '../../domain/bilingual';
import { type Citation, formatCitations } from '../../domain/citation';
import { defineRule, present } from '../define';
import type { RuleContext, RuleHit } from '../types';

/**
 * 证件有效期 (document validity) on the filing date: an expired document is rejected; providers restate
 * that an ID must have more than three months left, and the 上海 bureau more than a year on a business
 * licence. The margins are provider restatements without a start date, so they warn; only a document
 * already expired on the filing date is an error.
 */

const HUAWEI_REJECTIONS: Citation = {
  title: 'ICP备案驳回咨询',
  publisher: '华为云',
  date: '2025-12-31',
  section: '证件有效期「需大于三个月」',
  url: 'https://github.com/huaweicloud/huaweicloud-skills/blob/master/skills/cdi/assist/huawei-cloud-icp-process-guidance/kb/faq/备案驳回咨询.md',
};

const TENCENT_SHANGHAI: Citation = {
  title: '上海管局备案要求',
  publisher: '腾讯云',
  section: '身份证有效期大于三个月；营业执照有效期大于一年',
  url: 'https://github.com/tencentyun/qcloud-documents/blob/master/product/域名与网站/网站备案/备案准备/各省管局要求/华东各省管局要求/上海管局备案要求.md',
};

/** How much validity a document must have left on the filing date: one data row per restated margin. */
export interface ValidityMargin {
  months: number;
  /** GB/T 2260 province codes the margin is restated for; undefined: every province. */
  provinces?: readonly string[];
  /** Only documents whose type names one of these (`营业执照`); undefined: every document. */
  documentTypes?: readonly string[];
  /** Only the subject's document (a business licence is never a principal's). */
  subjectOnly?: boolean;
  what: Bilingual;
  sources: readonly Citation[];
}

export const VALIDITY_MARGINS: readonly ValidityMargin[] = [
  {
    months: 12,
    provinces: ['31'],
    documentTypes: ['营业执照'],
    subjectOnly: true,
    what: {
      zh: '上海管局要求营业执照有效期大于一年',
      en: 'the Shanghai bureau wants more than a year left on a business licence',
    },
    sources: [TENCENT_SHANGHAI],
  },
  {
    months: 3,
    what: { zh: '证件有效期需大于三个月', en: 'a document needs more than three months of validity left' },
    sources: [HUAWEI_REJECTIONS, TENCENT_SHANGHAI],
  },
];

/** Values that mean "no end date". */
const LONG_TERM = /^(长期|长期有效|永久|永久有效)$/;

/**
 * A shown date as `YYYY-MM-DD`: `2030-01-31`, `2030/1/31`, `2030.01.31`, `20300131`, `2030年1月31日`.
 * Undefined for anything else (then the rule says nothing: a false error is worse than a missed one).
 */
export function validityDate(value: string): string | undefined {
  const t = value.trim();
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(t) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` plus whole months (the end of a shorter month when the day does not exist). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

interface DocumentRef {
  /** Path of the end date: `subject.idValidUntil`, `websites[0].principal.idValidUntil`. */
  field: string;
  until: string;
  idType?: string;
  subject: boolean;
}

function documentsOf(ctx: RuleContext): DocumentRef[] {
  const out: DocumentRef[] = [];
  const add = (prefix: string, doc: { idValidUntil?: string; idType?: string } | undefined, subject = false) => {
    const until = present(doc?.idValidUntil);
    const idType = present(doc?.idType);
    if (until) out.push({ field: `${prefix}.idValidUntil`, until, subject, ...(idType ? { idType } : {}) });
  };
  const { subject, websites, apps } = ctx.draft;
  add('subject', subject, true);
  add('subject.principal', subject?.principal);
  websites?.forEach((w, i) => {
    add(`websites[${i}].principal`, w.principal);
  });
  apps?.forEach((a, i) => {
    add(`apps[${i}].principal`, a.principal);
  });
  return out;
}

function marginFor(ctx: RuleContext, doc: DocumentRef): ValidityMargin | undefined {
  return VALIDITY_MARGINS.find(
    (m) =>
      (!m.provinces || (ctx.provinceCode !== undefined && m.provinces.includes(ctx.provinceCode))) &&
      (!m.subjectOnly || doc.subject) &&
      (!m.documentTypes || m.documentTypes.some((t) => doc.idType?.includes(t))),
  );
}

function checkDocument(ctx: RuleContext, doc: DocumentRef): RuleHit | undefined {
  if (LONG_TERM.test(doc.until)) return undefined;
  const until = validityDate(doc.until);
  if (!until) return undefined;
  if (until < ctx.date) return { field: doc.field, params: { until, date: ctx.date } };
  const margin = marginFor(ctx, doc);
  if (!margin) return undefined;
  const needed = addMonths(ctx.date, margin.months);
  if (until > needed) return undefined;
  return {
    field: doc.field,
    severity: 'warning',
    message: {
      zh: `证件有效期至 ${until}，距备案日期 ${ctx.date} 不足 ${margin.months} 个月：${margin.what.zh}，管局审核期间证件可能到期而被驳回。`,
      en: `The document is valid until ${until}, less than ${margin.months} months after the filing date ${ctx.date}: ${margin.what.en}; it may be rejected while under review.`,
    },
    fix: {
      zh: `请先换领新证件（有效期晚于 ${needed}），再以新证件的号码和有效期备案。`,
      en: `Renew the document first (valid beyond ${needed}) and file with the new document's number and dates.`,
    },
  };
}

const ALL_SOURCES = [HUAWEI_REJECTIONS, TENCENT_SHANGHAI];

export const documentValidityExpiring = defineRule({
  id: 'document-validity.expiring',
  fields: [
    'subject.idValidUntil',
    'subject.principal.idValidUntil',
    'websites[].principal.idValidUntil',
    'apps[].principal.idValidUntil',
  ],
  severity: 'error',
  message: {
    zh: '证件有效期至 {until}，在备案日期 {date} 已过期。',
    en: 'The document expired on {until}, before the filing date {date}.',
  },
  fix: {
    zh: '请使用有效期内的证件备案：换领新证件后填写新证件的号码和有效期；证件长期有效的勾选「长期」。',
    en: 'File with a valid document: renew it and enter the new number and dates; for a document without an end date, tick 长期 (long-term).',
  },
  source: formatCitations(ALL_SOURCES),
  sources: ALL_SOURCES,
  attested: [{ date: '2025-12-31', by: '华为云 ICP 备案知识库' }],
  effective: {},
  examples: {
    fires: [
      {
        draft: { subject: { idType: '居民身份证', idValidUntil: '2026-01-31' } },
        date: '2026-12-07',
        field: 'subject.idValidUntil',
        note: 'expired before the filing date: error',
      },
      {
        draft: { subject: { principal: { idValidUntil: '2027-02-01' } } },
        date: '2026-12-07',
        field: 'subject.principal.idValidUntil',
        note: 'less than three months left: warning',
      },
      {
        draft: { subject: { province: '上海市', idType: '营业执照', idValidUntil: '2027-10-01' } },
        date: '2026-12-07',
        field: 'subject.idValidUntil',
        note: 'a Shanghai business licence with less than a year left: warning',
      },
    ],
    passes: [
      {
        draft: { subject: { idValidUntil: '长期', principal: { idValidUntil: '2036-05-01' } } },
        date: '2026-12-07',
        note: 'long-term and ten years left',
      },
      {
        draft: { subject: { province: '浙江省', idType: '营业执照', idValidUntil: '2027-10-01' } },
        date: '2026-12-07',
        note: 'ten months left on a licence outside Shanghai: only the three-month margin applies',
      },
      {
        draft: { websites: [{ principal: { idValidUntil: '31/12/2020' } }] },
        date: '2026-12-07',
        note: 'a date in a shape the rule cannot read says nothing (no false error)',
      },
    ],
  },
  check(ctx) {
    return documentsOf(ctx)
      .map((doc) => checkDocument(ctx, doc))
      .filter((hit): hit is RuleHit => hit !== undefined);
  },
});

export const DOCUMENT_VALIDITY_RULES = [documentValidityExpiring];
