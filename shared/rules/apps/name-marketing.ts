import { defineRule, present } from '../define';
import { forEachApp } from './app-context';
import { APP_NAME_WORDS_SOURCE, MARKETING_WORDS } from './data-name-words';
import { APP_FILING_FROM, cite } from './sources';

export const appNameMarketing = defineRule({
  id: 'app.name-marketing',
  fields: ['apps[].name'],
  severity: 'warning',
  message: {
    zh: 'APP名称「{name}」含定价或营销词「{words}」：APP名称不得包含定价或营销属性词汇。',
    en: 'The app name "{name}" contains price or marketing words ({words}): app names may not contain them.',
  },
  fix: { zh: '删去「{words}」，保留应用本身的名称。', en: 'Remove {words} and keep the name of the app itself.' },
  ...cite(APP_NAME_WORDS_SOURCE),
  effective: { from: APP_FILING_FROM },
  examples: {
    fires: [
      { draft: { apps: [{ kind: 'app', name: '山水摄影 限时免费' }] }, field: 'apps[0].name', note: '「限时免费」' },
      { draft: { apps: [{ kind: 'app', name: '山水商城包邮' }] }, field: 'apps[0].name', note: '「包邮」' },
    ],
    passes: [
      { draft: { apps: [{ kind: 'app', name: '山水摄影记录' }] }, note: '「山水摄影记录」' },
      { draft: { apps: [{ kind: 'app', name: '山水商城' }] }, note: '「山水商城」' },
    ],
  },
  check(ctx) {
    return forEachApp(ctx, ({ app, prefix }) => {
      const name = present(app.name);
      if (!name) return undefined;
      const flat = name.normalize('NFKC');
      const words = MARKETING_WORDS.filter((w) => flat.includes(w));
      return words.length ? { field: `${prefix}.name`, params: { name, words: words.join('、') } } : undefined;
    });
  },
});
