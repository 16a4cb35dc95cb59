import { describe, expect, test } from 'vitest';
import '../../../extension/zod-setup';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  originOf,
  parseSettings,
  SETTINGS_KEY,
  type SyncArea,
  saveSettings,
  siteEnabled,
} from '../../../extension/settings';

function memoryArea(initial: Record<string, unknown> = {}): SyncArea & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    get: async (key) => (key in data ? { [key]: data[key] } : {}),
    set: async (items) => {
      Object.assign(data, items);
    },
  };
}

describe('settings schema (issue 4 §5)', () => {
  test('defaults: zh-CN, everything shown, no overrides, remember-this-draft off', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toMatchObject({
      lang: 'zh',
      minSeverity: 'info',
      province: '',
      date: '',
      rememberDraft: false,
    });
  });

  test('one malformed field falls back alone; the others are kept', () => {
    const s = parseSettings({
      lang: 'en',
      minSeverity: 'loud',
      date: '28/11/2018',
      province: '33',
      rememberDraft: 'yes',
    });
    expect(s.lang).toBe('en');
    expect(s.province).toBe('33');
    expect(s.minSeverity).toBe('info');
    expect(s.date).toBe('');
    expect(s.rememberDraft).toBe(false);
  });

  test('per-site switch by origin; a site not listed is on; bad origins are refused', () => {
    const s = parseSettings({ sites: { 'https://beian.aliyun.com': false } });
    expect(siteEnabled(s, 'https://beian.aliyun.com')).toBe(false);
    expect(siteEnabled(s, 'http://127.0.0.1:5180')).toBe(true);
    expect(parseSettings({ sites: { 'javascript:alert(1)': true } }).sites).toEqual({});
    expect(parseSettings({ extraOrigins: ['https://beian.example.com', 'ftp://x'] }).extraOrigins).toEqual([]);
  });

  test('saved to and read back from storage.sync under one key', async () => {
    const area = memoryArea();
    await saveSettings(area, { lang: 'en', date: '2018-11-28' });
    expect(area.data[SETTINGS_KEY]).toMatchObject({ lang: 'en', date: '2018-11-28', minSeverity: 'info' });
    expect((await loadSettings(area)).date).toBe('2018-11-28');
  });

  test('origins of page URLs', () => {
    expect(originOf('http://127.0.0.1:5188/step-subject.html?x=1')).toBe('http://127.0.0.1:5188');
    expect(originOf('about:blank')).toBe('');
    expect(originOf('not a url')).toBe('');
  });
});
