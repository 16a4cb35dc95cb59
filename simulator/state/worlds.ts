import type { RealNow } from './clock';
import { createStore } from './create';
import { findScenario } from './scenarios/index';
import type { BlobStore, SimStore, StatePersistence } from './store';

/**
 * Worlds (issue 12 item 1, design §6): isolated copies of the whole simulator — clock, SMS outbox,
 * faults, settings, captchas, uploads, orders — so parallel test workers and a classroom of
 * trainees never touch each other's state. The unprefixed paths are the world `default`, which
 * always exists. Each world has its own store, so a request's cost does not depend on how many
 * worlds there are.
 */

export const DEFAULT_WORLD = 'default';
export const WORLD_ID = /^[a-z0-9-]{1,40}$/;
/** Most worlds one simulator holds (a classroom or a CI run's workers fit easily). */
export const MAX_WORLDS = 500;

/** One entry of a world's request journal (`GET /__sim/requests`). */
export interface JournalEntry {
  method: string;
  path: string;
  status: number;
  at: string;
  ms: number;
  bodySize: number;
}
export const JOURNAL_SIZE = 500;

export interface WorldEntry {
  id: string;
  store: SimStore;
  createdAt: string;
  journal: JournalEntry[];
  /** Requests dropped from the journal (oldest first). */
  journalDropped: number;
}

/** Where a world's state and uploads live: in memory (tests) or on disk (the server). */
export interface WorldStorage {
  /** Saved worlds to restore at start (ids other than default). */
  list(): Promise<string[]>;
  /** A saved world's store, or undefined when it has none or it is unreadable. */
  open(id: string): Promise<SimStore | undefined>;
  /** Persistence and blobs for a new world. */
  forNew(id: string): Promise<{ persistence?: StatePersistence; blobs?: BlobStore }>;
  remove(id: string): Promise<void>;
}

export const MEMORY_STORAGE: WorldStorage = {
  list: async () => [],
  open: async () => undefined,
  forNew: async () => ({}),
  remove: async () => {},
};

export class WorldExistsError extends Error {}
export class UnknownScenarioError extends Error {}
export class TooManyWorldsError extends Error {}

export class WorldRegistry {
  private readonly worlds = new Map<string, WorldEntry>();

  constructor(
    defaultStore: SimStore,
    private readonly storage: WorldStorage = MEMORY_STORAGE,
    private readonly realNow: RealNow = () => Date.now(),
  ) {
    this.worlds.set(DEFAULT_WORLD, this.entry(DEFAULT_WORLD, defaultStore));
  }

  private entry(id: string, store: SimStore): WorldEntry {
    return { id, store, createdAt: new Date(this.realNow()).toISOString(), journal: [], journalDropped: 0 };
  }

  /** Restore the worlds saved by an earlier run. */
  async restore(): Promise<string[]> {
    const restored: string[] = [];
    for (const id of await this.storage.list()) {
      if (!WORLD_ID.test(id) || id === DEFAULT_WORLD || this.worlds.has(id)) continue;
      const store = await this.storage.open(id);
      if (!store) continue;
      this.worlds.set(id, this.entry(id, store));
      restored.push(id);
    }
    return restored;
  }

  get(id: string): WorldEntry | undefined {
    return this.worlds.get(id);
  }

  get default(): WorldEntry {
    return this.worlds.get(DEFAULT_WORLD) as WorldEntry;
  }

  list(): WorldEntry[] {
    return [...this.worlds.values()];
  }

  async create(id: string, scenario: string): Promise<WorldEntry> {
    if (this.worlds.has(id)) throw new WorldExistsError(id);
    if (!findScenario(scenario)) throw new UnknownScenarioError(scenario);
    if (this.worlds.size >= MAX_WORLDS) throw new TooManyWorldsError(String(MAX_WORLDS));
    const storage = await this.storage.forNew(id);
    // Checked again: another request may have created it while storage was prepared.
    if (this.worlds.has(id)) throw new WorldExistsError(id);
    // Written whole by the new store (a fresh world).
    const store = await createStore({ scenario, realNow: this.realNow, ...storage });
    const entry = this.entry(id, store);
    this.worlds.set(id, entry);
    return entry;
  }

  async delete(id: string): Promise<boolean> {
    const entry = this.worlds.get(id);
    if (!entry || id === DEFAULT_WORLD) return false;
    this.worlds.delete(id);
    await entry.store.idle();
    await this.storage.remove(id);
    return true;
  }

  record(entry: WorldEntry, item: JournalEntry): void {
    entry.journal.push(item);
    if (entry.journal.length > JOURNAL_SIZE) {
      entry.journal.splice(0, entry.journal.length - JOURNAL_SIZE);
      entry.journalDropped += 1;
    }
  }

  async idle(): Promise<void> {
    for (const w of this.worlds.values()) await w.store.idle();
  }
}
