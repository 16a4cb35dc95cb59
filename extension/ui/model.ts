/**
 * What the panel shows, computed from a tab record (pure: unit-tested without a browser).
 */

import { type FieldSpec, fieldSpec } from '../../shared/domain/fields';
import { FILING_TYPE_LABELS, FILING_TYPES, type FilingType } from '../../shared/domain/filing-types';
import { SEVERITIES, type Severity } from '../../shared/domain/finding';
import { GB2260_PROVINCES } from '../../shared/formats/gb2260-provinces';
import { type Lang, pick, severityLabel, t } from '../i18n';
import type { FindingMessage, PlanView, TabRecord } from '../messaging';

export type FilingStep = FieldSpec['step'] | 'other';
export const STEP_ORDER: readonly FilingStep[] = [
  'type',
  'product',
  'subject',
  'website',
  'app',
  'access',
  'upload',
  'sms-check',
  'other',
];

/** The field as a person reads it: `网站2 · 网站域名 3`. */
export function fieldTitle(path: string, lang: Lang): string {
  const spec = fieldSpec(path);
  const base = spec ? pick(spec.label, lang) : path;
  const site = /^websites\[(\d+)\]/.exec(path)?.[1];
  const item = /\.domains\[(\d+)\]$/.exec(path)?.[1];
  const withItem = item !== undefined && Number(item) > 0 ? `${base} ${Number(item) + 1}` : base;
  // Findings of an app are listed under their app (and platform): `APP1 · 平台2 · 签名MD5值`.
  const app = /^apps\[(\d+)\](?:\.platforms\[(\d+)\])?/.exec(path);
  if (app) {
    const platform = app[2] !== undefined ? ` · ${t(lang, 'platform_n', { n: Number(app[2]) + 1 })}` : '';
    return `${t(lang, 'app_n', { n: Number(app[1]) + 1 })}${platform} · ${withItem}`;
  }
  return site !== undefined ? `${t(lang, 'website_n', { n: Number(site) + 1 })} · ${withItem}` : withItem;
}

export interface FieldGroup {
  path: string;
  title: string;
  findings: FindingMessage[];
  onPage: boolean;
}

export interface StepGroup {
  step: FilingStep;
  title: string;
  fields: FieldGroup[];
  counts: Record<Severity, number>;
}

