import '../zod-setup';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { FilingDraftSchema } from '../../shared/domain/draft';
import { FIELD_CATALOGUE } from '../../shared/domain/fields';
import { orderIdOf, startsAnotherFiling } from '../check/filing-key';
import { type CheckOutcome, TabCheckSession } from '../check/tab-session';
import { isSimulatorAddress } from '../hosts';
import {
  type CatalogueReply,
  type CheckMessage,
  type CheckReply,
  ContentMessageSchema,
  type DateSource,
  LAST_TAB_KEY,
  type PageStatusMessage,
  type PanelMessage,
  PanelRequestSchema,
  PlanSchema,
  REMEMBERED_PREFIX,
  rememberedKey,
  type TabRecord,
  tabRecordKey,
  tabSessionKey,
} from '../messaging';
import { loadSettings, originOf, SETTINGS_KEY, type Settings } from '../settings';
import { registerOrigin } from '../site-access';

/**
 * The background: runs the rules core for the content scripts (it is far too big to parse on every
 * filing page), keeps each tab's state in storage.session for the panel, opens the panel on the
 * toolbar button. Makes no network request of any kind.
 */

interface LiveSession {
  origin: string;
  session: TabCheckSession;
  /** The order the session's filing is bound to (from the page address), once one was seen. */
  orderId?: string;
}

/** Where a message really comes from: the browser's `sender`, never an address inside the message. */
interface PageSender {
  tabId: number;
  url: string;
  origin: string;
}

function pageSender(sender: {
  tab?: { id?: number; url?: string };
  url?: string;
  origin?: string;
  frameId?: number;
}): PageSender | undefined {
  if (sender.tab?.id === undefined || !sender.url) return undefined;
  const origin = sender.origin && sender.origin !== 'null' ? sender.origin : originOf(sender.url);
  // The frame's address is the one its document was loaded with; a single-page site moves on by
  // hash or history changes, which the tab's address follows. Both come from the browser, and the
  // tab's is used only when it is the same top-level page (same origin).
  const tabUrl = sender.tab.url;
  const url = tabUrl && (sender.frameId ?? 0) === 0 && originOf(tabUrl) === origin ? tabUrl : sender.url;
  return { tabId: sender.tab.id, url, origin };
}

const sessions = new Map<number, LiveSession>();

async function sessionFor(tabId: number, origin: string, settings: Settings): Promise<TabCheckSession> {
  const live = sessions.get(tabId);
  if (live && live.origin === origin) return live.session;
  // The service worker may have been stopped since: the tab's session survives in storage.session.
  const stored = (await browser.storage.session.get(tabSessionKey(tabId)))[tabSessionKey(tabId)] as
    | { origin?: string; orderId?: string; state?: ConstructorParameters<typeof TabCheckSession>[0] }
    | undefined;
  let state = stored?.origin === origin ? stored.state : undefined;
  let orderId = stored?.origin === origin ? stored.orderId : undefined;
  if (!state && settings.rememberDraft) {
    const remembered = (await browser.storage.local.get(rememberedKey(origin)))[rememberedKey(origin)] as
      | { state?: ConstructorParameters<typeof TabCheckSession>[0]; orderId?: string }
      | undefined;
    state = remembered?.state;
    orderId = remembered?.orderId;
  }
  const parsedDraft = state ? FilingDraftSchema.safeParse(state.draft) : undefined;
  const session = new TabCheckSession(
    parsedDraft?.success && state ? { ...state, draft: parsedDraft.data, findings: state.findings ?? [] } : undefined,
  );
  sessions.set(tabId, { origin, session, ...(state && orderId ? { orderId } : {}) });
  return session;
}

/** Forget a tab's filing: its merged draft, findings and order (the panel's 新建备案, or another filing). */
async function forgetFiling(tabId: number): Promise<void> {
  const origin = sessions.get(tabId)?.origin;
  sessions.delete(tabId);
  await browser.storage.session.remove([tabSessionKey(tabId)]);
  if (origin) await browser.storage.local.remove(rememberedKey(origin));
}

function countFilled(value: unknown): number {
  if (value === undefined || value === null || value === '') return 0;
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + countFilled(v), 0);
  if (typeof value === 'object') return Object.values(value).reduce((n: number, v) => n + countFilled(v), 0);
  return 1;
}

/** Settings read once and then kept current from storage.onChanged (one storage read less per check). */
let settingsCache: Promise<Settings> | undefined;
function currentSettings(): Promise<Settings> {
  settingsCache ??= loadSettings(browser.storage.sync);
  return settingsCache;
}

/**
 * Check and answer; storing the tab's state for the panel happens after the answer is on its way
 * (`persist`), so the hint at the field never waits for storage.
 */
