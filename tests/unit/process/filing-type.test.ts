import { describe, expect, it } from 'vitest';
import {
  actionsAvailable,
  decideFilingType,
  type FilingTypeFacts,
  SUBJECT_PAGE_ACTIONS,
} from '../../../shared/process/filing-type';

describe('filing-type decision (spec §2 table)', () => {
  it('首次备案: neither subject nor domain ever filed', () => {
    const d = decideFilingType({ subjectFiled: 'no', domainFiled: 'no' });
    expect(d).toMatchObject({ type: 'first', outcome: 'proceed' });
    expect(d.next.zh).toContain('产品验证');
  });
  it('新增接入: subject and domain filed with another provider, subject never here', () => {
    const d = decideFilingType({ subjectFiled: 'elsewhere', domainFiled: 'elsewhere' });
    expect(d).toMatchObject({ type: 'access-new', outcome: 'proceed' });
    expect(d.next.zh).toContain('ICP 备案密码');
    expect(d.next.en).toContain('match the original filing exactly');
  });
  it('新增网站 (原备案不在本平台): subject filed elsewhere, new domain', () => {
    expect(decideFilingType({ subjectFiled: 'elsewhere', domainFiled: 'no' })).toMatchObject({
      type: 'new-website-elsewhere',
      outcome: 'proceed',
    });
  });
  it('新增网站 (原备案在本平台): subject filed here, new domain → 增加网站 with subject confirmation', () => {
    const d = decideFilingType({ subjectFiled: 'here', domainFiled: 'no' });
    expect(d).toMatchObject({ type: 'new-website-here', outcome: 'proceed' });
    expect(d.next.zh).toContain('信息准确，继续下一步');
  });
  it('继续接入: subject filed here, domain filed with another provider', () => {
    const d = decideFilingType({ subjectFiled: 'here', domainFiled: 'elsewhere' });
    expect(d).toMatchObject({ type: 'access-continue', outcome: 'proceed' });
    expect(d.next.zh).toContain('继续接入备案');
  });
  it('subject and domain both filed here: choose an action on the subject page (adding domains is a change)', () => {
    const d = decideFilingType({ subjectFiled: 'here', domainFiled: 'here' });
    expect(d.outcome).toBe('choose');
    expect(d.type).toBe('change-website');
    expect(d.available).toEqual([
      'change-website',
      'change-subject',
      'cancel-website',
      'cancel-subject',
      'cancel-access',
    ]);
  });
  it('认领: a legacy 万网 filing not yet in a cloud account', () => {
    const d = decideFilingType({ subjectFiled: 'elsewhere', domainFiled: 'elsewhere', legacyWanwang: true });
    expect(d).toMatchObject({ type: 'claim', outcome: 'proceed' });
    expect(d.next.en).toContain('1 working day');
  });
  it('a legacy 万网 subject already imported here is no longer a claim', () => {
    expect(decideFilingType({ subjectFiled: 'here', domainFiled: 'no', legacyWanwang: true }).type).toBe(
      'new-website-here',
    );
  });
  it.each<[string, FilingTypeFacts, string]>([
    ['new subject, domain filed elsewhere', { subjectFiled: 'no', domainFiled: 'elsewhere' }, 'first'],
    ['new subject, domain filed here', { subjectFiled: 'no', domainFiled: 'here' }, 'first'],
    [
      'subject elsewhere, domain filed here (so under another subject)',
      { subjectFiled: 'elsewhere', domainFiled: 'here' },
      'new-website-elsewhere',
    ],
    [
      'subject here, domain known to be under another subject',
      { subjectFiled: 'here', domainFiled: 'elsewhere', domainUnderOtherSubject: true },
      'new-website-here',
    ],
  ])(
    'domain filed under another subject (%s): cannot file online, written application to the bureau (spec §2 constraints)',
    (_, facts, after) => {
      const d = decideFilingType(facts);
      expect(d.outcome).toBe('offline');
      expect(d.type).toBe(after);
      expect(d.next.zh).toContain('书面申请');
      expect(d.next.en).toContain('written application to the bureau');
    },
  );
  it('an order in progress blocks every action: abandon it or wait for approval (spec §2 constraints)', () => {
    const d = decideFilingType({
      subjectFiled: 'here',
      domainFiled: 'no',
      subjectHasOrderInProgress: true,
      requested: 'change-subject',
    });
    expect(d.outcome).toBe('blocked');
    expect(d.type).toBe('change-subject');
    expect(d.available).toEqual([]);
    expect(d.next.zh).toMatch(/放弃.*等待/);
    expect(d.next.en).toMatch(/abandon.*wait/);
  });
  it('subject here: a requested page action is taken as is (注销网站, 变更主体, 取消接入)', () => {
    for (const requested of ['cancel-website', 'change-subject', 'cancel-access'] as const) {
      expect(decideFilingType({ subjectFiled: 'here', domainFiled: 'here', requested })).toMatchObject({
        type: requested,
        outcome: 'proceed',
      });
    }
  });
  it('a requested type the facts do not allow is overruled, and the reason says why', () => {
    const access = decideFilingType({ subjectFiled: 'no', domainFiled: 'no', requested: 'access-new' });
    expect(access.type).toBe('first');
    expect(access.reason.en).toContain('judged differently');
    const change = decideFilingType({ subjectFiled: 'elsewhere', domainFiled: 'no', requested: 'change-website' });
    expect(change.type).toBe('new-website-elsewhere');
    expect(change.reason.zh).toContain('本平台已备案成功的主体');
    const claim = decideFilingType({ subjectFiled: 'no', domainFiled: 'no', requested: 'claim' });
    expect(claim.type).toBe('first');
    expect(claim.reason.zh).toContain('万网');
  });
});

describe('subject page actions (spec §2 constraints)', () => {
  it('a subject filed here with no order shows 增加网站, 继续接入, 变更, 注销, 取消接入', () => {
    expect(actionsAvailable({ filedHere: true, orderInProgress: false })).toEqual([...SUBJECT_PAGE_ACTIONS]);
    expect(SUBJECT_PAGE_ACTIONS).toHaveLength(7);
  });
  it('no action buttons while an order is in progress', () => {
    expect(actionsAvailable({ filedHere: true, orderInProgress: true })).toEqual([]);
  });
  it('no subject page for a subject not filed here', () => {
    expect(actionsAvailable({ filedHere: false, orderInProgress: false })).toEqual([]);
  });
});
