import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../../shared/rules/engine';

// A page re-checks only the fields that changed. Choosing another 证件类型 after the number was typed
// changes which format the number must have, so the number's format rules must run again.
describe('changing the document type re-checks the number (incremental checks)', () => {
  const base = {
    date: '2026-12-07',
    subject: {
      province: '浙江省',
      nature: '个人',
      principal: { idType: '护照', idNumber: '330106199003071236' },
    },
  };

  it('an 18-digit ID number under 护照: the passport rules run when only the type changed', () => {
    const whole = checkDraft(base, { mode: 'page' }).findings.filter((f) => f.field === 'subject.principal.idNumber');
    const incremental = checkDraft(base, { mode: 'page', fields: ['subject.principal.idType'] }).findings.filter(
      (f) => f.field === 'subject.principal.idNumber',
    );
    expect(whole.map((f) => f.rule).sort()).not.toEqual([]);
    expect(incremental.map((f) => f.rule).sort()).toEqual(whole.map((f) => f.rule).sort());
  });

  it('the same holds for a website principal', () => {
    const draft = { date: '2026-12-07', websites: [{ principal: { idType: '护照', idNumber: '330106199003071236' } }] };
    const whole = checkDraft(draft, { mode: 'page' }).findings.filter(
      (f) => f.field === 'websites[0].principal.idNumber',
    );
    const incremental = checkDraft(draft, { mode: 'page', fields: ['websites[0].principal.idType'] }).findings.filter(
      (f) => f.field === 'websites[0].principal.idNumber',
    );
    expect(whole.length).toBeGreaterThan(0);
    expect(incremental.map((f) => f.rule).sort()).toEqual(whole.map((f) => f.rule).sort());
  });
});
