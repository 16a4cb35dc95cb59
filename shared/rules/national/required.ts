import { fieldSpec } from '../../domain/fields';
import {
  ACCESS_FILING_TYPES,
  type FilingType,
  FULL_FORM_TYPES,
  PASSWORD_FILING_TYPES,
} from '../../domain/filing-types';
import { valuesAt } from '../../domain/paths';
import { requiredFieldExamples } from '../define';
import type { Rule, RuleContext, RuleHit } from '../types';

/**
 * Required fields per filing type, as data rows (spec §4; the filing site marks them with `*`).
 * A row fires when the field's section is on the draft (its parent object exists) and the field is
 * blank; in `page` mode (the extension) only fields shown blank on the page count, not missing ones.
 */
interface RequiredRow {
  /** The rule id, `required.` and the field path without `[]`. */
  id: string;
  field: string;
  /** Only for these filing types (default: every type that collects the section). */
  filingTypes?: readonly FilingType[];
  nature?: 'individual' | 'organisation';
  source: string;
  /** Why it is required, when more than "the form marks it". */
  why?: { zh: string; en: string };
}

const FULL = FULL_FORM_TYPES;
const ACCESS = ACCESS_FILING_TYPES;
const PASSWORD = PASSWORD_FILING_TYPES;

export const REQUIRED_ROWS: readonly RequiredRow[] = [
  { id: 'required.subject.province', field: 'subject.province', source: 'spec §2, §4.1' },
  { id: 'required.subject.nature', field: 'subject.nature', source: 'spec §2, §4.1' },
  { id: 'required.subject.idType', field: 'subject.idType', source: 'spec §2, §4.1' },
  { id: 'required.subject.idNumber', field: 'subject.idNumber', source: 'spec §2, §4.1' },
  { id: 'required.subject.name', field: 'subject.name', filingTypes: FULL, source: 'spec §4.1' },
  { id: 'required.subject.idAddress', field: 'subject.idAddress', filingTypes: FULL, source: 'spec §4.1' },
  { id: 'required.subject.mailAddress', field: 'subject.mailAddress', filingTypes: FULL, source: 'spec §4.1' },
  {
    id: 'required.subject.investor',
    field: 'subject.investor',
    filingTypes: FULL,
    nature: 'organisation',
    source: 'spec §4.1',
  },
  { id: 'required.subject.principal.name', field: 'subject.principal.name', filingTypes: FULL, source: 'spec §4.2' },
  {
    id: 'required.subject.principal.idType',
    field: 'subject.principal.idType',
    filingTypes: FULL,
    source: 'spec §4.2',
  },
  {
    id: 'required.subject.principal.idNumber',
    field: 'subject.principal.idNumber',
    filingTypes: FULL,
    source: 'spec §4.2',
  },
  {
    id: 'required.subject.principal.mobile',
    field: 'subject.principal.mobile',
    filingTypes: FULL,
    source: 'spec §4.2, §6.2',
    why: { zh: 'SMS 核验码只发到联系方式1', en: 'SMS-check codes go only to contact 1' },
  },
  { id: 'required.subject.principal.email', field: 'subject.principal.email', filingTypes: FULL, source: 'spec §4.2' },
  { id: 'required.websites.name', field: 'websites[].name', filingTypes: FULL, source: 'spec §4.3' },
  { id: 'required.websites.domains', field: 'websites[].domains', filingTypes: FULL, source: 'spec §4.3, §5' },
  { id: 'required.websites.homeUrl', field: 'websites[].homeUrl', filingTypes: FULL, source: 'spec §4.3' },
  {
    id: 'required.websites.serviceContent',
    field: 'websites[].serviceContent',
    filingTypes: FULL,
    source: 'spec §4.3',
  },
  { id: 'required.websites.languages', field: 'websites[].languages', filingTypes: FULL, source: 'spec §4.3' },
  {
    id: 'required.websites.principal.name',
    field: 'websites[].principal.name',
    filingTypes: FULL,
    source: 'spec §4.3',
  },
  {
    id: 'required.websites.principal.idType',
    field: 'websites[].principal.idType',
    filingTypes: FULL,
    source: 'spec §4.3',
  },
  {
    id: 'required.websites.principal.idNumber',
    field: 'websites[].principal.idNumber',
    filingTypes: FULL,
    source: 'spec §4.3',
  },
  {
    id: 'required.websites.principal.mobile',
    field: 'websites[].principal.mobile',
    filingTypes: FULL,
    source: 'spec §4.3, §6.3',
  },
  {
    id: 'required.websites.principal.email',
    field: 'websites[].principal.email',
    filingTypes: FULL,
    source: 'spec §4.3',
  },
  { id: 'required.filingNumber', field: 'filingNumber', filingTypes: ACCESS, source: 'spec §2, §4.4' },
  { id: 'required.websites.filingNumber', field: 'websites[].filingNumber', filingTypes: ACCESS, source: 'spec §4.4' },
  { id: 'required.filingPassword', field: 'filingPassword', filingTypes: PASSWORD, source: 'spec §2, §4.4' },
  { id: 'required.smsCheck.code', field: 'smsCheck.code', source: 'spec §6.4' },
  { id: 'required.smsCheck.mobile', field: 'smsCheck.mobile', source: 'spec §6.4' },
  { id: 'required.smsCheck.idTail', field: 'smsCheck.idTail', source: 'spec §6.4' },
];

function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every(isBlank);
  return false;
}

function parentPattern(field: string): string {
  return field.slice(0, Math.max(0, field.lastIndexOf('.')));
}

function leafKey(field: string): string {
  return field.slice(field.lastIndexOf('.') + 1);
}

function requiredHits(ctx: RuleContext, row: RequiredRow): RuleHit[] {
  const parent = parentPattern(row.field);
  const leaf = leafKey(row.field);
  const parents = parent ? valuesAt(ctx.draft, parent) : [{ path: '', value: ctx.draft }];
  const hits: RuleHit[] = [];
  for (const { path, value } of parents) {
    if (value === null || typeof value !== 'object') continue;
    const v = (value as Record<string, unknown>)[leaf];
    const missing = v === undefined;
    if (missing && ctx.mode === 'page') continue;
    if (!isBlank(v)) continue;
    hits.push({ field: path ? `${path}.${leaf}` : leaf });
  }
  return hits;
}

function ruleFor(row: RequiredRow): Rule {
  const spec = fieldSpec(row.field) ?? fieldSpec(`${row.field}[]`);
  const label = spec?.label ?? { zh: row.field, en: row.field };
  const rule: Rule = {
    id: row.id,
    fields: [spec?.key ?? row.field],
    severity: 'error',
    message: {
      zh: `「${label.zh}」为必填项，尚未填写。${row.why ? `（${row.why.zh}）` : ''}`,
      en: `"${label.en}" (${label.zh}) is required and is empty.${row.why ? ` (${row.why.en})` : ''}`,
    },
    fix: { zh: `请填写「${label.zh}」。`, en: `Fill in "${label.en}".` },
    source: row.source,
    effective: {},
    examples: requiredFieldExamples(row.field, {
      ...(row.filingTypes?.[0] ? { filingType: row.filingTypes[0] } : {}),
      ...(row.nature ? { subject: { nature: row.nature === 'individual' ? '个人' : '企业' } } : {}),
    }),
    check: (ctx) => requiredHits(ctx, row),
  };
  if (row.filingTypes) rule.filingTypes = row.filingTypes;
  if (row.nature) rule.nature = row.nature;
  return rule;
}

export const REQUIRED_RULES: readonly Rule[] = REQUIRED_ROWS.map(ruleFor);
