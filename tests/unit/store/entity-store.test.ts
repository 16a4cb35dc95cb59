import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStore } from '../../../simulator/state/create';
import { SimDatabase } from '../../../simulator/state/database';
import type { SimState } from '../../../simulator/state/schema';
import { droppedFromFront, type EntityChanges, SimStore } from '../../../simulator/state/store';

/** The entity store (issue 12 item 2): writes only what a transaction changed; rolls back what throws. */

function recorder() {
  const commits: EntityChanges[] = [];
  return { commits, persistence: { commit: (c: EntityChanges) => void commits.push(structuredClone(c)) } };
}

async function storeWith(scenario = 'zj-first-sms-pending') {
  const rec = recorder();
  const store = await createStore({ scenario, persistence: rec.persistence });
  rec.commits.length = 0;
  return { store, ...rec };
}

const sms = (id: string): SimState['sms'][number] => ({
  id,
  to: '13800000000',
  from: null,
  text: 't',
  code: null,
  sentAt: '2018-11-28T09:10:00+08:00',
  kind: 'notice',
});

describe('a transaction writes only the entities it changed', () => {
  it('a write into one order commits that order alone, as a row of the orders list', async () => {
    const { store, commits } = await storeWith();
    const id = store.peek((s) => s.orders[0]?.id) as string;
    await store.transact(({ state }) => {
      const order = state.orders.find((o) => o.id === id);
      if (order) order.draft.subject = { ...order.draft.subject, name: '王小明' };
    });
    expect(commits).toHaveLength(1);
    expect(commits[0]?.meta).toEqual([]);
    expect(commits[0]?.rows.map((r) => [r.list, JSON.parse(r.json).id])).toEqual([['orders', id]]);
    expect(commits[0]?.removed).toEqual([]);
  });

  it('a read-only transaction commits nothing', async () => {
    const { store, commits } = await storeWith();
    await store.transact(({ state }) => state.orders.length);
    expect(commits).toEqual([]);
  });

  it('a push adds one row; a capped outbox dropping its oldest removes exactly those rows', async () => {
    const { store, commits } = await storeWith('empty');
    await store.transact(({ state }) => {
      state.sms.push(sms('M-1'), sms('M-2'), sms('M-3'));
    });
    await store.transact(({ state }) => {
      state.sms.push(sms('M-4'));
      state.sms.splice(0, 2);
      state.rng = 42;
    });
    const last = commits.at(-1) as EntityChanges;
    expect(last.rows.map((r) => JSON.parse(r.json).id)).toEqual(['M-4']);
    expect(last.removed).toEqual([
      { list: 'sms', seq: 1 },
      { list: 'sms', seq: 2 },
    ]);
    expect(last.meta).toEqual([['rng', '42']]);
    expect(store.peek((s) => s.sms.map((m) => m.id))).toEqual(['M-3', 'M-4']);
  });

  it('a sort renumbers the list (the stored order follows the state)', async () => {
    const { store, commits } = await storeWith('empty');
    await store.transact(({ state }) => {
      state.sms.push(sms('M-1'), sms('M-2'), sms('M-3'));
    });
    await store.transact(({ state }) => {
      const [m1, m2, m3] = state.sms;
      if (m1 && m2 && m3) state.sms.splice(0, 3, m1, m3, m2);
    });
    const last = commits.at(-1) as EntityChanges;
    expect(last.cleared).toEqual(['sms']);
    expect(last.rows.map((r) => [JSON.parse(r.json).id, r.seq])).toEqual([
      ['M-1', 4],
      ['M-3', 5],
      ['M-2', 6],
    ]);
  });

  it('droppedFromFront tells appends and front drops from other changes', () => {
    const [a, b, c, d] = [{}, {}, {}, {}];
    expect(droppedFromFront([a, b], [a, b, c])).toBe(0);
    expect(droppedFromFront([a, b, c], [c, d])).toBe(2);
    expect(droppedFromFront([a, b], [d])).toBe(2);
    expect(droppedFromFront([a, b, c], [a, c])).toBe(-1);
    // a moved from the front to the end: dropped and appended again
    expect(droppedFromFront([a, b], [b, a])).toBe(1);
    expect(droppedFromFront([a, b, c], [a, c, b])).toBe(-1);
  });
});

