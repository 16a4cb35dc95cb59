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
    url: URL_,
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
async function send(message: unknown, sender: { id?: string; tab?: { id: number } }): Promise<unknown> {
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

const fromTab = (id = 7) => ({ id: fakeBrowser.runtime.id, tab: { id } });

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
        url: 'http://127.0.0.1:5188/step-website.html',
        draft: { websites: [{ name: '张三的博客' }] },
        pageFields: ['websites[0].name'],
        fields: [{ path: 'websites[0].name', label: '网站名称', step: 'website' }],
      }),
      fromTab(),
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
    await send({ type: 'page-status', url: URL_, title: 't', filingPage: false, enabled: false }, fromTab(9));
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
});
