import { defineRule } from '../define';
import { forEachApp } from './app-context';
import { APP_FILING_FROM, cite, HUAWEI_APP_FAQ } from './sources';

/** 「额外准备一张100k以内的App图标图片」: 100 KB read as 1024 × 100 bytes; 100,000 bytes may also be meant. */
export const ICON_MAX_BYTES = 100 * 1024;
export const ICON_DECIMAL_BYTES = 100_000;

export const appIconSize = defineRule({
  id: 'app.icon-size',
  fields: ['apps[].icon'],
  severity: 'error',
  message: {
    zh: '应用图标有 {kb} KB，超过 100 KB 的上限。',
    en: 'The app icon is {kb} KB, more than the 100 KB limit.',
  },
  fix: {
    zh: '压缩图标或缩小尺寸（如 512×512 的 JPEG），使文件小于 100 KB；不得使用系统图标。',
    en: 'Compress the icon or make it smaller (e.g. a 512×512 JPEG) so that the file is under 100 KB; do not use a system icon.',
  },
  ...cite(HUAWEI_APP_FAQ),
  effective: { from: APP_FILING_FROM },
  examples: {
    fires: [
      { draft: { apps: [{ kind: 'app', iconBytes: 150_000 }] }, field: 'apps[0].icon', note: '150,000 bytes (error)' },
      {
        draft: { apps: [{ kind: 'app', iconBytes: 101_000 }] },
        field: 'apps[0].icon',
        note: '101,000 bytes: over 100 kB, under 100 KiB (warning)',
      },
    ],
    passes: [
      { draft: { apps: [{ kind: 'app', iconBytes: 48_213 }] }, note: '48,213 bytes' },
      { draft: { apps: [{ kind: 'app', iconBytes: 100_000 }] }, note: 'exactly 100,000 bytes' },
    ],
  },
  check(ctx) {
    return forEachApp(ctx, ({ app, prefix }) => {
      const bytes = app.iconBytes;
      if (bytes === undefined || bytes <= ICON_DECIMAL_BYTES) return undefined;
      const kb = Math.ceil((bytes / 1024) * 10) / 10;
      if (bytes > ICON_MAX_BYTES) return { field: `${prefix}.icon`, params: { kb } };
      // Between 100,000 and 102,400 bytes: within 100 KiB, over 100 kB. Unsure which is meant: warn.
      return {
        field: `${prefix}.icon`,
        params: { kb },
        severity: 'warning',
        message: {
          zh: `应用图标有 ${bytes} 字节：不到 100×1024 字节，但超过 100,000 字节，按十进制计算的系统可能不接受。`,
          en: `The app icon has ${bytes} bytes: under 100 × 1024 but over 100,000 bytes, which a system counting in decimal may refuse.`,
        },
      };
    });
  },
});
