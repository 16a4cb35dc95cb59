import { defineRule, present } from '../define';
import { forEachApp, hasNoBuildFields } from './app-context';
import { APP_FILING_FROM, cite, HUAWEI_APP_FAQ } from './sources';

/** 「支持备案到四级域名」: a host with more than four labels cannot be filed as it is. */
export const MAX_APP_DOMAIN_LABELS = 4;

export const appDomainDepth = defineRule({
  id: 'app.domain-depth',
  fields: ['apps[].domains[]'],
  severity: 'warning',
  message: {
    zh: 'APP域名「{domain}」是 {levels} 级域名，备案最多支持到四级域名。',
    en: 'The app domain "{domain}" has {levels} levels; filings go down to the fourth level at most.',
  },
  fix: {
    zh: '填写其上一级（四级以内）的域名。',
    en: 'Enter its parent host (four levels or fewer).',
  },
  ...cite(HUAWEI_APP_FAQ),
  effective: { from: APP_FILING_FROM },
  examples: {
    fires: [
      {
        draft: { apps: [{ kind: 'app', domains: ['a.b.c.zhangsan-photo.cn'] }] },
        field: 'apps[0].domains[0]',
        note: 'five levels',
      },
    ],
    passes: [
      { draft: { apps: [{ kind: 'app', domains: ['img.api.zhangsan-photo.cn'] }] }, note: 'four levels' },
      { draft: { apps: [{ kind: 'app', domains: ['api.zhangsan-photo.cn'] }] }, note: 'three levels' },
    ],
  },
  check(ctx) {
    return forEachApp(ctx, ({ app, prefix, kind }) => {
      if (hasNoBuildFields(kind)) return undefined;
      return (app.domains ?? []).flatMap((d, j) => {
        const domain = present(d)?.toLowerCase().replace(/\.$/, '');
        const levels = domain ? domain.split('.').length : 0;
        return domain && levels > MAX_APP_DOMAIN_LABELS
          ? [{ field: `${prefix}.domains[${j}]`, params: { domain, levels } }]
          : [];
      });
    });
  },
});
