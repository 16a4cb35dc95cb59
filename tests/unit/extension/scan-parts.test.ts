// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { type CheckRequest, TabCheckSession } from '../../../extension/check/tab-session';
import { type PageWatcher, watchPage } from '../../../extension/page/watch';
import { loadFixture, type } from './fixture-dom';

let watcher: PageWatcher | undefined;
afterEach(() => {
  watcher?.stop();
  watcher = undefined;
});

/** One turn of the event loop (a macrotask): what the page gets to run between our parts. */
const nextTask = () => new Promise((r) => setTimeout(r, 0));

describe('a scan lets the page run between its parts (issue 17 item 4: no long task under load)', () => {
  test('locating, marking and reading+checking run in separate tasks; the result is the same', async () => {
    loadFixture('step-subject.html');
    const id = document.querySelector('[name=idNumber]') as HTMLInputElement;
    type(id, '330106199003071235');
    const session = new TabCheckSession();
    const requests: CheckRequest[] = [];
    watcher = watchPage(document, {
      lang: 'zh',
      minSeverity: 'info',
      checker: (req) => {
        requests.push(req);
        return session.check(req);
      },
    });
    const done = watcher.scan();
    // Task 1 located the fields only: nothing marked, nothing sent yet.
    expect(watcher.fields().length).toBe(0);
    expect(document.querySelector('[data-icp-field]')).toBeNull();
    await nextTask();
    // Task 2 applied the fields and their markers; the draft is read and sent in a later task.
    expect(watcher.fields().map((f) => f.path)).toContain('subject.idNumber');
    expect(id.getAttribute('data-icp-field')).toBe('subject.idNumber');
    expect(requests).toHaveLength(0);
    await done;
    expect(requests).toHaveLength(1);
    expect(id.getAttribute('aria-invalid')).toBe('true');
    expect(id.getAttribute('data-icp-rules')).toContain('id-number.checksum');
  });

  test('a newer scan started while one is between its parts wins; settle() waits for both', async () => {
    loadFixture('step-subject.html');
    const session = new TabCheckSession();
    const requests: CheckRequest[] = [];
    watcher = watchPage(document, {
      lang: 'zh',
      minSeverity: 'info',
      checker: (req) => {
        requests.push(req);
        return session.check(req);
      },
    });
    void watcher.scan();
    void watcher.scan();
    await watcher.settle();
    expect(requests).toHaveLength(1);
    expect(watcher.state().filingPage).toBe(true);
  });
});