async function onCheck(
  msg: CheckMessage,
  from: PageSender,
): Promise<{ reply: CheckReply; persist?: () => Promise<void> }> {
  const draft = FilingDraftSchema.safeParse(msg.draft);
  if (!draft.success) return { reply: { ok: false, error: 'not a filing draft' } };
  const settings = await currentSettings();
  const { tabId, origin } = from;
  let session = await sessionFor(tabId, origin, settings);
  const orderId = orderIdOf(from.url);
  if (
    startsAnotherFiling(sessions.get(tabId)?.orderId, { ...(orderId ? { orderId } : {}), pageFields: msg.pageFields })
  ) {
    // Another filing in this tab: nothing of the last one (draft, findings) may reach it.
    await forgetFiling(tabId);
    session = await sessionFor(tabId, origin, { ...settings, rememberDraft: false });
  }
  const live = sessions.get(tabId);
  if (live && orderId) live.orderId = orderId;
  // A page's own date only on the simulator's hosts; a real filing site is judged by today.
  const pageDate = msg.pageDate && isSimulatorAddress(from.url) ? msg.pageDate : undefined;
  const dateSource: DateSource = msg.overrides?.date ? 'override' : pageDate ? 'page' : 'today';
  let outcome: CheckOutcome;
  try {
    outcome = session.check({
      draft: draft.data,
      pageFields: msg.pageFields,
      ...(msg.changed ? { changed: msg.changed } : {}),
      ...(msg.overrides ? { overrides: msg.overrides } : {}),
      ...(pageDate ? { pageDate } : {}),
    });
  } catch (e) {
    return { reply: { ok: false, error: String(e) } };
  }
  const plan = PlanSchema.parse(outcome.plan);
  const merged = session.currentDraft();
  const boundOrder = live?.orderId;
  const record: TabRecord = {
    tabId,
    url: from.url,
    title: msg.title,
    origin,
    filingPage: true,
    enabled: true,
    ...(msg.step ? { step: msg.step } : {}),
    fields: msg.fields,
    findings: outcome.findings,
    plan,
    date: outcome.date,
    dateSource,
    ...(boundOrder ? { orderId: boundOrder } : {}),
    ...(outcome.provinceCode ? { provinceCode: outcome.provinceCode } : {}),
    summary: {
      ...(merged.filingType ? { filingType: merged.filingType } : {}),
      ...(merged.subject?.province ? { province: merged.subject.province } : {}),
      ...(merged.subject?.nature ? { nature: merged.subject.nature } : {}),
      websites: merged.websites?.length ?? 0,
      filled: countFilled(session.state().draft),
    },
    updatedAt: Date.now(),
  };
  const state = session.state();
  const persist = async () => {
    await browser.storage.session.set({
      [tabRecordKey(tabId)]: record,
      [tabSessionKey(tabId)]: { origin, ...(boundOrder ? { orderId: boundOrder } : {}), state },
      [LAST_TAB_KEY]: tabId,
    });
    if (settings.rememberDraft && origin) {
      await browser.storage.local.set({
        [rememberedKey(origin)]: {
          state,
          ...(boundOrder ? { orderId: boundOrder } : {}),
          url: from.url,
          savedAt: Date.now(),
        },
      });
    }
  };
  return {
    reply: {
      ok: true,
      findings: outcome.findings,
      plan,
      date: outcome.date,
      dateSource,
      ...(outcome.provinceCode ? { provinceCode: outcome.provinceCode } : {}),
    },
    persist,
  };
}

/** Storage writes of successive checks of one tab, in order. */
let persisting: Promise<void> = Promise.resolve();

async function onPageStatus(msg: PageStatusMessage, from: PageSender): Promise<void> {
  const { tabId, origin } = from;
  const key = tabRecordKey(tabId);
  const prev = (await browser.storage.session.get(key))[key] as TabRecord | undefined;
  const record: TabRecord = {
    tabId,
    url: from.url,
    title: msg.title,
    origin,
    filingPage: msg.filingPage,
    enabled: msg.enabled,
    fields: [],
    findings: [],
    // The plan of the filing so far stays visible between steps (e.g. on the upload page).
    ...(prev?.origin === origin && prev.plan ? { plan: prev.plan } : {}),
    ...(prev?.origin === origin && prev.date ? { date: prev.date } : {}),
    ...(prev?.origin === origin && prev.dateSource ? { dateSource: prev.dateSource } : {}),
    ...(prev?.origin === origin && prev.orderId ? { orderId: prev.orderId } : {}),
    ...(prev?.origin === origin && prev.provinceCode ? { provinceCode: prev.provinceCode } : {}),
    summary: prev?.origin === origin ? prev.summary : { websites: 0, filled: 0 },
    updatedAt: Date.now(),
  };
  await browser.storage.session.set({ [key]: record, [LAST_TAB_KEY]: tabId });
}

