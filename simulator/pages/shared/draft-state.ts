import { useState } from 'preact/hooks';
import { getAt, setAt } from '../../../shared/domain/paths';

/** Form state of a draft part with a setter per path (`principal.mobile`, `domains[1]`). */
export function useDraftState<T extends object>(initial: () => T) {
  const [value, setValue] = useState<T>(initial);
  const set = (path: string) => (v: unknown) =>
    setValue((prev) => setAt(structuredClone(prev), path, v === '' ? undefined : v));
  const get = (path: string): string | undefined => {
    const v = getAt(value, path);
    return typeof v === 'string' ? v : undefined;
  };
  return { value, setValue, set, get };
}

/** A key for "these are the warnings I already showed": same set twice in a row → go on. */
export function findingsSignature(list: readonly { field: string; rule: string }[]): string {
  return list
    .map((f) => `${f.field}|${f.rule}`)
    .sort()
    .join(',');
}
