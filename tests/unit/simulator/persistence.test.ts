import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setupServer } from 'msw/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../simulator/handlers/index';
import { openFileStore } from '../../../simulator/state/persistence';
import { SAMPLE_FILES } from '../../../simulator/state/scenarios/index';

const JSON_TYPE = { 'content-type': 'application/json' };

/** State that survives a restart (issue 5 item 7), through a temporary SIM_DATA_DIR. */

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sim-state-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function serve(dataDir: string) {
  const opened = await openFileStore(dataDir);
  const server = setupServer(...createHandlers(opened.store));
  server.listen({ onUnhandledRequest: 'error' });
  return {
    ...opened,
    close: async () => {
      await opened.store.idle();
      server.close();
    },
  };
}

describe('persistence round trip', () => {
  it('a fresh directory starts from the empty scenario and writes state.json at once', async () => {
    const s = await serve(dir);
    expect(s.loaded).toBe(false);
    const text = await readFile(join(dir, 'state.json'), 'utf8');
    expect(JSON.parse(text).scenario).toBe('empty');
    await s.close();
  });

  it('every mutation is saved atomically; a restart restores orders, SMS, clock and uploaded files', async () => {
    const a = await serve(dir);
    await fetch('http://sim.test/__sim/reset', {
      method: 'POST',
      headers: JSON_TYPE,
      body: JSON.stringify({ scenario: 'zj-first-sms-pending' }),
    });
    await fetch('http://sim.test/__sim/clock', {
      method: 'POST',
      headers: JSON_TYPE,
      body: JSON.stringify({ advance: 'PT1H' }),
    });
    const before = await (await fetch('http://sim.test/__sim/state')).json();
    await a.close();
    // only the final file remains, no temporary files
    expect((await readdir(dir)).filter((f) => f.includes('.tmp-'))).toEqual([]);

    const b = await serve(dir);
    expect(b.loaded).toBe(true);
    const after = await (await fetch('http://sim.test/__sim/state')).json();
    expect(after).toEqual(before);
    expect(after.clock.now).toBe('2018-11-28T10:10:00+08:00');
    await b.close();
  });

  it('uploaded files are kept under the data directory and served after a restart', async () => {
    const a = await serve(dir);
    await fetch('http://sim.test/__sim/settings', {
      method: 'POST',
      headers: JSON_TYPE,
      body: JSON.stringify({ captcha: false }),
    });
    const d = await (
      await fetch('http://sim.test/api/beian/type-decision', {
        method: 'POST',
        headers: JSON_TYPE,
        body: JSON.stringify({
          province: '浙江省',
          city: '杭州市',
          district: '西湖区',
          nature: '个人',
          idType: '身份证',
          idNumber: '330106199003071236',
          domain: 'wangxiaoming.com',
        }),
      })
    ).json();
    const form = new FormData();
    form.set('kind', 'id-front');
    form.set('file', new File([SAMPLE_FILES.png], 'front.png'));
    const up = await (
      await fetch(`http://sim.test/api/beian/orders/${d.order.id}/uploads`, { method: 'POST', body: form })
    ).json();
    await a.close();
    const b = await serve(dir);
    const file = await fetch(`http://sim.test${up.upload.url}`);
    expect(file.status).toBe(200);
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(SAMPLE_FILES.png);
    await b.close();
  });

  it('a corrupt state file is reported and replaced by a fresh scenario, not half-loaded', async () => {
    const a = await serve(dir);
    await a.close();
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(dir, 'state.json'), '{"version":1,"orders":[');
    const b = await serve(dir);
    expect(b.loaded).toBe(false);
    expect(b.problem).toBeTruthy();
    await b.close();
  });
});
