/**
 * Form controls that show the simulator's findings at their field (simulator/API.md §0): every control
 * has a real `<label for>` with the spec's exact label text (design §6), and, when it has findings,
 * `aria-invalid` (errors only) and `aria-describedby` pointing at the bilingual message under it.
 */
import { type ComponentChildren, createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Bilingual } from '../../../shared/domain/bilingual';
import { fieldSpec } from '../../../shared/domain/fields';
import type { Finding } from '../../../shared/domain/finding';
import type { FieldFindings } from './api';
import { keyLabel } from './labels';

/** Findings by field key for the form being shown. */
export const FindingsContext = createContext<FieldFindings>({});

export function groupFindings(list: readonly Finding[]): FieldFindings {
  const out: FieldFindings = {};
  for (const f of list) out[f.field] = [...(out[f.field] ?? []), f];
  return out;
}

export function mergeFindings(...maps: FieldFindings[]): FieldFindings {
  const out: FieldFindings = {};
  for (const m of maps) for (const [k, v] of Object.entries(m)) out[k] = [...(out[k] ?? []), ...v];
  return out;
}

/** DOM id of a field key: `websites[0].principal.mobile` → `f-websites-0-principal-mobile`. */
export function fieldId(key: string): string {
  return `f-${key.replace(/\[(\d*)\]/g, '-$1').replace(/[^A-Za-z0-9-]+/g, '-')}`;
}

/** Both languages of a text: Chinese first (the page's language), English after it. */
export function Bi({ text, block }: { text: Bilingual | string; block?: boolean }) {
  if (typeof text === 'string') return <span>{text}</span>;
  const Tag = block ? 'div' : 'span';
  return (
    <Tag class="bi">
      <span lang="zh-CN">{text.zh}</span>
      {text.en && text.en !== text.zh ? (
        <span lang="en" class="en">
          {' '}
          {text.en}
        </span>
      ) : null}
    </Tag>
  );
}

const SEVERITY_LABEL: Record<Finding['severity'], string> = { error: '错误', warning: '提示', info: '说明' };

export function FindingText({ finding }: { finding: Finding }) {
  return (
    <div class={`finding finding-${finding.severity}`} data-rule={finding.rule}>
      <span class="sev">{SEVERITY_LABEL[finding.severity]}</span>
      <Bi text={finding.message} />
      {finding.fix ? (
        <div class="fix">
          <Bi text={finding.fix} />
        </div>
      ) : null}
      {finding.source ? <div class="source">依据 / source: {finding.source}</div> : null}
    </div>
  );
}

export interface FieldA11y {
  id: string;
  findings: Finding[];
  /** Props for the control itself. */
  control: { id: string; 'aria-invalid'?: 'true'; 'aria-describedby'?: string };
  /** Id of the message element (present only when there are findings). */
  messageId: string;
}

/** The findings of a field and the ARIA props its control needs. `extraKeys` also count (e.g. `captchaId`). */
export function useField(fieldKey: string, extraKeys: string[] = [], hintId?: string): FieldA11y {
  const all = useContext(FindingsContext);
  const id = fieldId(fieldKey);
  const findings = [fieldKey, ...extraKeys].flatMap((k) => all[k] ?? []);
  const messageId = `${id}-msg`;
  const described = [hintId, findings.length ? messageId : undefined].filter(Boolean).join(' ');
  return {
    id,
    findings,
    messageId,
    control: {
      id,
      ...(findings.some((f) => f.severity === 'error') ? { 'aria-invalid': 'true' as const } : {}),
      ...(described ? { 'aria-describedby': described } : {}),
    },
  };
}

export function FieldMessages({ field }: { field: FieldA11y }) {
  if (!field.findings.length) return null;
  return (
    <div id={field.messageId} class="field-msg">
      {field.findings.map((f, i) => (
        <FindingText key={`${f.rule}-${i}`} finding={f} />
      ))}
    </div>
  );
}

interface RowProps {
  field: FieldA11y;
  label: string;
  required?: boolean;
  hint?: ComponentChildren;
  hintId?: string;
  children: ComponentChildren;
  /** Labels of secondary controls are visually hidden. */
  class?: string;
}

