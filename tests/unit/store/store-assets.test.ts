import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { drawIcon, encodePng, ICON_SIZES } from '../../../scripts/make-icons';

// Issue 17 §5: the stores show the name and description from _locales (zh_CN default, en) and the
// icons at every size the manifest lists; Chrome cuts the description at 132 characters.
const PUBLIC = join(__dirname, '../../../extension/public');
const CONFIG = readFileSync(join(__dirname, '../../../wxt.config.ts'), 'utf8');

interface Messages {
  extName: { message: string };
  extDescription: { message: string };
}
const messages = (locale: string) =>
  JSON.parse(readFileSync(join(PUBLIC, '_locales', locale, 'messages.json'), 'utf8')) as Messages;

describe('_locales', () => {
  test('the manifest takes its name and description from _locales, Chinese by default', () => {
    expect(CONFIG).toMatch(/name: '__MSG_extName__'/);
    expect(CONFIG).toMatch(/description: '__MSG_extDescription__'/);
    expect(CONFIG).toMatch(/default_locale: 'zh_CN'/);
  });

  test.each([
    ['zh_CN', 'ICP 备案助手', /备案/],
    ['en', 'ICP Filing Assistant', /ICP filing/],
  ])('%s: name %s and a description within the stores’ limits', (locale, name, topic) => {
    const m = messages(locale);
    expect(m.extName.message).toBe(name);
    expect([...m.extDescription.message].length).toBeLessThanOrEqual(132);
    expect(m.extDescription.message).toMatch(topic);
    // The privacy promise the README's Privacy section makes.
    expect(m.extDescription.message).toMatch(locale === 'en' ? /leaves the browser/ : /不离开浏览器/);
  });
});

describe('icons', () => {
  test.each(ICON_SIZES)('icon/%i.png is a square PNG of that size, the one scripts/make-icons.ts draws', (size) => {
    const png = readFileSync(join(PUBLIC, 'icon', `${size}.png`));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(size);
    expect(png.readUInt32BE(20)).toBe(size);
    expect(png.equals(encodePng(size, drawIcon(size)))).toBe(true);
  });

  test('the 128 px icon has transparent corners and a white check mark on blue', () => {
    const rgba = drawIcon(128);
    const at = (x: number, y: number) => Array.from(rgba.subarray((y * 128 + x) * 4, (y * 128 + x) * 4 + 4));
    expect(at(0, 0)[3]).toBe(0);
    expect(at(64, 10)).toEqual([0x1d, 0x5f, 0xd1, 255]);
    expect(at(55, 89)).toEqual([255, 255, 255, 255]);
  });
});
