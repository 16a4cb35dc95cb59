// Service-worker requests reach context.on('request') only with this set before the browser starts
// (Chromium; research §1.3 G1, playwright.dev service-workers-experimental).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

import { existsSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const FIXTURE_PAGES = join(import.meta.dirname, '../fixtures/pages');

/**
 * A request the fixture pages make themselves: one of their own files, with no query. Anything else
 * — a pixel, a beacon, a file that does not exist — was not the page's doing. (A content script's
 * `new Image().src` carries no initiator stack in CDP, so this is what catches it.)
 */
function pageOwnRequest(url: string, fixturesURL: string, extensionId: string): boolean {
  if (url.startsWith(`chrome-extension://${extensionId}/`) || url.startsWith('data:') || url === 'about:blank')
    return true;
  if (!url.startsWith(`${fixturesURL}/`)) return false;
  const u = new URL(url);
  if (u.search || u.pathname === '/favicon.ico') return u.pathname === '/favicon.ico' && !u.search;
  const file = normalize(join(FIXTURE_PAGES, decodeURIComponent(u.pathname)));
  return file.startsWith(FIXTURE_PAGES) && existsSync(file) && statSync(file).isFile();
}

// Issue 7 §4 / issue 4 §6: during a whole filing flow on the fixture pages — type decision, subject
// with ID numbers and phones, websites, the bureau's SMS check — no extension context (service
// worker, side panel, content script) issues a network request beyond its own files, and afterwards
// storage.local / storage.sync hold no ID number or phone number unless "remember this draft"
// (settings.rememberDraft, storage.sync `settings`) is on; switching it off forgets them again.
// research §1.1 S9, S11, S14; §1.3 G1, G3.

/** What the applicant types (valid values, so the flow is the happy one). */
const PII = {
  subjectId: '330106199003071236',
  principalId: '330106199003071236',
  webPrincipalId: '330106198512124565',
  mobile: '13812345678',
  webMobile: '13900001111',
  emergency: '13700002222',
  email: 'zhangsan@163.com',
};
const SECRETS = [PII.subjectId, PII.webPrincipalId, PII.mobile, PII.webMobile, PII.emergency, '124565', '071236'];

interface Egress {
  source: string;
  url: string;
}

/**
 * Watches every request of the context: extension pages and the service worker through Playwright,
 * content-script initiated ones through CDP (their initiator stack holds the extension's script).
 */
async function watchEgress(
  context: BrowserContext,
  extensionId: string,
): Promise<{ egress: Egress[]; all: string[]; attach(page: Page): Promise<void> }> {
  const own = `chrome-extension://${extensionId}/`;
  const egress: Egress[] = [];
  const all: string[] = [];
  const outside = (url: string) => !url.startsWith(own) && !url.startsWith('data:') && !url.startsWith('blob:');
  context.on('request', (request) => {
    const url = request.url();
    all.push(url);
    const worker = request.serviceWorker();
    if (worker) {
      if (worker.url().startsWith(own) && outside(url)) egress.push({ source: `service worker ${worker.url()}`, url });
      return;
    }
    let frameUrl = '';
    try {
      frameUrl = request.frame().url();
    } catch {
      /* no frame: a worker of a page */
    }
    if (frameUrl.startsWith(own) && outside(url)) egress.push({ source: `extension page ${frameUrl}`, url });
  });
  const sessions: CDPSession[] = [];
  const attach = async (page: Page) => {
    const cdp = await context.newCDPSession(page);
    sessions.push(cdp);
    cdp.on(
      'Network.requestWillBeSent',
      (e: {
        request: { url: string };
        initiator: { url?: string; stack?: { callFrames: { url: string }[]; parent?: unknown } };
      }) => {
        const frames: { url: string }[] = [];
        for (let s: unknown = e.initiator.stack; s; s = (s as { parent?: unknown }).parent)
          frames.push(...((s as { callFrames: { url: string }[] }).callFrames ?? []));
        const byExtension = frames.some((f) => f.url.startsWith(own)) || (e.initiator.url ?? '').startsWith(own);
        if (byExtension && outside(e.request.url))
          egress.push({ source: `content script on ${page.url()}`, url: e.request.url });
      },
    );
    await cdp.send('Network.enable');
  };
  context.on('page', (p) => void attach(p));
  for (const p of context.pages()) await attach(p);
  return { egress, all, attach };
}

/** A whole filing on the fixture pages (tests/fixtures/pages/step-*.html, bureau-sms.html), typed key by key. */
async function fileEverything(page: Page, fixturesURL: string) {
  const type = async (selector: string, value: string) => {
    const field = page.locator(selector);
    await field.click();
    await field.pressSequentially(value, { delay: 5 });
  };
  await page.goto(`${fixturesURL}/step-start.html`);
  await type('#idno', PII.subjectId);
  await type('#domain', 'zhangsan-photo.cn');

  await page.goto(`${fixturesURL}/step-subject.html`);
  await expect(page.locator('[name=idNumber]')).toHaveAttribute('data-icp-field', 'subject.idNumber');
  await type('[name=idNumber]', PII.subjectId);
  await type('[name=name]', '张三');
  await type('[name=idAddress]', '浙江省杭州市西湖区文三路90号');
  await type('[name=mailAddress]', '文三路90号');
  await type('[name=pName]', '张三');
  await type('[name=pIdNumber]', PII.principalId);
  await type('[name=pMobile]', PII.mobile);
  await type('[name=pTel]', '88888888');
  await type('[name=pEmergency]', PII.emergency);
  await type('[name=pEmail]', PII.email);
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.locator('#status')).toHaveText('已保存');

  await page.goto(`${fixturesURL}/step-website.html`);
  await expect(page.locator('[name=w1pid]')).toHaveAttribute('data-icp-field', /websites\[0\]\.principal\.idNumber/);
  await type('[name=w1name]', '山水摄影记录');
  await type('[name=w1d1]', 'zhangsan-photo.cn');
  await type('[name=w1home]', 'www.zhangsan-photo.cn');
  await type('[name=w1pname]', '李红');
  await type('[name=w1pid]', PII.webPrincipalId);
  await type('[name=w1pmobile]', PII.webMobile);
  await type('[name=w1pemail]', 'lihong@163.com');
  await type('[name=w2pmobile]', PII.mobile);
  await page.getByRole('button', { name: '下一步' }).click();

  await page.goto(`${fixturesURL}/bureau-sms.html`);
  await type('[placeholder="短信验证码"]', '123456');
  await type('[placeholder="手机号码"]', PII.mobile);
  await type('[placeholder="证件号码后六位"]', PII.subjectId.slice(-6));
  // let the debounced checks and the background's writes finish
  await page.waitForTimeout(800);
}

