import { describe, expect, it } from 'vitest';
import { TOURS } from '../../../simulator/tours/index';
import { tourProblems } from '../../../simulator/tours/lint';
import {
  chapterAt,
  chapterOutline,
  inWorld,
  stepTitle,
  tourWorldId,
  worldOfPath,
} from '../../../simulator/tours/runtime';
import { type Step, type Tour, TourSchema } from '../../../simulator/tours/schema';

/** Issue 16: every tour a trainer presents has chapters, human step titles and its mistakes marked. */

const zj = TOURS.find((t) => t.id === 'first-zj-individual') as Tour;
const withSteps = (tour: Tour, steps: Step[]): Tour => ({ ...tour, steps });

describe.each(TOURS.map((t) => [t.id, t] as const))('tour %s is presentable', (_id, tour) => {
  it('is in chapters, with human step titles in both languages, trivial steps merged and mistakes marked', () => {
    expect(tourProblems(tour)).toEqual([]);
  });

  it('every step belongs to a chapter, and a chapter starts where the list shows its heading', () => {
    expect(tour.steps.filter((_s, i) => chapterAt(tour, i) === undefined).map((s) => s.id)).toEqual([]);
  });
});

describe('the check fails on what the issue names', () => {
  it('a tour without chapters', () => {
    const { chapters: _gone, ...bare } = zj;
    expect(tourProblems(bare as Tour)).toContain('no chapters');
  });

  it('a step title that is a command or an address', () => {
    const clock: Step = {
      id: 'clock',
      kind: 'note',
      title: { zh: 'Clock +PT6M', en: 'Clock +PT6M' },
      callout: { zh: '时间前进。', en: 'Time moves on.' },
    };
    const open: Step = {
      id: 'open-phone',
      kind: 'note',
      title: { zh: '打开 /phone/#/m/13812345678', en: 'Open /phone/#/m/13812345678' },
      callout: { zh: '手机。', en: 'The phone.' },
    };
    const problems = tourProblems(withSteps(zj, [...zj.steps, clock, open]));
    expect(problems.filter((p) => p.startsWith('clock:')).join(' ')).toMatch(/ISO duration|command/);
    expect(problems.filter((p) => p.startsWith('open-phone:')).join(' ')).toMatch(/a path/);
  });

  it('「选择城市：杭州市」 as a step of its own', () => {
    const city: Step = {
      id: 'city',
      kind: 'select',
      anchor: { label: '市' },
      value: '杭州市',
      field: 'subject.city',
      callout: { zh: '选择城市：杭州市。', en: 'Choose the city.' },
    };
    expect(tourProblems(withSteps(zj, [...zj.steps, city]))).toContain(
      'city: subject.city is a step of its own (set it with the region, as `also`)',
    );
  });

  it('a step that shows a common mistake without marking it, or a mistake that does not say so', () => {
    const unmarked: Step = {
      id: 'unmarked',
      kind: 'fill',
      anchor: { label: '域名' },
      value: 'http://x.com/',
      callout: { zh: '常见错误：把网址当域名填。', en: 'Common mistake: a URL.' },
    };
    const quiet: Step = {
      id: 'quiet',
      kind: 'fill',
      anchor: { label: '域名' },
      value: 'x.com',
      mistake: { value: 'http://x.com/', callout: { zh: '网址。', en: 'A URL.' } },
      callout: { zh: '域名。', en: 'The domain.' },
    };
    const problems = tourProblems(withSteps(zj, [...zj.steps, unmarked, quiet]));
    expect(problems.some((p) => p.startsWith('unmarked:') && p.includes('unmarked'))).toBe(true);
    expect(problems.some((p) => p.startsWith('quiet:') && p.includes('常见错误'))).toBe(true);
  });
});

describe('merged steps (`also`)', () => {
  it('the 浙江 region is one step: province, city and district, titled by the region', () => {
    const region = zj.steps[1];
    if (region?.kind !== 'select') throw new Error('step 2 is the region select');
    expect([region.value, ...(region.also ?? []).map((a) => ('value' in a ? a.value : a.name))]).toEqual([
      '浙江省',
      '杭州市',
      '西湖区',
    ]);
    expect(stepTitle(region, 'zh')).toBe('所属区域：浙江省杭州市西湖区');
    expect(stepTitle(region, 'en')).toBe('Region: Zhejiang, Hangzhou, Xihu');
  });

  it('the schema refuses further fields on a step that shows a mistake (the correction would be ambiguous)', () => {
    const step = zj.steps.find((s) => s.id === 'domain');
    if (step?.kind !== 'fill') throw new Error('domain is a fill');
    const both = { ...step, also: [{ anchor: { label: '市' }, value: '杭州市' }] };
    const steps = zj.steps.map((s) => (s.id === 'domain' ? both : s));
    expect(TourSchema.safeParse({ ...zj, steps }).success).toBe(false);
  });
});

describe('chapter outline (step list and handouts)', () => {
  it('covers every step once, chapter by chapter, in order', () => {
    for (const tour of TOURS) {
      const outline = chapterOutline(tour);
      expect(outline[0]?.from, tour.id).toBe(0);
      expect(outline.at(-1)?.to, tour.id).toBe(tour.steps.length - 1);
      for (const [i, c] of outline.slice(1).entries()) expect(c.from, tour.id).toBe((outline[i]?.to ?? -2) + 1);
    }
    expect(chapterOutline(zj).map((c) => c.title.zh)).toEqual(['类型', '主体', '网站', '上传', '核验', '短信', '审核']);
  });
});

describe('tours in their own world (design §6 worlds)', () => {
  it('a tour runs in world tour-<id>; its paths are prefixed, the list of worlds is not', () => {
    expect(tourWorldId('first-zj-individual')).toBe('tour-first-zj-individual');
    expect(TOURS.every((t) => /^[a-z0-9-]{1,40}$/.test(tourWorldId(t.id)))).toBe(true);
    expect(inWorld('tour-x', '/beian/#/start')).toBe('/w/tour-x/beian/#/start');
    expect(inWorld('tour-x', '/__sim/state')).toBe('/w/tour-x/__sim/state');
    expect(inWorld('tour-x', '/__sim/worlds')).toBe('/__sim/worlds');
    expect(inWorld('default', '/__sim/state')).toBe('/__sim/state');
  });

  it('reads the world of a page path', () => {
    expect(worldOfPath('/w/tour-x/beian/')).toBe('tour-x');
    expect(worldOfPath('/beian/')).toBe('default');
  });
});
