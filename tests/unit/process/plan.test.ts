import { describe, expect, it } from 'vitest';
import type { FilingDraft } from '../../../shared/domain/draft';
import { FILING_TYPES, type FilingType } from '../../../shared/domain/filing-types';
import { planFiling } from '../../../shared/process/plan';

const principal = (name: string, mobile: string, idNumber?: string) => ({ name, mobile, idNumber });

const draft = (over: Partial<FilingDraft> = {}): FilingDraft => ({
  date: '2018-11-28',
  subject: { province: '浙江省', nature: '个人', principal: principal('张三', '13812345678') },
  websites: [{ domains: ['example.com'], principal: principal('张三', '13812345678') }],
  ...over,
});

describe('planFiling (design §4 plan)', () => {
  it('the design example: 浙江 first filing, one shared number → one phone, backdrop', () => {
    const plan = planFiling(draft({ filingType: 'first' }), { date: '2018-11-28' });
    expect(plan).toMatchObject({
      filingType: 'first',
      provinceCode: '33',
      smsCheck: {
        required: true,
        phones: ['13812345678'],
        roles: ['subject-principal', 'website-principal'],
        validHours: 24,
      },
      photoCheck: 'backdrop',
      appUpload: false,
    });
    expect(plan.steps).toEqual([
      'type',
      'product',
      'subject',
      'website',
      'upload',
      'initial-review',
      'photo-check',
      'photo-review',
      'sms-check',
      'bureau-review',
      'done',
    ]);
    expect(plan.stepDetails.map((s) => s.id)).toEqual(plan.steps);
  });
  it('the same draft on 2018-09-09, before 浙江 joined the SMS pilot: no SMS check, no phones', () => {
    const plan = planFiling(draft({ filingType: 'first' }), { date: '2018-09-09' });
    expect(plan.smsCheck).toMatchObject({ required: false, phones: [], roles: [] });
    expect(plan.steps).not.toContain('sms-check');
    expect(plan.deadlines.map((d) => d.id)).not.toContain('sms-code');
  });
  it('without filingType: type left undefined, planned as a first filing, and the plan says so', () => {
    const plan = planFiling(draft(), { date: '2018-11-28' });
    expect(plan.filingType).toBeUndefined();
    expect(plan.steps[0]).toBe('type');
    expect(plan.stepDetails[0]?.label.zh).toContain('按首次备案规划');
    expect(plan.notes?.some((n) => n.en.includes('planned as a first filing'))).toBe(true);
    expect(plan.smsCheck.phones).toEqual(['13812345678']);
  });
  it('options.provinceCode wins over the draft; a resolver can be passed for names', () => {
    expect(planFiling(draft(), { date: '2018-11-28', provinceCode: '31' }).photoCheck).toBe('shanghai-app');
    expect(planFiling(draft(), { date: '2018-11-28', resolveProvince: () => '44' }).appUpload).toBe(true);
  });
  it('上海: the Shanghai app and its phone requirement in the documents', () => {
    const plan = planFiling(draft({ subject: { province: '上海市' } }), { date: '2018-11-28' });
    expect(plan.photoCheck).toBe('shanghai-app');
    expect(plan.documentDetails?.map((d) => d.id)).toContain('shanghai-app');
    expect(plan.documentDetails?.map((d) => d.id)).not.toContain('backdrop');
  });
  it('an unknown province is said, not guessed', () => {
    const plan = planFiling(draft({ subject: { principal: principal('张三', '13812345678') } }), {
      date: '2018-11-28',
    });
    expect(plan.provinceCode).toBeUndefined();
    expect(plan.smsCheck.required).toBe(false);
    expect(plan.notes?.some((n) => n.zh.includes('未知省份'))).toBe(true);
  });
  it('two different principals in 甘肃 get one code each', () => {
    const plan = planFiling(
      draft({
        filingType: 'first',
        subject: { province: '甘肃省', principal: principal('张三', '13812345678') },
        websites: [{ principal: principal('李四', '13900000001') }],
      }),
      { date: '2018-11-28' },
    );
    expect(plan.smsCheck.phones).toEqual(['13812345678', '13900000001']);
  });
  it('steps ahead start at the current step; deadlines follow them', () => {
    const plan = planFiling(draft({ filingType: 'first' }), { date: '2018-11-28', currentStep: 'bureau-review' });
    expect(plan.steps).toEqual(['bureau-review', 'done']);
    expect(plan.deadlines.map((d) => d.id)).toEqual(['bureau-review', 'bureau-review-limit', 'public-security-filing']);
  });
  it('deadlines of a first filing (spec §10)', () => {
    const plan = planFiling(draft({ filingType: 'first' }), { date: '2018-11-28' });
    const by = Object.fromEntries(plan.deadlines.map((d) => [d.id, d]));
    expect(by['initial-review']?.workingDays).toBe(1);
    expect(by['photo-to-bureau']?.workingDays).toBe(1);
    expect(by['sms-code']?.hours).toBe(24);
    expect(by['bureau-review']?.workingDays).toEqual([3, 20]);
    expect(by['public-security-filing']?.days).toBe(30);
    // The legal limit (信息产业部令第33号, restated by Tencent): 20 working days, 浙江 (this draft) 30.
    expect(plan.provinceCode).toBe('33');
    expect(by['bureau-review-limit']?.workingDays).toBe(30);
    expect(by['bureau-review-limit']?.source).toContain('备案时长');
    const bj = planFiling(
      { ...draft({ filingType: 'first' }), subject: { province: '北京市' } },
      { date: '2026-12-07' },
    );
    expect(bj.deadlines.find((d) => d.id === 'bureau-review-limit')?.workingDays).toBe(20);
    expect(bj.deadlines.find((d) => d.id === 'bureau-review-limit')?.source).toContain('信息产业部令第33号');
    for (const d of plan.deadlines.filter((x) => x.id !== 'bureau-review-limit'))
      expect(d.source).toMatch(/^《备案流程》, 阿里云, 2018-11-28, §/);
  });
  it('claim: upload and a 1-working-day claim review, no SMS, no photo', () => {
    const plan = planFiling(draft({ filingType: 'claim' }), { date: '2018-11-28' });
    expect(plan.steps).toEqual(['type', 'upload', 'claim-review', 'done']);
    expect(plan.photoCheck).toBe('none');
    expect(plan.smsCheck.required).toBe(false);
    expect(plan.deadlines.map((d) => [d.id, d.workingDays])).toEqual([['claim-review', 1]]);
    expect(plan.documentDetails?.map((d) => d.id)).toEqual(['claim-id-document']);
  });
  it('cancel access: no SMS check in a pilot province, the password to prepare, no public-security deadline', () => {
    const plan = planFiling(draft({ filingType: 'cancel-access' }), { date: '2018-11-28' });
    expect(plan.smsCheck.required).toBe(false);
    expect(plan.smsCheck.note?.en).toContain('no SMS check');
    expect(plan.steps).toEqual(['type', 'sms-account-code', 'access-password', 'bureau-review', 'done']);
    expect(plan.documentDetails?.map((d) => d.id)).toEqual(['filing-password']);
    expect(plan.deadlines).toEqual([]);
    expect(plan.appUpload).toBe(false);
  });
  it('a change touching only the website checks website principals only', () => {
    const plan = planFiling(
      draft({
        filingType: 'change-website',
        subject: { province: '浙江省', principal: principal('张三', '13812345678') },
        websites: [{ principal: principal('李四', '13900000001') }],
      }),
      { date: '2018-11-28' },
    );
    expect(plan.smsCheck.phones).toEqual(['13900000001']);
    expect(plan.steps).toEqual([
      'type',
      'website',
      'upload',
      'initial-review',
      'photo-check',
      'photo-review',
      'sms-check',
      'bureau-review',
      'done',
    ]);
  });
  it('a change whose `changed` touches nothing has no SMS step', () => {
    const plan = planFiling(draft({ filingType: 'change-subject' }), { date: '2018-11-28', changed: {} });
    expect(plan.steps).not.toContain('sms-check');
    expect(plan.smsCheck.phones).toEqual([]);
  });

  it('every type gets a plan whose step details match its steps', () => {
    for (const t of FILING_TYPES) {
      const plan = planFiling(draft({ filingType: t as FilingType }), { date: '2018-11-28' });
      expect(plan.stepDetails.map((s) => s.id)).toEqual(plan.steps);
      expect(plan.documents).toEqual(plan.documentDetails?.map((d) => d.label));
    }
  });
});

