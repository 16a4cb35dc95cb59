import { defineRule, present } from '../define';
import { forEachApp, platformsOf } from './app-context';
import { APP_FILING_FROM, cite, HUAWEI_APP_FAQ } from './sources';

/**
 * One app is filed once, with one name for all its platforms (华为云「App备案咨询」; 小米 checks that 主办单位,
 * APP名称 and 包名 match the filing). The draft holds one name per app, so the mistake shows as the same
 * package filed in two app entries under different names.
 */
export const appNameSameOnPlatforms = defineRule({
  id: 'app.name-same-on-platforms',
  fields: ['apps[].name', 'apps[].platforms[].packageName'],
  severity: 'warning',
  message: {
    zh: '包名 {packageName} 在 APP{first}「{firstName}」和 APP{n}「{name}」中都出现：同一个 APP 在各平台必须使用同一名称，作为一个 APP 备案。',
    en: 'The package {packageName} appears in app {first} ("{firstName}") and app {n} ("{name}"): one app has one name on every platform and is filed once.',
  },
  fix: {
    zh: '把两个条目合并为一个 APP，在「运行平台」中分别填写各平台，名称统一。',
    en: 'Merge the two entries into one app with one name and a platform row per platform.',
  },
  ...cite(HUAWEI_APP_FAQ),
  effective: { from: APP_FILING_FROM },
  examples: {
    fires: [
      {
        draft: {
          apps: [
            {
              kind: 'app',
              name: '山水摄影记录',
              platforms: [{ platform: 'android', packageName: 'cn.zhangsan.photo' }],
            },
            { kind: 'app', name: '山水相册', platforms: [{ platform: 'ios', packageName: 'cn.zhangsan.photo' }] },
          ],
        },
        field: 'apps[1].name',
        note: 'one package, two entries, two names',
      },
    ],
    passes: [
      {
        draft: {
          apps: [
            {
              kind: 'app',
              name: '山水摄影记录',
              platforms: [
                { platform: 'android', packageName: 'cn.zhangsan.photo' },
                { platform: 'ios', packageName: 'cn.zhangsan.photo' },
              ],
            },
          ],
        },
        note: 'one entry with a row per platform',
      },
      {
        draft: {
          apps: [
            {
              kind: 'app',
              name: '山水摄影记录',
              platforms: [{ platform: 'android', packageName: 'cn.zhangsan.photo' }],
            },
            { kind: 'app', name: '山水相册', platforms: [{ platform: 'android', packageName: 'cn.zhangsan.album' }] },
          ],
        },
        note: 'two apps with their own packages',
      },
    ],
  },
  check(ctx) {
    const seen = new Map<string, { n: number; name: string }>();
    return forEachApp(ctx, (ref) => {
      const name = present(ref.app.name);
      if (!name) return undefined;
      for (const p of platformsOf(ref)) {
        const pkg = present(p.platform.packageName)?.toLowerCase();
        if (!pkg) continue;
        const earlier = seen.get(pkg);
        if (!earlier) {
          seen.set(pkg, { n: ref.index + 1, name });
          continue;
        }
        if (earlier.n !== ref.index + 1 && earlier.name.normalize('NFKC') !== name.normalize('NFKC'))
          return {
            field: `${ref.prefix}.name`,
            params: { packageName: pkg, first: earlier.n, firstName: earlier.name, n: ref.index + 1, name },
          };
      }
      return undefined;
    });
  },
});
