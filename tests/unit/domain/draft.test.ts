import { describe, expect, it } from 'vitest';
import { parseDraft } from '../../../shared/domain/draft';
import { fieldPattern, fieldSpec, normaliseLabel } from '../../../shared/domain/fields';

describe('FilingDraft schema (design §3)', () => {
  it('accepts the design example', () => {
    const r = parseDraft({
      filingType: 'first',
      date: '2018-11-28',
      subject: { province: '浙江省', principal: { mobile: '13812345678' } },
      websites: [{ domains: ['example.com'] }],
    });
    expect(r.ok).toBe(true);
  });
  it('names the field and what is expected on bad input', () => {
    const r = parseDraft({ date: '28/11/2018', websites: [{ domains: 'example.com' }] });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.message).toContain('date');
      expect(r.message).toContain('websites.0.domains');
    }
  });
  it('rejects unknown keys so typos are not silently ignored', () => {
    expect(parseDraft({ subjekt: {} }).ok).toBe(false);
  });
});

describe('field catalogue', () => {
  it('maps concrete paths to catalogue keys', () => {
    expect(fieldPattern('websites[2].domains[0]')).toBe('websites[].domains[]');
    expect(fieldSpec('websites[0].name')?.label.zh).toBe('网站名称');
  });
  it('normalises labels with stars, colons and spaces', () => {
    expect(normaliseLabel(' * 主办单位证件号码： ')).toBe('主办单位证件号码');
    expect(normaliseLabel('＊证件号码 :')).toBe('证件号码');
  });
});

import { getAt, setAt, valuesAt } from '../../../shared/domain/paths';

describe('draft paths', () => {
  const draft = { websites: [{ domains: ['a.com', 'b.cn'] }, { domains: ['c.net'] }], subject: { name: 'x' } };
  it('expands catalogue patterns to concrete paths', () => {
    expect(valuesAt(draft, 'websites[].domains[]').map((v) => v.path)).toEqual([
      'websites[0].domains[0]',
      'websites[0].domains[1]',
      'websites[1].domains[0]',
    ]);
  });
  it('reads and writes concrete paths', () => {
    expect(getAt(draft, 'websites[1].domains[0]')).toBe('c.net');
    const d: Record<string, unknown> = {};
    setAt(d, 'websites[1].principal.mobile', '13800000000');
    expect(getAt(d, 'websites[1].principal.mobile')).toBe('13800000000');
  });
});
