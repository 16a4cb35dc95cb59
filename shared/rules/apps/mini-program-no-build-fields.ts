import { defineRule, present } from '../define';
import type { RuleHit } from '../types';
import { forEachApp, hasNoBuildFields, KIND_LABEL, platformsOf } from './app-context';
import { APP_FILING_FROM, cite, MIIT_APP_ANNEX } from './sources';

// 包名ID stays: the annex's 「小程序、快应用无需填写」 is attached to 域名列表, 公钥MD5 and 网络接入信息 only.
const BUILD_FIELDS = ['publicKey', 'signature'] as const;
const LABEL: Record<(typeof BUILD_FIELDS)[number] | 'domains', string> = {
  publicKey: '公钥',
  signature: '签名MD5值',
  domains: 'APP域名',
};

/** The annex: 域名列表、公钥MD5、网络接入信息 「小程序、快应用无需填写」. */
export const miniProgramNoBuildFields = defineRule({
  id: 'app.mini-program-no-build-fields',
  fields: ['apps[].kind', 'apps[].domains[]', 'apps[].platforms[].publicKey', 'apps[].platforms[].signature'],
  severity: 'warning',
  message: {
    zh: '{kind}不填写「{label}」：域名、公钥和签名只属于 APP 备案。',
    en: 'A {kindEn} has no "{label}": domains, keys and signatures belong to app filings only.',
  },
  fix: {
    zh: '删去该项；如果这其实是一个 APP，请把类型改为 APP。',
    en: 'Remove it; if this is actually an app, change the type to app.',
  },
  ...cite(MIIT_APP_ANNEX),
  effective: { from: APP_FILING_FROM },
  examples: {
    fires: [
      {
        draft: { apps: [{ kind: '小程序', name: '山水摄影记录', domains: ['api.zhangsan-photo.cn'] }] },
        field: 'apps[0].domains[0]',
        note: 'a mini program with a domain',
      },
      {
        draft: {
          apps: [
            {
              kind: '快应用',
              name: '山水摄影记录',
              platforms: [{ platform: 'android', signature: '59c97d1fbc46aa82b6b471200c21087f' }],
            },
          ],
        },
        field: 'apps[0].platforms[0].signature',
        note: 'a quick app with a signature',
      },
    ],
    passes: [
      {
        draft: {
          apps: [
            {
              kind: '小程序',
              name: '山水摄影记录',
              platforms: [{ platform: 'android', packageName: 'cn.zhangsan.photo' }],
            },
          ],
        },
        note: 'a mini program with only its 包名ID',
      },
      {
        draft: {
          apps: [
            {
              kind: 'APP',
              name: '山水摄影记录',
              domains: ['api.zhangsan-photo.cn'],
              platforms: [{ platform: 'android', signature: '59c97d1fbc46aa82b6b471200c21087f' }],
            },
          ],
        },
        note: 'an APP with a domain and a signature',
      },
    ],
  },
  check(ctx) {
    return forEachApp(ctx, (ref) => {
      if (!hasNoBuildFields(ref.kind)) return undefined;
      const params = { kind: KIND_LABEL[ref.kind].zh, kindEn: KIND_LABEL[ref.kind].en };
      const hits: RuleHit[] = [];
      (ref.app.domains ?? []).forEach((d, j) => {
        if (present(d))
          hits.push({ field: `${ref.prefix}.domains[${j}]`, params: { ...params, label: LABEL.domains } });
      });
      for (const p of platformsOf(ref))
        for (const key of BUILD_FIELDS)
          if (present(p.platform[key]))
            hits.push({ field: `${p.prefix}.${key}`, params: { ...params, label: LABEL[key] } });
      return hits;
    });
  },
});
