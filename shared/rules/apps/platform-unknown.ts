import { APP_PLATFORM_LABELS } from '../../formats/app-formats';
import { defineRule, present } from '../define';
import { forEachApp, platformsOf } from './app-context';
import { APP_FILING_FROM, cite, MIIT_APP_ANNEX } from './sources';

const KNOWN = Object.values(APP_PLATFORM_LABELS)
  .map((l) => l[1])
  .join('、');

export const appPlatformUnknown = defineRule({
  id: 'app.platform-unknown',
  fields: ['apps[].platforms[].platform'],
  severity: 'warning',
  message: {
    zh: '运行平台「{platform}」无法识别，包名和签名的格式无法检查。',
    en: 'The platform "{platform}" is not recognised, so the package name and signature cannot be checked.',
  },
  fix: {
    zh: `请选择 ${KNOWN} 之一（草稿中写作 android、ios、harmony、other）。`,
    en: `Choose one of ${KNOWN} (android, ios, harmony, other in a draft).`,
  },
  ...cite(MIIT_APP_ANNEX),
  effective: { from: APP_FILING_FROM },
  examples: {
    fires: [
      {
        draft: { apps: [{ kind: 'app', platforms: [{ platform: 'Symbian', packageName: 'cn.zhangsan.photo' }] }] },
        field: 'apps[0].platforms[0].platform',
        note: 'Symbian',
      },
      {
        draft: { apps: [{ kind: 'app', platforms: [{ platform: 'Windows Phone' }] }] },
        field: 'apps[0].platforms[0].platform',
        note: 'Windows Phone',
      },
    ],
    passes: [
      {
        draft: { apps: [{ kind: 'app', platforms: [{ platform: '安卓' }, { platform: '苹果' }] }] },
        note: '安卓, 苹果',
      },
      { draft: { apps: [{ kind: 'app', platforms: [{ platform: 'HarmonyOS NEXT' }] }] }, note: 'HarmonyOS NEXT' },
      { draft: { apps: [{ kind: 'app', platforms: [{ platform: '黑莓' }] }] }, note: '黑莓 (one of the 其他 options)' },
    ],
  },
  check(ctx) {
    return forEachApp(ctx, (ref) =>
      platformsOf(ref).flatMap((p) => {
        const platform = present(p.platform.platform);
        return platform && !p.id ? [{ field: `${p.prefix}.platform`, params: { platform } }] : [];
      }),
    );
  },
});
