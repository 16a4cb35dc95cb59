/**
 * Reading values out of a draft by catalogue pattern (`websites[].domains[]`) or concrete path
 * (`websites[0].domains[1]`). Shared by the rules, the extension's page reader and the simulator.
 */

type Segment = { key: string; each: boolean; index?: number };

// Rules read the same few dozen patterns on every check: parse each once.
const PARSED = new Map<string, Segment[]>();

function parse(path: string): Segment[] {
  const hit = PARSED.get(path);
  if (hit) return hit;
  const segments = parseUncached(path);
  if (PARSED.size < 5000) PARSED.set(path, segments);
  return segments;
}

function parseUncached(path: string): Segment[] {
  return path.split('.').map((part) => {
    const m = /^([^[\]]+)(?:\[(\d*)\])?$/.exec(part);
    if (!m) return { key: part, each: false };
    const [, key = part, idx] = m;
    if (idx === undefined) return { key, each: false };
    if (idx === '') return { key, each: true };
    return { key, each: false, index: Number(idx) };
  });
}

export interface PathValue {
  path: string;
  value: unknown;
}

/** Every concrete path matching a pattern, with its value (only paths that exist in the object). */
export function valuesAt(root: unknown, pattern: string): PathValue[] {
  let current: PathValue[] = [{ path: '', value: root }];
  for (const seg of parse(pattern)) {
    const next: PathValue[] = [];
    for (const { path, value } of current) {
      if (value === null || typeof value !== 'object') continue;
      const child = (value as Record<string, unknown>)[seg.key];
      if (child === undefined) continue;
      const base = path ? `${path}.${seg.key}` : seg.key;
      if (seg.each) {
        if (Array.isArray(child)) {
          child.forEach((v, i) => {
            next.push({ path: `${base}[${i}]`, value: v });
          });
        }
      } else if (seg.index !== undefined) {
        if (Array.isArray(child) && seg.index < child.length)
          next.push({ path: `${base}[${seg.index}]`, value: child[seg.index] });
      } else {
        next.push({ path: base, value: child });
      }
    }
    current = next;
  }
  return current;
}

/** String values at a pattern (arrays of strings at a leaf are not expanded: use `[]` for that). */
export function stringsAt(root: unknown, pattern: string): { path: string; value: string }[] {
  return valuesAt(root, pattern).filter((v): v is { path: string; value: string } => typeof v.value === 'string');
}

/** The value at one concrete path, or undefined. */
export function getAt(root: unknown, path: string): unknown {
  return valuesAt(root, path)[0]?.value;
}

/** Set a value at a concrete path, creating objects and arrays on the way. Returns the root. */
export function setAt<T extends object>(root: T, path: string, value: unknown): T {
  const segs = parse(path);
  let obj: Record<string, unknown> = root as Record<string, unknown>;
  segs.forEach((seg, i) => {
    const last = i === segs.length - 1;
    if (seg.index !== undefined) {
      let arr = obj[seg.key] as unknown[] | undefined;
      if (!Array.isArray(arr)) {
        arr = [];
        obj[seg.key] = arr;
      }
      if (last) arr[seg.index] = value;
      else {
        arr[seg.index] ??= {};
        obj = arr[seg.index] as Record<string, unknown>;
      }
    } else if (last) {
      obj[seg.key] = value;
    } else {
      if (obj[seg.key] === null || typeof obj[seg.key] !== 'object') obj[seg.key] = {};
      obj = obj[seg.key] as Record<string, unknown>;
    }
  });
  return root;
}