type Dump = {
  local: Record<string, unknown>;
  sync: Record<string, unknown>;
  ownLocalStorage: Record<string, string>;
  idb: string[];
};

async function dumpStorage(panel: Page): Promise<Dump> {
  return panel.evaluate(async () => {
    const c = (
      globalThis as never as {
        chrome: { storage: Record<'local' | 'sync', { get(k: null): Promise<Record<string, unknown>> }> };
      }
    ).chrome;
    const ownLocalStorage: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i) as string;
      ownLocalStorage[k] = localStorage.getItem(k) ?? '';
    }
    const dbs = (await indexedDB.databases?.()) ?? [];
    return {
      local: await c.storage.local.get(null),
      sync: await c.storage.sync.get(null),
      ownLocalStorage,
      idb: dbs.map((d) => d.name ?? ''),
    };
  });
}

/** Every PII value found anywhere in the text, also with separators or full-width digits. */
function piiIn(text: string): string[] {
  const folded = text.normalize('NFKC').replace(/[\s\-－]/g, '');
  return SECRETS.filter((s) => folded.includes(s));
}

const setRemember = (panel: Page, on: boolean) =>
  panel.evaluate(async (value) => {
    const c = (
      globalThis as never as {
        chrome: {
          storage: { sync: { get(k: string): Promise<Record<string, unknown>>; set(v: unknown): Promise<void> } };
        };
      }
    ).chrome;
    const current = ((await c.storage.sync.get('settings')).settings ?? {}) as Record<string, unknown>;
    await c.storage.sync.set({ settings: { ...current, rememberDraft: value } });
  }, on);

