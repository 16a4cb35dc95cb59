import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setupServer } from 'msw/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../simulator/handlers/index';
import { SimDatabase } from '../../../simulator/state/database';
import { openStore } from '../../../simulator/state/persistence';
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
  const opened = await openStore(dataDir);
  const server = setupServer(...createHandlers(opened.store));
  server.listen({ onUnhandledRequest: 'error' });
  return {
    ...opened,
    close: async () => {
      await opened.store.idle();
      server.close();
      opened.database.close();
    },
  };
}

describe('persistence round trip', () => {
  it('a fresh directory starts from the empty scenario and writes it to simulator.db at once', async () => {
    const s = await serve(dir);
    expect(s.loaded).toBe(false);
    await s.close();
    const db = SimDatabase.open(dir).database;
    expect(db.schemaVersion()).toBe(1);
    expect(db.worldIds()).toEqual(['default']);
    expect(db.readRaw('default').raw.scenario).toBe('empty');
    db.close();
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

  it('a stored world that fails the schema is moved whole to kept_aside, reported, and the scenario starts', async () => {
    const a = await serve(dir);
    await fetch('http://sim.test/__sim/reset', {
      method: 'POST',
      headers: JSON_TYPE,
      body: JSON.stringify({ scenario: 'zj-first-sms-pending' }),
    });
    await a.close();
    const db = SimDatabase.open(dir).database;
    db.db.exec(`UPDATE entities SET json = json_set(json, '$.status', 'lost-in-space') WHERE list = 'orders'`);
    db.close();
    const b = await serve(dir);
    expect(b.loaded).toBe(false);
    expect(b.problem).toMatch(/orders\.0\.status/);
    expect(b.keptAside).toMatch(/kept_aside, row 1/);
    const state = await (await fetch('http://sim.test/__sim/state')).json();
    expect(state.scenario).toBe('empty');
    const kept = b.database.keptAside();
    expect(kept).toMatchObject([{ id: 1, world: 'default' }]);
    const row = b.database.db.prepare('SELECT state_json FROM kept_aside WHERE id = 1').get() as { state_json: string };
    expect(JSON.parse(row.state_json).orders[0].status).toBe('lost-in-space');
    await b.close();
  });

  it('a file that is not a SQLite database is renamed simulator.db.bad-<time>, not overwritten', async () => {
    await writeFile(join(dir, 'simulator.db'), 'this is not a database, but someone may need it');
    const s = await serve(dir);
    expect(s.loaded).toBe(false);
    expect(s.problem).toBeTruthy();
    const bad = (await readdir(dir)).find((f) => /^simulator\.db\.bad-[0-9TZ-]+$/.test(f));
    expect(bad).toBeTruthy();
    expect(await readFile(join(dir, bad ?? ''), 'utf8')).toBe('this is not a database, but someone may need it');
    await s.close();
  });

  it("an older simulator's state.json and uploads are imported once, the file renamed *.imported-<time>", async () => {
    const a = await serve(dir);
    await fetch('http://sim.test/__sim/reset', {
      method: 'POST',
      headers: JSON_TYPE,
      body: JSON.stringify({ scenario: 'zj-first-sms-pending' }),
    });
    const before = await (await fetch('http://sim.test/__sim/state')).json();
    await a.close();
    const legacy = await mkdtemp(join(tmpdir(), 'sim-legacy-'));
    await writeFile(join(legacy, 'state.json'), JSON.stringify(before));
    const b = await serve(legacy);
    expect(b.imported).toEqual(['default']);
    expect(b.loaded).toBe(true);
    expect(await (await fetch('http://sim.test/__sim/state')).json()).toEqual(before);
    expect((await readdir(legacy)).some((f) => f.startsWith('state.json.imported-'))).toBe(true);
    await b.close();
    await rm(legacy, { recursive: true, force: true });
  });
});
