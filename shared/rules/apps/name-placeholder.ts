import { defineRule, present } from '../define';
import { forEachApp } from './app-context';
import { APP_NAME_WORDS_SOURCE, PLACEHOLDER_MARKERS, PLACEHOLDER_NAMES } from './data-name-words';
import { APP_FILING_FROM, cite } from './sources';

const PLACEHOLDERS = new Set(PLACEHOLDER_NAMES.map((n) => n.toLowerCase().replace(/\s/g, '')));

export const appNamePlaceholder = defineRule({
  id: 'app.name-placeholder',
  fields: ['apps[].name'],
  severity: 'warning',
  message: {
    zh: 'APP名称「{name}」像是占位内容或模板默认名：APP名称不得含有占位符。',
    en: 'The app name "{name}" looks like a placeholder or a template default: app names may not contain placeholders.',
  },
  fix: {
    zh: '填写应用在商店和桌面上显示的正式名称（各平台一致）。',
    en: 'Enter the name the app shows in the stores and on the home screen (the same on every platform).',
  },
  ...cite(APP_NAME_WORDS_SOURCE),
  effective: { from: APP_FILING_FROM },
  examples: {
    fires: [
      { draft: { apps: [{ kind: 'app', name: '测试' }] }, field: 'apps[0].name', note: '「测试」' },
      { draft: { apps: [{ kind: 'app', name: '{app_name}' }] }, field: 'apps[0].name', note: 'template marker' },
      { draft: { apps: [{ kind: 'app', name: 'My Application' }] }, field: 'apps[0].name', note: 'IDE default' },
    ],
    passes: [
      { draft: { apps: [{ kind: 'app', name: '山水摄影记录' }] }, note: '「山水摄影记录」' },
      { draft: { apps: [{ kind: 'app', name: '测试工具箱' }] }, note: '「测试工具箱」: a name that contains 测试' },
    ],
  },
  check(ctx) {
    return forEachApp(ctx, ({ app, prefix }) => {
      const name = present(app.name);
      if (!name) return undefined;
      const flat = name.normalize('NFKC').toLowerCase().replace(/\s/g, '');
      return PLACEHOLDERS.has(flat) || PLACEHOLDER_MARKERS.test(name)
        ? { field: `${prefix}.name`, params: { name } }
        : undefined;
    });
  },
});
