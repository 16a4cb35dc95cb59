/**
 * One tab's filing, checked by the rules core (design §2). Runs in the background (the rules core
 * with its province packs, suffix lists and region data is far too big for a content script that is
 * parsed on every filing page: see the README's budget), and directly in unit tests.
 *
 * - The draft is merged across the pages of one tab: the website page does not show 主办单位所属区域
 *   or 主办单位性质, yet the province's website-name rules need them. Fields the current page shows
 *   always win (a field cleared on the page is cleared in the draft).
 * - Incremental checks: only the rules reading a changed field run (`checkDraft({fields})`), and their
 *   earlier findings are replaced; anything that changes which rules apply (province, date, filing
 *   type, nature) runs the full check instead.
 * - Secrets are never kept: the ICP filing password and the SMS code are checked, then dropped from
 *   the stored draft.
 */
import type { FilingDraft } from '../../shared/domain/draft';
import { FIELD_CATALOGUE, fieldPattern } from '../../shared/domain/fields';
import { type Finding, SEVERITY_RANK } from '../../shared/domain/finding';
import { getAt, setAt } from '../../shared/domain/paths';
import type { FilingPlan } from '../../shared/process/types';
import { checkDraft, planFor, rulesFor } from '../../shared/rules/engine';

export interface CheckRequest {
  /** What the page shows (read-draft). */
  draft: FilingDraft;
  /** Concrete paths of every field located on the page (shown, filled or not). */
  pageFields: string[];
  /** Paths changed since the last check: an incremental check. Absent: full check. */
  changed?: string[];
  /** Province (GB/T 2260 code or name) and date overrides from the settings. */
  overrides?: { province?: string; date?: string };
  /**
   * The date the page itself runs at (the simulator's simulated date), already checked to come from
   * a simulator page. The settings' date override wins over it; without either, today.
   */
  pageDate?: string;
}

export interface CheckOutcome {
  /** Every finding on the tab's merged draft, in the engine's order. */
  findings: Finding[];
  plan: FilingPlan;
  date: string;
  provinceCode?: string;
  /** Ids of the rules that ran (all of them on a full check). */
  rulesRun: string[];
  full: boolean;
}

/** Draft paths never stored, only checked. */
export const SECRET_PATHS = ['filingPassword', 'smsCheck.code'] as const;

/** The draft without the values that must never be stored. */
export function withoutSecrets(draft: FilingDraft): FilingDraft {
  const copy: FilingDraft = structuredClone(draft);
  delete copy.filingPassword;
  if (copy.smsCheck) delete copy.smsCheck.code;
  return copy;
}

function secretValues(draft: FilingDraft): string[] {
  return [draft.filingPassword, draft.smsCheck?.code].filter((v): v is string => !!v && v.trim().length >= 3);
}

/** Findings as stored: a message that quotes a secret (a rule echoing the value) has it masked. */
export function scrubFindings(findings: Finding[], secrets: string[]): Finding[] {
  if (!secrets.length) return findings;
  const mask = (text: string) => secrets.reduce((t, s) => t.split(s).join('***'), text);
  const bi = (b: Finding['message']) => ({ zh: mask(b.zh), en: mask(b.en) });
  return findings.map((f) => ({
    ...f,
    message: bi(f.message),
    ...(f.fix ? { fix: bi(f.fix) } : {}),
    ...(f.suggestion !== undefined ? { suggestion: mask(f.suggestion) } : {}),
  }));
}

function remove(root: FilingDraft, path: string) {
  const cut = path.lastIndexOf('.');
  const parent = cut < 0 ? root : getAt(root, path.slice(0, cut));
  const key = path.slice(cut + 1);
  if (parent && typeof parent === 'object' && !/\[\d+\]$/.test(key)) delete (parent as Record<string, unknown>)[key];
}

/**
 * The page's values over the tab's earlier ones. Subject and top-level fields merge field by field;
 * the website blocks and the SMS-check form are taken whole from the page that shows them (blocks are
 * numbered per page, so merging them index by index would mix websites).
 */
export function mergeDrafts(earlier: FilingDraft, page: FilingDraft, pageFields: readonly string[]): FilingDraft {
  const merged: FilingDraft = structuredClone(earlier);
  const showsWebsites = pageFields.some((p) => p.startsWith('websites['));
  const showsSms = pageFields.some((p) => p.startsWith('smsCheck.'));
  if (showsWebsites) {
    if (page.websites) merged.websites = structuredClone(page.websites);
    else delete merged.websites;
  }
  if (showsSms) {
    if (page.smsCheck) merged.smsCheck = structuredClone(page.smsCheck);
    else delete merged.smsCheck;
  }
  for (const path of pageFields) {
    if (path.startsWith('websites[') || path.startsWith('smsCheck.')) continue;
    const value = getAt(page, path);
    if (value === undefined) remove(merged, path);
    else setAt(merged, path, structuredClone(value));
  }
  if (merged.subject?.principal && !Object.keys(merged.subject.principal).length) delete merged.subject.principal;
  if (merged.subject && !Object.keys(merged.subject).length) delete merged.subject;
  return merged;
}

