import type { RealNow } from './clock';
import { type SimState, SimStateSchema } from './schema';

/** Uploaded files, kept outside the JSON state (they can be 5 MB each). */
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

/** Where committed states go (a file on the Node server; nowhere in unit tests). */
export interface StatePersistence {
  save(state: SimState): Promise<void>;
}

export interface StoreOptions {
  persistence?: StatePersistence;
  blobs?: BlobStore;
  /** Real time, for a running clock; injectable in tests. */
  realNow?: RealNow;
}

/** Given to every transaction: the working copy, real time, the blob store. */
export interface Tx {
  state: SimState;
  realNow: RealNow;
  blobs: BlobStore;
}

/**
 * The simulator's state with serialised transactions (issue 5 item 7): each transaction runs alone
 * (a promise queue), on a copy of the state; the copy replaces the state only when the transaction
 * returns, and is then persisted. A transaction that throws leaves the state exactly as it was, so
 * concurrent requests cannot interleave on an order and bad input changes nothing.
 */
export class SimStore {
  private current: SimState;
  private queue: Promise<unknown> = Promise.resolve();
  readonly blobs: BlobStore;
  readonly realNow: RealNow;
  private readonly persistence: StatePersistence | undefined;

  constructor(initial: SimState, options: StoreOptions = {}) {
    this.current = SimStateSchema.parse(initial);
    this.blobs = options.blobs ?? new MemoryBlobStore();
    this.realNow = options.realNow ?? (() => Date.now());
    this.persistence = options.persistence;
  }

  /** A deep copy of the committed state. */
  snapshot(): SimState {
    return structuredClone(this.current);
  }

  transact<T>(fn: (tx: Tx) => T | Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      const before = JSON.stringify(this.current);
      const working = structuredClone(this.current);
      const result = await fn({ state: working, realNow: this.realNow, blobs: this.blobs });
      const after = JSON.stringify(working);
      if (after !== before) {
        this.current = working;
        await this.persistence?.save(working);
      }
      return result;
    };
    const next = this.queue.then(run, run);
    // The queue must go on after a failed transaction.
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Read the committed state without copying (must not be mutated; no lazy evaluation). */
  peek<T>(fn: (state: Readonly<SimState>) => T): T {
    return fn(this.current);
  }

  /** Replace the whole state (reset, import), validated. */
  replace(state: SimState): Promise<void> {
    return this.transact((tx) => {
      Object.assign(tx.state, SimStateSchema.parse(state));
    });
  }

  /** Wait until every queued transaction has finished (tests, shutdown). */
  async idle(): Promise<void> {
    await this.queue;
  }
}
