// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { type CheckRequest, TabCheckSession } from '../../../extension/check/tab-session';
import { type Checker, type PageWatcher, watchPage } from '../../../extension/page/watch';
import { loadFixture, loadHtml, pick, type } from './fixture-dom';

/** The rules core as the background runs it, called directly. */
function engineChecker(): { checker: Checker; requests: CheckRequest[] } {
  const session = new TabCheckSession();
  const requests: CheckRequest[] = [];
  return {
    requests,
    checker: (req) => {
      requests.push(req);
      return session.check(req);
    },
  };
}

const q = (sel: string) => document.querySelector(sel) as HTMLInputElement;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let watcher: PageWatcher | undefined;
afterEach(() => {
  watcher?.stop();
  watcher = undefined;
});

function start(checker: Checker, debounceMs = 20) {
  watcher = watchPage(document, { lang: 'zh', minSeverity: 'info', checker, debounceMs, rescanMs: 20 });
  return watcher;
}

describe('checking as the applicant types (issue 4 §2)', () => {
  test('a wrong ID number gets its marker after the debounce; fixing it removes it (GB 11643 check digit)', async () => {
    loadFixture('step-subject.html');
    const { checker } = engineChecker();
    const w = start(checker);
    await w.scan();
    const id = q('[name=idNumber]');
    type(id, '330106199003071235');
    expect(id.hasAttribute('aria-invalid')).toBe(false); // not before the debounce
    await sleep(40);
    await w.settle();
    expect(id.getAttribute('aria-invalid')).toBe('true');
    expect(id.getAttribute('data-icp-rules')).toContain('id-number.checksum');
    expect(w.annotator.hintFor('subject.idNumber')?.shadowRoot?.textContent).toContain('校验位');
    type(id, '330106199003071236');
    await sleep(40);
    await w.settle();
    expect(id.hasAttribute('aria-invalid')).toBe(false);
    expect(id.hasAttribute('data-icp-rules')).toBe(false);
    expect(id.getAttribute('aria-describedby')).toBe('idno-tip');
    expect(w.annotator.hintFor('subject.idNumber')).toBeUndefined();
  });

  test('only the changed field is sent as changed (incremental check)', async () => {
    loadFixture('step-subject.html');
    const { checker, requests } = engineChecker();
    const w = start(checker);
    await w.scan();
    expect(requests.at(-1)?.changed).toBeUndefined(); // the first check is a full one
    type(q('[name=pMobile]'), '1381234567');
    await sleep(40);
    await w.settle();
    expect(requests.at(-1)?.changed).toEqual(['subject.principal.mobile']);
    expect(q('[name=pMobile]').getAttribute('data-icp-rules')).toContain('mobile.length');
  });

  test('blur checks at once, without waiting for the debounce', async () => {
    loadFixture('step-subject.html');
    const { checker, requests } = engineChecker();
    const w = start(checker, 60_000);
    await w.scan();
    const mail = q('[name=pEmail]');
    type(mail, 'zhangsan@163');
    const before = requests.length;
    mail.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    await w.settle();
    expect(requests.length).toBe(before + 1);
    expect(mail.getAttribute('aria-invalid')).toBe('true');
  });

  test('a required field left blank is reported only after the applicant has been there', async () => {
    loadFixture('step-subject.html');
    const { checker } = engineChecker();
    const w = start(checker);
    await w.scan();
    const name = q('[name=name]');
    expect(name.getAttribute('data-icp-rules') ?? '').not.toContain('required.subject.name');
    name.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    await w.settle();
    expect(name.getAttribute('data-icp-rules')).toContain('required.subject.name');
  });

  test('the split landline is checked as one composed value', async () => {
    loadFixture('step-subject.html');
    const { checker } = engineChecker();
    const w = start(checker);
    await w.scan();
    type(q('[name=pTel]'), '1234');
    await sleep(40);
    await w.settle();
    expect(q('[name=pTel]').getAttribute('data-icp-rules')).toContain('landline.subscriber-length');
    expect(q('[name=pExt]').getAttribute('data-icp-rules')).toContain('landline.subscriber-length');
  });

  test('the page’s own input listeners still run, and our listeners never cancel anything', async () => {
    loadFixture('step-subject.html');
    const { checker } = engineChecker();
    const w = start(checker);
    await w.scan();
    const seen = vi.fn();
    const id = q('[name=idNumber]');
    id.addEventListener('input', (e) => seen(e.defaultPrevented));
    document.addEventListener('input', (e) => seen(e.defaultPrevented));
    type(id, '1');
    expect(seen).toHaveBeenCalledTimes(2);
    expect(seen).toHaveBeenCalledWith(false);
  });
});