describe('a transaction that throws changes nothing', () => {
  it('writes into orders, pushes, a replaced list and top-level values are all undone', async () => {
    const { store, commits } = await storeWith();
    const before = store.snapshot();
    await expect(
      store.transact(({ state }) => {
        const order = state.orders[0];
        if (order) {
          order.status = 'approved';
          order.history.push({ at: '2018-11-28T10:00:00+08:00', from: 'sms-check', to: 'approved', reason: 'x' });
          delete order.subjectId;
        }
        state.sms.push(sms('M-9'));
        state.faults = [{ id: 'F-1', path: '/api/x', kind: 'network' }];
        state.clock.running = !state.clock.running;
        state.counters.order = 999;
        throw new Error('bad input');
      }),
    ).rejects.toThrow('bad input');
    expect(store.snapshot()).toEqual(before);
    expect(commits).toEqual([]);
  });

  it('a failed commit rolls the state back too, and the next commit writes the world afresh', async () => {
    let fail = true;
    const commits: EntityChanges[] = [];
    const store = await createStore({
      scenario: 'empty',
      persistence: {
        commit: (c) => {
          if (fail) throw new Error('disk full');
          commits.push(c);
        },
      },
    }).catch(() => undefined);
    expect(store).toBeUndefined(); // the first write of a new world fails too
    fail = false;
    const ok = await createStore({ scenario: 'empty', persistence: { commit: (c) => void commits.push(c) } });
    fail = true;
    const sim = new SimStore(ok.snapshot(), {
      persistence: {
        commit: (c) => {
          if (fail) throw new Error('disk full');
          commits.push(c);
        },
      },
      seqs: {},
    });
    await expect(sim.transact(({ state }) => void state.sms.push(sms('M-1')))).rejects.toThrow('disk full');
    expect(sim.peek((s) => s.sms.length)).toBe(0);
    fail = false;
    commits.length = 0;
    await sim.transact(({ state }) => void state.sms.push(sms('M-2')));
    expect(commits[0]?.fresh).toBe(true);
  });
});

describe('the state stays apart from the objects a handler used', () => {
  it('an object put into the state is copied: changing it later changes nothing stored', async () => {
    const { store } = await storeWith('empty');
    const mine = sms('M-1');
    await store.transact(({ state }) => void state.sms.push(mine));
    mine.text = 'changed outside';
    expect(store.peek((s) => s.sms[0]?.text)).toBe('t');
    // and a later write through the state is tracked (it reaches the store)
    const rec = recorder();
    const db = new SimStore(store.snapshot(), { persistence: rec.persistence });
    await db.transact(({ state }) => {
      const m = state.sms[0];
      if (m) m.text = 'through the state';
    });
    expect(JSON.parse(rec.commits.at(-1)?.rows[0]?.json ?? '{}').text).toBe('through the state');
  });
});

describe('SQLite round trip', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sim-entity-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('rows read back in list order with their sequence numbers; later writes update the same rows', async () => {
    const db = SimDatabase.open(dir).database;
    const store = await createStore({ scenario: 'zj-first-sms-pending', persistence: db.persistence('w1') });
    await store.transact(({ state }) => {
      state.sms.push(sms('M-1'), sms('M-2'));
      state.sms.splice(0, 1);
    });
    const loaded = db.loadWorld('w1');
    if (!loaded?.ok) throw new Error('not loaded');
    expect(loaded.world.state).toEqual(store.snapshot());
    const again = new SimStore(loaded.world.state, { persistence: db.persistence('w1'), seqs: loaded.world.seqs });
    await again.transact(({ state }) => {
      const m = state.sms.at(-1);
      if (m) m.text = 'edited after a restart';
    });
    const count = db.db.prepare("SELECT count(*) AS n FROM entities WHERE world = 'w1' AND list = 'sms'").get() as {
      n: number;
    };
    const reread = db.loadWorld('w1');
    if (!reread?.ok) throw new Error('not loaded');
    expect(reread.world.state.sms.at(-1)?.text).toBe('edited after a restart');
    expect(count.n).toBe(reread.world.state.sms.length);
    db.close();
  });
});

describe('watched lists (the orders that can fall due)', () => {
  it('follow every commit without scanning the list: added, changed out of the test, dropped', async () => {
    const { store } = await storeWith('empty');
    const watched = () =>
      store.transact((tx) =>
        (tx.watch?.<SimState['sms'][number]>('sms', 'notices', (m) => m.kind === 'notice') ?? []).map((m) => m.id),
      );
    expect(await watched()).toEqual([]);
    await store.transact(
      ({ state }) => void state.sms.push(sms('M-1'), { ...sms('M-2'), kind: 'mobile-code' }, sms('M-3')),
    );
    expect(await watched()).toEqual(['M-1', 'M-3']);
    await store.transact(({ state }) => {
      const m = state.sms.find((x) => x.id === 'M-3');
      if (m) m.kind = 'sms-check';
      state.sms.splice(0, 1);
    });
    expect(await watched()).toEqual([]);
    // a failed transaction leaves the watch as it was
    await store.transact(({ state }) => void state.sms.push(sms('M-4')));
    await expect(
      store.transact(({ state }) => {
        state.sms.splice(0);
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    expect(await watched()).toEqual(['M-4']);
  });
});
