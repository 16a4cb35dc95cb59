import { defineRule, present } from '../define';
import { forEachApp } from './app-context';
import { APP_NAME_WORDS_SOURCE, GENERIC_APP_NAMES, GENERIC_SUFFIXES } from './data-name-words';
import { APP_FILING_FROM, cite } from './sources';

const GENERIC = new Set(GENERIC_APP_NAMES);

/** The name without spaces and without a trailing 「APP」「应用」…, as compared with the generic list. */
function core(name: string): string {
  let s = name.normalize('NFKC').replace(/\s/g, '');
  for (const suffix of GENERIC_SUFFIXES)
    if (s.length > suffix.length && s.endsWith(suffix)) s = s.slice(0, -suffix.length);
  return s;
}

export const appNameGeneric = defineRule({
  id: 'app.name-generic',
  fields: ['apps[].name'],
  severity: 'warning',
  message: {
    zh: 'APP名称「{name}」只是一个泛称（{word}），不具辨识性：不得使用广义归纳、行业名词作名称。',
    en: 'The app name "{name}" is only a generic word ({word}) and does not identify the app: generic and industry terms may not be used as names.',
  },
  fix: {
    zh: '加上品牌或主体字号，如「西湖{word}」。',
    en: 'Add a brand or the subject’s trade name, such as 西湖{word}.',
  },
  ...cite(APP_NAME_WORDS_SOURCE),
  effective: { from: APP_FILING_FROM },
  examples: {
    fires: [
      { draft: { apps: [{ kind: 'app', name: '天气APP' }] }, field: 'apps[0].name', note: '「天气APP」' },
      { draft: { apps: [{ kind: 'app', name: '计算器' }] }, field: 'apps[0].name', note: '「计算器」' },
    ],
    passes: [
      { draft: { apps: [{ kind: 'app', name: '西湖天气' }] }, note: '「西湖天气」: a brand before the word' },
      { draft: { apps: [{ kind: 'app', name: '山水相册' }] }, note: '「山水相册」' },
    ],
  },
  check(ctx) {
    return forEachApp(ctx, ({ app, prefix }) => {
      const name = present(app.name);
      const word = name ? core(name) : '';
      return name && GENERIC.has(word) ? { field: `${prefix}.name`, params: { name, word } } : undefined;
    });
  },
});