function isOwnPage(url: string | undefined): boolean {
  if (!url) return false;
  return originOf(url) === originOf(browser.runtime.getURL('/'));
}

/** The panel's 新建备案 / 清除: forget the filing, then let the page's content script check afresh. */
async function onNewFiling(tabId: number): Promise<void> {
  await forgetFiling(tabId);
  const key = tabRecordKey(tabId);
  const prev = (await browser.storage.session.get(key))[key] as TabRecord | undefined;
  if (prev) {
    const { orderId: _order, plan: _plan, ...rest } = prev;
    await browser.storage.session.set({
      [key]: { ...rest, findings: [], summary: { websites: 0, filled: 0 }, updatedAt: Date.now() },
    });
  }
  const rescan: PanelMessage = { type: 'rescan' };
  await browser.tabs.sendMessage(tabId, rescan).catch(() => undefined);
}

/** Forget every remembered draft (the option was switched off). */
async function forgetRemembered(): Promise<void> {
  const all = await browser.storage.local.get(null);
  const keys = Object.keys(all).filter((k) => k.startsWith(REMEMBERED_PREFIX));
  if (keys.length) await browser.storage.local.remove(keys);
}

function setUpActionButton() {
  const chromeSidePanel = (
    globalThis as unknown as {
      chrome?: { sidePanel?: { setPanelBehavior?: (o: { openPanelOnActionClick: boolean }) => Promise<void> } };
    }
  ).chrome?.sidePanel;
  const firefoxSidebar = (browser as unknown as { sidebarAction?: { toggle?: () => Promise<void> } }).sidebarAction;
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  if (chromeSidePanel?.setPanelBehavior) {
    chromeSidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
  } else if (firefoxSidebar?.toggle) {
    action?.onClicked.addListener(() => {
      void firefoxSidebar.toggle?.();
    });
  } else {
    // No side panel at all: the same panel as the toolbar popup.
    void action?.setPopup({ popup: 'popup.html' });
  }
}

export default defineBackground(() => {
  settingsCache = undefined;
  try {
    setUpActionButton();
  } catch {
    // An API the browser lacks: the panel is still reachable from the options and the popup page.
  }

  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse: (reply: unknown) => void) => {
    if (sender.id !== browser.runtime.id) return false;
    // The panel and the options page are our own pages: their address is in our own origin.
    if (isOwnPage(sender.url)) {
      const request = PanelRequestSchema.safeParse(raw);
      if (!request.success) return false;
      onNewFiling(request.data.tabId).then(
        () => sendResponse({ ok: true }),
        () => sendResponse({ ok: false }),
      );
      return true;
    }
    // Otherwise only our own content scripts, in a tab; the page's address from `sender` alone.
    const from = pageSender(sender);
    if (!from) return false;
    const msg = ContentMessageSchema.safeParse(raw);
    if (!msg.success) return false;
    if (msg.data.type === 'catalogue') {
      // The content script matches labels against the catalogue but does not carry it (issue 17 item 4).
      sendResponse({ ok: true, fields: [...FIELD_CATALOGUE] } satisfies CatalogueReply);
      return false;
    }
    if (msg.data.type === 'check') {
      onCheck(msg.data, from).then(
        ({ reply, persist }) => {
          sendResponse(reply);
          if (persist) persisting = persisting.then(persist, persist).catch(() => undefined);
        },
        (e) => sendResponse({ ok: false, error: String(e) }),
      );
      return true;
    }
    onPageStatus(msg.data, from).then(
      () => sendResponse({ ok: true }),
      () => sendResponse({ ok: false }),
    );
    return true;
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    sessions.delete(tabId);
    void browser.storage.session.remove([tabRecordKey(tabId), tabSessionKey(tabId)]);
  });

  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'sync' || !changes[SETTINGS_KEY]) return;
    settingsCache = undefined;
    const before = changes[SETTINGS_KEY].oldValue as Partial<Settings> | undefined;
    const after = changes[SETTINGS_KEY].newValue as Partial<Settings> | undefined;
    if (before?.rememberDraft && !after?.rememberDraft) void forgetRemembered();
  });

  // Scripts registered for sites the user enabled persist, but re-register after an update in case.
  browser.runtime.onInstalled.addListener(() => {
    void loadSettings(browser.storage.sync).then(async (s) => {
      for (const origin of s.extraOrigins) await registerOrigin(origin).catch(() => undefined);
    });
  });
});
