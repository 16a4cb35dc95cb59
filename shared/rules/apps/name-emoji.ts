import { defineRule, present } from '../define';
import { forEachApp } from './app-context';
import { APP_FILING_FROM, cite, HUAWEI_APP_FAQ } from './sources';

/** Emoji and pictographs (incl. flags and keycaps), which the name rules forbid outright. */
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3/u;

export const appNameEmoji = defineRule({
  id: 'app.name-emoji',
  fields: ['apps[].name'],
  severity: 'error',
  message: {
    zh: 'APP名称「{name}」含表情符号 {emoji}：APP名称不得含有表情符号。',
    en: 'The app name "{name}" contains the emoji {emoji}: app names may not contain emoji.',
  },
  fix: { zh: '删去表情符号，只保留文字。', en: 'Remove the emoji and keep the words.' },
  ...cite(HUAWEI_APP_FAQ),
  effective: { from: APP_FILING_FROM },
  examples: {
    fires: [
      { draft: { apps: [{ kind: 'app', name: '山水摄影📷' }] }, field: 'apps[0].name', note: '「山水摄影📷」' },
      { draft: { apps: [{ kind: 'app', name: '山水🌄相册' }] }, field: 'apps[0].name', note: '「山水🌄相册」' },
    ],
    passes: [
      { draft: { apps: [{ kind: 'app', name: '山水摄影记录' }] }, note: '「山水摄影记录」' },
      { draft: { apps: [{ kind: 'app', name: '山水摄影2' }] }, note: '「山水摄影2」: a digit is no emoji' },
    ],
  },
  check(ctx) {
    return forEachApp(ctx, ({ app, prefix }) => {
      const name = present(app.name);
      const emoji = name ? [...name].find((ch) => EMOJI.test(ch)) : undefined;
      return name && emoji ? { field: `${prefix}.name`, params: { name, emoji } } : undefined;
    });
  },
});