/** One labelled row. The required mark sits outside the label so the label text stays exact. */
export function Row({ field, label, required, hint, hintId, children, class: cls }: RowProps) {
  const state = field.findings.some((f) => f.severity === 'error')
    ? 'has-error'
    : field.findings.length
      ? 'has-note'
      : '';
  return (
    <div class={`row ${state} ${cls ?? ''}`}>
      <div class="row-label">
        {required ? (
          <span class="req" aria-hidden="true">
            *
          </span>
        ) : null}
        <label for={field.id}>{label}</label>
      </div>
      <div class="row-control">
        {children}
        {hint ? (
          <div class="hint" id={hintId}>
            {hint}
          </div>
        ) : null}
        <FieldMessages field={field} />
      </div>
    </div>
  );
}

/** The catalogue's Chinese label of a field key (spec labels), or the key itself. */
export function labelOf(fieldKey: string): string {
  return fieldSpec(fieldKey)?.label.zh ?? fieldKey;
}

interface TextFieldProps {
  fieldKey: string;
  label?: string;
  value: string | undefined;
  onValue: (v: string) => void;
  required?: boolean;
  readOnly?: boolean;
  type?: 'text' | 'password' | 'email' | 'tel';
  placeholder?: string;
  hint?: ComponentChildren;
  /** Text shown before the input inside the row (e.g. the region prefix of 通讯地址). */
  prefix?: string;
  extraKeys?: string[];
  autoComplete?: string;
  maxLength?: number;
  inputMode?: 'numeric' | 'text' | 'email' | 'tel';
}

export function TextField(p: TextFieldProps) {
  const hintId = p.hint ? `${fieldId(p.fieldKey)}-hint` : undefined;
  const field = useField(p.fieldKey, p.extraKeys, hintId);
  const input = (
    <input
      {...field.control}
      name={p.fieldKey}
      // Preact's input types are a union per type; the attributes used here are valid for all four.
      type={(p.type ?? 'text') as 'text'}
      value={p.value ?? ''}
      readOnly={p.readOnly}
      aria-required={p.required ? 'true' : undefined}
      placeholder={p.placeholder}
      autoComplete={p.autoComplete ?? 'off'}
      maxLength={p.maxLength}
      inputMode={p.inputMode}
      onInput={(e) => p.onValue((e.currentTarget as HTMLInputElement).value)}
    />
  );
  return (
    <Row field={field} label={p.label ?? labelOf(p.fieldKey)} required={p.required} hint={p.hint} hintId={hintId}>
      {p.prefix !== undefined ? (
        <div class="prefixed">
          <span class="prefix" id={`${field.id}-prefix`}>
            {p.prefix}
          </span>
          {input}
        </div>
      ) : (
        input
      )}
    </Row>
  );
}

interface TextAreaProps {
  fieldKey: string;
  label?: string;
  value: string | undefined;
  onValue: (v: string) => void;
  readOnly?: boolean;
  hint?: ComponentChildren;
}

export function TextAreaField(p: TextAreaProps) {
  const hintId = p.hint ? `${fieldId(p.fieldKey)}-hint` : undefined;
  const field = useField(p.fieldKey, [], hintId);
  return (
    <Row field={field} label={p.label ?? labelOf(p.fieldKey)} hint={p.hint} hintId={hintId}>
      <textarea
        {...field.control}
        name={p.fieldKey}
        rows={3}
        value={p.value ?? ''}
        readOnly={p.readOnly}
        onInput={(e) => p.onValue((e.currentTarget as HTMLTextAreaElement).value)}
      />
    </Row>
  );
}

export type Option = string | { value: string; label: string };

interface SelectProps {
  fieldKey: string;
  label?: string;
  value: string | undefined;
  onValue: (v: string) => void;
  options: readonly Option[];
  required?: boolean;
  disabled?: boolean;
  placeholder?: string;
  hint?: ComponentChildren;
  /** Visually hide the label (still the accessible name). */
  hiddenLabel?: boolean;
}

export function SelectField(p: SelectProps) {
  const hintId = p.hint ? `${fieldId(p.fieldKey)}-hint` : undefined;
  const field = useField(p.fieldKey, [], hintId);
  return (
    <Row
      field={field}
      label={p.label ?? labelOf(p.fieldKey)}
      required={p.required}
      hint={p.hint}
      hintId={hintId}
      class={p.hiddenLabel ? 'label-hidden' : ''}
    >
      <SelectControl {...p} field={field} />
    </Row>
  );
}

