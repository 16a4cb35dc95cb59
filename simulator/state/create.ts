import type { RealNow } from './clock';
import { buildScenario, DEFAULT_SCENARIO } from './scenarios/index';
import { type BlobStore, MemoryBlobStore, SimStore, type StatePersistence } from './store';

export interface CreateStoreOptions {
  scenario?: string;
  realNow?: RealNow;
  blobs?: BlobStore;
  persistence?: StatePersistence;
}

/** A store holding a freshly built scenario (default `empty`); in memory unless given a persistence. */
export async function createStore(options: CreateStoreOptions = {}): Promise<SimStore> {
  const realNow = options.realNow ?? (() => Date.now());
  const blobs = options.blobs ?? new MemoryBlobStore();
  const state = await buildScenario(options.scenario ?? DEFAULT_SCENARIO, realNow, blobs);
  return new SimStore(state, { realNow, blobs, ...(options.persistence ? { persistence: options.persistence } : {}) });
}
