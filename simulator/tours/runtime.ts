/**
 * Pure helpers of the tour player (no DOM): remembered values, JSON paths into the simulator's
 * answers, step titles for the step list, reading time per speed, and the URL contract that starts
 * a tour (`/beian/?tour=<id>&autoplay=fast&lang=en&presenter=1`).
 */
import type { Anchor, Condition, Step, Tour } from './schema';

export type Lang = 'zh' | 'en';
export type Speed = 'slow' | 'normal' | 'fast';
export const SPEEDS: readonly Speed[] = ['slow', 'normal', 'fast'];

/** `{{code:13812345678}}` → the remembered value; an unknown name is an error the card shows. */
export function substitute(text: string, vars: Readonly<Record<string, string>>): string {
  return text.replace(/\{\{\s*([^}\s]+)\s*\}\}/g, (_m, name: string) => {
    const v = vars[name];
    if (v === undefined) throw new Error(`no remembered value "${name}" (a readSms or remember step must come first)`);
    return v;
  });
}

/** Names a text refers to with `{{…}}`. */
export function referencedVars(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([^}\s]+)\s*\}\}/g)].map((m) => m[1] ?? '');
}

/** `subjects[0].password`, `orders[-1].id` (negative index counts from the end) in a JSON value. */
export function getPath(value: unknown, path: string): unknown {
  const parts = path.match(/[^.[\]]+|\[-?\d+\]/g) ?? [];
  let cur: unknown = value;
  for (const raw of parts) {
    if (cur === null || cur === undefined) return undefined;
    const index = /^\[(-?\d+)\]$/.exec(raw);
    if (index) {
      if (!Array.isArray(cur)) return undefined;
      const i = Number(index[1]);
      cur = cur[i < 0 ? cur.length + i : i];
    } else {
      cur = (cur as Record<string, unknown>)[raw];
    }
  }
  return cur;
}

export function describeAnchor(a: Anchor): string {
  const own =
    a.label !== undefined
      ? `「${a.label}」`
      : a.role !== undefined
        ? `${a.role}「${a.name ?? ''}」`
        : `“${a.text ?? ''}”`;
  return a.within ? `${own} ⊂ ${describeAnchor(a.within)}` : own;
}

function anchorName(a: Anchor | undefined): string {
  if (!a) return '';
  return a.label ?? a.name ?? a.text ?? '';
}

/** The first clause of a callout, shortened for the step list. */
function summary(text: string, lang: Lang): string {
  const first = text.split(lang === 'zh' ? /[。：；！？]/ : /[.:;!?](?:\s|$)/)[0]?.trim() ?? text;
  const max = lang === 'zh' ? 18 : 48;
  return first.length > max ? `${first.slice(0, max - 1)}…` : first;
}

/** Short bilingual name of a step for the step list. */
export function stepTitle(step: Step, lang: Lang): string {
  if (step.title) return step.title[lang];
  const name = anchorName('anchor' in step ? step.anchor : undefined);
  const zh = lang === 'zh';
  switch (step.kind) {
    case 'goto':
      return zh ? `打开 ${step.path}` : `Open ${step.path}`;
    case 'fill':
      return zh ? `填写「${name}」` : `Fill in 「${name}」`;
    case 'select':
      return zh ? `选择「${name}」：${step.value}` : `Choose 「${name}」: ${step.value}`;
    case 'check':
      return zh ? `勾选「${name}」` : `Tick 「${name}」`;
    case 'upload':
      return zh ? `上传「${name}」` : `Upload 「${name}」`;
    case 'click':
      return zh ? `点击「${name}」` : `Press 「${name}」`;
    case 'waitFor':
      return summary(step.callout[lang], lang);
    case 'advanceClock':
      return zh ? `时间前进 ${step.duration}` : `Clock +${step.duration}`;
    case 'review':
      return zh
        ? `${{ initial: '初审', photo: '照片审核', bureau: '管局审核' }[step.stage]}${step.decision === 'approve' ? '通过' : '驳回'}`
        : `${step.stage} review: ${step.decision}`;
    case 'readSms':
      return zh ? `查看 ${step.mobile} 的短信` : `Read the SMS to ${step.mobile}`;
    case 'remember':
    case 'note':
      return summary(step.callout[lang], lang);
  }
}

