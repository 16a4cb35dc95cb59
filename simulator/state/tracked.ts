/**
 * Change tracking for the simulator's state (issue 12 item 2): a transaction mutates the committed
 * objects in place — no copy of the whole state per request — and every write is seen by a Proxy
 * `set`/`deleteProperty` trap that notes the old value (to roll back a transaction that throws) and
 * which entity it belongs to (an order, an SMS, `clock`, …), so only those entities are written to
 * the store. Reads go straight to the objects (the proxies have no `get` trap).
 *
 * An entity is a top-level state value that is not a list (`clock`, `settings`, …: a "meta" entity),
 * or one element of a top-level list (`orders[i]`, `sms[i]`: a "row" entity, with a sequence number
 * that keeps the list's order in the store).
 */

export interface Owner {
  /** `meta` entity key, or the list of a row entity. */
  readonly key: string;
  /** Row entities: the position key in the store (increasing along the list). */
  seq?: number;
  /** The world's change log the writes go to. */
  readonly log: ChangeLog;
  /** The entity's tracked value (set by adoptEntity). */
  value?: unknown;
}

/** One undo record: the target's property before the write. */
type UndoEntry = [target: object, prop: PropertyKey, had: boolean, old: unknown];

/** The transaction being run: writes are logged here (none outside a transaction). */
interface Journal {
  undo: UndoEntry[];
  dirty: Set<Owner>;
}

/** One world's log: its running transaction (one at a time per world) and stray writes. */
export class ChangeLog {
  current: Journal | undefined;
  /** Writes outside a transaction (should not happen): still saved with the next commit. */
  readonly stray = new Set<Owner>();

  /**
   * Run `fn` with writes journaled, then `commit` with the entities written; when either throws,
   * every write is rolled back.
   */
  async run<T>(fn: () => T | Promise<T>, commit: (dirty: Set<Owner>) => void): Promise<T> {
    if (this.current) throw new Error('transactions of one world must not nest');
    const mine: Journal = { undo: [], dirty: new Set(this.stray) };
    this.stray.clear();
    this.current = mine;
    try {
      const result = await fn();
      commit(mine.dirty);
      return result;
    } catch (e) {
      rollback(mine.undo);
      throw e;
    } finally {
      this.current = undefined;
    }
  }
}

const owners = new WeakMap<object, Owner>();
const targets = new WeakMap<object, object>();

const handler: ProxyHandler<Record<PropertyKey, unknown>> = {
  set(target, prop, value) {
    note(target, prop);
    target[prop] = value;
    return true;
  },
  deleteProperty(target, prop) {
    note(target, prop);
    delete target[prop];
    return true;
  },
  defineProperty(target, prop, descriptor) {
    note(target, prop);
    return Reflect.defineProperty(target, prop, descriptor);
  },
};

function note(target: object, prop: PropertyKey): void {
  const owner = owners.get(target);
  if (!owner) return;
  const journal = owner.log.current;
  if (journal) {
    // Writing an index past the end grows an array's length before its `length` is set: keep the length first.
    if (Array.isArray(target) && prop !== 'length') journal.undo.push([target, 'length', true, target.length]);
    journal.undo.push([target, prop, Object.hasOwn(target, prop), (target as Record<PropertyKey, unknown>)[prop]]);
    journal.dirty.add(owner);
  } else owner.log.stray.add(owner);
}

export function isTracked(value: unknown): boolean {
  return typeof value === 'object' && value !== null && targets.has(value);
}

export function ownerOf(value: unknown): Owner | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const target = targets.get(value);
  return target ? owners.get(target) : undefined;
}

/**
 * A deep, plain (untracked) copy: what JSON would keep, plus `undefined` properties. Used for
 * snapshots, exports and wherever a handler needs its own copy (`structuredClone` cannot copy a
 * Proxy).
 */
export function plainCopy<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((v) => plainCopy(v)) as T;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = plainCopy((value as Record<string, unknown>)[key]);
  return out as T;
}

/**
 * A tracked deep copy of `value` belonging to `owner`. Always a copy: nothing outside the state
 * (a constant, a handler's local object) stays shared with it, as with the copy-per-transaction
 * store before.
 */
export function adopt<T>(value: T, owner: Owner): T {
  if (typeof value !== 'object' || value === null) return value;
  const target: Record<PropertyKey, unknown> | unknown[] = Array.isArray(value) ? [] : {};
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) (target as unknown[])[i] = adopt(value[i], owner);
  } else {
    for (const key of Object.keys(value)) {
      (target as Record<PropertyKey, unknown>)[key] = adopt((value as Record<string, unknown>)[key], owner);
    }
  }
  owners.set(target, owner);
  const proxy = new Proxy(target as Record<PropertyKey, unknown>, handler);
  targets.set(proxy, target);
  return proxy as T;
}

/** `adopt` for a whole entity: its owner remembers the tracked value. */
export function adoptEntity<T>(value: T, owner: Owner): T {
  const tracked = adopt(value, owner);
  owner.value = tracked;
  return tracked;
}

/**
 * After a transaction wrote into an entity: the values it put in (plain objects, or objects of
 * other entities) are replaced by tracked copies owned by this entity, so later writes are seen
 * and nothing stays shared with the handler's objects. Costs the size of the entity, not the world.
 */
export function reown(value: unknown, owner: Owner): void {
  if (typeof value !== 'object' || value === null) return;
  const target = targets.get(value) as Record<string, unknown> | undefined;
  if (!target) return;
  for (const key of Object.keys(target)) {
    const child = target[key];
    if (typeof child !== 'object' || child === null) continue;
    if (ownerOf(child) === owner) reown(child, owner);
    else target[key] = adopt(child, owner);
  }
}

function rollback(undo: UndoEntry[]): void {
  for (let i = undo.length - 1; i >= 0; i--) {
    const [target, prop, had, old] = undo[i] as UndoEntry;
    const t = target as Record<PropertyKey, unknown>;
    if (had) t[prop] = old;
    else delete t[prop];
  }
}
