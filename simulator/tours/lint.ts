/**
 * What a trainer needs from a tour beyond the schema (issue 16), as a list of problems: chapters,
 * human step titles (no command, URL or duration code in the step list), trivial steps merged, and
 * every "common mistake" marked as one. The unit tests run it on every tour file.
 */
import { stepTitle } from './runtime';
import type { Step, Tour } from './schema';

/** Text in a step title that reads as a command or an address, not as what happens. */
const COMMAND_LIKE: readonly [RegExp, string][] = [
  [/\/(beian|phone|bureau|console|api|__sim)\b|#\//, 'a path'],
  [/https?:\/\//, 'a URL'],
  [/\{\{/, 'a placeholder'],
  [/\bP?T?\d+[HMSDW]\b/, 'an ISO duration'],
  [/\b(goto|waitFor|advanceClock|readSms)\b|^(fill|select|check|upload|click|review|remember|note)\b/, 'a step kind'],
  [/\b[a-z]+[A-Z][A-Za-z]*\b|\b[a-z0-9]+-[a-z0-9]+-[a-z0-9]+\b|\b[a-z]-[a-z]+/, 'an identifier'],
  [/^(Clock|Open|Goto)\s*[+/]/i, 'a command'],
];

/** Fields a page sets in one go with the region: a step of their own is filler (「选择城市：杭州市」). */
const REGION_PARTS = new Set(['subject.city', 'subject.district']);

const MISTAKE_WORDS = { zh: /常见错误/, en: /common mistake/i };

function titleProblems(step: Step): string[] {
  const out: string[] = [];
  for (const lang of ['zh', 'en'] as const) {
    const title = stepTitle(step, lang).trim();
    if (!title) out.push(`${step.id}: empty ${lang} title`);
    for (const [re, what] of COMMAND_LIKE)
      if (re.test(title)) out.push(`${step.id}: the ${lang} title 「${title}」 reads as ${what}`);
  }
  return out;
}

export function tourProblems(tour: Tour): string[] {
  const problems: string[] = [];
  const chapters = tour.chapters ?? [];
  if (chapters.length === 0) problems.push('no chapters');
  else if (tour.steps.length >= 8 && chapters.length < 2) problems.push('a tour of 8 steps or more has one chapter');
  for (const step of tour.steps) {
    problems.push(...titleProblems(step));
    if ((step.kind === 'fill' || step.kind === 'select') && step.field && REGION_PARTS.has(step.field))
      problems.push(`${step.id}: ${step.field} is a step of its own (set it with the region, as \`also\`)`);
    const hasMistake = (step.kind === 'fill' || step.kind === 'select') && step.mistake !== undefined;
    const speaksOfMistake = MISTAKE_WORDS.zh.test(step.callout.zh) || MISTAKE_WORDS.en.test(step.callout.en);
    if (speaksOfMistake && !hasMistake)
      problems.push(`${step.id}: the callout shows a common mistake but the step has no \`mistake\` (unmarked)`);
    if ((step.kind === 'fill' || step.kind === 'select') && step.mistake) {
      const c = step.mistake.callout;
      if (!MISTAKE_WORDS.zh.test(c.zh) || !MISTAKE_WORDS.en.test(c.en))
        problems.push(`${step.id}: the mistake's callout does not say 常见错误 / Common mistake`);
    }
  }
  return problems;
}