describe('documents to prepare (spec §3 step 5)', () => {
  const ids = (d: FilingDraft, province = '33') =>
    planFiling(d, { date: '2018-11-28', provinceCode: province }).documentDetails?.map((x) => x.id);

  it('first filing: authenticity form (black pen), ID scans, backdrop', () => {
    const plan = planFiling(draft({ filingType: 'first' }), { date: '2018-11-28' });
    expect(plan.documents[0]?.zh).toContain('黑色签字笔');
    expect(ids(draft({ filingType: 'first' }))).toEqual([
      'authenticity-form',
      'id-documents',
      'domain-certificate-maybe',
      'backdrop',
    ]);
  });
  it('江苏 asks for a domain certificate for every domain', () => {
    expect(ids(draft({ filingType: 'first' }), '32')).toContain('domain-certificate');
  });
  it('an organisation whose website principal is not the legal representative needs an authorisation letter', () => {
    const org = draft({
      filingType: 'first',
      subject: {
        province: '浙江省',
        nature: '企业',
        principal: principal('张三', '13812345678', '110101199003074477'),
      },
      websites: [{ principal: principal('李四', '13900000001', '110101199003070150') }],
    });
    expect(ids(org)).toContain('authorisation-letter');
    const same = { ...org, websites: [{ principal: principal('张三', '13812345678', '110101199003074477') }] };
    expect(ids(same)).not.toContain('authorisation-letter');
    const individual = { ...org, subject: { ...org.subject, nature: '个人' } };
    expect(ids(individual)).not.toContain('authorisation-letter');
  });
  it('declared pre-approval content needs the approval document first', () => {
    expect(ids(draft({ filingType: 'first', websites: [{ preApproval: ['新闻'] }] }))).toContain('pre-approval');
  });
  it('access filings need the ICP filing password', () => {
    expect(ids(draft({ filingType: 'access-new' }))).toContain('filing-password');
  });
});
