/** A text in both languages the product speaks. zh-CN is the default language of the UI. */
export interface Bilingual {
  zh: string;
  en: string;
}

export type Lang = 'zh' | 'en';

/** Fill `{name}` placeholders in both languages from `params`. */
export function fillBilingual(text: Bilingual, params: Record<string, string | number> = {}): Bilingual {
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
  return { zh: fill(text.zh), en: fill(text.en) };
}
