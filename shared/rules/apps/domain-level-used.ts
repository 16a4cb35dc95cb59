import { registrableDomain } from '../../formats/domain-name';
import { defineRule, present } from '../define';
import { forEachApp, hasNoBuildFields } from './app-context';
import { APP_FILING_FROM, cite, HUAWEI_APP_FAQ } from './sources';

/**
 * 「App备案原则是"用到哪级备哪级"」: an app files each host it calls, down to the level used. A bare
 * registered domain is fine when the app calls that host itself, so this is information, not a fault.
 */
export const appDomainLevelUsed = defineRule({
  id: 'app.domain-level-used',
  fields: ['apps[].domains[]'],
  severity: 'info',
  message: {
    zh: 'APP域名按"用到哪级备哪级"填写：如果 APP 实际访问的是 api.{domain} 这样的子域名，请填写子域名本身，而不只是 {domain}。',
    en: 'App domains are filed down to the level used: if the app calls a host such as api.{domain}, enter that host, not only {domain}.',
  },
  fix: {
    zh: '列出 APP 访问的每个域名（最多到四级域名）。',
    en: 'List every host the app calls (down to the fourth level at most).',
  },
  ...cite(HUAWEI_APP_FAQ),
  effective: { from: APP_FILING_FROM },
  examples: {
    fires: [
      {
        draft: { apps: [{ kind: 'app', domains: ['zhangsan-photo.cn'] }] },
        field: 'apps[0].domains[0]',
        note: 'the bare registered domain',
      },
      {
        draft: { apps: [{ kind: 'app', domains: ['api.zhangsan-photo.cn', 'zhangsan-photo.com.cn'] }] },
        field: 'apps[0].domains[1]',
        note: 'a bare .com.cn domain beside a host',
      },
    ],
    passes: [
      { draft: { apps: [{ kind: 'app', domains: ['api.zhangsan-photo.cn'] }] }, note: 'the host the app calls' },
      {
        draft: { apps: [{ kind: '小程序', domains: ['zhangsan-photo.cn'] }] },
        note: 'a mini program (its domains are another rule’s business)',
      },
    ],
  },
  check(ctx) {
    return forEachApp(ctx, ({ app, prefix, kind }) => {
      if (hasNoBuildFields(kind)) return undefined;
      return (app.domains ?? []).flatMap((d, j) => {
        const domain = present(d)?.toLowerCase().replace(/\.$/, '');
        return domain && registrableDomain(domain) === domain
          ? [{ field: `${prefix}.domains[${j}]`, params: { domain } }]
          : [];
      });
    });
  },
});
