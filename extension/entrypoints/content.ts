// No zod here (issue 17 item 4: the content script's size budget): what arrives is checked by the
// hand-written guards of content-guards.ts; the background and the panel keep the zod schemas.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { guardCatalogueReply, guardCheckReply, guardPanelMessage } from '../content-guards';
import { FILING_HOST_MATCHES, isSimulatorAddress, LOCAL_HOST_MATCHES, SIM_DATE_META } from '../hosts';
import { PAGE_LANG_ATTR, pageLanguage } from '../i18n-hints';
import type { CatalogueRequest, CheckMessage, PageStatusMessage, TimingsReply } from '../messaging';
import { installCatalogue } from '../page/locate-fields';
import { type Checker, type PageWatcher, watchPage } from '../page/watch';
import { loadSettings, parseSettings, SETTINGS_KEY, type Settings, siteEnabled } from '../settings';

/**
 * WXT's context stops this script when the document receives `<runtime.id>:content:wxt:content-script-started`
 * (meant for a newer copy of this script after a reload or a second injection). Any page script can
 * dispatch that event, and the id is public (issue 15 item 6). This listener runs first (capture, added
 * before WXT's, which is added when the context is built after this module ran) and lets the event
 * through only when the extension is really gone (an orphaned script after an update has no
 * runtime id) or when our own newer copy is starting: that copy sets a flag in this isolated world,
 * which page scripts cannot see or set.
 */
const world = globalThis as { __icpFilingAssistant?: boolean; __icpStarting?: boolean };
world.__icpStarting = true;
function extensionAlive(): boolean {
  try {
    return !!browser.runtime?.id;
  } catch {
    return false;
  }
}
/** WXT's event name (`getUniqueEventName` in wxt/utils/internal/custom-events): `<id>:<entrypoint>:<event>`. */
const SCRIPT_STARTED_EVENT = (id: string) => `${id}:content:wxt:content-script-started`;
// (WXT also evaluates this module in Node at build time to read its options: no document there.)
if (typeof document !== 'undefined' && extensionAlive()) {
  document.addEventListener(
    SCRIPT_STARTED_EVENT(browser.runtime.id),
    (event) => {
      if (!extensionAlive() || world.__icpStarting) return;
      event.stopImmediatePropagation();
    },
    { capture: true },
  );
}

/**
 * On the filing and bureau pages: find the fields, send what they show to the background for the rules
 * core, put the findings on the page (design §2, §5). Does nothing on a page that is not a filing page,
 * and nothing at all on a site the user switched off. Page data goes only to the extension's own
 * background, never anywhere else.
 */
