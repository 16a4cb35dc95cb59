import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { parseState } from './migrations';
import type { SimState } from './schema';
import { openSqlite, type SqlDatabase, type SqlStatement, sqliteDriver } from './sqlite';
import { type BlobStore, type EntityChanges, LIST_KEYS, type StatePersistence } from './store';

/**
 * The simulator's embedded store (issue 12 item 2): one SQLite file, `<data dir>/simulator.db`,
 * holding every world as rows — one per top-level value (`clock`, `settings`, …) and one per list
 * element (each order, SMS, code, upload, …) — so a request writes only what it changed, in one
 * SQLite transaction. WAL journal: a reader never sees a half-written transaction, and a commit
 * that returned is in the WAL file before the answer is sent, so `kill -9` loses nothing
 * acknowledged. `synchronous=NORMAL` (the default here) keeps that against a killed process; only
 * a power cut or OS crash can lose the last commits (never corrupt the file). `SIM_SYNC=full`
 * fsyncs each commit too, for that case.
 */

export const DB_FILE = 'simulator.db';

/** The store's table layout: each step upgrades a file from version i to i + 1. */
const STORE_MIGRATIONS: readonly string[] = [
  `CREATE TABLE worlds (id TEXT PRIMARY KEY, created_at TEXT NOT NULL);
   CREATE TABLE meta (world TEXT NOT NULL, key TEXT NOT NULL, json TEXT NOT NULL, PRIMARY KEY (world, key)) WITHOUT ROWID;
   CREATE TABLE entities (world TEXT NOT NULL, list TEXT NOT NULL, seq INTEGER NOT NULL, json TEXT NOT NULL,
     PRIMARY KEY (world, list, seq)) WITHOUT ROWID;
   CREATE TABLE blobs (world TEXT NOT NULL, id TEXT NOT NULL, bytes BLOB NOT NULL, PRIMARY KEY (world, id)) WITHOUT ROWID;
   CREATE TABLE kept_aside (id INTEGER PRIMARY KEY, world TEXT NOT NULL, kept_at TEXT NOT NULL, problem TEXT NOT NULL,
     state_json TEXT NOT NULL);`,
];
export const STORE_SCHEMA_VERSION = STORE_MIGRATIONS.length;

export interface LoadedWorld {
  state: SimState;
  /** Sequence numbers of each list's elements, aligned with the state's lists. */
  seqs: Record<string, number[]>;
  /** The state was upgraded from an older version (to be written afresh). */
  migrated: boolean;
}

export type WorldLoad =
  | { ok: true; world: LoadedWorld }
  | { ok: false; problem: string; keptAsideId: number }
  | undefined;

export class SimDatabase {
  private readonly statements = new Map<string, SqlStatement>();

  private constructor(
    readonly db: SqlDatabase,
    readonly file: string,
  ) {}

  /**
   * Open (or create) the store in `dir`. A file that is not a readable SQLite database is never
   * overwritten: it is renamed to `simulator.db.bad-<time>` (with its -wal/-shm) and a new one made.
   */
  static open(dir: string, now: Date = new Date()): { database: SimDatabase; problem?: string; keptAside?: string } {
    mkdirSync(dir, { recursive: true });
    const file = join(dir, DB_FILE);
    try {
      return { database: SimDatabase.connect(file) };
    } catch (e) {
      const problem = e instanceof Error ? e.message : String(e);
      if (/No SQLite driver/.test(problem)) throw e;
      const keptAside = `${file}.bad-${now.toISOString().replace(/[:.]/g, '-')}`;
      for (const suffix of ['', '-wal', '-shm']) {
        if (existsSync(file + suffix)) renameSync(file + suffix, keptAside + suffix);
      }
      return { database: SimDatabase.connect(file), problem, keptAside };
    }
  }

