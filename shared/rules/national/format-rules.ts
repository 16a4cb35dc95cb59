import type { FilingDraft } from '../../domain/draft';
import { stringsAt } from '../../domain/paths';
import { ALL_FORMATS } from '../../formats';
import type { Format } from '../../formats/define';
import { DOCUMENT_TYPES, documentFormatFor } from '../../formats/documents';
import { formatValueExample, memo } from '../define';
import type { Rule, RuleContext, RuleExample, RuleHit } from '../types';

/**
 * Format rules: every issue every format can raise becomes one rule `<format id>.<issue code>` on the
 * fields that carry that format. A field's format can depend on the draft (the document number's
 * format follows the document type chosen beside it), so each binding chooses it per field.
 */

const formatById = new Map(ALL_FORMATS.map((f) => [f.id, f]));
/** A format by its id (`domain-name`, `filing-number` …). */
export const getFormat = (id: string): Format | undefined => formatById.get(id);
const byId = getFormat;

/** The document number's format from the document type beside it; 身份证 when not chosen yet. */
function documentNumberFormat(idType: string | undefined, fallback: 'id-number' | 'credit-code'): Format | undefined {
  const chosen = idType?.trim() ? documentFormatFor(idType) : undefined;
  return (chosen as Format | undefined) ?? byId(fallback);
}

/**
 * A phone that may be a mobile or a landline (应急联系电话): a mobile when it starts with 1 (a landline
 * starts with its area code 0, or with 2–9 when the code is left out), so a mobile a digit short is
 * told it is a digit short, not that a landline lacks its area code.
 */
function mobileOrLandline(value: string): Format | undefined {
  const digits = value.replace(/[^\d]/g, '').replace(/^(0086|86)(?=1\d{8,11}$)/, '');
  return /^1\d{7,11}$/.test(digits) ? byId('mobile') : byId('landline');
}

interface FormatBinding {
  /** Catalogue pattern of the field. */
  field: string;
  /** Every format id this binding may choose (for listing and incremental checks). */
  formats: string[];
  choose(ctx: RuleContext, path: string, value: string): Format | undefined;
  /** Other fields `choose` reads (the document type): a change there re-runs the format rules too. */
  reads?: readonly string[];
}

/** Formats of fields that are not document numbers; every other format is a document-number format. */
const NON_DOCUMENT_FORMATS = new Set([
  'mobile',
  'landline',
  'email',
  'domain-name',
  'home-url',
  'filing-number',
  'filing-password',
  'sms-code',
  'id-tail',
]);
const DOCUMENT_FORMATS = ALL_FORMATS.map((f) => f.id).filter((id) => !NON_DOCUMENT_FORMATS.has(id));

const principalIdType = (ctx: RuleContext, path: string) => {
  const app = /^apps\[(\d+)\]/.exec(path);
  if (app) return ctx.draft.apps?.[Number(app[1])]?.principal?.idType;
  const m = /^websites\[(\d+)\]/.exec(path);
  return m ? ctx.draft.websites?.[Number(m[1])]?.principal?.idType : ctx.draft.subject?.principal?.idType;
};

export const FORMAT_BINDINGS: readonly FormatBinding[] = [
  {
    field: 'subject.idNumber',
    formats: DOCUMENT_FORMATS,
    reads: ['subject.idType', 'subject.nature'],
    choose: (ctx) =>
      documentNumberFormat(ctx.draft.subject?.idType, ctx.individual === false ? 'credit-code' : 'id-number'),
  },
  {
    field: 'subject.principal.idNumber',
    formats: DOCUMENT_FORMATS,
    reads: ['subject.principal.idType'],
    choose: (ctx, path) => documentNumberFormat(principalIdType(ctx, path), 'id-number'),
  },
  {
    field: 'websites[].principal.idNumber',
    formats: DOCUMENT_FORMATS,
    reads: ['websites[].principal.idType'],
    choose: (ctx, path) => documentNumberFormat(principalIdType(ctx, path), 'id-number'),
  },
  { field: 'subject.principal.mobile', formats: ['mobile'], choose: () => byId('mobile') },
  { field: 'websites[].principal.mobile', formats: ['mobile'], choose: () => byId('mobile') },
  { field: 'subject.principal.landline', formats: ['landline'], choose: () => byId('landline') },
  { field: 'websites[].principal.landline', formats: ['landline'], choose: () => byId('landline') },
  {
    field: 'subject.principal.emergencyPhone',
    formats: ['mobile', 'landline'],
    choose: (_c, _p, v) => mobileOrLandline(v),
  },
  {
    field: 'websites[].principal.emergencyPhone',
    formats: ['mobile', 'landline'],
    choose: (_c, _p, v) => mobileOrLandline(v),
  },
  { field: 'subject.principal.email', formats: ['email'], choose: () => byId('email') },
  { field: 'websites[].principal.email', formats: ['email'], choose: () => byId('email') },
  // App principals (2023 app filing) have the website principal's fields.
  {
    field: 'apps[].principal.idNumber',
    formats: DOCUMENT_FORMATS,
    reads: ['apps[].principal.idType'],
    choose: (ctx, path) => documentNumberFormat(principalIdType(ctx, path), 'id-number'),
  },
  { field: 'apps[].principal.mobile', formats: ['mobile'], choose: () => byId('mobile') },
  { field: 'apps[].principal.landline', formats: ['landline'], choose: () => byId('landline') },
  {
    field: 'apps[].principal.emergencyPhone',
    formats: ['mobile', 'landline'],
    choose: (_c, _p, v) => mobileOrLandline(v),
  },
  { field: 'apps[].principal.email', formats: ['email'], choose: () => byId('email') },
  { field: 'websites[].domains[]', formats: ['domain-name'], choose: () => byId('domain-name') },
  { field: 'websites[].homeUrl', formats: ['home-url'], choose: () => byId('home-url') },
  { field: 'filingNumber', formats: ['filing-number'], choose: () => byId('filing-number') },
  { field: 'websites[].filingNumber', formats: ['filing-number'], choose: () => byId('filing-number') },
  { field: 'filingPassword', formats: ['filing-password'], choose: () => byId('filing-password') },
  { field: 'smsCheck.code', formats: ['sms-code'], choose: () => byId('sms-code') },
  { field: 'smsCheck.mobile', formats: ['mobile'], choose: () => byId('mobile') },
  { field: 'smsCheck.idTail', formats: ['id-tail'], choose: () => byId('id-tail') },
];

