import type { RealNow } from './clock';
import { type SimState, SimStateSchema } from './schema';
import { adoptEntity, ChangeLog, type Owner, ownerOf, plainCopy, reown } from './tracked';

/** Uploaded files, kept outside the state (they can be 5 MB each). */
export interface BlobStore {
  put(id: string, bytes: Uint8Array): Promise<void>;
  get(id: string): Promise<Uint8Array | undefined>;
  clear(): Promise<void>;
}

export class MemoryBlobStore implements BlobStore {
  private readonly blobs = new Map<string, Uint8Array>();
  async put(id: string, bytes: Uint8Array): Promise<void> {
    this.blobs.set(id, bytes);
  }
  async get(id: string): Promise<Uint8Array | undefined> {
    return this.blobs.get(id);
  }
  async clear(): Promise<void> {
    this.blobs.clear();
  }
}

/**
 * What one committed transaction changed, entity by entity (JSON text each): the store writes
 * these rows and nothing else, so a request's cost does not grow with the world.
 */
export interface EntityChanges {
  /** Wipe the world's rows first (a new world, a reset, an import). */
  fresh: boolean;
  /** Top-level values that are not lists (`clock`, `settings`, `rng`, …); null: removed. */
  meta: Array<[key: string, json: string | null]>;
  /** List elements written (new or changed), by list and sequence number. */
  rows: Array<{ list: string; seq: number; json: string }>;
  /** List elements gone. */
  removed: Array<{ list: string; seq: number }>;
  /** Lists renumbered (reordered): all their old rows go before `rows` are written. */
  cleared: string[];
}

/** Where committed changes go (SQLite on the Node server; nowhere in unit tests). Synchronous and atomic. */
export interface StatePersistence {
  commit(changes: EntityChanges): void;
}

export interface StoreOptions {
  persistence?: StatePersistence;
  blobs?: BlobStore;
  /** Real time, for a running clock; injectable in tests. */
  realNow?: RealNow;
  /**
   * The store's sequence numbers of each list's elements, when `initial` was read from the store
   * (so nothing is written now). Without it, the whole state is written as a fresh world.
   */
  seqs?: Record<string, number[]>;
}

/** Given to every transaction: the state (mutate it in place), real time, the blob store. */
export interface Tx {
  state: SimState;
  realNow: RealNow;
  blobs: BlobStore;
  /**
   * The elements of a top-level list that pass `test`, in list order, as of the last commit: kept
   * up to date from what each commit wrote, so a request need not look at every order (the clock's
   * due events, for one). `name` identifies the test. Absent outside a store.
   */
  watch?<T>(list: string, name: string, test: (element: T) => boolean): T[];
}

interface Watch {
  list: string;
  test: (element: unknown) => boolean;
  /** Undefined: to be rebuilt from the list at the next use. */
  members: Set<unknown> | undefined;
}

/**
 * How many elements `after` dropped from the front of `before` when it is `before` without its
 * first k elements plus new ones at the end (k ≥ 0); -1 otherwise. Compares identities only.
 */
export function droppedFromFront(before: readonly unknown[], after: readonly unknown[]): number {
  let k = 0;
  if (after.length > 0 && before.length > 0 && after[0] !== before[0]) {
    k = before.indexOf(after[0]);
    // The first element is new: everything before was dropped, or this is no such change.
    if (k < 0) k = before.length;
  }
  const kept = before.length - k;
  if (kept > after.length) return -1;
  for (let j = 0; j < kept; j++) if (after[j] !== before[k + j]) return -1;
  return k;
}

/** The top-level keys of the state that are lists: stored one row per element. */
export const LIST_KEYS: readonly string[] = Object.entries(SimStateSchema.shape)
  .filter(([, schema]) => schema.def.type === 'array')
  .map(([key]) => key);
const LISTS = new Set(LIST_KEYS);

type Root = Record<string, unknown>;

/**
 * The simulator's state with serialised transactions (issue 5 item 7, issue 12 item 2). Each
 * transaction runs alone in its world (a promise queue) and mutates the state in place; the change
 * log (tracked.ts) rolls every write back when it throws, so concurrent requests cannot interleave
 * on an order and bad input changes nothing. On success only the entities written are copied,
 * detached from the handler's objects, and committed in one store transaction.
 */
export class SimStore {
  private readonly root: Root = {};
  private readonly log = new ChangeLog();
  private readonly metaOwners = new Map<string, Owner>();
  private readonly nextSeq = new Map<string, number>();
  /** A commit failed: the next one writes the whole world afresh (the store may be behind). */
  private needsFresh = false;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly watches = new Map<string, Watch>();
  readonly blobs: BlobStore;
  readonly realNow: RealNow;
  private readonly persistence: StatePersistence | undefined;

