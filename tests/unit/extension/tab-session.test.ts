import { describe, expect, test } from 'vitest';
import { mergeDrafts, scrubFindings, TabCheckSession, withoutSecrets } from '../../../extension/check/tab-session';
import type { FilingDraft } from '../../../shared/domain/draft';
import { checkDraft } from '../../../shared/rules/engine';

const SUBJECT_PAGE: FilingDraft = {
  subject: {
    province: '浙江省',
    nature: '个人',
    idType: '身份证',
    idNumber: '330106199003071235',
    name: '张三',
    principal: { name: '张三', mobile: '1381234567' },
  },
};
const SUBJECT_FIELDS = [
  'subject.province',
  'subject.nature',
  'subject.idType',
  'subject.idNumber',
  'subject.name',
  'subject.principal.name',
  'subject.principal.mobile',
];

describe('the tab’s draft across the pages of one filing', () => {
  test('the website page keeps the subject’s province and nature from the subject page', () => {
    const website: FilingDraft = { websites: [{ name: '我的博客', domains: ['example.com'] }] };
    const merged = mergeDrafts(SUBJECT_PAGE, website, ['websites[0].name', 'websites[0].domains[0]']);
    expect(merged.subject?.province).toBe('浙江省');
    expect(merged.subject?.nature).toBe('个人');
    expect(merged.websites).toEqual(website.websites);
  });

  test('a field the page shows blank (cleared) is cleared in the draft; fields the page does not show stay', () => {
    const page: FilingDraft = { subject: { name: '李四' } };
    const merged = mergeDrafts(SUBJECT_PAGE, page, ['subject.name', 'subject.idNumber']);
    expect(merged.subject?.name).toBe('李四');
    expect(merged.subject?.idNumber).toBeUndefined();
    expect(merged.subject?.principal?.mobile).toBe('1381234567');
  });

  test('website blocks come whole from the page that shows them (numbering is per page)', () => {
    const earlier: FilingDraft = { websites: [{ name: 'A', remark: '域名指向同一网站' }, { name: 'B' }] };
    const merged = mergeDrafts(earlier, { websites: [{ name: 'C' }] }, ['websites[0].name']);
    expect(merged.websites).toEqual([{ name: 'C' }]);
  });

  test('province rules apply on the website page although it does not show 所属区域 (个人 website names)', () => {
    const session = new TabCheckSession();
    session.check({ draft: SUBJECT_PAGE, pageFields: SUBJECT_FIELDS });
    const out = session.check({
      draft: { websites: [{ name: '张三的博客' }] },
      pageFields: ['websites[0].name'],
    });
    expect(out.provinceCode).toBe('33');
    const alone = checkDraft({ websites: [{ name: '张三的博客' }] }, { mode: 'page' });
    const nameRules = (fs: { field: string; rule: string }[]) =>
      fs.filter((f) => f.field === 'websites[0].name').map((f) => f.rule);
    expect(nameRules(out.findings).length).toBeGreaterThan(nameRules(alone.findings).length);
  });
});

describe('incremental checks', () => {
  test('after edits, the incremental findings equal a full check of the same draft', () => {
    const session = new TabCheckSession();
    session.check({ draft: SUBJECT_PAGE, pageFields: SUBJECT_FIELDS });
    const edits: [string, string | undefined][] = [
      ['subject.principal.mobile', '13812345678'],
      ['subject.idNumber', '33010619900307123X'],
      ['subject.name', 'Zhang San'],
      ['subject.idNumber', '330106199003071236'],
      ['subject.principal.mobile', undefined],
    ];
    let draft: FilingDraft = structuredClone(SUBJECT_PAGE);
    for (const [path, value] of edits) {
      draft = structuredClone(draft);
      const [, key, leaf] = /^subject\.(?:(principal)\.)?(\w+)$/.exec(path) ?? [];
      const target = (key ? draft.subject?.principal : draft.subject) as Record<string, unknown>;
      if (value === undefined) delete target[leaf as string];
      else target[leaf as string] = value;
      const out = session.check({ draft, pageFields: SUBJECT_FIELDS, changed: [path] });
      expect(out.full).toBe(false);
      const full = checkDraft(draft, { mode: 'page' });
      const key2 = (f: { field: string; rule: string; severity: string }) => `${f.field} ${f.rule} ${f.severity}`;
      expect(out.findings.map(key2).sort()).toEqual(full.findings.map(key2).sort());
    }
  });

  test('only the rules reading the changed field run', () => {
    const session = new TabCheckSession();
    const first = session.check({ draft: SUBJECT_PAGE, pageFields: SUBJECT_FIELDS });
    const out = session.check({
      draft: SUBJECT_PAGE,
      pageFields: SUBJECT_FIELDS,
      changed: ['subject.principal.mobile'],
    });
    expect(out.rulesRun.length).toBeLessThan(first.rulesRun.length);
    expect(out.rulesRun).toContain('mobile.length');
    expect(out.rulesRun).not.toContain('id-number.checksum');
    // The untouched field's finding is still there.
    expect(out.findings.some((f) => f.rule === 'id-number.checksum')).toBe(true);
  });

  test('a change of nature, filing type or province runs everything', () => {
    const session = new TabCheckSession();
    session.check({ draft: SUBJECT_PAGE, pageFields: SUBJECT_FIELDS });
    const draft = structuredClone(SUBJECT_PAGE);
    (draft.subject as NonNullable<FilingDraft['subject']>).nature = '企业';
    expect(session.check({ draft, pageFields: SUBJECT_FIELDS, changed: ['subject.nature'] }).full).toBe(true);
    const out = session.check({
      draft,
      pageFields: SUBJECT_FIELDS,
      changed: ['subject.name'],
      overrides: { date: '2017-01-01' },
    });
    expect(out.full).toBe(true);
    expect(out.date).toBe('2017-01-01');
  });

  test('a province override (code) decides the rules', () => {
    const session = new TabCheckSession();
    const out = session.check({ draft: SUBJECT_PAGE, pageFields: SUBJECT_FIELDS, overrides: { province: '11' } });
    expect(out.provinceCode).toBe('11');
  });
});

describe('secrets are never stored', () => {
  test('the ICP filing password and the SMS code are checked but not in the stored state', () => {
    const session = new TabCheckSession();
    const out = session.check({
      draft: { filingPassword: 'hunter2', smsCheck: { code: '90417', mobile: '13812345678', idTail: '071235' } },
      pageFields: ['filingPassword', 'smsCheck.code', 'smsCheck.mobile', 'smsCheck.idTail'],
    });
    // The 5-digit code is checked (spec §6.2: six digits) …
    expect(out.findings.some((f) => f.field === 'smsCheck.code')).toBe(true);
    // … and neither secret is in what may be stored, not even quoted in a message.
    const stored = JSON.stringify(session.state());
    expect(stored).not.toContain('hunter2');
    expect(stored).not.toContain('90417');
    expect(session.state().draft.smsCheck?.mobile).toBe('13812345678');
    expect(withoutSecrets({ filingPassword: 'x' })).toEqual({});
  });

  test('a message quoting a secret is masked in what is stored', () => {
    const f = { field: 'smsCheck.code', rule: 'r', severity: 'error' as const, source: 's' };
    const [masked] = scrubFindings(
      [{ ...f, message: { zh: '验证码 90417 只有 5 位', en: 'code 90417 has 5 digits' } }],
      ['90417'],
    );
    expect(masked?.message).toEqual({ zh: '验证码 *** 只有 5 位', en: 'code *** has 5 digits' });
  });
});
