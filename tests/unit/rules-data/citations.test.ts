import { describe, expect, it } from 'vitest';
import { type Citation, formatCitation } from '../../../shared/domain/finding';
import { citationsOf } from '../../../shared/rules/data/references';
import { checkDraft, listRules, ruleSources } from '../../../shared/rules/engine';
import { NATIONAL_PACK } from '../../../shared/rules/national';
import { PROVINCE_PACKS } from '../../../shared/rules/provinces';

const ALL_RULES = [...NATIONAL_PACK.rules, ...PROVINCE_PACKS.flatMap((p) => p.rules)];

/** Text a person cannot follow: research keys, repository paths, authoring notes. */
const INTERNAL = [
  /\b(?:TC17|TC19|TCFAQ|TCDOM|TCDOMFAQ|HW25|SEED|XN|QC|bkzhishi)\b/,
  /\b(?:N|S|V|F|T|A|X)\d{1,2}\b/,
  /\bresearch\b|domain-rules|committed|later lists|\.ts\b|\.md\b(?!\S)|\bshared\/|\bsrc\/|\bdist\//,
  /\bundated\b|≈/,
];

function internalProblems(c: Citation): string[] {
  const problems: string[] = [];
  for (const [name, value] of Object.entries({ title: c.title, publisher: c.publisher, section: c.section ?? '' })) {
    for (const re of INTERNAL) if (re.test(value)) problems.push(`${name} "${value}" matches ${re}`);
  }
  if (c.url) {
    const u = new URL(c.url);
    const segments = u.pathname.split('/').filter(Boolean);
    if (u.hostname === 'github.com' && (segments.length <= 2 || segments[2] === 'tree'))
      problems.push(`url ${c.url} is a repository or folder, not the page`);
    if (!/^https?:$/.test(u.protocol)) problems.push(`url ${c.url} is not a web page`);
  }
  if (!c.title.trim() || !c.publisher.trim()) problems.push('title and publisher are required');
  return problems;
}

describe('citations for people', () => {
  it('formats a citation as title, publisher, date and section', () => {
    const c = { title: '关于规范因特网信息服务使用域名的通知', publisher: '工业和信息化部', date: '2017-08-24' };
    expect(formatCitation(c, 'zh')).toBe('《关于规范因特网信息服务使用域名的通知》, 工业和信息化部, 2017-08-24');
    expect(formatCitation({ ...c, date: undefined, section: '第五条' }, 'en')).toBe(
      '“关于规范因特网信息服务使用域名的通知”, 工业和信息化部, undated, 第五条',
    );
  });

  it('resolves the spec to the guide with its section and a provider page to its own link', () => {
    const r = citationsOf('spec §4.1; TC19 (≈2019) 浙江 个人 #7');
    expect(r.unresolved).toEqual([]);
    expect(r.citations[0]).toEqual({ title: '备案流程', publisher: '阿里云', date: '2018-11-28', section: '§4.1' });
    expect(r.citations[1]?.section).toBe('浙江 个人 #7');
    expect(r.citations[1]?.url).toMatch(/各省管局要求\.md$/);
    expect(r.attested).toEqual([{ date: '2019-08-15', by: '腾讯云《各省管局要求》' }]);
  });

  it('detects an internal note (the detector itself can fail)', () => {
    expect(internalProblems({ title: 'research domain-rules N8', publisher: 'x' }).length).toBeGreaterThan(0);
    expect(
      internalProblems({ title: 'a', publisher: 'b', url: 'https://github.com/tencentyun/intlcloud-documents' }),
    ).toHaveLength(1);
    expect(
      internalProblems({ title: 'a', publisher: 'b', section: 'later lists in shared/rules/data/x.ts' }).length,
    ).toBeGreaterThan(0);
  });

  it.each(ALL_RULES.map((r) => [r.id, r] as const))('%s cites public documents only', (_id, rule) => {
    const src = ruleSources(rule);
    expect(src.unresolved).toEqual([]);
    expect(src.citations.length).toBeGreaterThan(0);
    expect(src.citations.flatMap(internalProblems)).toEqual([]);
    for (const re of INTERNAL) expect(src.text).not.toMatch(re);
  });

  it('findings and the rules list carry the readable citation, never the citation key', () => {
    const r = checkDraft(
      { subject: { province: '浙江省', nature: '个人', idNumber: '330106199001011234' }, websites: [{ name: 'abc' }] },
      { date: '2026-12-07' },
    );
    expect(r.findings.length).toBeGreaterThan(0);
    for (const f of r.findings) {
      for (const re of INTERNAL) expect(f.source, `${f.rule}: ${f.source}`).not.toMatch(re);
      expect(f.citations?.length, f.rule).toBeGreaterThan(0);
    }
    for (const info of listRules({ province: '浙江', date: '2026-12-07' })) {
      for (const re of INTERNAL) expect(info.source, info.id).not.toMatch(re);
    }
  });
});
