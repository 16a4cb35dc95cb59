// Where each rule is defined: the one source file a newcomer opens for "where is rule X".
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SourceFile {
  /** Repository-relative path, `shared/rules/provinces/33-zhejiang.ts`. */
  path: string;
  text: string;
}

/** Every TypeScript source under `shared/` except generated files (they restate ids, they define none). */
export function readSharedSources(root = '.'): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(rel);
      else if (entry.name.endsWith('.ts') && !entry.name.includes('.generated.'))
        out.push({ path: rel, text: readFileSync(join(root, rel), 'utf8') });
    }
  };
  walk('shared');
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * The defining file of a rule id: where `id: '<id>'` is written (hand-written, factory and required
 * rules); for a format rule `<format>.<issue>` the file defining format `<format>` (its issue codes are
 * the keys of `issues` there); for a format rule under another prefix (`app-domain.*`) the file that
 * writes that prefix. Throws when none is found: every rule must be findable by one grep.
 */
export function definingFile(id: string, sources: readonly SourceFile[]): string {
  const literal = (s: string) => sources.filter((f) => f.text.includes(s)).map((f) => f.path);
  const defined = literal(`id: '${id}'`);
  if (defined.length === 1) return defined[0] as string;
  if (defined.length > 1) throw new Error(`rule ${id} is defined in several files: ${defined.join(', ')}`);
  const prefix = id.slice(0, id.lastIndexOf('.'));
  const format = literal(`id: '${prefix}'`).filter((p) => p.startsWith('shared/formats/'));
  if (format.length === 1) return format[0] as string;
  const named = literal(`'${prefix}'`).filter((p) => p.startsWith('shared/rules/'));
  if (named.length === 1) return named[0] as string;
  throw new Error(`rule ${id}: no source file writes its id (or, for a format rule, its format id)`);
}

/** id → defining file for every id, in the order given. */
export function ruleFiles(ids: readonly string[], sources: readonly SourceFile[]): Record<string, string> {
  return Object.fromEntries(ids.map((id) => [id, definingFile(id, sources)]));
}
