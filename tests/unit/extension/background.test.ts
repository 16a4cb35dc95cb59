import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../extension/entrypoints/background';
import {
  type CheckMessage,
  LAST_TAB_KEY,
  TabRecordSchema,
  tabRecordKey,
  tabSessionKey,
} from '../../../extension/messaging';
import { SETTINGS_KEY } from '../../../extension/settings';

const URL_ = 'http://127.0.0.1:5188/step-subject.html';

function check(overrides: Partial<CheckMessage> = {}): CheckMessage {
  return {
    type: 'check',
    title: '填写主体信息',
    draft: {
      filingPassword: 'hunter2-secret',
      subject: {
        province: '浙江省',
        nature: '个人',
        idNumber: '330106199003071235',
        principal: { mobile: '13812345678' },
      },
    },
    pageFields: [
      'filingPassword',
      'subject.province',
      'subject.nature',
      'subject.idNumber',
      'subject.principal.mobile',
    ],
    fields: [{ path: 'subject.idNumber', label: '主办单位证件号码', step: 'subject' }],
    step: 'subject',
    ...overrides,
  };
}

/** Deliver a message to the background as the browser would, and wait for its answer. */
async function send(message: unknown, sender: { id?: string; tab?: { id: number }; url?: string }): Promise<unknown> {
  return new Promise((resolve) => {
    let answered = false;
    // The real event passes sendResponse as a third argument; the fake's types know only two.
    const trigger = fakeBrowser.runtime.onMessage.trigger as unknown as (...args: unknown[]) => Promise<unknown[]>;
    void trigger(message, sender, (reply: unknown) => {
      answered = true;
      resolve(reply);
    }).then((results: unknown[]) => {
      // A listener that returned false will never answer.
      if (!answered && !results.includes(true)) resolve(undefined);
    });
  });
}

/** The background stores the tab's state right after answering: let it. */
const stored = () => new Promise((r) => setTimeout(r, 20));

const fromTab = (id = 7, url = URL_) => ({ id: fakeBrowser.runtime.id, tab: { id }, url });

beforeEach(() => {
  fakeBrowser.reset();
  background.main();
});

