import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../../shared/domain/bilingual';
import { parseDraft } from '../../shared/domain/draft';
import { type Finding, formatAttestation } from '../../shared/domain/finding';
import { checkAndPlan, findProvincePack, listRules, type RuleInfo } from '../../shared/rules/engine';
import { definingFile, readSharedSources } from '../rules-doc/locate';
import { readAppSignature, signatureLines } from './app-signature';

/**
 * The checker CLI of design §4. Kept apart from the entry script so tests can run it with their own
 * argv and output streams.
 */
export interface CliIO {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  isTTY: boolean;
  readFile?: (path: string) => Promise<string>;
}

/** The repository root (this file is scripts/cli/check-cli.ts), whatever the working directory. */
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const USAGE = `用法 / usage:
  npm run --silent check -- [--date YYYY-MM-DD] [--province 浙江] [--lang zh|en] [--json|--table] FILE...
  npm run --silent check -- --list-rules [--province 浙江] [--date YYYY-MM-DD] [--json]
  npm run --silent check -- --app-signature FILE.apk|FILE.cer [--json]
Exit status: 0 no errors, 1 some error findings, 2 a file that cannot be read or is not a draft.`;

interface Args {
  files: string[];
  date?: string;
  province?: string;
  lang: Lang;
  listRules: boolean;
  format?: 'json' | 'table';
  help: boolean;
  appSignature?: string;
}

export function parseArgs(argv: string[]): Args | { error: string } {
  const args: Args = { files: [], lang: 'zh', listRules: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    const value = () => {
      const eq = a.indexOf('=');
      if (eq > 0) return a.slice(eq + 1);
      i++;
      return argv[i];
    };
    const name = a.split('=')[0];
    if (name === '--date') {
      const v = value();
      if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v))
        return { error: `--date 需要 YYYY-MM-DD 格式的日期 / --date expects YYYY-MM-DD, got ${v ?? 'nothing'}` };
      args.date = v;
    } else if (name === '--province') {
      const v = value();
      if (!v) return { error: '--province 需要省份名称 / --province expects a province name' };
      args.province = v;
    } else if (name === '--lang') {
      const v = value();
      if (v !== 'zh' && v !== 'en')
        return { error: `--lang 只能是 zh 或 en / --lang expects zh or en, got ${v ?? 'nothing'}` };
      args.lang = v;
    } else if (name === '--app-signature') {
      const v = value();
      if (!v)
        return { error: '--app-signature 需要 APK 或证书文件 / --app-signature expects an APK or certificate file' };
      args.appSignature = v;
    } else if (a === '--list-rules') args.listRules = true;
    else if (a === '--json') args.format = 'json';
    else if (a === '--table') args.format = 'table';
    else if (a === '-h' || a === '--help') args.help = true;
    else if (a.startsWith('--')) return { error: `未知选项 / unknown option ${a}` };
    else args.files.push(a);
  }
  return args;
}