  constructor(initial: SimState, options: StoreOptions = {}) {
    this.blobs = options.blobs ?? new MemoryBlobStore();
    this.realNow = options.realNow ?? (() => Date.now());
    this.persistence = options.persistence;
    const state = SimStateSchema.parse(initial) as unknown as Root;
    const changes = this.load(state, options.seqs);
    if (!options.seqs) this.persistence?.commit(changes);
  }

  private metaOwner(key: string): Owner {
    let owner = this.metaOwners.get(key);
    if (!owner) {
      owner = { key, log: this.log };
      this.metaOwners.set(key, owner);
    }
    return owner;
  }

  private newSeq(list: string): number {
    const seq = this.nextSeq.get(list) ?? 1;
    this.nextSeq.set(list, seq + 1);
    return seq;
  }

  /** Take `state` in as the committed state; the changes that write all of it. */
  private load(state: Root, seqs: Record<string, number[]> | undefined): EntityChanges {
    const changes: EntityChanges = { fresh: true, meta: [], rows: [], removed: [], cleared: [] };
    this.unwatch();
    for (const key of Object.keys(this.root)) delete this.root[key];
    for (const [key, value] of Object.entries(state)) {
      if (LISTS.has(key) && Array.isArray(value)) {
        const known = seqs?.[key];
        let max = 0;
        this.root[key] = value.map((element, i) => {
          const seq = known?.[i] ?? max + 1;
          max = Math.max(max, seq);
          changes.rows.push({ list: key, seq, json: JSON.stringify(element) });
          return adoptEntity(element, { key, seq, log: this.log });
        });
        this.nextSeq.set(key, max + 1);
      } else {
        this.root[key] = adoptEntity(value, this.metaOwner(key));
        changes.meta.push([key, value === undefined ? null : JSON.stringify(value)]);
      }
    }
    return changes;
  }

  private watch<T>(list: string, name: string, test: (element: T) => boolean): T[] {
    const key = `${list}\u0000${name}`;
    let watch = this.watches.get(key);
    if (!watch) {
      watch = { list, test: test as (element: unknown) => boolean, members: undefined };
      this.watches.set(key, watch);
    }
    if (!watch.members) {
      const elements = this.root[list];
      watch.members = new Set(Array.isArray(elements) ? elements.filter((e) => watch?.test(e)) : []);
    }
    return [...watch.members].sort((a, b) => (ownerOf(a)?.seq ?? 0) - (ownerOf(b)?.seq ?? 0)) as T[];
  }

  /** After a commit wrote or dropped `element` of `list`: the watches of that list follow. */
  private rewatch(list: string, element: unknown, present: boolean): void {
    for (const watch of this.watches.values()) {
      if (watch.list !== list || !watch.members) continue;
      if (present && watch.test(element)) watch.members.add(element);
      else watch.members.delete(element);
    }
  }

  private unwatch(list?: string): void {
    for (const watch of this.watches.values()) if (list === undefined || watch.list === list) watch.members = undefined;
  }

  /** A deep, plain copy of the committed state. */
  snapshot(): SimState {
    return plainCopy(this.root) as unknown as SimState;
  }

