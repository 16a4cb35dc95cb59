import { defineRule } from '../define';
import { APP_FILING_FROM, cite, MIIT_APP_NOTICE } from './sources';

/** Before the notice's start there was no app filing: say so instead of checking apps by rules not yet in force. */
export const beforeAppFiling = defineRule({
  id: 'app.before-app-filing',
  fields: ['apps[].name'],
  severity: 'info',
  message: {
    zh: `备案日期早于 ${APP_FILING_FROM}：那时还没有 APP 备案，APP 信息不会被检查。`,
    en: `The filing date is before ${APP_FILING_FROM}: app filing did not exist yet, so the apps are not checked.`,
  },
  fix: {
    zh: '如果现在备案，请把备案日期改为今天。',
    en: 'If you are filing now, set the filing date to today.',
  },
  ...cite(MIIT_APP_NOTICE),
  effective: { until: APP_FILING_FROM },
  examples: {
    fires: [
      {
        draft: { apps: [{ kind: 'app', name: '山水摄影记录' }] },
        date: '2023-08-31',
        field: 'apps[0].name',
        note: 'an app on 2023-08-31',
      },
    ],
    passes: [
      {
        draft: { apps: [{ kind: 'app', name: '山水摄影记录' }] },
        date: APP_FILING_FROM,
        note: 'an app on 2023-09-01, the first day of app filing',
      },
      {
        draft: { websites: [{ name: '山水摄影记录', domains: ['zhangsan-photo.cn'] }] },
        date: '2023-08-31',
        note: 'no app on 2023-08-31',
      },
    ],
  },
  check(ctx) {
    return (ctx.draft.apps ?? []).length ? [{ field: 'apps[0].name' }] : [];
  },
});
