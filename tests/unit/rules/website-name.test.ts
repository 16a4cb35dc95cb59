// National website-name rules (research §2; TCFAQ 2019-02-18, QC ≈2021–2022 from 2021-10-26, XN undated).
import { describe, expect, it } from 'vitest';
import type { FilingDraft } from '../../../shared/domain/draft';
import { PERSONAL_FORBIDDEN_WORDS } from '../../../shared/rules/data/name-words';
import { checkDraft, listRules } from '../../../shared/rules/engine';
import { NATIONAL_PACK } from '../../../shared/rules/national';
import { PROVINCE_PACKS } from '../../../shared/rules/provinces';
import type { ProvincePack } from '../../../shared/rules/types';
import { WEBSITE_NAME_RULES } from '../../../shared/rules/website-name';
import { baseDraft, site } from './province-rules/harness';

function pack(id: string): ProvincePack {
  const p = PROVINCE_PACKS.find((x) => x.id === id);
  if (!p) throw new Error(id);
  return p;
}
const zj = pack('zj');
const js = pack('js');

function named(
  name: string,
  opts: {
    nature?: 'individual' | 'organisation';
    date?: string;
    province?: ProvincePack;
    edit?: (d: FilingDraft) => void;
  } = {},
) {
  const date = opts.date ?? '2022-01-01';
  const d = baseDraft(opts.province ?? zj, opts.nature ?? 'individual', date);
  site(d).name = name;
  opts.edit?.(d);
  return (rule: string) => checkDraft(d, { date }).findings.filter((f) => f.rule === rule);
}

describe('the website-name rules are national, warnings, and sourced', () => {
  it('every rule is in the national pack and listed for every province', () => {
    for (const r of WEBSITE_NAME_RULES) {
      expect(NATIONAL_PACK.rules).toContain(r);
      expect(r.severity).toBe('warning');
      expect(r.source).toMatch(/TCFAQ|QC|XN/);
      expect(r.fields).toContain('websites[].name');
    }
    const listed = listRules({ province: '上海', date: '2022-01-01' }).map((r) => r.id);
    for (const r of WEBSITE_NAME_RULES) expect(listed).toContain(r.id);
  });

  it('a plain Chinese name raises none of them', () => {
    const check = named('山水摄影记录');
    for (const r of WEBSITE_NAME_RULES) expect(check(r.id), r.id).toEqual([]);
  });
});

describe('website-name.min-chinese-chars (TCFAQ 2019-02: 「三个或三个以上汉字」; XN)', () => {
  it('two Chinese characters are too few; the message counts them and says how to fix it', () => {
    const f = named('摄影')('website-name.min-chinese-chars');
    expect(f).toHaveLength(1);
    expect(f[0]?.message.zh).toContain('只有 2 个汉字');
    expect(f[0]?.fix?.en).toContain('at least three');
    expect(named('摄影记录')('website-name.min-chinese-chars')).toEqual([]);
  });
  // Was: "not in force before 2019-02-18" — wrong: TCFAQ restates the limit, it does not start it (issue 10).
  it('in force on the spec date too: the FAQ of 2019-02-18 restates it (attested), it does not start it', () => {
    expect(named('摄影', { date: '2018-11-28' })('website-name.min-chinese-chars')).toHaveLength(1);
    const [f] = named('摄影', { date: '2018-11-28' })('website-name.min-chinese-chars');
    expect(f?.effective).toBeUndefined();
    expect(f?.attested?.[0]).toEqual({ date: '2019-02-18', by: '腾讯云备案常见问题' });
  });
});

describe('website-name.not-chinese (TCFAQ; QC 「不得使用纯数字、英文」)', () => {
  it.each([
    ['12345', '纯数字'],
    ['MyBlog', '纯英文'],
    ['abc123', '只有英文和数字'],
  ])('%s is %s', (name, kind) => {
    const f = named(name)('website-name.not-chinese');
    expect(f[0]?.message.zh).toContain(kind);
  });
  it('Chinese with English passes', () => {
    expect(named('山水Photo记录')('website-name.not-chinese')).toEqual([]);
  });
});