const SEVERITY_LABEL: Record<Lang, Record<Finding['severity'], string>> = {
  zh: { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

function tableFor(file: string, findings: Finding[], lang: Lang): string[] {
  const lines = [`${file}`];
  if (findings.length === 0) lines.push(lang === 'zh' ? '  没有发现问题。' : '  No findings.');
  for (const f of findings) {
    lines.push(`  ${SEVERITY_LABEL[lang][f.severity].padEnd(lang === 'zh' ? 3 : 8)} ${f.field}  ${f.message[lang]}`);
    if (f.fix) lines.push(`           ${lang === 'zh' ? '修改：' : 'fix: '}${f.fix[lang]}`);
    lines.push(`           ${lang === 'zh' ? '依据：' : 'source: '}${f.source}  [${f.rule}]`);
  }
  return lines;
}

/** Both dates of a rule: in force (from a regulation's day, or every date) and who restated it when. */
export function ruleDates(r: RuleInfo, lang: Lang): string {
  const { from, until } = r.effective;
  const inForce =
    from || until
      ? lang === 'zh'
        ? `生效：${from ? `${from} 起` : ''}${until ? `至 ${until} 前` : ''}`
        : `in force: ${from ? `from ${from}` : ''}${from && until ? ' ' : ''}${until ? `until ${until}` : ''}`
      : lang === 'zh'
        ? '生效：任何日期（来源未给出起始日）'
        : 'in force: on every date (no source gives a start day)';
  const restated = r.attested.map((a) => formatAttestation(a, lang)).join('; ');
  const disagreement = r.disagreement
    ? ` · ${lang === 'zh' ? '来源不一致：' : 'sources disagree: '}${r.disagreement[lang]}`
    : '';
  return `${inForce}${restated ? ` · ${restated}` : ''}${disagreement}`;
}

export async function runCheckCli(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(argv);
  if ('error' in parsed) {
    io.stderr(parsed.error);
    io.stderr(USAGE);
    return 2;
  }
  if (parsed.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (parsed.province && !findProvincePack(parsed.province)) {
    io.stderr(`未知省份 / unknown province: ${parsed.province}`);
    return 2;
  }
  const table = parsed.format ? parsed.format === 'table' : io.isTTY;

  if (parsed.appSignature) {
    try {
      const info = await readAppSignature(parsed.appSignature);
      if (table) for (const line of signatureLines(info)) io.stdout(line);
      else io.stdout(JSON.stringify(info));
      return 0;
    } catch (e) {
      const message = (e as NodeJS.ErrnoException).code
        ? `无法读取文件 / cannot read file: ${(e as NodeJS.ErrnoException).code}`
        : (e as Error).message;
      if (table) io.stderr(`${parsed.appSignature}\n  ${message}`);
      else io.stdout(JSON.stringify({ file: parsed.appSignature, error: { message } }));
      return 2;
    }
  }

  if (parsed.listRules) {
    const rules = listRules({
      ...(parsed.province ? { province: parsed.province } : {}),
      ...(parsed.date ? { date: parsed.date } : {}),
    });
    // The defining file of each rule, read from the sources (never stale): "where is rule X" in one line.
    const sources = readSharedSources(REPO_ROOT);
    for (const r of rules) {
      const file = definingFile(r.id, sources);
      if (table) {
        io.stdout(
          `${r.id.padEnd(44)} ${r.severity.padEnd(8)} ${r.pack.padEnd(9)} ${r.message[parsed.lang]}  (${r.source})`,
        );
        io.stdout(`${' '.repeat(44)} ${ruleDates(r, parsed.lang)}`);
        io.stdout(`${' '.repeat(44)} ${parsed.lang === 'zh' ? '定义于' : 'defined in'} ${file}`);
      } else io.stdout(JSON.stringify({ ...r, file }));
    }
    if (table) io.stdout(`${rules.length} ${parsed.lang === 'zh' ? '条规则' : 'rules'}`);
    return 0;
  }

  if (parsed.files.length === 0) {
    io.stderr('没有指定草稿文件 / no draft file given');
    io.stderr(USAGE);
    return 2;
  }
  const read = io.readFile ?? ((p: string) => readFile(p, 'utf8'));
  let status = 0;
  for (const file of parsed.files) {
    let text: string;
    try {
      text = await read(file);
    } catch (e) {
      const message = `无法读取文件 / cannot read file: ${(e as NodeJS.ErrnoException).code ?? String(e)}`;
      if (table) io.stdout(`${file}\n  ${message}`);
      else io.stdout(JSON.stringify({ file, error: { message } }));
      status = 2;
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      const message = `不是有效的 JSON / not valid JSON: ${(e as Error).message}`;
      if (table) io.stdout(`${file}\n  ${message}`);
      else io.stdout(JSON.stringify({ file, error: { message } }));
      status = 2;
      continue;
    }
    const draft = parseDraft(json);
    if (!draft.ok) {
      if (table) io.stdout(`${file}\n  ${draft.message}`);
      else io.stdout(JSON.stringify({ file, error: { message: draft.message } }));
      status = 2;
      continue;
    }
    const result = checkAndPlan(draft.draft, {
      ...(parsed.date ? { date: parsed.date } : {}),
      ...(parsed.province ? { province: parsed.province } : {}),
    });
    if (table) for (const line of tableFor(file, result.findings, parsed.lang)) io.stdout(line);
    else io.stdout(JSON.stringify({ file, findings: result.findings, plan: result.plan }));
    if (status === 0 && result.findings.some((f) => f.severity === 'error')) status = 1;
  }
  return status;
}
