// 投资人或主管单位 and document types by 主办单位性质, per province (research §3; TC19, TC17).
import { describe, expect, it } from 'vitest';
import type {
  DocumentsForNatureRow,
  DocumentTypeForNatureRow,
  InvestorRow,
  NatureSelector,
} from '../../../../shared/rules/factories';
import { PROVINCE_PACKS } from '../../../../shared/rules/provinces';
import { baseDraft, baseFor, clone, fired, subject, testEveryRuleOf } from './harness';

/** A 主办单位性质 value the selector picks. */
function natureFor(sel: NatureSelector): string {
  if ('only' in sel) return sel.only[0] ?? '企业';
  return ['企业', '事业单位', '社会团体'].find((n) => !sel.except.includes(n)) ?? '社会团体';
}

describe('投资人或主管单位 (吉林/福建 本单位全称, 宁夏 法定代表人, 广西/山东/福建/宁夏 上级主管单位)', () => {
  testEveryRuleOf('investorRule', (u, date) => {
    const row = u.record.row as InvestorRow;
    const trigger = baseFor(u, date, 'organisation');
    const s = subject(trigger);
    s.nature = natureFor(row.natures);
    const fixed = clone(trigger);
    const f = subject(fixed);
    if (row.expect === 'subject-name') {
      s.investor = '山水投资集团';
      f.investor = f.name;
    } else if (row.expect === 'legal-representative') {
      s.investor = s.name;
      f.investor = f.principal.name;
    } else {
      s.investor = s.name;
      f.investor = '某市文化和旅游局';
    }
    return { trigger, fixed };
  });

  it('宁夏: only 企业 write the legal representative; an individual is never judged', () => {
    const nx = PROVINCE_PACKS.find((p) => p.id === 'nx');
    if (!nx) throw new Error('nx');
    const d = baseDraft(nx, 'individual', '2020-01-01');
    subject(d).investor = '山水投资集团';
    expect(fired(d, 'nx.investor', '2020-01-01')).toEqual([]);
  });
});

describe('subject document type by nature (甘肃/宁夏/吉林/广西 企业 → 营业执照; 甘肃 other units → 组织机构代码证)', () => {
  testEveryRuleOf('subjectDocumentTypeForNature', (u, date) => {
    const row = u.record.row as DocumentTypeForNatureRow;
    const trigger = baseFor(u, date, 'organisation');
    subject(trigger).nature = natureFor(row.natures);
    subject(trigger).idType = row.expected.test('组织机构代码证') ? '事业单位法人证书' : '组织机构代码证';
    const fixed = clone(trigger);
    subject(fixed).idType = row.expectedLabel;
    return { trigger, fixed };
  });
});

describe('documents some natures need (内蒙古 《网站名称审核表》, 黑龙江 《网站开办资格申请表》)', () => {
  testEveryRuleOf('documentsForNature', (u, date) => {
    const row = u.record.row as DocumentsForNatureRow;
    const trigger = baseFor(u, date, 'organisation');
    subject(trigger).nature = natureFor(row.natures);
    const fixed = clone(trigger);
    subject(fixed).nature = '企业';
    expect('only' in row.natures && row.natures.only.includes('企业')).toBe(false);
    return { trigger, fixed };
  });
});
