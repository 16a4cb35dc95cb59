/**
 * The user's settings (issue 4 §5), kept in storage.sync. Settings only: no page data ever goes here.
 * Checked field by field at the storage boundary (design §7) by small hand-written checks rather than
 * zod: the content script reads these settings and carries no zod (issue 17 item 4, 20 KB budget). A
 * malformed field falls back to its default alone, so one bad value (an older version, a hand edit)
 * never resets the others.
 */
export const SEVERITY_FILTERS = ['info', 'warning', 'error'] as const;

export interface Settings {
  /** UI and hint language; zh-CN is the default. */
  lang: 'zh' | 'en';
  /** Lowest severity shown on the page: `info` shows everything, `error` only errors. */
  minSeverity: (typeof SEVERITY_FILTERS)[number];
  /** Province override: GB/T 2260 two-digit code; '' = the page's 所属区域. */
  province: string;
  /** Filing-date override `YYYY-MM-DD`; '' = today (trainers show how rules changed). */
  date: string;
  /** Keep the drafts read from the filing pages in storage.local. Off by default. */
  rememberDraft: boolean;
  /** Per-site switch by origin (`https://beian.aliyun.com`); a site not listed is on. */
  sites: Record<string, boolean>;
  /** Origins the user enabled from the panel (optional host permission + registered content script). */
  extraOrigins: string[];
}

const isOrigin = (v: unknown): v is string =>
  typeof v === 'string' && v.length <= 300 && /^https?:\/\/[^/\s]+$/.test(v);

/** Each field's check: a value that fails gets the field's default. */
const FIELD_VALID: { [K in keyof Settings]: (v: unknown) => v is Settings[K] } = {
  lang: (v): v is Settings['lang'] => v === 'zh' || v === 'en',
  minSeverity: (v): v is Settings['minSeverity'] => (SEVERITY_FILTERS as readonly unknown[]).includes(v),
  province: (v): v is string => typeof v === 'string' && /^(\d{2})?$/.test(v),
  date: (v): v is string => typeof v === 'string' && /^(\d{4}-\d{2}-\d{2})?$/.test(v),
  rememberDraft: (v): v is boolean => typeof v === 'boolean',
  sites: (v): v is Record<string, boolean> =>
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    Object.entries(v).every(([k, on]) => isOrigin(k) && typeof on === 'boolean'),
  extraOrigins: (v): v is string[] => Array.isArray(v) && v.length <= 50 && v.every(isOrigin),
};

export const DEFAULT_SETTINGS: Settings = {
  lang: 'zh',
  minSeverity: 'info',
  province: '',
  date: '',
  rememberDraft: false,
  sites: {},
  extraOrigins: [],
};

export const SETTINGS_KEY = 'settings';

/** Settings from whatever storage holds; each malformed or missing field gets its default. */
export function parseSettings(raw: unknown): Settings {
  const input = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const value = input[key];
    out[key] = FIELD_VALID[key](value) ? copyOf(value) : DEFAULT_SETTINGS[key];
  }
  return out as unknown as Settings;
}

/** A fresh copy of a settings value, so the result never shares objects with what storage gave. */
function copyOf(value: unknown): unknown {
  if (Array.isArray(value)) return [...value];
  if (typeof value === 'object' && value !== null) return { ...value };
  return value;
}

/** Whether checking is on for a page's origin. */
export function siteEnabled(settings: Settings, pageOrigin: string): boolean {
  return settings.sites[pageOrigin] !== false;
}

/** The origin of a URL, or '' when it has none (about:blank, data:). */
export function originOf(url: string | undefined): string {
  if (!url) return '';
  try {
    const o = new URL(url).origin;
    return o === 'null' ? '' : o;
  } catch {
    return '';
  }
}

/** Minimal storage surface (browser.storage.sync), so tests can pass a fake. */
export interface SyncArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export async function loadSettings(area: SyncArea): Promise<Settings> {
  const got = await area.get(SETTINGS_KEY);
  return parseSettings(got[SETTINGS_KEY]);
}

export async function saveSettings(area: SyncArea, patch: Partial<Settings>): Promise<Settings> {
  const next = parseSettings({ ...(await loadSettings(area)), ...patch });
  await area.set({ [SETTINGS_KEY]: next });
  return next;
}