  transact<T>(fn: (tx: Tx) => T | Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      const rootBefore = { ...this.root };
      const listsBefore = new Map<string, unknown[]>();
      for (const key of LIST_KEYS) {
        const list = this.root[key];
        if (Array.isArray(list)) listsBefore.set(key, list.slice());
      }
      const seqsBefore = new Map(this.nextSeq);
      try {
        return await this.log.run(
          () =>
            fn({
              state: this.root as unknown as SimState,
              realNow: this.realNow,
              blobs: this.blobs,
              watch: (list, name, test) => this.watch(list, name, test),
            }),
          (dirty) => {
            try {
              const changes = this.needsFresh
                ? this.load(plainCopy(this.root), undefined)
                : this.collect(dirty, rootBefore, listsBefore);
              if (changes) this.persistence?.commit(changes);
              this.needsFresh = false;
            } catch (e) {
              // Sequence numbers and watches may have moved before the failed commit: write
              // everything next time, rebuild the watches. (A handler's error is undone exactly and
              // leaves both as they were.)
              this.needsFresh = true;
              this.unwatch();
              throw e;
            }
          },
        );
      } catch (e) {
        // The change log has undone every write to state objects; lists and top-level values
        // (not trapped) come back from the copies taken above.
        for (const key of Object.keys(this.root)) if (!(key in rootBefore)) delete this.root[key];
        Object.assign(this.root, rootBefore);
        for (const [key, before] of listsBefore) {
          const list = rootBefore[key] as unknown[];
          list.length = 0;
          for (const element of before) list.push(element);
        }
        this.nextSeq.clear();
        for (const [k, v] of seqsBefore) this.nextSeq.set(k, v);
        throw e;
      }
    };
    const next = this.queue.then(run, run);
    // The queue must go on after a failed transaction.
    this.queue = next.catch(() => undefined);
    return next;
  }

  /**
   * What the transaction changed: top-level values replaced or written into, list elements added,
   * written into or removed. Undefined when nothing changed. Lists only appended to or dropped
   * from the front (the usual case: a new order, a capped SMS outbox) cost what changed plus one
   * identity comparison per element; any other change renumbers the list.
   */
  private collect(dirty: Set<Owner>, rootBefore: Root, listsBefore: Map<string, unknown[]>): EntityChanges | undefined {
    const changes: EntityChanges = { fresh: false, meta: [], rows: [], removed: [], cleared: [] };
    const dirtyByList = new Map<string, Owner[]>();
    for (const owner of dirty) {
      if (owner.log !== this.log || owner.seq === undefined) continue;
      const owners = dirtyByList.get(owner.key) ?? [];
      owners.push(owner);
      dirtyByList.set(owner.key, owners);
    }
    for (const key of new Set([...Object.keys(this.root), ...Object.keys(rootBefore)])) {
      if (LISTS.has(key)) continue;
      const value = this.root[key];
      const owner = this.metaOwner(key);
      if (value === rootBefore[key]) {
        if (!dirty.has(owner)) continue;
        reown(value, owner);
      } else if (value === undefined) delete this.root[key];
      else this.root[key] = adoptEntity(value, owner);
      changes.meta.push([key, value === undefined ? null : JSON.stringify(value)]);
    }
    for (const list of LIST_KEYS) {
      const value = this.root[list];
      const before = listsBefore.get(list) ?? [];
      if (!Array.isArray(value)) continue;
      const dropped = value === rootBefore[list] ? droppedFromFront(before, value) : -1;
      if (dropped >= 0) {
        for (let i = 0; i < dropped; i++) this.forget(before[i], list, changes);
        for (const owner of dirtyByList.get(list) ?? []) {
          if (owner.seq === undefined) continue;
          reown(owner.value, owner);
          changes.rows.push({ list, seq: owner.seq, json: JSON.stringify(owner.value) });
          this.rewatch(list, owner.value, true);
        }
        for (let i = before.length - dropped; i < value.length; i++) {
          const owner: Owner = { key: list, seq: this.newSeq(list), log: this.log };
          value[i] = adoptEntity(value[i], owner);
          changes.rows.push({ list, seq: owner.seq as number, json: JSON.stringify(value[i]) });
          this.rewatch(list, value[i], true);
        }
        continue;
      }
      // Anything else (a filter, a sort, an insert in the middle): the list is written afresh.
      changes.cleared.push(list);
      this.unwatch(list);
      const kept = new Set<Owner>();
      for (let i = 0; i < value.length; i++) {
        let owner = ownerOf(value[i]);
        if (owner && owner.log === this.log && owner.key === list && owner.seq !== undefined && !kept.has(owner)) {
          reown(value[i], owner);
        } else {
          owner = { key: list, log: this.log };
          value[i] = adoptEntity(value[i], owner);
        }
        kept.add(owner);
        owner.seq = this.newSeq(list);
        changes.rows.push({ list, seq: owner.seq, json: JSON.stringify(value[i]) });
      }
      for (const element of before) {
        const owner = ownerOf(element);
        if (owner && !kept.has(owner)) owner.seq = undefined;
      }
    }
    if (!changes.meta.length && !changes.rows.length && !changes.removed.length && !changes.cleared.length)
      return undefined;
    return changes;
  }

  /** A list element gone from the state: its row goes. */
  private forget(element: unknown, list: string, changes: EntityChanges): void {
    const owner = ownerOf(element);
    if (!owner || owner.seq === undefined) return;
    changes.removed.push({ list, seq: owner.seq });
    owner.seq = undefined;
    this.rewatch(list, element, false);
  }

  /** Read the committed state without copying (must not be mutated; no lazy evaluation). */
  peek<T>(fn: (state: Readonly<SimState>) => T): T {
    return fn(this.root as unknown as SimState);
  }

  /** Replace the whole state (reset, import), validated; written as a fresh world. */
  replace(state: SimState): Promise<void> {
    const parsed = SimStateSchema.parse(state) as unknown as Root;
    const run = async () => {
      const changes = this.load(parsed, undefined);
      this.persistence?.commit(changes);
    };
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Wait until every queued transaction has finished (tests, shutdown). */
  async idle(): Promise<void> {
    await this.queue;
  }
}
