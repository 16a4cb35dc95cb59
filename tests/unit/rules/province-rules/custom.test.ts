// Hand-written province rules (one province each): same checks as the factory rules — fires in its province
// from its date, not the day before, not elsewhere, not once fixed, and not after `until`.
import { describe, expect, it } from 'vitest';
import { baseFor, checkScenario, clone, fired, ruleById, SPEC_DATE, site, subject } from './harness';

describe('hand-written province rules', () => {
  it('bj.website-name-unique: two websites of one subject with the same name (TC19 北京 个人 #7, 企事业 #9)', () => {
    checkScenario(ruleById('bj.website-name-unique'), (u, date) => {
      const trigger = baseFor(u, date);
      trigger.websites = [
        clone(site(trigger)),
        { ...clone(site(trigger)), domains: ['shanshui-photo.cn'], homeUrl: 'www.shanshui-photo.cn' },
      ];
      const fixed = clone(trigger);
      const second = fixed.websites?.[1];
      if (second) second.name = '山水旅行笔记';
      return { trigger, fixed };
    });
  });

  it('tj.huayuan-district-2017: a 华苑 address must be in 南开区 or 西青区 (TC17 天津)', () => {
    checkScenario(ruleById('tj.huayuan-district-2017'), (u, date) => {
      const trigger = baseFor(u, date);
      subject(trigger).district = '和平区';
      subject(trigger).mailAddress = '华苑产业区海泰发展六道6号';
      const fixed = clone(trigger);
      subject(fixed).district = '西青区';
      return { trigger, fixed };
    });
  });

  it('tj.website-principal-differs-2017: organisations need a different website principal (TC17 天津 企事业 #4)', () => {
    checkScenario(ruleById('tj.website-principal-differs-2017'), (u, date) => {
      const trigger = baseFor(u, date, 'organisation');
      const fixed = clone(trigger);
      const wp = site(fixed).principal;
      if (wp)
        Object.assign(wp, {
          name: '王芳',
          idNumber: '120101199203071234',
          mobile: '13900001111',
          email: 'wangfang@qq.com',
        });
      return { trigger, fixed };
    });
  });

  it('ln.financial-name-legal-representative-2017: 理财/贷款… companies need the legal representative as website principal (TC17 辽宁 企事业 #5)', () => {
    checkScenario(ruleById('ln.financial-name-legal-representative-2017'), (u, date) => {
      const trigger = baseFor(u, date, 'organisation');
      subject(trigger).name = '山水理财咨询有限公司';
      const wp = site(trigger).principal;
      if (wp) Object.assign(wp, { name: '王芳', idNumber: '210102199203071234' });
      const fixed = clone(trigger);
      const fwp = site(fixed).principal;
      if (fwp) Object.assign(fwp, clone(subject(fixed).principal));
      return { trigger, fixed };
    });
  });

  it("sh.languages-simplified-chinese: organisations' languages include 简体中文 (QC 上海)", () => {
    checkScenario(ruleById('sh.languages-simplified-chinese'), (u, date) => {
      const trigger = baseFor(u, date, 'organisation');
      site(trigger).languages = ['英文'];
      const fixed = clone(trigger);
      site(fixed).languages = ['中文简体', '英文'];
      return { trigger, fixed };
    });
  });

  it('ha.local-portal: non-government subjects may not run a local portal (TC19 河南 个人 #6, 企事业 #7)', () => {
    checkScenario(ruleById('ha.local-portal'), (u, date) => {
      const trigger = baseFor(u, date);
      site(trigger).name = '郑州生活门户';
      const fixed = clone(trigger);
      site(fixed).name = '山水摄影记录';
      return { trigger, fixed };
    });
    const u = ruleById('ha.local-portal');
    const gov = baseFor(u, u.record.row.from ?? SPEC_DATE, 'organisation');
    subject(gov).nature = '政府机关';
    site(gov).name = '郑州生活门户';
    expect(fired(gov, 'ha.local-portal', u.record.row.from ?? SPEC_DATE)).toEqual([]);
  });

  it('gd.website-name-chinese-or-english: no digits in names (TC19 广东 个人 #2, 企事业 #5)', () => {
    checkScenario(ruleById('gd.website-name-chinese-or-english'), (u, date) => {
      const trigger = baseFor(u, date);
      site(trigger).name = '山水摄影123';
      const fixed = clone(trigger);
      site(fixed).name = '山水摄影Photo';
      return { trigger, fixed };
    });
  });

  it('gd.hospital-licence-remark: hospitals give their practice licence in the subject remark (TC17/TC19 广东)', () => {
    checkScenario(ruleById('gd.hospital-licence-remark'), (u, date) => {
      const trigger = baseFor(u, date, 'organisation');
      subject(trigger).name = '山水口腔医院有限公司';
      const fixed = clone(trigger);
      subject(fixed).remark =
        '本单位医疗执业许可证为2015年3月颁发，有效期至2030年3月，颁发部门为某市卫生健康委员会，许可证号码为PDY00001X44010012345。';
      return { trigger, fixed };
    });
  });

  it('sc.site-name-differs-from-subject: another site name needs a pledge and a site description (TC19 四川 企事业 #5)', () => {
    checkScenario(ruleById('sc.site-name-differs-from-subject'), (u, date) => {
      const trigger = baseFor(u, date, 'organisation');
      site(trigger).name = '山水旅行笔记';
      const fixed = clone(trigger);
      site(fixed).name = `${subject(fixed).name ?? ''}官网`;
      return { trigger, fixed };
    });
  });

  it('yn.principal-document-types: residence permits are not among the accepted documents (TC19 云南 #2)', () => {
    checkScenario(ruleById('yn.principal-document-types'), (u, date) => {
      const trigger = baseFor(u, date);
      subject(trigger).principal.idType = '港澳台居民居住证';
      return { trigger, fixed: baseFor(u, date) };
    });
  });
});