const FIELD_ORDER = new Map(FIELD_CATALOGUE.map((f, i) => [f.key, i]));
function websiteOf(path: string): number {
  return Number(/^websites\[(\d+)\]/.exec(path)?.[1] ?? -1);
}
/** The engine's order: subject before websites, catalogue order, severity, rule id. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    websiteOf(a.field) - websiteOf(b.field) ||
    (FIELD_ORDER.get(fieldPattern(a.field)) ?? 1e6) - (FIELD_ORDER.get(fieldPattern(b.field)) ?? 1e6) ||
    a.field.localeCompare(b.field, 'en', { numeric: true }) ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)
  );
}

/** Fields whose change alters which rules apply at all: always a full check. */
const SCOPE_FIELDS = new Set(['filingType', 'subject.nature', 'subject.province']);

export interface TabSessionState {
  draft: FilingDraft;
  findings: Finding[];
  date?: string;
  provinceCode?: string;
  filingType?: string;
  nature?: string;
}

export class TabCheckSession {
  private draft: FilingDraft;
  private findings: Finding[];
  private last?: { date: string; provinceCode?: string; filingType?: string; nature?: string };

  constructor(state?: TabSessionState) {
    this.draft = state?.draft ?? {};
    this.findings = state?.findings ?? [];
    if (state?.date)
      this.last = {
        date: state.date,
        ...(state.provinceCode ? { provinceCode: state.provinceCode } : {}),
        ...(state.filingType ? { filingType: state.filingType } : {}),
        ...(state.nature ? { nature: state.nature } : {}),
      };
  }

  /** What may be stored (storage.session, or storage.local with "remember this draft"): no secrets. */
  state(): TabSessionState {
    return {
      draft: withoutSecrets(this.draft),
      findings: scrubFindings(this.findings, secretValues(this.draft)),
      ...(this.last?.date ? { date: this.last.date } : {}),
      ...(this.last?.provinceCode ? { provinceCode: this.last.provinceCode } : {}),
      ...(this.last?.filingType ? { filingType: this.last.filingType } : {}),
      ...(this.last?.nature ? { nature: this.last.nature } : {}),
    };
  }

  /** The merged draft of the tab (with secrets, in memory only). */
  currentDraft(): FilingDraft {
    return this.draft;
  }

  check(request: CheckRequest): CheckOutcome {
    this.draft = mergeDrafts(this.draft, request.draft, request.pageFields);
    const options = {
      mode: 'page' as const,
      ...(request.overrides?.date
        ? { date: request.overrides.date }
        : request.pageDate
          ? { date: request.pageDate }
          : {}),
      ...(request.overrides?.province
        ? /^\d{2}$/.test(request.overrides.province)
          ? { provinceCode: request.overrides.province }
          : { province: request.overrides.province }
        : {}),
    };
    const changed = request.changed?.filter(Boolean) ?? [];
    const scopeChanged =
      !this.last ||
      changed.some((p) => SCOPE_FIELDS.has(p)) ||
      this.last.filingType !== this.draft.filingType ||
      this.last.nature !== this.draft.subject?.nature;
    let result = checkDraft(this.draft, {
      ...options,
      ...(request.changed && !scopeChanged ? { fields: changed } : {}),
    });
    let full = !request.changed || scopeChanged;
    if (!full && (result.date !== this.last?.date || result.provinceCode !== this.last?.provinceCode)) {
      // The province or date in force moved (an override changed): every rule may differ.
      result = checkDraft(this.draft, options);
      full = true;
    }
    let rulesRun: string[];
    if (full) {
      this.findings = result.findings;
      rulesRun = rulesFor(result.provinceCode, result.date).map((r) => r.id);
    } else {
      const patterns = new Set(changed.map(fieldPattern));
      const ran = new Set(
        rulesFor(result.provinceCode, result.date)
          .filter((r) => r.fields.some((f) => patterns.has(f)))
          .map((r) => r.id),
      );
      rulesRun = [...ran];
      this.findings = [...this.findings.filter((f) => !ran.has(f.rule)), ...result.findings].sort(compareFindings);
    }
    this.last = {
      date: result.date,
      ...(result.provinceCode ? { provinceCode: result.provinceCode } : {}),
      ...(this.draft.filingType ? { filingType: this.draft.filingType } : {}),
      ...(this.draft.subject?.nature ? { nature: this.draft.subject.nature } : {}),
    };
    return {
      findings: this.findings,
      // The plan follows the whole merged draft (phones, type, province), so it is built on every check.
      plan: planFor(this.draft, result),
      date: result.date,
      ...(result.provinceCode ? { provinceCode: result.provinceCode } : {}),
      rulesRun,
      full,
    };
  }
}
