import { describe, expect, it } from 'vitest';
import { TOURS } from '../../../simulator/tours/index';
import {
  chapterAt,
  durationText,
  getPath,
  hasMistake,
  parseStartRequest,
  readingTimeMs,
  stepTitle,
  substitute,
  typingDelayMs,
  undefinedVarUses,
} from '../../../simulator/tours/runtime';
import { type Step, type Tour, TourSchema } from '../../../simulator/tours/schema';

describe('remembered values (readSms / remember steps, issue 6 item 1)', () => {
  it('substitutes {{code:<mobile>}} in a later value', () => {
    expect(substitute('{{code:13812345678}}', { 'code:13812345678': '106586' })).toBe('106586');
    expect(substitute('/beian/#/order/{{ order }}/status', { order: 'O-0002' })).toBe('/beian/#/order/O-0002/status');
  });

  it('names the missing value instead of typing "{{…}}" into a field', () => {
    expect(() => substitute('{{code:13900001111}}', {})).toThrow(/code:13900001111/);
  });

  it('finds a tour that uses a value before remembering it', () => {
    const tour = TOURS[0] as Tour;
    const broken: Tour = {
      ...tour,
      steps: [
        tour.steps[0] as Tour['steps'][number],
        { id: 'x', kind: 'fill', anchor: { label: '短信验证码' }, value: '{{code:1}}', callout: { zh: '甲', en: 'a' } },
      ],
    };
    expect(undefinedVarUses(broken)).toEqual(['x: code:1']);
  });
});

describe('paths into the simulator state (GET /__sim/state)', () => {
  const state = {
    orders: [{ id: 'O-0001' }, { id: 'O-0002', sms: { codes: [{ wrongIdTails: 3 }] } }],
    subjects: [{ password: 'Nj2017pw' }],
  };
  it('reads nested keys and indexes, negative from the end', () => {
    expect(getPath(state, 'orders[-1].id')).toBe('O-0002');
    expect(getPath(state, 'orders[0].id')).toBe('O-0001');
    expect(getPath(state, 'subjects[0].password')).toBe('Nj2017pw');
    expect(getPath(state, 'orders[-1].sms.codes[0].wrongIdTails')).toBe(3);
    expect(getPath(state, 'orders.length')).toBe(2);
  });
  it('gives undefined for a missing part rather than throwing', () => {
    expect(getPath(state, 'orders[5].id')).toBeUndefined();
    expect(getPath(state, 'accounts[0].phone')).toBeUndefined();
  });
});

describe('the URL that starts a tour (issue 6 item 4)', () => {
  it('reads tour, autoplay speed, language, presenter and a 1-based step', () => {
    expect(parseStartRequest('?tour=first-zj-individual&autoplay=fast&lang=en&presenter=1&step=12')).toEqual({
      tour: 'first-zj-individual',
      autoplay: 'fast',
      lang: 'en',
      presenter: true,
      step: 11,
    });
  });
  it('treats autoplay=1 as normal speed and ignores unknown values', () => {
    expect(parseStartRequest('?tour=x&autoplay=1')?.autoplay).toBe('normal');
    expect(parseStartRequest('?tour=x&speed=fast')).toEqual({ tour: 'x', speed: 'fast' });
    expect(parseStartRequest('?tour=x&autoplay=warp&lang=fr&step=0')).toEqual({ tour: 'x' });
    expect(parseStartRequest('?autoplay=fast')).toBeUndefined();
  });
});

describe('pacing for presenters', () => {
  it('leaves a callout up longer at slow speed than at normal, and not at all when fast', () => {
    const text = '主办单位所属区域决定由哪个省管局审核、适用哪些规则。';
    expect(readingTimeMs(text, 'slow')).toBeGreaterThan(readingTimeMs(text, 'normal'));
    expect(readingTimeMs(text, 'normal')).toBeGreaterThanOrEqual(2000);
    expect(readingTimeMs(text, 'fast')).toBe(0);
    expect(typingDelayMs('fast')).toBe(0);
    expect(typingDelayMs('slow')).toBeGreaterThan(typingDelayMs('normal'));
  });
  it('never leaves one callout up for more than 25 s', () => {
    expect(readingTimeMs('字'.repeat(2000), 'slow')).toBe(25_000);
  });
});

