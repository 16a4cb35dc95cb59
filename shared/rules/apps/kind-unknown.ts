import { defineRule, present } from '../define';
import { forEachApp } from './app-context';
import { APP_FILING_FROM, cite, MIIT_APP_NOTICE } from './sources';

export const appKindUnknown = defineRule({
  id: 'app.kind-unknown',
  fields: ['apps[].kind'],
  severity: 'warning',
  message: {
    zh: '应用类型「{kind}」无法识别；按 APP 检查。',
    en: 'The app type "{kind}" is not recognised; checked as an app.',
  },
  fix: {
    zh: '请选择 APP、小程序 或 快应用（草稿中写作 app、mini-program、quick-app）。',
    en: 'Choose APP, 小程序 (mini program) or 快应用 (quick app) (app, mini-program, quick-app in a draft).',
  },
  ...cite(MIIT_APP_NOTICE),
  effective: { from: APP_FILING_FROM },
  check(ctx) {
    return forEachApp(ctx, ({ app, prefix, kindKnown }) => {
      const kind = present(app.kind);
      return kind && !kindKnown ? { field: `${prefix}.kind`, params: { kind } } : undefined;
    });
  },
});