/**
 * Every hit of one format in this check, by issue code: one pass over the bound fields per format and
 * check, shared by all of that format's rules (one rule per issue code would otherwise walk the draft
 * and run the format once each).
 */
function hitsByCode(ctx: RuleContext, format: Format): Map<string, RuleHit[]> {
  return memo(ctx, `format-hits:${format.id}`, () => {
    const byCode = new Map<string, RuleHit[]>();
    for (const binding of FORMAT_BINDINGS) {
      if (!binding.formats.includes(format.id)) continue;
      for (const { path, value } of stringsAt(ctx.draft, binding.field)) {
        if (!value.trim()) continue; // blank fields are the required-field rules' business
        const chosen = memo(ctx, `format-of:${path}`, () => binding.choose(ctx, path, value));
        if (chosen?.id !== format.id) continue;
        const result = format.check(value, { today: ctx.date });
        for (const issue of result.issues) {
          const hit: RuleHit = { field: path, params: { value, normalized: result.normalized, ...issue.params } };
          if (result.normalized !== value.trim()) hit.suggestion = result.normalized;
          const list = byCode.get(issue.code);
          if (list) list.push(hit);
          else byCode.set(issue.code, [hit]);
        }
      }
    }
    return byCode;
  });
}

function hitsFor(ctx: RuleContext, format: Format, code: string): RuleHit[] {
  return hitsByCode(ctx, format).get(code) ?? [];
}

/**
 * Issues no draft can raise: a blank field is never shown to a format (the required-field rules speak
 * for it), so `<format>.empty` stays a format issue (the CLI's single values) and is not a rule.
 */
const FORMAT_ONLY_CODES: ReadonlySet<string> = new Set(['empty']);

/**
 * Where a format's examples go in a draft: a document number beside the 证件类型 that selects its
 * format (the subject principal's), any other format in the first field bound to it.
 */
function exampleSlot(format: Format): { pattern: string; scope: FilingDraft } | undefined {
  if (DOCUMENT_FORMATS.includes(format.id)) {
    const label = DOCUMENT_TYPES.find((d) => d.format.id === format.id)?.labels[0];
    return { pattern: 'subject.principal.idNumber', scope: { subject: { principal: { idType: label } } } };
  }
  const binding = FORMAT_BINDINGS.find((b) => b.formats.includes(format.id));
  return binding && { pattern: binding.field, scope: {} };
}

/** The rule examples of one issue: its `fires` values, and its `passes` and the format's `valid` values. */
function formatExamples(format: Format, code: string): Rule['examples'] {
  const spec = format.issues[code];
  const slot = exampleSlot(format);
  if (!spec?.fires?.length || !slot || !(spec.passes?.length || format.valid?.length)) return undefined;
  const at = (e: Parameters<typeof formatValueExample>[0], field: boolean): RuleExample =>
    formatValueExample(e, slot.pattern, structuredClone(slot.scope), field);
  return {
    fires: spec.fires.map((e) => at(e, true)),
    passes: [...(spec.passes ?? []), ...(format.valid ?? [])].map((e) => at(e, false)),
  };
}

function formatRules(): Rule[] {
  const rules: Rule[] = [];
  for (const format of ALL_FORMATS as Format[]) {
    const bound = FORMAT_BINDINGS.filter((b) => b.formats.includes(format.id));
    // The marked fields first (a finding's default field is the first), then what choosing the format reads.
    const fields = [...new Set([...bound.map((b) => b.field), ...bound.flatMap((b) => b.reads ?? [])])];
    if (fields.length === 0) continue;
    for (const [code, spec] of Object.entries(format.issues)) {
      if (FORMAT_ONLY_CODES.has(code)) continue;
      const rule: Rule = {
        id: `${format.id}.${code}`,
        fields,
        severity: spec.severity,
        message: spec.message,
        fix: spec.fix,
        source: spec.source ?? format.source,
        effective: {},
        check: (ctx) => hitsFor(ctx, format, code),
      };
      const url = spec.sourceUrl ?? format.sourceUrl;
      if (url) rule.sourceUrl = url;
      const examples = formatExamples(format, code);
      if (examples) rule.examples = examples;
      rules.push(rule);
    }
  }
  return rules;
}

export const FORMAT_RULES: readonly Rule[] = formatRules();
