/**
 * A step's "common mistake" (issue 16): the wrong value is in, the extension's hint for it is waited
 * for and opened fully (the field gets focus, as when a person clicks into it), and what it showed is
 * recorded beside what the rule says; "next" types the correct value and checks the hint went away.
 */
import { substitute, typingDelayMs } from '../../tours/runtime';
import type { Anchor, Step, Tour } from '../../tours/schema';
import { chooseOption, typeValue } from './dom';
import { findingForMistake, observeHint, waitHintOpen, waitRuleGone } from './hint-watch';
import { focusField, hintMessage } from './hints';
import type { PlayerState, StepResult } from './types';

/** What of the player a mistake step uses (implemented by TourController for one run token). */
export interface MistakeHost {
  /** Throws when the tour was stopped or restarted meanwhile. */
  check(): void;
  simState(): Promise<unknown>;
  element(anchor: Anchor, timeoutMs: number): Promise<Element>;
  waitForOption(el: Element, wanted: string, timeoutMs: number): Promise<void>;
  timeout(step: Step): number;
  verify(step: Step): Promise<void>;
}

export async function showMistake(
  host: MistakeHost,
  tour: Tour,
  index: number,
  r: StepResult,
  el: Element,
  value: string,
  rule: string | undefined,
): Promise<void> {
  const seen = await observeHint(el, value, rule, host.check);
  r.mistake = seen;
  const finding = findingForMistake(tour, index, await host.simState());
  if (finding) seen.message = finding.message;
  if (seen.hintSeen) {
    focusField(el);
    seen.hintOpen = await waitHintOpen(el, host.check);
    seen.hintText = hintMessage(el, rule) ?? '';
  }
}

export async function correctMistake(host: MistakeHost, step: Step, s: PlayerState, r: StepResult): Promise<void> {
  if (step.kind !== 'fill' && step.kind !== 'select') {
    s.phase = 'shown';
    return;
  }
  const el = await host.element(step.anchor, host.timeout(step));
  const value = substitute(step.value, s.vars);
  if (step.kind === 'fill') await typeValue(el, value, typingDelayMs(s.speed));
  else {
    await host.waitForOption(el, value, host.timeout(step));
    chooseOption(el, value);
  }
  if (r.mistake && step.mistake?.expectRule) {
    r.mistake.hintCleared = r.mistake.extensionPresent
      ? await waitRuleGone(el, step.mistake.expectRule, host.check)
      : null;
  }
  await host.verify(step);
  s.phase = 'shown';
}