export function SelectControl(p: SelectProps & { field: FieldA11y }) {
  return (
    <select
      {...p.field.control}
      name={p.fieldKey}
      value={p.value ?? ''}
      aria-required={p.required ? 'true' : undefined}
      disabled={p.disabled}
      onChange={(e) => p.onValue((e.currentTarget as HTMLSelectElement).value)}
    >
      <option value="">{p.placeholder ?? '请选择'}</option>
      {p.options.map((o) => {
        const opt = typeof o === 'string' ? { value: o, label: o } : o;
        return (
          <option key={opt.value} value={opt.value}>
            {opt.label}
          </option>
        );
      })}
    </select>
  );
}

interface CheckboxGroupProps {
  fieldKey: string;
  label?: string;
  value: string[] | undefined;
  onValue: (v: string[]) => void;
  options: readonly string[];
  readOnly?: boolean;
}

/** A group of checkboxes named by a legend (`getByRole('group', {name})`). */
export function CheckboxGroup(p: CheckboxGroupProps) {
  const field = useField(p.fieldKey);
  const selected = new Set(p.value ?? []);
  const toggle = (o: string, on: boolean) => {
    const next = p.options.filter((x) => (x === o ? on : selected.has(x)));
    // Keep values the page does not offer (e.g. from an imported draft) rather than dropping them silently.
    for (const v of selected) if (!p.options.includes(v)) next.push(v);
    p.onValue(next);
  };
  const state = field.findings.some((f) => f.severity === 'error')
    ? 'has-error'
    : field.findings.length
      ? 'has-note'
      : '';
  return (
    <fieldset
      class={`row group ${state}`}
      id={field.id}
      aria-describedby={field.control['aria-describedby']}
      aria-invalid={field.control['aria-invalid']}
      data-field={p.fieldKey}
    >
      <legend class="row-label">{p.label ?? labelOf(p.fieldKey)}</legend>
      <div class="row-control">
        <div class="choices">
          {p.options.map((o, i) => (
            <label key={o} class="choice">
              <input
                type="checkbox"
                name={p.fieldKey}
                id={`${field.id}-${i}`}
                value={o}
                checked={selected.has(o)}
                disabled={p.readOnly}
                onChange={(e) => toggle(o, (e.currentTarget as HTMLInputElement).checked)}
              />
              {o}
            </label>
          ))}
        </div>
        <FieldMessages field={field} />
      </div>
    </fieldset>
  );
}

/** Findings of the whole form at the top, each linking to its field, so no error is ever out of sight. */
export function ErrorSummary({
  title,
  findings,
  linkFor,
}: {
  title?: Bilingual;
  findings: FieldFindings;
  /** Where a key's field is (default: `#<field id>` on this page). */
  linkFor?: (key: string) => string | undefined;
}) {
  const entries = Object.entries(findings).flatMap(([key, list]) => list.map((f) => ({ key, f })));
  if (!entries.length && !title) return null;
  const hasError = entries.some((e) => e.f.severity === 'error');
  return (
    <div class={`summary ${hasError || (title && !entries.length) ? 'summary-error' : 'summary-note'}`} role="alert">
      {title ? (
        <p class="summary-title">
          <Bi text={title} />
        </p>
      ) : null}
      {entries.length ? (
        <ul>
          {entries.map(({ key, f }, i) => {
            const href = linkFor ? linkFor(key) : `#${fieldId(key)}`;
            return (
              <li key={`${key}-${i}`}>
                {href ? (
                  <a
                    href={href}
                    onClick={(e) => {
                      if (!href.startsWith(`#${fieldId('')}`)) return;
                      // Focus the field instead of changing the hash route.
                      e.preventDefault();
                      const el = document.getElementById(href.slice(1));
                      el?.focus();
                      el?.scrollIntoView({ block: 'center' });
                    }}
                  >
                    {keyLabel(key)}
                  </a>
                ) : (
                  <strong>{keyLabel(key)}</strong>
                )}
                ：<Bi text={f.message} />
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}

/** A banner for messages that belong to no field (success, status, failure). */
export function Notice({ kind, children }: { kind: 'ok' | 'error' | 'info' | 'warn'; children: ComponentChildren }) {
  return (
    <div class={`notice notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