test.describe('privacy: nothing leaves, nothing is kept (issue 7 §4, issue 4 §6)', () => {
  test('a whole filing flow: no extension context sends a request; storage.local/sync hold no ID or phone number by default', async ({
    context,
    page,
    extensionId,
    sidePanelPage,
    fixturesURL,
  }) => {
    const net = await watchEgress(context, extensionId);
    const settings = (await dumpStorage(sidePanelPage)).sync.settings as { rememberDraft?: boolean } | undefined;
    expect(settings?.rememberDraft ?? false, '"remember this draft" must be off by default').toBe(false);

    await fileEverything(page, fixturesURL);
    // the extension really read and checked the pages (otherwise "nothing stored" would prove nothing)
    await expect(page.locator('[placeholder="手机号码"]')).toHaveAttribute('data-icp-field', 'smsCheck.mobile');
    await sidePanelPage.reload();
    await sidePanelPage.waitForTimeout(300);

    expect(
      net.egress,
      `requests from extension contexts:\n${net.egress.map((e) => `${e.source} → ${e.url}`).join('\n')}`,
    ).toEqual([]);
    // every request was a fixture page loading its own files, and no URL carries a typed value
    expect(net.all.filter((u) => !pageOwnRequest(u, fixturesURL, extensionId))).toEqual([]);
    expect(net.all.filter((u) => piiIn(decodeURIComponent(u)).length)).toEqual([]);

    const dump = await dumpStorage(sidePanelPage);
    expect(piiIn(JSON.stringify(dump.local)), 'storage.local').toEqual([]);
    expect(piiIn(JSON.stringify(dump.sync)), 'storage.sync').toEqual([]);
    expect(piiIn(JSON.stringify(dump.ownLocalStorage)), "the extension origin's localStorage").toEqual([]);
    expect(dump.idb, "the extension origin's IndexedDB").toEqual([]);
    // nothing was written into the host page's own storage either (the content script shares its origin)
    const hostStorage = await page.evaluate(() =>
      JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage }, cookie: document.cookie }),
    );
    expect(piiIn(hostStorage), "the host page's localStorage/sessionStorage/cookies").toEqual([]);
  });

  test('"remember this draft" on: the draft may be kept in storage.local (never sync, never the network); switched off, it is forgotten', async ({
    context,
    page,
    extensionId,
    sidePanelPage,
    fixturesURL,
  }) => {
    const net = await watchEgress(context, extensionId);
    await setRemember(sidePanelPage, true);
    await fileEverything(page, fixturesURL);

    expect(net.egress.map((e) => `${e.source} → ${e.url}`)).toEqual([]);
    expect(net.all.filter((u) => !pageOwnRequest(u, fixturesURL, extensionId))).toEqual([]);
    const kept = await dumpStorage(sidePanelPage);
    // remembering works — and so the storage dump and the PII detector of the first test see real data
    expect(piiIn(JSON.stringify(kept.local)).length, 'the remembered draft is in storage.local').toBeGreaterThan(0);
    expect(piiIn(JSON.stringify(kept.sync)), 'storage.sync never holds page data').toEqual([]);
    // the SMS code is a secret: never stored, even when remembering (issue 4 §5 option text)
    expect(JSON.stringify(kept.local)).not.toContain('"code":"123456"');

    await setRemember(sidePanelPage, false);
    await expect
      .poll(async () => piiIn(JSON.stringify((await dumpStorage(sidePanelPage)).local)), { timeout: 5_000 })
      .toEqual([]);
  });
});
