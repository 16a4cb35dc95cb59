import { readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { RealNow } from './clock';
import { createStore } from './create';
import { SimDatabase } from './database';
import { parseState } from './migrations';
import type { SimState } from './schema';
import { type BlobStore, SimStore, type StatePersistence } from './store';
import { DEFAULT_WORLD, WORLD_ID, type WorldStorage } from './worlds';

/**
 * State that survives a restart (issue 5 item 7, issue 12 items 2 and 5): every world lives in the
 * SQLite store of database.ts; an older simulator's `state.json` files are imported once.
 */

export const DEFAULT_DATA_DIR = '.sim-data';

/** Leftovers of the JSON store's writes that a crash (kill -9) interrupted: `*.tmp-<pid>-<n>`. */
export async function removeTempFiles(dir: string): Promise<string[]> {
  const removed: string[] = [];
  for (const folder of [dir, join(dir, 'uploads')]) {
    let names: string[];
    try {
      names = await readdir(folder);
    } catch {
      continue;
    }
    for (const name of names) {
      if (!/\.tmp-\d+-\d+$/.test(name)) continue;
      await rm(join(folder, name), { force: true });
      removed.push(join(folder, name));
    }
  }
  return removed;
}

const stamp = (now: Date) => now.toISOString().replace(/[:.]/g, '-');

/**
 * An older simulator's JSON state (`state.json`, uploads in `uploads/`): the state, or why not.
 * An unusable file is renamed `state.json.bad-<time>`, never overwritten; an imported one
 * `state.json.imported-<time>`.
 */
async function readLegacyState(
  dir: string,
  now: Date,
): Promise<{ state?: SimState; uploads?: Map<string, Uint8Array>; problem?: string; keptAside?: string } | undefined> {
  const file = join(dir, 'state.json');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  let problem: string;
  try {
    const parsed = parseState(JSON.parse(text));
    if (parsed.ok) {
      const uploads = new Map<string, Uint8Array>();
      for (const upload of parsed.state.uploads) {
        try {
          uploads.set(upload.id, new Uint8Array(await readFile(join(dir, 'uploads', upload.id))));
        } catch {
          /* a missing file stays missing */
        }
      }
      await rename(file, `${file}.imported-${stamp(now)}`);
      return { state: parsed.state, uploads };
    }
    problem = parsed.problem;
  } catch (e) {
    problem = e instanceof Error ? e.message : String(e);
  }
  const keptAside = `${file}.bad-${stamp(now)}`;
  await rename(file, keptAside);
  return { problem, keptAside };
}

export interface OpenedStore {
  store: SimStore;
  database: SimDatabase;
  /** Whether the state came from the store (false: a fresh scenario). */
  loaded: boolean;
  /** Why the saved state was not used, when there was one and it was unusable. */
  problem?: string;
  /** Where the unusable state went (nothing is lost): a file name, or `kept_aside` row. */
  keptAside?: string;
  /** Temporary files of interrupted JSON writes that were removed. */
  removedTemp: string[];
  /** Worlds imported from an older simulator's state.json files. */
  imported: string[];
}

/** A world's store from the database, or undefined (none saved; or unusable and kept aside). */
function openWorld(
  database: SimDatabase,
  id: string,
  realNow: RealNow,
): { store?: SimStore; problem?: string; keptAside?: string } {
  const loaded = database.loadWorld(id);
  if (!loaded) return {};
  if (!loaded.ok)
    return { problem: loaded.problem, keptAside: `${database.file} table kept_aside, row ${loaded.keptAsideId}` };
  const options = { persistence: database.persistence(id), blobs: database.blobs(id), realNow };
  const { state, seqs, migrated } = loaded.world;
  return { store: new SimStore(state, migrated ? options : { ...options, seqs }) };
}

/** Import `dir`'s old JSON state (if any) as world `id`. */
async function importLegacy(
  database: SimDatabase,
  dir: string,
  id: string,
  now: Date,
): Promise<{ imported: boolean; problem?: string; keptAside?: string }> {
  const legacy = await readLegacyState(dir, now);
  if (!legacy) return { imported: false };
  if (!legacy.state) return { imported: false, ...legacy };
  const blobs = database.blobs(id);
  for (const [blobId, bytes] of legacy.uploads ?? []) await blobs.put(blobId, bytes);
  new SimStore(legacy.state, { persistence: database.persistence(id), blobs });
  return { imported: true };
}

/** The Node server's store: every world from `<dir>/simulator.db`, the default world created from the scenario when absent. */
export async function openStore(
  dir: string,
  options: { scenario?: string; realNow?: RealNow; now?: Date } = {},
): Promise<OpenedStore> {
  const realNow = options.realNow ?? (() => Date.now());
  const now = options.now ?? new Date();
  const removedTemp = await removeTempFiles(dir);
  const opened = SimDatabase.open(dir, now);
  const database = opened.database;
  let problem = opened.problem;
  let keptAside = opened.keptAside;
  const imported: string[] = [];
  if (database.worldIds().length === 0) {
    const legacy = await importLegacy(database, dir, DEFAULT_WORLD, now);
    if (legacy.imported) imported.push(DEFAULT_WORLD);
    problem ??= legacy.problem;
    keptAside ??= legacy.keptAside;
    let worldDirs: string[] = [];
    try {
      worldDirs = (await readdir(join(dir, 'worlds'))).filter((w) => WORLD_ID.test(w) && w !== DEFAULT_WORLD);
    } catch {
      /* none */
    }
    for (const w of worldDirs)
      if ((await importLegacy(database, join(dir, 'worlds', w), w, now)).imported) imported.push(w);
  }
  const found = openWorld(database, DEFAULT_WORLD, realNow);
  problem ??= found.problem;
  keptAside ??= found.keptAside;
  if (found.store)
    return {
      store: found.store,
      database,
      loaded: true,
      removedTemp,
      imported,
      ...(problem ? { problem, keptAside } : {}),
    };
  const store = await createStore({
    ...(options.scenario ? { scenario: options.scenario } : {}),
    realNow,
    blobs: database.blobs(DEFAULT_WORLD),
    persistence: database.persistence(DEFAULT_WORLD),
  });
  return {
    store,
    database,
    loaded: false,
    removedTemp,
    imported,
    ...(problem ? { problem } : {}),
    ...(keptAside ? { keptAside } : {}),
  };
}

/** Worlds other than `default` in the SQLite store. A world's rows and files go with it. */
export class SqlWorldStorage implements WorldStorage {
  constructor(
    readonly database: SimDatabase,
    private readonly realNow: RealNow = () => Date.now(),
    private readonly log: (line: string) => void = () => {},
  ) {}
  async list(): Promise<string[]> {
    return this.database.worldIds().filter((id) => WORLD_ID.test(id) && id !== DEFAULT_WORLD);
  }
  async open(id: string): Promise<SimStore | undefined> {
    const { store, problem, keptAside } = openWorld(this.database, id, this.realNow);
    if (problem)
      this.log(`!!! world ${id}: saved state unusable (${problem}); kept in ${keptAside}; world not restored`);
    return store;
  }
  async forNew(id: string): Promise<{ persistence: StatePersistence; blobs: BlobStore }> {
    if (!WORLD_ID.test(id)) throw new Error(`bad world id ${id}`);
    this.database.removeWorld(id);
    return { persistence: this.database.persistence(id), blobs: this.database.blobs(id) };
  }
  async remove(id: string): Promise<void> {
    this.database.removeWorld(id);
  }
}