export function countBySeverity(findings: readonly { severity: Severity }[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** Findings grouped by filing step, then by field, in the engine's order. */
export function groupFindings(record: Pick<TabRecord, 'findings' | 'fields'>, lang: Lang): StepGroup[] {
  const onPage = new Set(record.fields.map((f) => f.path));
  const steps = new Map<FilingStep, Map<string, FieldGroup>>();
  for (const f of record.findings) {
    const step: FilingStep = fieldSpec(f.field)?.step ?? 'other';
    const fields = steps.get(step) ?? new Map<string, FieldGroup>();
    steps.set(step, fields);
    const group = fields.get(f.field) ?? {
      path: f.field,
      title: fieldTitle(f.field, lang),
      findings: [],
      onPage: onPage.has(f.field),
    };
    group.findings.push(f);
    fields.set(f.field, group);
  }
  return STEP_ORDER.filter((s) => steps.has(s)).map((step) => {
    const fields = [...(steps.get(step)?.values() ?? [])];
    return {
      step,
      title: t(lang, `step_${step}`),
      fields,
      counts: countBySeverity(fields.flatMap((g) => g.findings)),
    };
  });
}

export function filingTypeLabel(type: string | undefined, lang: Lang): string | undefined {
  if (!type || !(FILING_TYPES as readonly string[]).includes(type)) return undefined;
  return pick(FILING_TYPE_LABELS[type as FilingType], lang);
}

export function provinceName(code: string | undefined, lang: Lang): string | undefined {
  const p = GB2260_PROVINCES.find((x) => x.code === code);
  if (!p) return undefined;
  return lang === 'zh' ? p.name : p.nameEn;
}

/** `13812345678` → `138****5678`: the panel names the phone without spelling it out. */
export function maskPhone(phone: string): string {
  return /^\d{11}$/.test(phone) ? `${phone.slice(0, 3)}****${phone.slice(7)}` : phone;
}

export function deadlineText(d: PlanView['deadlines'][number], lang: Lang): string {
  const label = pick(d.label, lang);
  if (d.workingDays !== undefined) {
    const n = Array.isArray(d.workingDays) ? `${d.workingDays[0]}–${d.workingDays[1]}` : d.workingDays;
    return `${label}：${t(lang, 'workingDays', { n })}`;
  }
  if (d.hours !== undefined) return `${label}：${t(lang, 'hours', { n: d.hours })}`;
  if (d.days !== undefined) return `${label}：${t(lang, 'days', { n: d.days })}`;
  return label;
}

/** 「按 2018-11-26 的规则检查（模拟环境的日期）」: the one date the findings were judged by. */
export function checkedDateText(record: Pick<TabRecord, 'date' | 'dateSource'>, lang: Lang): string | undefined {
  if (!record.date) return undefined;
  const from = record.dateSource ? t(lang, `dateFrom_${record.dateSource}`) : '';
  return `${t(lang, 'checkedBy', { date: record.date })}${from}`;
}

/** The plain-text checklist the panel copies (issue 4 §4). */
export function checklistText(record: TabRecord, lang: Lang): string {
  const lines: string[] = [];
  const province = provinceName(record.provinceCode, lang) ?? t(lang, 'unknownProvince');
  lines.push(`${t(lang, 'appName')} — ${t(lang, 'checklistHeading')}`);
  lines.push(t(lang, 'rulesOf', { province, date: record.date ?? '' }));
  const checked = checkedDateText(record, lang);
  if (checked) lines.push(checked);
  const type = filingTypeLabel(record.summary.filingType ?? record.plan?.filingType, lang);
  lines.push(`${t(lang, 'filingType')}：${type ?? t(lang, 'unknownType')}`);
  const counts = countBySeverity(record.findings);
  lines.push('');
  lines.push(`${t(lang, 'findingsHeading')}（${t(lang, 'counts', counts)}）`);
  if (!record.findings.length) lines.push(`- ${t(lang, 'noFindings')}`);
  for (const severity of SEVERITIES) {
    for (const f of record.findings.filter((x) => x.severity === severity)) {
      const fix = f.fix ? ` ${t(lang, 'fixPrefix')}${pick(f.fix, lang)}` : '';
      lines.push(
        `- [ ] ${severityLabel(lang, f.severity)} ${fieldTitle(f.field, lang)}：${pick(f.message, lang)}${fix}`,
      );
    }
  }
  const plan = record.plan;
  if (plan) {
    lines.push('');
    lines.push(t(lang, 'planHeading'));
    const sms = plan.smsCheck.required
      ? `${t(lang, 'smsYes')}${plan.smsCheck.phones.length ? '，' : ''}${smsPhonesText(record, lang)}`
      : t(lang, 'smsNo');
    lines.push(`- ${t(lang, 'smsCheck')}：${sms}`);
    lines.push(`- ${t(lang, 'photoCheck')}：${t(lang, `photo_${plan.photoCheck}`)}`);
    if (plan.documents.length) {
      lines.push('');
      lines.push(t(lang, 'documents'));
      for (const d of plan.documents) lines.push(`- [ ] ${pick(d, lang)}`);
    }
    if (plan.deadlines.length) {
      lines.push('');
      lines.push(t(lang, 'deadlines'));
      for (const d of plan.deadlines) lines.push(`- ${deadlineText(d, lang)}`);
    }
  }
  return lines.join('\n');
}

/**
 * Where the plan names no phone for the SMS code: 「尚未填写」 only when contact 1 is blank; a filled but
 * invalid number says what is wrong with it (its error finding's message).
 */
export function smsPhonesText(record: Pick<TabRecord, 'plan' | 'findings'>, lang: Lang): string {
  const phones = record.plan?.smsCheck.phones ?? [];
  if (phones.length) return t(lang, 'smsPhones', { phones: phones.map(maskPhone).join('、') });
  const invalid = record.findings.find(
    (f) => f.severity === 'error' && /principal\.mobile$/.test(f.field) && !f.rule.startsWith('required.'),
  );
  return invalid ? t(lang, 'smsPhoneInvalid', { problem: pick(invalid.message, lang) }) : t(lang, 'smsNoPhones');
}

/** The plan step the page's fields belong to (catalogue step → plan StepId). */
export function planStepOf(step: TabRecord['step']): string | undefined {
  if (!step) return undefined;
  return step === 'access' ? 'access-password' : step;
}