describe('step titles in the step list', () => {
  it('names the field or button in the chosen language', () => {
    const t = TOURS.find((x) => x.id === 'first-zj-individual') as Tour;
    const fill = t.steps.find((s) => s.id === 'principal-mobile');
    const click = t.steps.find((s) => s.id === 'apply-backdrop');
    if (!fill || !click) throw new Error('steps missing');
    expect(stepTitle(fill, 'zh')).toBe('填写「联系方式1」');
    expect(stepTitle(fill, 'en')).toBe('Fill in 「联系方式1」');
    expect(stepTitle(click, 'zh')).toBe('点击「申请幕布」');
  });
});

describe('issue 16: chapters, human titles, pacing by text', () => {
  const zj = TOURS.find((x) => x.id === 'first-zj-individual') as Tour;

  it('the first filings are in chapters, from the type decision to approval', () => {
    expect(zj.chapters?.map((c) => c.chapter)).toEqual([
      'type',
      'subject',
      'website',
      'uploads',
      'check',
      'sms',
      'approval',
    ]);
    const index = (id: string) => zj.steps.findIndex((s) => s.id === id);
    expect(chapterAt(zj, index('id-number'))?.title.zh).toBe('类型');
    expect(chapterAt(zj, index('tail-1'))?.title.en).toBe('SMS check');
    expect(chapterAt(zj, zj.steps.length - 1)?.id).toBe('approval');
    const sh = TOURS.find((x) => x.id === 'first-sh-company') as Tour;
    expect(sh.chapters?.[0]?.chapter).toBe('type');
  });

  it('the schema rejects chapters out of order or at unknown steps', () => {
    const bad = {
      ...zj,
      chapters: [
        { chapter: 'type', from: 'open-start' },
        { chapter: 'sms', from: 'nowhere' },
      ],
    };
    expect(TourSchema.safeParse(bad).success).toBe(false);
    const late = { ...zj, chapters: [{ chapter: 'type', from: 'province' }] };
    expect(TourSchema.safeParse(late).success).toBe(false);
  });

  it('no step title shows a raw URL or an ISO duration, in any tour', () => {
    const titles = TOURS.flatMap((t) => t.steps.flatMap((s) => [stepTitle(s, 'zh'), stepTitle(s, 'en')]));
    expect(titles.filter((x) => /\/(beian|phone|bureau|console)\/|\bP(T?\d+[HMSDW])\b|\{\{/.test(x))).toEqual([]);
    const clock = zj.steps.find((s) => s.kind === 'advanceClock') as Step;
    expect(stepTitle(clock, 'zh')).toBe('6 分钟之后');
    expect(stepTitle(clock, 'en')).toBe('6 minutes later');
    expect(durationText('PT24H').en).toBe('24 hours');
  });

  it('marks the steps with a common mistake', () => {
    expect(zj.steps.filter(hasMistake).map((s) => s.id)).toContain('id-number');
    expect(hasMistake(zj.steps[0] as Step)).toBe(false);
  });

  it('autoplay leaves a short step up a few seconds and a long one longer (not 11 s for step 1)', () => {
    const first = zj.steps[0]?.callout.zh ?? '';
    const short = '选择区县：西湖区。';
    expect(readingTimeMs(short, 'normal')).toBeLessThanOrEqual(2500);
    expect(readingTimeMs(first, 'normal')).toBeLessThan(11_000);
    expect(readingTimeMs(first, 'normal')).toBeGreaterThan(readingTimeMs(short, 'normal') * 2);
    // English by words, not letters: the same step takes a similar time in either language.
    const en = zj.steps[0]?.callout.en ?? '';
    expect(Math.abs(readingTimeMs(en, 'normal') - readingTimeMs(first, 'normal'))).toBeLessThan(4000);
  });
});
