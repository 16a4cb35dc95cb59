import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RealNow } from './clock';
import { createStore } from './create';
import { type SimState, SimStateSchema } from './schema';
import type { BlobStore, SimStore, StatePersistence } from './store';
import { SimStore as Store } from './store';

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
  /** The saved state, or undefined when there is none or it does not match the schema. */
  async load(): Promise<{ state?: SimState; problem?: string }> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch {
      return {};
    }
    try {
      const parsed = SimStateSchema.safeParse(JSON.parse(text));
      if (parsed.success) return { state: parsed.data };
      return {
        problem: parsed.error.issues
          .slice(0, 3)
          .map((i) => `${i.path.join('.')}: ${i.message}`)
          .join('; '),
      };
    } catch (e) {
      return { problem: String(e) };
    }
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

export interface FileStoreResult {
  store: SimStore;
  /** Whether the state came from the file (false: a fresh scenario). */
  loaded: boolean;
  /** Why the file was not used, when it existed but was unreadable. */
  problem?: string;
}

/** The Node server's store: loaded from `<dir>/state.json` when present and valid, else the scenario. */
export async function openFileStore(
  dir: string,
  options: { scenario?: string; realNow?: RealNow } = {},
): Promise<FileStoreResult> {
  const persistence = new FilePersistence(dir);
  const blobs = new FileBlobStore(join(dir, 'uploads'));
  const realNow = options.realNow ?? (() => Date.now());
  const { state, problem } = await persistence.load();
  if (state) return { store: new Store(state, { persistence, blobs, realNow }), loaded: true };
  const store = await createStore({
    ...(options.scenario ? { scenario: options.scenario } : {}),
    realNow,
    blobs,
    persistence,
  });
  await persistence.save(store.snapshot());
  return { store, loaded: false, ...(problem ? { problem } : {}) };
}
