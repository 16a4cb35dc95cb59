import { describe, expect, it } from 'vitest';
import { parseArgs, runCheckCli } from '../../../scripts/cli/check-cli';

const DRAFTS = 'tests/fixtures/drafts';

async function run(argv: string[], isTTY = false) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCheckCli(argv, { stdout: (l) => out.push(l), stderr: (l) => err.push(l), isTTY });
  return { code, out, err };
}

describe('check CLI (design §4)', () => {
  it('prints one JSON line per file with findings and plan; exit 0 without errors', async () => {
    const { code, out } = await run([`${DRAFTS}/zj-individual-good.json`]);
    expect(out).toHaveLength(1);
    const line = JSON.parse(out[0] ?? '');
    expect(line.file).toBe(`${DRAFTS}/zj-individual-good.json`);
    expect(line.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
    expect(line.plan.filingType).toBe('first');
    // 浙江 joined SMS checking on 2018-09-10 (spec §6.1): both principals share one number → one code.
    expect(line.plan.smsCheck).toMatchObject({ required: true, phones: ['13812345678'] });
    expect(line.plan.photoCheck).toBe('backdrop');
    expect(code).toBe(0);
  });

  it('exit 1 when a draft has error findings, each with field, rule, bilingual message and source', async () => {
    const { code, out } = await run([`${DRAFTS}/zj-individual-bad.json`]);
    expect(code).toBe(1);
    const { findings } = JSON.parse(out[0] ?? '');
    const rules = findings.map((f: { rule: string }) => f.rule);
    expect(rules).toContain('id-number.checksum');
    // 证件住所 in 上海 for a 浙江 individual: 浙江's residence-proof warning, not also a same-province error.
    expect(rules).toContain('zj.residence-proof');
    expect(rules).not.toContain('address.same-province');
    expect(rules).toContain('domain.multi-domain-remark');
    expect(rules).toContain('domain.home-url-on-domain');
    const checksum = findings.find((f: { rule: string }) => f.rule === 'id-number.checksum');
    expect(checksum.field).toBe('subject.idNumber');
    expect(checksum.message.zh).toMatch(/校验/);
    expect(checksum.message.en).toMatch(/check/i);
    expect(checksum.source).toMatch(/GB 11643/);
  });

  it('exit 2 for an unreadable file or a non-draft, while the other files are still checked', async () => {
    const { code, out } = await run([
      `${DRAFTS}/missing.json`,
      `${DRAFTS}/not-a-draft.json`,
      `${DRAFTS}/broken.json`,
      `${DRAFTS}/zj-individual-good.json`,
    ]);
    expect(code).toBe(2);
    expect(out).toHaveLength(4);
    const [missing, notDraft, broken, good] = out.map((l) => JSON.parse(l));
    expect(missing.error.message).toMatch(/ENOENT/);
    expect(notDraft.error.message).toMatch(/subjekt|Unrecognized/);
    expect(broken.error.message).toMatch(/JSON/);
    expect(good.findings).toBeInstanceOf(Array);
  });

  it('--date changes which rules are in force: no SMS check in 浙江 before 2018-09-10', async () => {
    const before = JSON.parse((await run(['--date', '2018-09-09', `${DRAFTS}/zj-individual-good.json`])).out[0] ?? '');
    const on = JSON.parse((await run(['--date=2018-09-10', `${DRAFTS}/zj-individual-good.json`])).out[0] ?? '');
    expect(before.plan.smsCheck.required).toBe(false);
    expect(on.plan.smsCheck.required).toBe(true);
  });

  it('prints a readable table in the chosen language on a terminal', async () => {
    const zh = await run([`${DRAFTS}/zj-individual-bad.json`], true);
    expect(zh.out.join('\n')).toMatch(/错误 .*subject\.idNumber/);
    const en = await run(['--lang', 'en', `${DRAFTS}/zj-individual-bad.json`], true);
    expect(en.out.join('\n')).toMatch(/error\s+subject\.idNumber/);
  });

  it('--list-rules lists national and province rules, filtered by province and date', async () => {
    const all = (await run(['--list-rules'])).out.map((l) => JSON.parse(l));
    expect(all.some((r) => r.id === 'id-number.checksum' && r.pack === 'national')).toBe(true);
    const zj = (await run(['--list-rules', '--province', '浙江'])).out.map((l) => JSON.parse(l));
    expect(zj.every((r) => r.pack === 'national' || r.pack === 'zj')).toBe(true);
    expect(zj.length).toBeLessThan(all.length);
  });

  it('rejects bad options with a bilingual message and exit 2', async () => {
    expect((await run(['--date', '28/11/2018', 'x.json'])).code).toBe(2);
    expect((await run(['--province', '火星', 'x.json'])).err.join()).toMatch(/unknown province/);
    expect((await run([])).code).toBe(2);
    expect(parseArgs(['--lang', 'fr'])).toHaveProperty('error');
  });
});

describe('--list-rules prints both dates of every rule', () => {
  it('a regulation day as "from", a provider restatement as "restated by … on …"', async () => {
    const lines = (await run(['--list-rules', '--province', '浙江', '--date', '2026-12-07', '--table'])).out;
    const at = (id: string) => lines[lines.findIndex((l) => l.startsWith(`${id} `)) + 1] ?? '';
    expect(at('website-name.min-chinese-chars')).toContain('生效：任何日期（来源未给出起始日）');
    expect(at('website-name.min-chinese-chars')).toContain('腾讯云备案常见问题于 2019-02-18 重述');
    const json = (await run(['--list-rules', '--province', '浙江'])).out.map((l) => JSON.parse(l));
    const r = json.find((x) => x.id === 'zj.individual-service-content');
    expect(r.effective).toEqual({});
    expect(r.attested).toEqual([{ date: '2019-08-15', by: '腾讯云《各省管局要求》' }]);
  });
});

describe('--list-rules names the file that defines each rule', () => {
  it('a province row, a format issue and a required field, in JSON and in the table', async () => {
    const json = (await run(['--list-rules'])).out.map((l) => JSON.parse(l));
    const fileOf = (id: string) => json.find((r) => r.id === id)?.file;
    expect(fileOf('zj.individual-service-content')).toBe('shared/rules/provinces/33-zhejiang.ts');
    expect(fileOf('id-number.checksum')).toBe('shared/formats/id-number.ts');
    expect(fileOf('required.subject.name')).toBe('shared/rules/national/required.ts');
    const lines = (await run(['--list-rules', '--province', '浙江', '--table', '--lang', 'en'])).out;
    const at = lines.findIndex((l) => l.startsWith('website-name.min-chinese-chars '));
    expect(lines[at + 2]?.trim()).toBe('defined in shared/rules/website-name/min-chinese-chars.ts');
  });
});
