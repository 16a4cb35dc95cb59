import { describe, expect, it } from 'vitest';
import { TOURS } from '../../../simulator/tours/index';
import {
  getPath,
  parseStartRequest,
  readingTimeMs,
  stepTitle,
  substitute,
  typingDelayMs,
  undefinedVarUses,
} from '../../../simulator/tours/runtime';
import type { Tour } from '../../../simulator/tours/schema';

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
    expect(readingTimeMs(text, 'normal')).toBeGreaterThanOrEqual(3000);
    expect(readingTimeMs(text, 'fast')).toBe(0);
    expect(typingDelayMs('fast')).toBe(0);
    expect(typingDelayMs('slow')).toBeGreaterThan(typingDelayMs('normal'));
  });
  it('never leaves one callout up for more than 30 s', () => {
    expect(readingTimeMs('字'.repeat(2000), 'slow')).toBe(30_000);
  });
});

describe('step titles in the step list', () => {
  it('names the field or button in the chosen language', () => {
    const t = TOURS.find((x) => x.id === 'first-zj-individual') as Tour;
    const fill = t.steps.find((s) => s.id === 'principal-mobile');
    const click = t.steps.find((s) => s.id === 'submit');
    if (!fill || !click) throw new Error('steps missing');
    expect(stepTitle(fill, 'zh')).toBe('填写「联系方式1」');
    expect(stepTitle(fill, 'en')).toBe('Fill in 「联系方式1」');
    expect(stepTitle(click, 'zh')).toBe('点击「提交备案」');
  });
});