describe('page changes (SPA re-renders, wizard steps)', () => {
  test('a result that appears after 验证备案类型 is picked up (MutationObserver) and the plan gets the type', async () => {
    loadFixture('step-start.html');
    const { checker } = engineChecker();
    const w = start(checker);
    await w.scan();
    expect(w.fields().some((f) => f.path === 'filingType')).toBe(false);
    document.getElementById('result')?.removeAttribute('hidden');
    await sleep(60);
    await w.settle();
    expect(w.fields().some((f) => f.path === 'filingType')).toBe(true);
    expect((w.state().plan as { filingType?: string }).filingType).toBe('first');
  });

  test('a re-rendered form (new elements) gets its markers again', async () => {
    loadHtml(`<div id="app"><form><h2>主办单位信息</h2><p><label for="a">主办单位证件号码</label><input id="a" value="330106199003071235"></p>
      <p><label for="b">主办单位名称</label><input id="b"></p></form></div>`);
    const { checker } = engineChecker();
    const w = start(checker);
    await w.scan();
    expect(q('#a').getAttribute('aria-invalid')).toBe('true');
    const app = document.getElementById('app') as HTMLElement;
    app.innerHTML = app.innerHTML.replace(/ data-icp-[a-z]+="[^"]*"| aria-[a-z]+="[^"]*"/g, '');
    expect(q('#a').hasAttribute('aria-invalid')).toBe(false);
    await sleep(60);
    await w.settle();
    expect(q('#a').getAttribute('aria-invalid')).toBe('true');
    expect(q('#a').getAttribute('data-icp-field')).toBe('subject.idNumber');
  });

  test('a select change is a change of its field', async () => {
    loadFixture('step-start.html');
    const { checker, requests } = engineChecker();
    const w = start(checker);
    await w.scan();
    pick(document.getElementById('nature'), '企业');
    await sleep(40);
    await w.settle();
    expect(requests.at(-1)?.changed).toEqual(['subject.nature']);
    expect(requests.at(-1)?.draft.subject?.nature).toBe('企业');
  });
});

describe('doing nothing where there is nothing to do', () => {
  test('a page that is not a filing page gets no marker and no check', async () => {
    loadFixture('not-filing.html');
    const { checker, requests } = engineChecker();
    const w = start(checker);
    await w.scan();
    type(q('#n2'), '123');
    await sleep(40);
    await w.settle();
    expect(requests).toHaveLength(0);
    expect(document.querySelector('[data-icp-field]')).toBeNull();
  });

  test('stop() (extension switched off) leaves no marker behind', async () => {
    loadFixture('step-subject.html');
    const before = document.body.innerHTML;
    const { checker } = engineChecker();
    const w = start(checker);
    await w.scan();
    type(q('[name=idNumber]'), 'x');
    await sleep(40);
    await w.settle();
    w.stop();
    watcher = undefined;
    q('[name=idNumber]').value = '';
    expect(document.body.innerHTML).toBe(before);
  });

  test('a stale answer (an earlier check finishing last) is dropped', async () => {
    loadFixture('step-subject.html');
    const session = new TabCheckSession();
    let slowFirst = true;
    const checker: Checker = async (req) => {
      const out = session.check(req);
      if (slowFirst && req.changed) {
        slowFirst = false;
        await sleep(80);
      }
      return out;
    };
    const w = start(checker, 5);
    await w.scan();
    const id = q('[name=idNumber]');
    type(id, '330106199003071235'); // wrong: its answer arrives late
    await sleep(15);
    type(id, '330106199003071236'); // right
    await sleep(150);
    await w.settle();
    expect(id.hasAttribute('aria-invalid')).toBe(false);
  });
});

describe('library controls change by re-rendering, without input events (issue 13 §1)', () => {
  // A Fusion Select as @alifd/next renders it: the chosen text appears as an `em`, the input stays empty.
  const select = (label: string) => `
    <div role="row" class="next-form-item"><div role="gridcell" class="next-form-item-label"><label>${label}</label></div>
      <div role="gridcell" class="next-form-item-control"><span class="next-select next-select-single" aria-haspopup="true">
        <span class="next-input next-select-inner"><span class="next-select-values"><span class="next-select-trigger-search">
          <input role="combobox" readonly placeholder="请选择" value=""></span></span></span></span></div></div>`;
  const choose = (row: Element, text: string) => {
    const values = row.querySelector('.next-select-values') as HTMLElement;
    values.querySelector('em')?.remove();
    const em = document.createElement('em');
    em.textContent = text;
    values.prepend(em);
  };

  test('left blank, the select is required; the chosen 身份证 appearing as text clears it, and the draft reads it', async () => {
    loadHtml(`<form><h3>主办单位信息</h3>${select('主办单位所属区域')}${select('主办单位证件类型')}
      <div class="next-form-item"><label for="n">主办单位名称</label><input id="n" value="张三"></div></form>`);
    const { checker, requests } = engineChecker();
    const w = start(checker);
    await w.scan();
    const rows = document.querySelectorAll('.next-form-item');
    const idType = rows[1]?.querySelector('input') as HTMLInputElement;
    expect(idType.getAttribute('data-icp-field')).toBe('subject.idType');

    // The applicant opens the select and clicks into the popup: focus leaves before the choice renders.
    idType.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    await w.settle();
    expect(idType.getAttribute('data-icp-rules')).toContain('required.subject.idType');

    choose(rows[1] as Element, '居民身份证');
    choose(rows[0] as Element, '浙江省 / 杭州市 / 西湖区');
    await sleep(60);
    await w.settle();
    expect(idType.hasAttribute('data-icp-rules')).toBe(false);
    expect(idType.hasAttribute('aria-invalid')).toBe(false);
    const last = requests.at(-1);
    expect(last?.draft.subject).toMatchObject({
      idType: '居民身份证',
      province: '浙江省',
      city: '杭州市',
      district: '西湖区',
    });
    expect(last?.pageFields).toEqual(expect.arrayContaining(['subject.province', 'subject.city', 'subject.district']));
  });
});