export default defineContentScript({
  matches: [...FILING_HOST_MATCHES, ...LOCAL_HOST_MATCHES],
  runAt: 'document_idle',
  // The page is not told we are here (no window.postMessage); WXT still stops an older instance of
  // this script through a document event (extension reloaded, or injected again after "enable on
  // this site"), guarded above so that only those two cases get through.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // The context is built and has told any older copy to stop: from now on that event is refused.
    world.__icpStarting = false;
    // Injected twice while the first is alive? One instance per page.
    const flag = world;
    if (flag.__icpFilingAssistant) return;
    flag.__icpFilingAssistant = true;

    let settings: Settings = await loadSettings(browser.storage.sync);
    const origin = location.origin;
    let watcher: PageWatcher | undefined;

    const send = (message: CheckMessage | PageStatusMessage | CatalogueRequest): Promise<unknown> =>
      browser.runtime.sendMessage(message).catch(() => undefined);

    /**
     * The field catalogue comes from the background (this script does not carry it: issue 17 item 4).
     * A second try covers a background that was just starting; without it no field is recognised.
     */
    const loadCatalogue = async () => {
      for (let attempt = 0; attempt < 2; attempt++) {
        const fields = guardCatalogueReply(await send({ type: 'catalogue' }));
        if (fields) return installCatalogue(fields);
      }
    };

    const overrides = () => ({
      ...(settings.province ? { province: settings.province } : {}),
      ...(settings.date ? { date: settings.date } : {}),
    });

    // The simulator's pages carry their simulated date; a real filing site's pages are judged by today
    // (the background checks the address again). Re-checked whenever the simulator's clock moves.
    const onSimulator = isSimulatorAddress(location.href);
    const readPageDate = (): string | undefined => {
      if (!onSimulator) return undefined;
      const content = document.querySelector(`meta[name="${SIM_DATE_META}"]`)?.getAttribute('content') ?? '';
      return /^\d{4}-\d{2}-\d{2}$/.test(content) ? content : undefined;
    };
    let pageDate = readPageDate();

    // A simulator page's tour player may present in English (`<html data-icp-lang>`): the hints follow
    // it there (local simulator only, like its date); elsewhere the setting decides.
    const readPageLang = () =>
      onSimulator ? pageLanguage(document.documentElement.getAttribute(PAGE_LANG_ATTR)) : undefined;
    let pageLang = readPageLang();
    const lang = () => pageLang ?? settings.lang;

    const checker: Checker = async (request) => {
      const state = watcher?.state();
      const reply = await send({
        type: 'check',
        title: document.title,
        draft: request.draft,
        pageFields: request.pageFields,
        ...(request.changed ? { changed: request.changed } : {}),
        ...(request.overrides ? { overrides: request.overrides } : {}),
        ...(state?.step ? { step: state.step } : {}),
        fields: state?.fields ?? [],
        ...(pageDate ? { pageDate } : {}),
      });
      const parsed = guardCheckReply(reply);
      if (!parsed) return undefined;
      // The hints say which day's rules they apply ("按 2018-11-26 的规则检查").
      watcher?.setOptions({ ruleDate: parsed.date });
      return parsed;
    };

    const reportStatus = (filingPage: boolean, enabled: boolean) =>
      void send({ type: 'page-status', title: document.title, filingPage, enabled });

    let dateObserver: MutationObserver | undefined;
    const watchPageDate = () => {
      if (!onSimulator || dateObserver) return;
      dateObserver = new MutationObserver(() => {
        const next = readPageDate();
        if (next === pageDate) return;
        pageDate = next;
        void watcher?.scan();
      });
      dateObserver.observe(document.head ?? document.documentElement, {
        childList: true,
        subtree: true,
        attributes: true,
        attributeFilter: ['content'],
      });
    };

    /**
     * A simulator page announces its date with an empty meta tag and fills it in once it has asked the
     * simulator: wait a moment for it, so that the first hints are already by the page's day. Pages
     * without the tag (not the simulator's) wait for nothing.
     */
    const waitForPageDate = (ms: number) =>
      new Promise<void>((resolve) => {
        if (!onSimulator || pageDate || !document.querySelector(`meta[name="${SIM_DATE_META}"]`)) return resolve();
        const timer = setTimeout(done, ms);
        const probe = new MutationObserver(() => {
          pageDate = readPageDate();
          if (pageDate) done();
        });
        function done() {
          clearTimeout(timer);
          probe.disconnect();
          resolve();
        }
        probe.observe(document.documentElement, { childList: true, subtree: true, attributes: true });
      });

    let langObserver: MutationObserver | undefined;
    const watchPageLang = () => {
      if (!onSimulator || langObserver) return;
      langObserver = new MutationObserver(() => {
        const next = readPageLang();
        if (next === pageLang) return;
        pageLang = next;
        watcher?.setOptions({ lang: lang() });
      });
      langObserver.observe(document.documentElement, { attributes: true, attributeFilter: [PAGE_LANG_ATTR] });
    };

    const start = () => {
      watchPageDate();
      watchPageLang();
      watcher = watchPage(document, {
        lang: lang(),
        minSeverity: settings.minSeverity,
        overrides: overrides(),
        checker,
        onState: (state) => {
          if (!state.filingPage) reportStatus(false, true);
        },
      });
      void watcher.scan();
    };

    const apply = () => {
      const enabled = siteEnabled(settings, origin);
      if (!enabled) {
        if (watcher) {
          watcher.stop();
          watcher = undefined;
        }
        reportStatus(false, false);
        return;
      }
      if (!watcher) start();
      else watcher.setOptions({ lang: lang(), minSeverity: settings.minSeverity, overrides: overrides() });
    };
    await Promise.all([loadCatalogue(), waitForPageDate(1500)]);
    apply();

    const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'sync' || !changes[SETTINGS_KEY]) return;
      settings = parseSettings(changes[SETTINGS_KEY].newValue);
      apply();
    };
    browser.storage.onChanged.addListener(onStorage);

    const onMessage = (raw: unknown, sender: { id?: string }, reply: (r: unknown) => void) => {
      if (sender.id !== browser.runtime.id) return false;
      const msg = guardPanelMessage(raw);
      if (!msg) return false;
      if (msg.type === 'focus-field') reply({ ok: watcher?.focusField(msg.path) ?? false });
      else if (msg.type === 'rescan') {
        void watcher?.scan();
        reply({ ok: !!watcher });
      } else {
        const t = watcher?.timings();
        const timings: TimingsReply = {
          input: t?.input ?? [],
          scan: t?.scan ?? [],
          ...(t?.firstScan !== undefined ? { firstScan: t.firstScan } : {}),
          read: t?.read ?? [],
          annotate: t?.annotate ?? [],
          fields: watcher?.fields().length ?? 0,
        };
        reply(timings);
      }
      return false;
    };
    browser.runtime.onMessage.addListener(onMessage);

    ctx.onInvalidated(() => {
      // Only a real invalidation tears down: the extension is gone, or our own newer copy is starting.
      // (The guard above already refuses anything else; this is the second lock.)
      if (extensionAlive() && !world.__icpStarting) return;
      // The extension was updated, reloaded or removed: leave the page exactly as it was.
      watcher?.stop();
      watcher = undefined;
      dateObserver?.disconnect();
      browser.storage.onChanged.removeListener(onStorage);
      browser.runtime.onMessage.removeListener(onMessage);
      flag.__icpFilingAssistant = false;
    });
  },
});
