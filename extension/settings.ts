/**
 * The user's settings (issue 4 §5), kept in storage.sync. Settings only: no page data ever goes here.
 * zod/mini at the storage boundary (design §7); a malformed field falls back to its default alone, so
 * one bad value (an older version, a hand edit) never resets the others.
 */
import * as z from 'zod/mini';

export const SEVERITY_FILTERS = ['info', 'warning', 'error'] as const;

const origin = z.string().check(z.maxLength(300), z.regex(/^https?:\/\/[^/\s]+$/));

export const SettingsSchema = z.object({
  /** UI and hint language; zh-CN is the default. */
  lang: z.enum(['zh', 'en']),
  /** Lowest severity shown on the page: `info` shows everything, `error` only errors. */
  minSeverity: z.enum(SEVERITY_FILTERS),
  /** Province override: GB/T 2260 two-digit code; '' = the page's 所属区域. */
  province: z.string().check(z.regex(/^(\d{2})?$/)),
  /** Filing-date override `YYYY-MM-DD`; '' = today (trainers show how rules changed). */
  date: z.string().check(z.regex(/^(\d{4}-\d{2}-\d{2})?$/)),
  /** Keep the drafts read from the filing pages in storage.local. Off by default. */
  rememberDraft: z.boolean(),
  /** Per-site switch by origin (`https://beian.aliyun.com`); a site not listed is on. */
  sites: z.record(origin, z.boolean()),
  /** Origins the user enabled from the panel (optional host permission + registered content script). */
  extraOrigins: z.array(origin).check(z.maxLength(50)),
});

export type Settings = z.infer<typeof SettingsSchema>;

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
    const field = SettingsSchema.shape[key];
    const r = field.safeParse(input[key]);
    out[key] = r.success ? r.data : DEFAULT_SETTINGS[key];
  }
  return out as Settings;
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
