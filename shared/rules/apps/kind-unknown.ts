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
  examples: {
    fires: [
      { draft: { apps: [{ kind: '网站', name: '山水摄影记录' }] }, field: 'apps[0].kind', note: 'type 网站' },
      { draft: { apps: [{ kind: 'H5应用', name: '山水摄影记录' }] }, field: 'apps[0].kind', note: 'type H5应用' },
    ],
    passes: [
      { draft: { apps: [{ kind: 'APP', name: '山水摄影记录' }] }, note: 'APP' },
      { draft: { apps: [{ kind: '微信小程序', name: '山水摄影记录' }] }, note: '微信小程序 (a mini program)' },
      { draft: { apps: [{ kind: 'quick-app', name: '山水摄影记录' }] }, note: 'quick-app (the draft value)' },
    ],
  },
  check(ctx) {
    return forEachApp(ctx, ({ app, prefix, kindKnown }) => {
      const kind = present(app.kind);
      return kind && !kindKnown ? { field: `${prefix}.kind`, params: { kind } } : undefined;
    });
  },
});
