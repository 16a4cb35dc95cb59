import { createRequire } from 'node:module';

/**
 * The embedded database (issue 12 item 2): SQLite through `better-sqlite3` (12.x: prebuilt or
 * built at install, Node 20–26), or Node's own `node:sqlite` (Node ≥ 22.5) where better-sqlite3
 * is not installed or does not load (an optional dependency whose build failed, another Node ABI).
 * Both are synchronous and take the same SQL; only the few calls below are used.
 * `SIM_SQLITE=node` or `=better-sqlite3` picks one.
 */

export interface SqlStatement {
  run(...params: unknown[]): unknown;
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
}

export interface SqlDatabase {
  exec(sql: string): void;
  prepare(sql: string): SqlStatement;
  close(): void;
}

export type SqliteDriver = 'better-sqlite3' | 'node:sqlite';

const require = createRequire(import.meta.url);

type Opener = (path: string) => SqlDatabase;

function betterSqlite(): Opener {
  const Database = require('better-sqlite3') as new (path: string) => SqlDatabase;
  // Loads the native module now, so a wrong ABI shows here and not at the first query.
  new Database(':memory:').close();
  return (path) => new Database(path);
}

function nodeSqlite(): Opener {
  const { DatabaseSync } = require('node:sqlite') as { DatabaseSync: new (path: string) => SqlDatabase };
  return (path) => new DatabaseSync(path);
}

let chosen: { driver: SqliteDriver; open: Opener } | undefined;

/** The driver this process uses (the first that loads). */
export function sqliteDriver(): { driver: SqliteDriver; open: Opener } {
  if (chosen) return chosen;
  const wanted = process.env.SIM_SQLITE;
  const order: SqliteDriver[] =
    wanted === 'node' || wanted === 'node:sqlite' ? ['node:sqlite'] : ['better-sqlite3', 'node:sqlite'];
  if (wanted === 'better-sqlite3') order.pop();
  // This attempt's reasons only (a module-level list grew with every retry).
  const problems: string[] = [];
  for (const driver of order) {
    try {
      chosen = { driver, open: driver === 'better-sqlite3' ? betterSqlite() : nodeSqlite() };
      return chosen;
    } catch (e) {
      problems.push(`${driver}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    }
  }
  throw new Error(
    `No SQLite driver loads on Node ${process.versions.node} (${problems.join('; ')}). Run npm ci (better-sqlite3) or use Node ≥ 22.5 (node:sqlite).\n` +
      `没有可用的 SQLite 驱动：请运行 npm ci 安装 better-sqlite3，或使用 Node ≥ 22.5（自带 node:sqlite）。`,
  );
}

export function openSqlite(path: string): SqlDatabase {
  return sqliteDriver().open(path);
}
