import { defineRule, present } from '../define';
import { APP_FILING_FROM, cite, HUAWEI_APP_FAQ } from './sources';

/**
 * 华为云「App备案咨询」: an organisation may file a website and an app (with the same domain) in one order;
 * an individual needs two orders. One provider's account of what the filing system accepts: a warning.
 */
export const individualSeparateOrders = defineRule({
  id: 'app.individual-separate-orders',
  fields: ['apps[].name', 'websites[].name', 'subject.nature'],
  severity: 'warning',
  message: {
    zh: '个人主体不能在同一个备案订单中同时备案网站和 APP。',
    en: 'An individual subject cannot file a website and an app in the same order.',
  },
  fix: {
    zh: '分两个订单提交：先备案网站（或 APP），通过后再以「新增互联网信息服务」备案另一个。',
    en: 'Use two orders: file the website (or the app) first, then the other as 新增互联网信息服务 (new internet service).',
  },
  ...cite(HUAWEI_APP_FAQ),
  effective: { from: APP_FILING_FROM },
  nature: 'individual',
  examples: {
    fires: [
      {
        draft: {
          subject: { nature: '个人' },
          websites: [{ name: '山水摄影记录', domains: ['zhangsan-photo.cn'] }],
          apps: [{ kind: 'app', name: '山水摄影记录' }],
        },
        field: 'apps[0].name',
        note: 'an individual with a website and an app',
      },
    ],
    passes: [
      {
        draft: {
          subject: { nature: '企业' },
          websites: [{ name: '山水摄影记录', domains: ['zhangsan-photo.cn'] }],
          apps: [{ kind: 'app', name: '山水摄影记录' }],
        },
        note: 'an organisation with both',
      },
      { draft: { subject: { nature: '个人' }, apps: [{ kind: 'app', name: '山水摄影记录' }] }, note: 'an app only' },
    ],
  },
  check(ctx) {
    const websites = (ctx.draft.websites ?? []).filter(
      (w) => present(w?.name) || (w?.domains ?? []).some((d) => present(d)),
    );
    const apps = ctx.draft.apps ?? [];
    const first = apps.findIndex((a) => present(a?.name) || (a?.platforms?.length ?? 0) > 0);
    return websites.length > 0 && first >= 0 ? [{ field: `apps[${first}].name` }] : [];
  },
});