describe('website-name.special-symbols (QC 「名称中不能包含特殊符号」)', () => {
  it('names the symbol and suggests the name without it', () => {
    const f = named('山水★摄影记录')('website-name.special-symbols');
    expect(f[0]?.message.zh).toContain('★');
    expect(f[0]?.fix?.zh).toContain('山水摄影记录');
    expect(named('山水摄影记录')('website-name.special-symbols')).toEqual([]);
  });
});

describe('website-name.is-domain (TCFAQ; QC 「不得使用…域名」)', () => {
  it("the website's own domain as its name", () => {
    const f = named('Shanshui-Photo.com')('website-name.is-domain');
    expect(f[0]?.message.zh).toContain('shanshui-photo.com');
  });
  it('any domain-shaped name', () => {
    expect(named('www.example.cn')('website-name.is-domain')).toHaveLength(1);
    expect(named('山水摄影记录')('website-name.is-domain')).toEqual([]);
  });
});

describe('website-name.national-words (TCFAQ; QC adds 全国)', () => {
  it('中国 in a name, for individuals and organisations alike', () => {
    for (const nature of ['individual', 'organisation'] as const) {
      const f = named('中国山水摄影', { nature })('website-name.national-words');
      expect(f[0]?.message.zh, nature).toContain('「中国」');
      expect(f[0]?.fix?.zh).toContain('国家级单位');
    }
  });
  // Was: "全国 from QC's date only" — QC's page date is when it restated the list, not a start date.
  it('全国 (QC list) applies on every date', () => {
    expect(named('全国山水摄影', { date: '2018-11-28' })('website-name.national-words')).toHaveLength(1);
  });
});

describe('website-name.sensitive-words (QC)', () => {
  it('赌博 for everyone; 维权 for personal sites only', () => {
    expect(named('赌博技巧分享', { nature: 'organisation' })('website-name.sensitive-words')[0]?.message.zh).toContain(
      '赌博',
    );
    expect(named('维权经验分享')('website-name.sensitive-words')).toHaveLength(1);
    expect(named('维权经验分享', { nature: 'organisation' })('website-name.sensitive-words')).toEqual([]);
  });
  it('in force on the spec date too (QC restates it; no start date)', () => {
    expect(named('赌博技巧分享', { date: '2018-11-28' })('website-name.sensitive-words')).toHaveLength(1);
  });
});

describe('website-name.personal-organisation-words (TCFAQ 「公司、组织」; QC 企业信息)', () => {
  it('公司 in a personal name; not for an organisation', () => {
    expect(named('山水摄影有限公司')('website-name.personal-organisation-words')[0]?.message.zh).toContain('「公司」');
    expect(named('山水摄影有限公司', { nature: 'organisation' })('website-name.personal-organisation-words')).toEqual(
      [],
    );
  });
  it('restated rows apply on every date: 公司 (TCFAQ 2019-02-18) and 企业 (undated list) on 2018-11-28', () => {
    expect(named('山水摄影公司', { date: '2018-11-28' })('website-name.personal-organisation-words')).toHaveLength(1);
    expect(named('山水企业记录', { date: '2018-11-28' })('website-name.personal-organisation-words')).toHaveLength(1);
  });
});

describe('website-name.personal-commercial-words (TCFAQ; QC 「不得涉及行业信息、企业信息、产品信息」)', () => {
  it('商城 in a personal name', () => {
    const f = named('山水摄影商城')('website-name.personal-commercial-words');
    expect(f[0]?.message.zh).toContain('「商城」');
    expect(f[0]?.message.zh).toContain('《各省管局限制词》, 百科知识网');
    expect(named('山水摄影商城', { nature: 'organisation' })('website-name.personal-commercial-words')).toEqual([]);
  });
});

