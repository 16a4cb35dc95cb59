import type { Citation } from '../../domain/citation';
import { fieldSpec } from '../../domain/fields';
import { valuesAt } from '../../domain/paths';
import type { AppKind } from '../../formats/app-formats';
import { requiredFieldExamples } from '../define';
import type { Rule, RuleContext, RuleHit } from '../types';
import { appsOf } from './app-context';
import { APP_FILING_FROM, cite, MIIT_APP_ANNEX } from './sources';

/**
 * Required app fields (the annex 《互联网信息服务备案登记表》), as rows like the website's required fields:
 * a row fires when its section is on the draft and the field is blank; in `page` mode only when shown blank.
 */
interface AppRequiredRow {
  /** The rule id, `required.` and the field path without `[]`. */
  id: string;
  field: string;
  /** Only for these kinds (default: all). */
  kinds?: readonly AppKind[];
  source: Citation;
  why?: { zh: string; en: string };
}

const APP_ONLY: readonly AppKind[] = ['app'];

export const APP_REQUIRED_ROWS: readonly AppRequiredRow[] = [
  { id: 'required.apps.name', field: 'apps[].name', source: MIIT_APP_ANNEX },
  { id: 'required.apps.platforms', field: 'apps[].platforms', kinds: APP_ONLY, source: MIIT_APP_ANNEX },
  {
    id: 'required.apps.platforms.platform',
    field: 'apps[].platforms[].platform',
    kinds: APP_ONLY,
    source: MIIT_APP_ANNEX,
  },
  {
    id: 'required.apps.platforms.packageName',
    field: 'apps[].platforms[].packageName',
    kinds: APP_ONLY,
    source: MIIT_APP_ANNEX,
  },
  {
    id: 'required.apps.platforms.publicKey',
    field: 'apps[].platforms[].publicKey',
    kinds: APP_ONLY,
    source: MIIT_APP_ANNEX,
  },
  {
    id: 'required.apps.platforms.signature',
    field: 'apps[].platforms[].signature',
    kinds: APP_ONLY,
    source: MIIT_APP_ANNEX,
  },
  { id: 'required.apps.serviceContent', field: 'apps[].serviceContent', source: MIIT_APP_ANNEX },
  { id: 'required.apps.languages', field: 'apps[].languages', source: MIIT_APP_ANNEX },
  { id: 'required.apps.principal.name', field: 'apps[].principal.name', source: MIIT_APP_ANNEX },
  { id: 'required.apps.principal.idType', field: 'apps[].principal.idType', source: MIIT_APP_ANNEX },
  { id: 'required.apps.principal.idNumber', field: 'apps[].principal.idNumber', source: MIIT_APP_ANNEX },
  {
    id: 'required.apps.principal.mobile',
    field: 'apps[].principal.mobile',
    source: MIIT_APP_ANNEX,
    why: {
      zh: 'APP负责人和网站负责人一样要通过短信核验，验证码只发到这个手机号',
      en: 'the app principal is SMS-checked like a website principal, and the code goes only to this mobile',
    },
  },
  { id: 'required.apps.principal.email', field: 'apps[].principal.email', source: MIIT_APP_ANNEX },
];

function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0 || value.every(isBlank);
  return false;
}

function hits(ctx: RuleContext, row: AppRequiredRow): RuleHit[] {
  const parent = row.field.slice(0, row.field.lastIndexOf('.'));
  const leaf = row.field.slice(row.field.lastIndexOf('.') + 1);
  const kinds = new Map(appsOf(ctx).map((a) => [a.prefix, a.kind]));
  const out: RuleHit[] = [];
  for (const { path, value } of valuesAt(ctx.draft, parent)) {
    if (value === null || typeof value !== 'object') continue;
    const appPrefix = /^apps\[\d+\]/.exec(path)?.[0] ?? '';
    const kind = kinds.get(appPrefix) ?? 'app';
    if (row.kinds && !row.kinds.includes(kind)) continue;
    const v = (value as Record<string, unknown>)[leaf];
    if (v === undefined && ctx.mode === 'page') continue;
    if (isBlank(v)) out.push({ field: `${path}.${leaf}` });
  }
  return out;
}

function ruleFor(row: AppRequiredRow): Rule {
  const spec = fieldSpec(row.field) ?? fieldSpec(`${row.field}[]`);
  const label =
    spec?.label ??
    (row.field === 'apps[].platforms' ? { zh: '运行平台', en: 'Platforms' } : { zh: row.field, en: row.field });
  return {
    id: row.id,
    fields: [spec?.key ?? (row.field === 'apps[].platforms' ? 'apps[].platforms[].platform' : row.field)],
    severity: 'error',
    message: {
      zh: `「${label.zh}」为必填项，尚未填写。${row.why ? `（${row.why.zh}）` : ''}`,
      en: `"${label.en}" (${label.zh}) is required and is empty.${row.why ? ` (${row.why.en})` : ''}`,
    },
    fix: { zh: `请填写「${label.zh}」。`, en: `Fill in "${label.en}".` },
    ...cite(row.source),
    effective: { from: APP_FILING_FROM },
    examples: requiredFieldExamples(row.field),
    check: (ctx) => hits(ctx, row),
  };
}

export const APP_REQUIRED_RULES: readonly Rule[] = APP_REQUIRED_ROWS.map(ruleFor);
