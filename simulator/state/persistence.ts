import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RealNow } from './clock';
import { createStore } from './create';
import { parseState } from './migrations';
import type { SimState } from './schema';
import type { BlobStore, SimStore, StatePersistence } from './store';
import { SimStore as Store } from './store';
import { WORLD_ID, type WorldStorage } from './worlds';

/**
 * State that survives a restart (issue 5 item 7): the JSON state file is written atomically (a
 * temporary file, then rename — a crash leaves the old or the new file, never half of one), after
 * every committed transaction; uploads are files beside it.
 */

export const DEFAULT_DATA_DIR = '.sim-data';

let tmpCounter = 0;

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const tmp = `${path}.tmp-${process.pid}-${++tmpCounter}`;
  await writeFile(tmp, data);
  await rename(tmp, path);
}

export class FilePersistence implements StatePersistence {
  readonly file: string;
  constructor(readonly dir: string) {
    this.file = join(dir, 'state.json');
  }
  async save(state: SimState): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await writeFileAtomic(this.file, JSON.stringify(state, null, 1));
  }
  /**
   * The saved state (migrated to the current schema), or undefined when there is none. A file that
   * does not parse or fit the schema is never overwritten: it is renamed to `state.json.bad-<time>`
   * (issue 12 item 5) and `keptAside` says where it went.
   */
  async load(now: Date = new Date()): Promise<{ state?: SimState; problem?: string; keptAside?: string }> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch {
      return {};
    }
    let problem: string;
    try {
      const parsed = parseState(JSON.parse(text));
      if (parsed.ok) return { state: parsed.state };
      problem = parsed.problem;
    } catch (e) {
      problem = e instanceof Error ? e.message : String(e);
    }
    const keptAside = `${this.file}.bad-${now.toISOString().replace(/[:.]/g, '-')}`;
    await rename(this.file, keptAside);
    return { problem, keptAside };
  }
}

const SAFE_ID = /^[A-Za-z0-9-]+$/;

export class FileBlobStore implements BlobStore {
  constructor(readonly dir: string) {}
  private path(id: string): string {
    if (!SAFE_ID.test(id)) throw new Error(`bad blob id ${id}`);
    return join(this.dir, id);
  }
  async put(id: string, bytes: Uint8Array): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await writeFileAtomic(this.path(id), bytes);
  }
  async get(id: string): Promise<Uint8Array | undefined> {
    try {
      return new Uint8Array(await readFile(this.path(id)));
    } catch {
      return undefined;
    }
  }
  async clear(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }
}

/** Leftovers of writes a crash (kill -9) interrupted: `*.tmp-<pid>-<n>` beside the state and the uploads. */
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

export interface FileStoreResult {
  store: SimStore;
  /** Whether the state came from the file (false: a fresh scenario). */
  loaded: boolean;
  /** Why the file was not used, when it existed but was unreadable. */
  problem?: string;
  /** Where the unreadable file was moved to (nothing is lost). */
  keptAside?: string;
  /** Temporary files of interrupted writes that were removed. */
  removedTemp: string[];
}

/** The Node server's store: loaded from `<dir>/state.json` when present and valid, else the scenario. */
export async function openFileStore(
  dir: string,
  options: { scenario?: string; realNow?: RealNow } = {},
): Promise<FileStoreResult> {
  const persistence = new FilePersistence(dir);
  const blobs = new FileBlobStore(join(dir, 'uploads'));
  const realNow = options.realNow ?? (() => Date.now());
  const removedTemp = await removeTempFiles(dir);
  const { state, problem, keptAside } = await persistence.load();
  if (state) return { store: new Store(state, { persistence, blobs, realNow }), loaded: true, removedTemp };
  const store = await createStore({
    ...(options.scenario ? { scenario: options.scenario } : {}),
    realNow,
    blobs,
    persistence,
  });
  await persistence.save(store.snapshot());
  return { store, loaded: false, removedTemp, ...(problem ? { problem } : {}), ...(keptAside ? { keptAside } : {}) };
}

/**
 * Worlds other than `default` on disk: `<dir>/worlds/<id>/state.json` and `uploads/`, each written
 * like the default world's. A world's folder is removed with it.
 */
export class FileWorldStorage implements WorldStorage {
  constructor(
    readonly dir: string,
    private readonly realNow: RealNow = () => Date.now(),
    private readonly log: (line: string) => void = () => {},
  ) {}
  private worldDir(id: string): string {
    if (!WORLD_ID.test(id)) throw new Error(`bad world id ${id}`);
    return join(this.dir, 'worlds', id);
  }
  async list(): Promise<string[]> {
    try {
      return (await readdir(join(this.dir, 'worlds'))).filter((id) => WORLD_ID.test(id));
    } catch {
      return [];
    }
  }
  async open(id: string): Promise<SimStore | undefined> {
    const dir = this.worldDir(id);
    await removeTempFiles(dir);
    const persistence = new FilePersistence(dir);
    const { state, problem, keptAside } = await persistence.load();
    if (!state) {
      if (problem)
        this.log(`!!! world ${id}: state file unusable (${problem}); kept as ${keptAside}; world not restored`);
      return undefined;
    }
    return new Store(state, { persistence, blobs: new FileBlobStore(join(dir, 'uploads')), realNow: this.realNow });
  }
  async forNew(id: string): Promise<{ persistence: StatePersistence; blobs: BlobStore }> {
    const dir = this.worldDir(id);
    await rm(dir, { recursive: true, force: true });
    return { persistence: new FilePersistence(dir), blobs: new FileBlobStore(join(dir, 'uploads')) };
  }
  async remove(id: string): Promise<void> {
    await rm(this.worldDir(id), { recursive: true, force: true });
  }
}
