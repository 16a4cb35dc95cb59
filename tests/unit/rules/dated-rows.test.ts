import { describe, expect, it } from 'vitest';
import { FILING_SERIAL_ROWS, filingSerial } from '../../../shared/process/filing-serial';
import { CANCEL_PASSWORD_ROW, cancelAsksPassword } from '../../../shared/process/process-rows';
import { SUFFIX_RESTRICTIONS, suffixRestrictionsBroken } from '../../../shared/rules/data/domain-suffixes';
import { PRE_APPROVAL_TYPES, preApprovalTypeFor } from '../../../shared/rules/data/pre-approval-types';
import { listRules } from '../../../shared/rules/engine';
import { NATIONAL_PACK } from '../../../shared/rules/national';
import { PROVINCE_PACKS } from '../../../shared/rules/provinces';

// Every dated row: the day before a change and its first day give the two different answers.
// (SMS rows by date: tests/unit/process/sms-by-date.test.ts.)

function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

const packs = [NATIONAL_PACK, ...PROVINCE_PACKS];
const inForceIds = (date: string, province?: string) =>
  new Set(listRules({ date, ...(province ? { province } : {}) }).map((r) => `${r.pack}:${r.id}`));

describe('rules with effective.from / until', () => {
  for (const pack of packs)
    for (const rule of pack.rules) {
      const province = pack.id === 'national' ? undefined : (pack as { name: string }).name;
      const key = `${pack.id}:${rule.id}`;
      const { from, until } = rule.effective;
      if (from)
        it(`${rule.id} starts on ${from}`, () => {
          expect(inForceIds(addDays(from, -1), province).has(key)).toBe(false);
          expect(inForceIds(from, province).has(key)).toBe(true);
        });
      if (until)
        it(`${rule.id} ends on ${until}`, () => {
          expect(inForceIds(addDays(until, -1), province).has(key)).toBe(true);
          expect(inForceIds(until, province).has(key)).toBe(false);
        });
    }
});

describe('value lists and process rows', () => {
  for (const row of PRE_APPROVAL_TYPES.filter((r) => r.from))
    it(`前置审批 ${row.value} from ${row.from}`, () => {
      const from = row.from ?? '';
      expect(preApprovalTypeFor(row.value, addDays(from, -1))?.id).not.toBe(row.id);
      expect(preApprovalTypeFor(row.value, from)?.id).toBe(row.id);
    });

  for (const row of SUFFIX_RESTRICTIONS.filter((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.asOf)))
    it(`suffix restriction ${row.id} from ${row.asOf}`, () => {
      const subject = (date: string) => ({
        nature: row.natures[0] ?? '',
        ...(row.provinceCodes?.[0] ? { provinceCode: row.provinceCodes[0] } : {}),
        date,
      });
      // A suffix the row forbids (rule `not`) or one outside its allowed list (rule `only`).
      const suffix = row.rule === 'not' ? (row.suffixes[0] ?? '') : 'com';
      const broken = (date: string) => suffixRestrictionsBroken(suffix, subject(date)).map((r) => r.id);
      expect(broken(addDays(row.asOf, -1))).not.toContain(row.id);
      expect(broken(row.asOf)).toContain(row.id);
    });

  it(`注销 asks for the filing password until ${CANCEL_PASSWORD_ROW.until}`, () => {
    for (const type of CANCEL_PASSWORD_ROW.filingTypes) {
      expect(cancelAsksPassword(type, addDays(CANCEL_PASSWORD_ROW.until, -1))).toBe(true);
      expect(cancelAsksPassword(type, CANCEL_PASSWORD_ROW.until)).toBe(false);
    }
  });

  for (const row of FILING_SERIAL_ROWS.filter((r) => r.from))
    it(`new filing numbers carry ${row.yearDigits} year digits from ${row.from}`, () => {
      const from = row.from ?? '';
      const zeros = (n: number) => '0'.repeat(n);
      const before = filingSerial(addDays(from, -1), zeros);
      const first = filingSerial(from, zeros);
      expect(first).toBe(`${from.slice(4 - row.yearDigits, 4)}${zeros(row.serialDigits)}`);
      expect(first.length).toBe(row.yearDigits + row.serialDigits);
      expect(before.length).not.toBe(first.length);
    });

  // The 2023 permanent-residence card (from 2023-12-01): tests/unit/formats/permanent-residence.test.ts.
});
