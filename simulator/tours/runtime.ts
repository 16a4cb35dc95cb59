/**
 * Pure helpers of the tour player (no DOM): remembered values, JSON paths into the simulator's
 * answers, step titles for the step list, reading time per speed, and the URL contract that starts
 * a tour (`/beian/?tour=<id>&autoplay=fast&lang=en&presenter=1`).
 */
import { type Anchor, CHAPTERS, type ChapterId, type Condition, type Step, type Tour } from './schema';

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
  // A remembered value (`删除（{{sn1}}）`) is not known until the step runs: the list names the button.
  return (a.label ?? a.name ?? a.text ?? '').replace(/（?\{\{[^}]*\}\}）?/g, '').trim();
}

/** The first clause of a callout, shortened for the step list. */
function summary(text: string, lang: Lang): string {
  const first = text.split(lang === 'zh' ? /[。：；！？]/ : /[.:;!?](?:\s|$)/)[0]?.trim() ?? text;
  const max = lang === 'zh' ? 18 : 48;
  return first.length > max ? `${first.slice(0, max - 1)}…` : first;
}

/** The simulator's pages by path, as a person names them (never the URL). */
const PAGE_NAMES: readonly [RegExp, { zh: string; en: string }][] = [
  [/^\/beian\/#\/start/, { zh: '「开始备案」', en: 'Start filing' }],
  [/^\/beian\/#\/claim/, { zh: '「认领原万网备案」', en: 'the Wanwang claim page' }],
  [/^\/beian\/#\/service-numbers/, { zh: '「备案服务号」', en: 'the service numbers' }],
  [/^\/beian\/#\/order\/[^/]+\/status/, { zh: '备案进度', en: 'the filing status' }],
  [/^\/beian\/#\/order\//, { zh: '备案订单', en: 'the filing order' }],
  [/^\/beian\//, { zh: '「我的备案」', en: 'My filings' }],
  [/^\/phone\/#\/m\/\d+\/app/, { zh: '手机上的管局APP', en: "the bureau's app on the phone" }],
  [/^\/phone\//, { zh: '手机', en: 'the phone' }],
  [/^\/bureau\//, { zh: '管局网站', en: "the bureau's site" }],
  [/^\/console\//, { zh: '控制台', en: 'the console' }],
];

export function pageName(path: string): { zh: string; en: string } {
  return PAGE_NAMES.find(([re]) => re.test(path))?.[1] ?? { zh: '页面', en: 'the page' };
}

/** `PT6M` → 6 分钟 / 6 minutes; `PT24H` → 24 小时; `P3D` → 3 天. */
export function durationText(iso: string): { zh: string; en: string } {
  const m = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(iso);
  const units: [string | undefined, string, string][] = [
    [m?.[1], '周', 'week'],
    [m?.[2], '天', 'day'],
    [m?.[3], '小时', 'hour'],
    [m?.[4], '分钟', 'minute'],
    [m?.[5], '秒', 'second'],
  ];
  const parts = units.filter(([n]) => n !== undefined && Number(n) > 0);
  return {
    zh: parts.map(([n, zh]) => `${n} ${zh}`).join(' '),
    en: parts.map(([n, , en]) => `${n} ${en}${Number(n) === 1 ? '' : 's'}`).join(' '),
  };
}

/** The chapter of step `index` (the last chapter starting at or before it). */
export function chapterAt(tour: Tour, index: number): { id: ChapterId; title: { zh: string; en: string } } | undefined {
  let found: ChapterId | undefined;
  for (const c of tour.chapters ?? []) {
    const at = tour.steps.findIndex((s) => s.id === c.from);
    if (at >= 0 && at <= index) found = c.chapter;
  }
  return found ? { id: found, title: CHAPTERS[found] } : undefined;
}

/** Whether the step shows a common mistake first. */
export function hasMistake(step: Step): boolean {
  return (step.kind === 'fill' || step.kind === 'select') && step.mistake !== undefined;
}

/** Short bilingual name of a step for the step list. */
export function stepTitle(step: Step, lang: Lang): string {
  if (step.title) return step.title[lang];
  const name = anchorName('anchor' in step ? step.anchor : undefined);
  const zh = lang === 'zh';
  switch (step.kind) {
    case 'goto': {
      const page = pageName(step.path);
      return zh ? `打开${page.zh}` : `Open ${page.en}`;
    }
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
    case 'advanceClock': {
      const d = durationText(step.duration);
      return zh ? `${d.zh}之后` : `${d.en} later`;
    }
    case 'review':
      return zh
        ? `${{ initial: '初审', photo: '照片审核', bureau: '管局审核' }[step.stage]}${step.decision === 'approve' ? '通过' : '驳回'}`
        : `${{ initial: 'Initial review', photo: 'Photo review', bureau: 'Bureau review' }[step.stage]} ${step.decision === 'approve' ? 'passed' : 'rejected'}`;
    case 'readSms':
      return zh
        ? `查看尾号 ${step.mobile.slice(-4)} 的短信`
        : `Read the SMS on the phone ending ${step.mobile.slice(-4)}`;
    case 'remember':
    case 'note':
      return summary(step.callout[lang], lang);
  }
}

/**
 * How long autoplay leaves a callout up: by the amount of text (a Chinese character or an English
 * word is one unit), so a short step moves on in a few seconds and a long one stays to be read.
 */
export function readingTimeMs(text: string, speed: Speed): number {
  if (speed === 'fast') return 0;
  const cjk = (text.match(/[\u3400-\u9fff]/g) ?? []).length;
  const words = (text.replace(/[\u3400-\u9fff]/g, ' ').match(/[A-Za-z0-9][\w'’.-]*/g) ?? []).length;
  const units = cjk + words * 1.6;
  const perUnit = speed === 'slow' ? 120 : 75;
  const base = speed === 'slow' ? 2000 : 1200;
  const min = speed === 'slow' ? 3000 : 2000;
  return Math.round(Math.min(25_000, Math.max(min, base + units * perUnit)));
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
    for (const item of 'also' in s ? (s.also ?? []) : []) if ('value' in item) out.push(item.value);
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

/** The world every unprefixed simulator path belongs to (design §6 worlds). */
export const DEFAULT_WORLD = 'default';

/** The world a tour runs in, so the default world is never replaced: `tour-<tour id>` (world ids are 1–40 of `a-z0-9-`). */
export function tourWorldId(tourId: string): string {
  return `tour-${tourId}`.slice(0, 40).replace(/-+$/, '');
}

/** The world of a page path: `/w/<id>/beian/` → `<id>`, an unprefixed path → `default`. */
export function worldOfPath(pathname: string): string {
  return /^\/w\/([a-z0-9-]{1,40})(?=\/)/.exec(pathname)?.[1] ?? DEFAULT_WORLD;
}

/** A simulator path (`/beian/#/start`, `/__sim/state`, `/api/…`) in `world`; the list of worlds is shared. */
export function inWorld(world: string, path: string): string {
  if (world === DEFAULT_WORLD || !path.startsWith('/') || path.startsWith('//')) return path;
  if (path.startsWith('/__sim/worlds') || path.startsWith('/w/')) return path;
  return `/w/${world}${path}`;
}

/** The chapters of a tour with the steps each covers (0-based, inclusive), for the step list and handouts. */
export function chapterOutline(
  tour: Tour,
): { id: ChapterId; title: { zh: string; en: string }; from: number; to: number }[] {
  const starts = (tour.chapters ?? [])
    .map((c) => ({ id: c.chapter, from: tour.steps.findIndex((s) => s.id === c.from) }))
    .filter((c) => c.from >= 0);
  return starts.map((c, i) => ({
    id: c.id,
    title: CHAPTERS[c.id],
    from: c.from,
    to: (starts[i + 1]?.from ?? tour.steps.length) - 1,
  }));
}
