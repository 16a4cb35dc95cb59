/** A text in both languages the product speaks. zh-CN is the default language of the UI. */
export interface Bilingual {
  zh: string;
  en: string;
}

export type Lang = 'zh' | 'en';

/** Message templates split at their placeholders once (`a {x} b` → `['a ', 'x', ' b']`): every finding fills one. */
const TEMPLATES = new Map<string, string[]>();

/** `{name}` placeholders filled from `params`; a name not in `params` stays as it is. */
function fillTemplate(s: string, params: Record<string, string | number>): string {
  if (!s.includes('{')) return s;
  let parts = TEMPLATES.get(s);
  if (!parts) {
    parts = s.split(/\{(\w+)\}/);
    if (TEMPLATES.size < 5000) TEMPLATES.set(s, parts);
  }
  let out = parts[0] ?? '';
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i] as string;
    out += (key in params ? String(params[key]) : `{${key}}`) + (parts[i + 1] ?? '');
  }
  return out;
}

/** Fill `{name}` placeholders in both languages from `params`. */
export function fillBilingual(text: Bilingual, params: Record<string, string | number> = {}): Bilingual {
  return { zh: fillTemplate(text.zh, params), en: fillTemplate(text.en, params) };
}
