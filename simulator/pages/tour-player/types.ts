/** The player's state and per-step results, as saved in sessionStorage and mirrored for tests. */
import type { Bilingual } from '../../../shared/domain/bilingual';
import type { Lang, Speed } from '../../tours/runtime';
import type { Step } from '../../tours/schema';

export type Phase = 'resetting' | 'entering' | 'mistake' | 'shown' | 'verify' | 'done' | 'failed';

export interface CheckResult {
  what: string;
  ok: boolean;
  detail?: string;
}

export interface MistakeResult {
  value: string;
  expectRule?: string;
  /** The extension's `data-icp-field` on the control while the mistake was shown. */
  field: string | null;
  /** The extension's `data-icp-rules` on the control while the mistake was shown. */
  rulesSeen: string;
  hintSeen: boolean;
  /** The hint was open (fix and source shown) while the mistake was on screen. */
  hintOpen?: boolean;
  /** The message line of the hint the extension drew for the rule. */
  hintText?: string;
  /** What the rule says about the wrong value (rules core), quoted on the card. */
  message?: Bilingual;
  /** The expected rule left the control after the correction (null: the extension is not there). */
  hintCleared: boolean | null;
  extensionPresent: boolean;
}

/** One measurement of the drawn card and list against the step's element and its hints. */
export interface LayoutMeasure {
  target: boolean;
  hint: boolean;
  /** How many extension hints for the field were drawn. */
  hints: number;
  presenter: boolean;
  viewport: string;
}

export interface StepResult {
  index: number;
  id: string;
  kind: Step['kind'];
  ok: boolean;
  checks: CheckResult[];
  mistake?: MistakeResult;
  /** Whether the card or the step list ever covered the step's element or the extension's hint for it. */
  overlap?: boolean;
  /** The drawn card measured against the element and its hints: how often, and what it covered where. */
  layout?: { measured: number; covered: string[]; hintsSeen: number };
  /** Executed quickly to reach a later step (jump), without its callout. */
  replayed: boolean;
  error?: string;
  ms: number;
}

export interface PlayerState {
  v: 1;
  tourId: string;
  index: number;
  phase: Phase;
  lang: Lang;
  autoplay: boolean;
  speed: Speed;
  presenter: boolean;
  listOpen: boolean;
  /** The card is minimised to the launcher (Esc); the tour keeps its place. */
  hidden: boolean;
  /** Replaying quickly until this step is reached. */
  replayTo: number | null;
  vars: Record<string, string>;
  results: (StepResult | null)[];
  error?: string;
  /** A fresh page load is due at the first goto after a reset. */
  fresh: boolean;
  /**
   * The simulator settings as they were before the tour changed them (captcha and the tour's own),
   * put back when the tour ends (done or stopped). Kept across restarts and jumps.
   */
  restore?: Record<string, unknown>;
  navAttempts: number;
  /**
   * The simulator world the tour runs in (design §6 worlds): its own `tour-<id>` (the default world
   * is left alone), or the page's world for the legacy `reset=1` path. Absent in older saved states: `default`.
   */
  world?: string;
  /** The tour's own world (created or reused), not a world someone was working in. */
  ownWorld?: boolean;
}
