/**
 * Hand-written guards for what the content script receives, so that it carries no zod (about 8 KB
 * gzip of a 20 KB budget; issue 17 item 4). The background and the panel keep the zod/mini schemas
 * of messaging.ts; tests/unit/extension/content-guards.test.ts holds these guards to the same
 * verdicts as `CheckReplySchema` and `PanelMessageSchema`, so the two cannot drift apart unnoticed.
 *
 * Like the schemas, a guard returns a copy with only the known keys (unknown keys are dropped), or
 * `undefined` when anything does not match.
 */
import type { FieldSpec } from '../shared/domain/fields';
import type { Citation, FindingMessage, PanelMessage } from './messaging';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
/** An optional key: absent (or `undefined`) passes; present must pass `ok`. */
const opt = (v: unknown, ok: (x: unknown) => boolean): boolean => v === undefined || ok(v);

const SEVERITIES = ['error', 'warning', 'info'];
const DATE_SOURCES = ['override', 'page', 'today'];
const STEPS = ['type', 'product', 'subject', 'website', 'app', 'upload', 'sms-check', 'access'];

function bilingual(v: unknown): { zh: string; en: string } | undefined {
  if (!isObj(v) || !isStr(v.zh, 4000) || !isStr(v.en, 4000)) return undefined;
  return { zh: v.zh, en: v.en };
}

/** Copies the optional string keys that are present. */
function copyStrings(from: Obj, to: Obj, keys: readonly string[]): void {
  for (const k of keys) if (from[k] !== undefined) to[k] = from[k];
}

function citation(v: unknown): Citation | undefined {
  if (!isObj(v) || !isStr(v.title, 500) || !isStr(v.publisher, 300)) return undefined;
  if (!opt(v.date, (x) => isStr(x, 40)) || !opt(v.url, (x) => isStr(x, 1000)) || !opt(v.section, (x) => isStr(x, 200)))
    return undefined;
  const out: Obj = { title: v.title, publisher: v.publisher };
  copyStrings(v, out, ['date', 'url', 'section']);
  return out as unknown as Citation;
}

/** Each item through `item`, at most `max` of them; undefined if any fails. */
function list<T>(v: unknown, max: number, item: (x: unknown) => T | undefined): T[] | undefined {
  if (!Array.isArray(v) || v.length > max) return undefined;
  const out: T[] = [];
  for (const x of v) {
    const ok = item(x);
    if (ok === undefined) return undefined;
    out.push(ok);
  }
  return out;
}

/** One finding as `FindingSchema` accepts it. */
export function guardFinding(v: unknown): FindingMessage | undefined {
  if (!isObj(v) || !isStr(v.field, 200) || !isStr(v.rule, 200) || !isStr(v.source, 1000)) return undefined;
  if (typeof v.severity !== 'string' || !SEVERITIES.includes(v.severity)) return undefined;
  const message = bilingual(v.message);
  if (!message) return undefined;
  const out: Obj = { field: v.field, rule: v.rule, severity: v.severity, message, source: v.source };
  if (v.fix !== undefined) {
    const fix = bilingual(v.fix);
    if (!fix) return undefined;
    out.fix = fix;
  }
  if (!opt(v.sourceUrl, (x) => isStr(x, 1000)) || !opt(v.suggestion, (x) => isStr(x, 1000))) return undefined;
  copyStrings(v, out, ['sourceUrl', 'suggestion']);
  if (v.citations !== undefined) {
    const citations = list(v.citations, 10, citation);
    if (!citations) return undefined;
    out.citations = citations;
  }
  if (v.effective !== undefined) {
    const e = v.effective;
    if (!isObj(e) || !opt(e.from, (x) => isStr(x, 40)) || !opt(e.until, (x) => isStr(x, 40))) return undefined;
    const effective: Obj = {};
    copyStrings(e, effective, ['from', 'until']);
    out.effective = effective;
  }
  if (v.attested !== undefined) {
    const attested = list(v.attested, 10, (a) =>
      isObj(a) && isStr(a.date, 40) && isStr(a.by, 500) ? { date: a.date, by: a.by } : undefined,
    );
    if (!attested) return undefined;
    out.attested = attested;
  }
  return out as unknown as FindingMessage;
}

/** What the content script uses of a check reply; the plan is passed on unread (the panel validates it). */
export interface ContentCheckReply {
  findings: FindingMessage[];
  plan?: unknown;
  date: string;
  dateSource?: 'override' | 'page' | 'today';
  provinceCode?: string;
}

/** A successful check reply from the background, or undefined (malformed, or `ok: false`). */
export function guardCheckReply(v: unknown): ContentCheckReply | undefined {
  if (!isObj(v) || v.ok !== true || !isStr(v.date, 10)) return undefined;
  if (!opt(v.provinceCode, (x) => isStr(x, 10))) return undefined;
  if (!opt(v.dateSource, (x) => typeof x === 'string' && DATE_SOURCES.includes(x))) return undefined;
  if (!isObj(v.plan)) return undefined;
  const findings = list(v.findings, 2000, guardFinding);
  if (!findings) return undefined;
  const out: Obj = { findings, plan: v.plan, date: v.date };
  copyStrings(v, out, ['dateSource', 'provinceCode']);
  return out as unknown as ContentCheckReply;
}

/** A message from the panel to this tab's content script, or undefined. */
export function guardPanelMessage(v: unknown): PanelMessage | undefined {
  if (!isObj(v)) return undefined;
  if (v.type === 'focus-field') return isStr(v.path, 200) ? { type: 'focus-field', path: v.path } : undefined;
  if (v.type === 'rescan' || v.type === 'timings') return { type: v.type };
  return undefined;
}

const isStrList = (v: unknown, max: number, each: number): v is string[] =>
  Array.isArray(v) && v.length <= max && v.every((x) => isStr(x, each));

/** One catalogue entry as `CatalogueFieldSchema` accepts it. */
function catalogueField(v: unknown): FieldSpec | undefined {
  if (!isObj(v) || !isStr(v.key, 200) || !isStr(v.kind, 40) || !isStr(v.spec, 500)) return undefined;
  if (typeof v.step !== 'string' || !STEPS.includes(v.step)) return undefined;
  const label = v.label;
  if (!isObj(label) || !isStr(label.zh, 200) || !isStr(label.en, 200) || !isStrList(v.aliases, 50, 200))
    return undefined;
  if (!opt(v.filingTypes, (x) => isStrList(x, 20, 40))) return undefined;
  const out: Obj = { key: v.key, label: { zh: label.zh, en: label.en }, aliases: [...v.aliases], kind: v.kind };
  out.step = v.step;
  if (v.filingTypes !== undefined) out.filingTypes = [...(v.filingTypes as string[])];
  out.spec = v.spec;
  return out as unknown as FieldSpec;
}

/** The field catalogue the background sent (`CatalogueReplySchema`), or undefined. */
export function guardCatalogueReply(v: unknown): FieldSpec[] | undefined {
  if (!isObj(v) || v.ok !== true) return undefined;
  return list(v.fields, 500, catalogueField);
}