/** How long autoplay leaves a callout up: long enough to read it aloud at that speed. */
export function readingTimeMs(text: string, speed: Speed): number {
  if (speed === 'fast') return 0;
  const perChar = speed === 'slow' ? 220 : 120;
  const min = speed === 'slow' ? 5000 : 3000;
  return Math.min(30_000, Math.max(min, text.length * perChar));
}

/** Delay between typed characters when a presenter watches (none when fast). */
export function typingDelayMs(speed: Speed): number {
  return speed === 'fast' ? 0 : speed === 'slow' ? 90 : 45;
}

export interface StartRequest {
  tour: string;
  /** Autoplay speed, or undefined for manual stepping. */
  autoplay?: Speed;
  /** Typing and reading speed without autoplay (`speed=fast`: values appear at once). */
  speed?: Speed;
  lang?: Lang;
  presenter?: boolean;
  /** Jump straight to this step (0-based) after the start. */
  step?: number;
  /** `reset=1`: the caller (a script) agrees that the state is replaced; no confirmation is asked. */
  reset?: boolean;
}

/**
 * The URL contract: `?tour=<id>` starts that tour from its scenario; `autoplay=fast|normal|slow`
 * (`1`/`on` = normal, `0`/`off` = manual); `speed=fast|normal|slow` without autoplay; `lang=zh|en`;
 * `presenter=1`; `step=<n>` (1-based, as shown); `reset=1` (scripts: replace the state without asking).
 */
export function parseStartRequest(search: string): StartRequest | undefined {
  const q = new URLSearchParams(search);
  const tour = q.get('tour');
  if (!tour) return undefined;
  const req: StartRequest = { tour };
  const auto = q.get('autoplay');
  if (auto === 'fast' || auto === 'normal' || auto === 'slow') req.autoplay = auto;
  else if (auto === '1' || auto === 'on' || auto === 'true') req.autoplay = 'normal';
  const speed = q.get('speed');
  if (speed === 'fast' || speed === 'normal' || speed === 'slow') req.speed = speed;
  const lang = q.get('lang');
  if (lang === 'zh' || lang === 'en') req.lang = lang;
  const presenter = q.get('presenter');
  if (presenter === '1' || presenter === 'true' || presenter === 'on') req.presenter = true;
  const reset = q.get('reset');
  if (reset === '1' || reset === 'true') req.reset = true;
  const step = Number(q.get('step'));
  if (Number.isInteger(step) && step >= 1) req.step = step - 1;
  return req;
}

/** The query keys of the contract, removed from the address bar once the tour has started. */
export const START_KEYS = ['tour', 'autoplay', 'speed', 'lang', 'presenter', 'step', 'reset'] as const;

/** Every remembered name a tour uses before a step defines it, as `step id: name` (empty when sound). */
export function undefinedVarUses(tour: Tour): string[] {
  const known = new Set<string>();
  const problems: string[] = [];
  const texts = (s: Step): string[] => {
    const out: string[] = [];
    if (s.kind === 'fill' || s.kind === 'select') out.push(s.value);
    if (s.kind === 'goto') out.push(s.path);
    if (s.kind === 'review' && s.order) out.push(s.order);
    const conds: Condition[] = [...(s.expect ?? []), ...(s.kind === 'waitFor' ? [s.until] : [])];
    for (const c of conds) {
      if (c.order) out.push(c.order);
      if (c.value !== undefined) out.push(c.value);
      if (c.text) out.push(c.text);
    }
    return out;
  };
  for (const s of tour.steps) {
    for (const t of texts(s))
      for (const name of referencedVars(t)) if (!known.has(name)) problems.push(`${s.id}: ${name}`);
    if (s.kind === 'readSms') known.add(s.as ?? `code:${s.mobile}`);
    if (s.kind === 'remember') known.add(s.as);
  }
  return problems;
}