describe('website-name.personal-forbidden-words (QC list from 2021-10-26; XN list undated)', () => {
  it('作品展示 is on the QC list only, which applies on every date (restated, no start date)', () => {
    expect(PERSONAL_FORBIDDEN_WORDS.find((r) => r.id === 'personal-forbidden-xn')?.words).not.toContain('作品展示');
    expect(
      named('山水作品展示', { date: '2018-11-28' })('website-name.personal-forbidden-words')[0]?.message.zh,
    ).toContain('作品展示');
  });
  it('主页 is on the undated XN list: any date', () => {
    expect(named('山水摄影主页', { date: '2018-11-28' })('website-name.personal-forbidden-words')).toHaveLength(1);
  });
  it('a longer listed word is reported once (个人空间, not also a shorter word inside it)', () => {
    const f = named('李明的个人空间')('website-name.personal-forbidden-words');
    expect(f).toHaveLength(1);
    expect(f[0]?.message.zh).toContain('「个人空间」');
  });
  it("江苏 2017–2019 required 「xx的个人主页」: its fixed words are not reported then, the applicant's own part is", () => {
    expect(
      named('李明的个人主页', { province: js, date: '2018-11-28' })('website-name.personal-forbidden-words'),
    ).toEqual([]);
    expect(
      named('李明的个人主页', { province: zj, date: '2018-11-28' })('website-name.personal-forbidden-words'),
    ).toHaveLength(1);
    expect(
      named('李明的个人主页', { province: js, date: '2019-08-15' })('website-name.personal-forbidden-words'),
    ).toHaveLength(1);
    expect(
      named('网址导航的个人主页', { province: js, date: '2018-11-28' })('website-name.personal-forbidden-words')[0]
        ?.message.zh,
    ).toContain('「导航」');
  });
});

describe('website-name.pre-approval-keyword (TCFAQ 前置审批; QC 上海; TC19 北京 #8)', () => {
  it('新闻 without the 新闻 pre-approval type selected', () => {
    const f = named('山水新闻网', { nature: 'organisation' })('website-name.pre-approval-keyword');
    expect(f[0]?.message.zh).toContain('「新闻」');
    expect(f[0]?.fix?.zh).toContain('前置或专项审批内容类型');
  });
  it('passes once the matching type is selected', () => {
    const check = named('山水新闻网', {
      nature: 'organisation',
      edit: (d) => {
        site(d).preApproval = ['新闻'];
      },
    });
    expect(check('website-name.pre-approval-keyword')).toEqual([]);
  });
  it('论坛 needs 电子公告; another type does not satisfy it', () => {
    const check = named('山水摄影论坛', {
      nature: 'organisation',
      edit: (d) => {
        site(d).preApproval = ['新闻'];
      },
    });
    expect(check('website-name.pre-approval-keyword')[0]?.message.zh).toContain('电子公告服务');
  });
  it('in force from 2019-02-18', () => {
    expect(named('山水新闻网', { date: '2019-02-17' })('website-name.pre-approval-keyword')).toEqual([]);
  });
});

describe('issue 10: naming limits restated in 2019 already held on the spec date (2018-11-28)', () => {
  it.each([
    ['12345678', 'website-name.not-chinese'],
    ['张三', 'website-name.min-chinese-chars'],
    ['zhangsan.com', 'website-name.is-domain'],
  ])('「%s」 gets %s on 2018-11-28, attested by the provider page, with no start date', (name, rule) => {
    const f = named(name, { date: '2018-11-28' })(rule);
    expect(f).toHaveLength(1);
    expect(f[0]?.effective).toBeUndefined();
    expect(f[0]?.attested?.length).toBeGreaterThan(0);
    expect(f[0]?.source).toMatch(/^《网站命名要求》, 腾讯云, 2019-02-18/);
  });
});