  private static connect(file: string): SimDatabase {
    const db = openSqlite(file);
    try {
      db.exec('PRAGMA journal_mode = WAL');
      db.exec(`PRAGMA synchronous = ${process.env.SIM_SYNC === 'full' ? 'FULL' : 'NORMAL'}`);
      db.exec('PRAGMA busy_timeout = 5000');
      const check = db.prepare('PRAGMA quick_check').get() as Record<string, unknown> | undefined;
      const verdict = check ? Object.values(check)[0] : 'no answer';
      if (verdict !== 'ok') throw new Error(`quick_check: ${String(verdict)}`);
      const database = new SimDatabase(db, file);
      database.migrate();
      return database;
    } catch (e) {
      db.close();
      throw e;
    }
  }

  get driver(): string {
    return sqliteDriver().driver;
  }

  private stmt(sql: string): SqlStatement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  /** Run `fn` in one SQLite transaction (all or nothing). */
  transaction<T>(fn: () => T): T {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const result = fn();
      this.db.exec('COMMIT');
      return result;
    } catch (e) {
      this.db.exec('ROLLBACK');
      throw e;
    }
  }

  /** The table layout's version (`schema_version`), upgraded step by step. */
  schemaVersion(): number {
    this.db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
    const row = this.db.prepare('SELECT version FROM schema_version').get() as { version: number } | undefined;
    return row?.version ?? 0;
  }

  private migrate(): void {
    const from = this.schemaVersion();
    if (from > STORE_SCHEMA_VERSION)
      throw new Error(`store schema ${from} is newer than this simulator's ${STORE_SCHEMA_VERSION}`);
    for (let v = from; v < STORE_SCHEMA_VERSION; v++) {
      this.transaction(() => {
        this.db.exec(STORE_MIGRATIONS[v] as string);
        this.db.exec('DELETE FROM schema_version');
        this.db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(v + 1);
      });
    }
  }

  worldIds(): string[] {
    return (this.stmt('SELECT id FROM worlds ORDER BY created_at, id').all() as { id: string }[]).map((r) => r.id);
  }

  hasWorld(id: string): boolean {
    return this.stmt('SELECT 1 AS x FROM worlds WHERE id = ?').get(id) !== undefined;
  }

  /** The world's state as stored (not validated). */
  readRaw(id: string): { raw: Record<string, unknown>; seqs: Record<string, number[]> } {
    const raw: Record<string, unknown> = {};
    const seqs: Record<string, number[]> = {};
    for (const list of LIST_KEYS) {
      raw[list] = [];
      seqs[list] = [];
    }
    for (const row of this.stmt('SELECT key, json FROM meta WHERE world = ?').all(id) as {
      key: string;
      json: string;
    }[])
      raw[row.key] = JSON.parse(row.json);
    for (const row of this.stmt('SELECT list, seq, json FROM entities WHERE world = ? ORDER BY list, seq').all(id) as {
      list: string;
      seq: number;
      json: string;
    }[]) {
      if (!Array.isArray(raw[row.list])) {
        raw[row.list] = [];
        seqs[row.list] = [];
      }
      (raw[row.list] as unknown[]).push(JSON.parse(row.json));
      (seqs[row.list] as number[]).push(row.seq);
    }
    return { raw, seqs };
  }

  /**
   * A saved world, migrated and validated; undefined when there is none. A world that does not
   * fit the schema is moved, whole, to the `kept_aside` table (issue 12 item 5) and removed.
   */
  loadWorld(id: string, now: Date = new Date()): WorldLoad {
    if (!this.hasWorld(id)) return undefined;
    let problem: string;
    let rawText = '';
    try {
      const { raw, seqs } = this.readRaw(id);
      rawText = JSON.stringify(raw);
      const parsed = parseState(raw);
      if (parsed.ok)
        return { ok: true, world: { state: parsed.state, seqs, migrated: raw.version !== parsed.state.version } };
      problem = parsed.problem;
    } catch (e) {
      problem = e instanceof Error ? e.message : String(e);
    }
    const keptAsideId = this.transaction(() => {
      const result = this.stmt(
        'INSERT INTO kept_aside (world, kept_at, problem, state_json) VALUES (?, ?, ?, ?) RETURNING id',
      ).get(id, now.toISOString(), problem, rawText) as { id: number };
      this.deleteRows(id);
      return result.id;
    });
    return { ok: false, problem, keptAsideId };
  }

  /** What was kept aside (newest first): for the console and tests. */
  keptAside(): { id: number; world: string; keptAt: string; problem: string }[] {
    return (
      this.stmt('SELECT id, world, kept_at, problem FROM kept_aside ORDER BY id DESC').all() as {
        id: number;
        world: string;
        kept_at: string;
        problem: string;
      }[]
    ).map((r) => ({ id: r.id, world: r.world, keptAt: r.kept_at, problem: r.problem }));
  }

  private deleteRows(id: string): void {
    this.stmt('DELETE FROM meta WHERE world = ?').run(id);
    this.stmt('DELETE FROM entities WHERE world = ?').run(id);
    this.stmt('DELETE FROM worlds WHERE id = ?').run(id);
  }

  /** Write one transaction's changes of world `id`: all of them or none. */
  commit(id: string, changes: EntityChanges): void {
    this.transaction(() => {
      if (changes.fresh) {
        this.stmt('DELETE FROM meta WHERE world = ?').run(id);
        this.stmt('DELETE FROM entities WHERE world = ?').run(id);
      }
      this.stmt('INSERT OR IGNORE INTO worlds (id, created_at) VALUES (?, ?)').run(id, new Date().toISOString());
      for (const list of changes.cleared) this.stmt('DELETE FROM entities WHERE world = ? AND list = ?').run(id, list);
      for (const r of changes.removed)
        this.stmt('DELETE FROM entities WHERE world = ? AND list = ? AND seq = ?').run(id, r.list, r.seq);
      for (const r of changes.rows)
        this.stmt('INSERT OR REPLACE INTO entities (world, list, seq, json) VALUES (?, ?, ?, ?)').run(
          id,
          r.list,
          r.seq,
          r.json,
        );
      for (const [key, json] of changes.meta) {
        if (json === null) this.stmt('DELETE FROM meta WHERE world = ? AND key = ?').run(id, key);
        else this.stmt('INSERT OR REPLACE INTO meta (world, key, json) VALUES (?, ?, ?)').run(id, key, json);
      }
    });
  }

  removeWorld(id: string): void {
    this.transaction(() => {
      this.deleteRows(id);
      this.stmt('DELETE FROM blobs WHERE world = ?').run(id);
    });
  }

  persistence(id: string): StatePersistence {
    return { commit: (changes) => this.commit(id, changes) };
  }

  blobs(id: string): BlobStore {
    return new SqlBlobStore(this, id);
  }

  putBlob(world: string, id: string, bytes: Uint8Array): void {
    this.stmt('INSERT OR REPLACE INTO blobs (world, id, bytes) VALUES (?, ?, ?)').run(
      world,
      id,
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    );
  }

  getBlob(world: string, id: string): Uint8Array | undefined {
    const row = this.stmt('SELECT bytes FROM blobs WHERE world = ? AND id = ?').get(world, id) as
      | { bytes: Uint8Array }
      | undefined;
    return row ? new Uint8Array(row.bytes) : undefined;
  }

  clearBlobs(world: string): void {
    this.stmt('DELETE FROM blobs WHERE world = ?').run(world);
  }

  close(): void {
    this.statements.clear();
    this.db.close();
  }
}

/** A world's uploaded files, in the same SQLite file (one row each). */
export class SqlBlobStore implements BlobStore {
  constructor(
    private readonly database: SimDatabase,
    private readonly world: string,
  ) {}
  async put(id: string, bytes: Uint8Array): Promise<void> {
    this.database.putBlob(this.world, id, bytes);
  }
  async get(id: string): Promise<Uint8Array | undefined> {
    return this.database.getBlob(this.world, id);
  }
  async clear(): Promise<void> {
    this.database.clearBlobs(this.world);
  }
}
