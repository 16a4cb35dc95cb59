/**
 * Panel and options state from extension storage: the settings (storage.sync) and the record of the
 * tab the panel shows (storage.session, written by the background).
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LAST_TAB_KEY, type TabRecord, TabRecordSchema, tabRecordKey } from '../messaging';
import { DEFAULT_SETTINGS, loadSettings, parseSettings, SETTINGS_KEY, type Settings, saveSettings } from '../settings';

export function useSettings(): [Settings, (patch: Partial<Settings>) => Promise<void>, boolean] {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let live = true;
    void loadSettings(browser.storage.sync).then((s) => {
      if (!live) return;
      setSettings(s);
      setLoaded(true);
    });
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'sync' && changes[SETTINGS_KEY]) setSettings(parseSettings(changes[SETTINGS_KEY].newValue));
    };
    browser.storage.onChanged.addListener(listener);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(listener);
    };
  }, []);
  const update = useCallback(async (patch: Partial<Settings>) => {
    setSettings(await saveSettings(browser.storage.sync, patch));
  }, []);
  return [settings, update, loaded];
}

export interface TargetTab {
  tabId?: number;
  /** `side`: side panel or popup, follows the active tab; `page`: opened as a tab, follows the last reporting tab. */
  mode: 'side' | 'page';
}

/** The tab the panel shows: `?tab=<id>`, else the active tab (side panel, popup), else the last one that reported. */
export function useTargetTab(): TargetTab {
  const [target, setTarget] = useState<TargetTab>({ mode: 'side' });
  useEffect(() => {
    let live = true;
    const fixed = Number(new URLSearchParams(location.search).get('tab'));
    if (Number.isInteger(fixed) && fixed > 0) {
      setTarget({ tabId: fixed, mode: 'page' });
      return;
    }
    const cleanups: (() => void)[] = [];
    void (async () => {
      const self = await browser.tabs.getCurrent().catch(() => undefined);
      if (!live) return;
      if (self?.id !== undefined) {
        const selfId = self.id;
        const follow = (id: unknown) => {
          if (typeof id === 'number' && id !== selfId) setTarget({ tabId: id, mode: 'page' });
        };
        follow((await browser.storage.session.get(LAST_TAB_KEY))[LAST_TAB_KEY]);
        const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
          if (area === 'session' && changes[LAST_TAB_KEY]) follow(changes[LAST_TAB_KEY].newValue);
        };
        browser.storage.onChanged.addListener(listener);
        cleanups.push(() => browser.storage.onChanged.removeListener(listener));
        if (live) setTarget((t) => (t.tabId === undefined ? { mode: 'page' } : t));
        return;
      }
      const active = async () => {
        const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
        if (live) setTarget({ tabId: tab?.id, mode: 'side' });
      };
      await active();
      const onActivated = () => void active();
      const onUpdated = (_id: number, info: { status?: string }) => {
        if (info.status === 'complete') void active();
      };
      browser.tabs.onActivated.addListener(onActivated);
      browser.tabs.onUpdated.addListener(onUpdated);
      cleanups.push(() => {
        browser.tabs.onActivated.removeListener(onActivated);
        browser.tabs.onUpdated.removeListener(onUpdated);
      });
    })();
    return () => {
      live = false;
      for (const c of cleanups) c();
    };
  }, []);
  return target;
}

/** The background's record of a tab, live. */
export function useTabRecord(tabId: number | undefined): TabRecord | undefined {
  const [record, setRecord] = useState<TabRecord>();
  useEffect(() => {
    setRecord(undefined);
    if (tabId === undefined) return;
    let live = true;
    const key = tabRecordKey(tabId);
    const take = (raw: unknown) => {
      const parsed = TabRecordSchema.safeParse(raw);
      if (live) setRecord(parsed.success ? parsed.data : undefined);
    };
    void browser.storage.session.get(key).then((got) => take(got[key]));
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && changes[key]) take(changes[key].newValue);
    };
    browser.storage.onChanged.addListener(listener);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(listener);
    };
  }, [tabId]);
  return record;
}