describe('background: the rules core for the content scripts, state per tab (issue 4 §4–§6)', () => {
  test('answers a check with findings and the plan, and keeps the tab’s record in storage.session', async () => {
    const reply = (await send(check(), fromTab())) as { ok: boolean; findings: { rule: string }[]; plan: unknown };
    expect(reply.ok).toBe(true);
    expect(reply.findings.map((f) => f.rule)).toContain('id-number.checksum');
    await stored();
    const session = await fakeBrowser.storage.session.get(null);
    const record = TabRecordSchema.parse(session[tabRecordKey(7)]);
    expect(record.findings.some((f) => f.rule === 'id-number.checksum')).toBe(true);
    expect(record.provinceCode).toBe('33');
    expect(record.summary).toMatchObject({ province: '浙江省', nature: '个人' });
    expect(session[LAST_TAB_KEY]).toBe(7);
  });

  test('no page data in storage.local by default; the filing password is kept nowhere', async () => {
    await send(check(), fromTab());
    await stored();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    expect(JSON.stringify(await fakeBrowser.storage.session.get(null))).not.toContain('hunter2-secret');
  });

  test('with "remember this draft" on, the draft goes to storage.local (still without the password); off forgets it', async () => {
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { rememberDraft: true } });
    await send(check(), fromTab());
    await stored();
    const local = await fakeBrowser.storage.local.get(null);
    const key = 'remembered:http://127.0.0.1:5188';
    expect(Object.keys(local)).toEqual([key]);
    expect(JSON.stringify(local)).toContain('330106199003071235');
    expect(JSON.stringify(local)).not.toContain('hunter2-secret');
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { rememberDraft: false } });
    await new Promise((r) => setTimeout(r, 0));
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  test('the subject page’s province carries over to the website page of the same tab', async () => {
    await send(check(), fromTab());
    const reply = (await send(
      check({
        draft: { websites: [{ name: '张三的博客' }] },
        pageFields: ['websites[0].name'],
        fields: [{ path: 'websites[0].name', label: '网站名称', step: 'website' }],
      }),
      fromTab(7, 'http://127.0.0.1:5188/step-website.html'),
    )) as { provinceCode?: string };
    expect(reply.provinceCode).toBe('33');
  });

  test('refuses messages from other extensions, from non-tabs, and malformed ones', async () => {
    expect(await send(check(), { id: 'another-extension', tab: { id: 7 } })).toBeUndefined();
    expect(await send(check(), { id: fakeBrowser.runtime.id })).toBeUndefined();
    expect(await send({ type: 'check', url: 1 }, fromTab())).toBeUndefined();
    expect(await send(check({ draft: { subject: { unknownField: 'x' } } }), fromTab())).toEqual({
      ok: false,
      error: 'not a filing draft',
    });
    await stored();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  test('a page that is not a filing page, or switched off, is recorded as such', async () => {
    await send({ type: 'page-status', title: 't', filingPage: false, enabled: false }, fromTab(9));
    const record = TabRecordSchema.parse((await fakeBrowser.storage.session.get(tabRecordKey(9)))[tabRecordKey(9)]);
    expect(record.enabled).toBe(false);
    expect(record.findings).toEqual([]);
  });

  test('closing the tab drops its state', async () => {
    await send(check(), fromTab(7));
    await stored();
    expect((await fakeBrowser.storage.session.get(null))[tabRecordKey(7)]).toBeDefined();
    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 1, isWindowClosing: false });
    await new Promise((r) => setTimeout(r, 0));
    const session = await fakeBrowser.storage.session.get(null);
    expect(session[tabRecordKey(7)]).toBeUndefined();
    expect(session[tabSessionKey(7)]).toBeUndefined();
  });

  test('the page address comes from sender, never from the message', async () => {
    await send({ ...check(), url: 'https://beian.aliyun.com/forged' }, fromTab(7, 'http://127.0.0.1:5188/a.html'));
    await stored();
    const record = TabRecordSchema.parse((await fakeBrowser.storage.session.get(tabRecordKey(7)))[tabRecordKey(7)]);
    expect(record.origin).toBe('http://127.0.0.1:5188');
    expect(record.url).toBe('http://127.0.0.1:5188/a.html');
    // A content-script message with no page address at all is refused.
    expect(await send(check(), { id: fakeBrowser.runtime.id, tab: { id: 7 } })).toBeUndefined();
  });

  test('a simulator page is judged by its own date; a real filing site’s page by today; the override wins', async () => {
    const website = (pageDate?: string) =>
      check({
        draft: { subject: { province: '浙江省', nature: '个人' }, websites: [{ domains: ['zhangwei.io'] }] },
        pageFields: ['subject.province', 'subject.nature', 'websites[0].domains[0]'],
        ...(pageDate ? { pageDate } : {}),
      });
    const severity = (r: unknown) =>
      (r as { findings: { rule: string; severity: string }[] }).findings.find(
        (f) => f.rule === 'domain.suffix-fileable',
      )?.severity;
    const onSim = (await send(website('2018-11-26'), fromTab(1, 'http://127.0.0.1:5180/beian/#/start'))) as {
      date: string;
      dateSource: string;
    };
    expect(onSim).toMatchObject({ date: '2018-11-26', dateSource: 'page' });
    expect(severity(onSim)).toBe('warning');
    const real = (await send(website('2018-11-26'), fromTab(2, 'https://beian.aliyun.com/start'))) as {
      date: string;
      dateSource: string;
    };
    expect(real.dateSource).toBe('today');
    expect(real.date).not.toBe('2018-11-26');
    expect(severity(real)).toBe('error');
    const overridden = (await send(
      { ...website('2018-11-26'), overrides: { date: '2026-12-01' } },
      fromTab(3, 'http://127.0.0.1:5180/beian/#/start'),
    )) as { date: string; dateSource: string };
    expect(overridden).toMatchObject({ date: '2026-12-01', dateSource: 'override' });
  });

  test('another filing in the same tab starts from nothing: no finding of the last one', async () => {
    const sim = 'http://127.0.0.1:5180/beian/#/order/O-0001/subject';
    await send(check(), fromTab(7, sim));
    // The next filing's start page (no order yet) shows other fields: the old ID error must not stay.
    const start = (await send(
      check({
        draft: { subject: { province: '浙江省', nature: '个人' } },
        pageFields: ['subject.province', 'subject.nature'],
      }),
      fromTab(7, 'http://127.0.0.1:5180/beian/#/start'),
    )) as { findings: { rule: string; field: string }[] };
    expect(start.findings.filter((f) => f.field === 'subject.idNumber')).toEqual([]);
    await stored();
    const record = TabRecordSchema.parse((await fakeBrowser.storage.session.get(tabRecordKey(7)))[tabRecordKey(7)]);
    expect(record.findings.some((f) => f.rule === 'id-number.checksum')).toBe(false);
    expect(record.orderId).toBeUndefined();
  });

  test('pages of one order keep the filing; the panel’s 新建备案 forgets it and asks the page to check again', async () => {
    await send(check(), fromTab(7, 'http://127.0.0.1:5180/beian/#/order/O-0001/subject'));
    const website = (await send(
      check({ draft: { websites: [{ name: '张三的博客' }] }, pageFields: ['websites[0].name'] }),
      fromTab(7, 'http://127.0.0.1:5180/beian/#/order/O-0001/website'),
    )) as { findings: { rule: string }[]; provinceCode?: string };
    expect(website.provinceCode).toBe('33');
    expect(website.findings.some((f) => f.rule === 'id-number.checksum')).toBe(true);
    await stored();
    const sent: unknown[] = [];
    fakeBrowser.tabs.sendMessage = (async (_tab: number, message: unknown) => {
      sent.push(message);
    }) as typeof fakeBrowser.tabs.sendMessage;
    const panel = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') };
    expect(await send({ type: 'new-filing', tabId: 7 }, panel)).toEqual({ ok: true });
    expect(sent).toEqual([{ type: 'rescan' }]);
    const session = await fakeBrowser.storage.session.get(null);
    expect(session[tabSessionKey(7)]).toBeUndefined();
    expect(TabRecordSchema.parse(session[tabRecordKey(7)]).findings).toEqual([]);
    // Checked again, the website page alone no longer knows the province of the forgotten subject page.
    const after = (await send(
      check({ draft: { websites: [{ name: '张三的博客' }] }, pageFields: ['websites[0].name'] }),
      fromTab(7, 'http://127.0.0.1:5180/beian/#/order/O-0001/website'),
    )) as { provinceCode?: string };
    expect(after.provinceCode).toBeUndefined();
    // A web page cannot send the panel's request.
    expect(await send({ type: 'new-filing', tabId: 7 }, fromTab(7))).toBeUndefined();
  });
});
