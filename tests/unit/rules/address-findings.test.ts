/**
 * The address findings an applicant sees, from real addresses (including those in the hints' own
 * examples and the tours): another province in 通讯地址 is caught, one coherent finding for a 证件住所 in
 * another province, the repeats-region fix shows the applicant's own street.
 */
import { describe, expect, it } from 'vitest';
import type { FilingDraft } from '../../../shared/domain/draft';
import { checkDraft } from '../../../shared/rules/engine';
import { draftWith } from './helpers';

const findings = (d: FilingDraft) => checkDraft(d).findings;
const addressFindings = (d: FilingDraft) =>
  findings(d)
    .filter((f) => f.field === 'subject.idAddress' || f.field === 'subject.mailAddress')
    .map((f) => ({ rule: f.rule, severity: f.severity, field: f.field }));

describe('通讯地址 in another province than the pre-filled 浙江省杭州市西湖区', () => {
  it.each([
    ['江苏省南京市玄武区中山路1号', '江苏省', 'error'],
    ['南京市鼓楼区中山北路2号', '江苏省', 'error'],
    ['上海市黄浦区南京东路100号', '上海市', 'error'],
    ['广东深圳南山区科技园1号', '广东省', 'warning'],
  ])('%s is caught as %s (%s)', (mail, province, severity) => {
    const f = findings(
      draftWith((d) => {
        d.subject!.mailAddress = mail;
      }),
    ).filter((x) => x.rule === 'address.mail-other-province');
    expect(f).toHaveLength(1);
    expect(f[0]?.severity).toBe(severity);
    expect(f[0]?.message.zh).toContain(`在${province}`);
    expect(f[0]?.message.zh).toContain('浙江省杭州市西湖区');
  });
  it.each(['文三路90号', '南京路100号', '上海大厦501室', '北京东路1号'])(
    '%s is a street in the region: no finding',
    (mail) => {
      expect(
        findings(
          draftWith((d) => {
            d.subject!.mailAddress = mail;
          }),
        ).map((x) => x.rule),
      ).not.toContain('address.mail-other-province');
    },
  );
});

describe('证件住所 in 江苏 for a 浙江 filing: one finding', () => {
  it('an individual: only 浙江’s residence-proof warning, no contradicting same-province error', () => {
    const d = draftWith((x) => {
      x.subject!.idAddress = '江苏省南京市玄武区中山路1号';
    });
    expect(addressFindings(d)).toEqual([
      { rule: 'zj.residence-proof', severity: 'warning', field: 'subject.idAddress' },
    ]);
  });
  it('an organisation: only the same-province error (units cannot file across provinces)', () => {
    const d = draftWith((x) => {
      x.subject!.nature = '企业';
      x.subject!.idAddress = '江苏省南京市玄武区中山路1号';
    });
    expect(addressFindings(d).filter((f) => f.field === 'subject.idAddress')).toEqual([
      { rule: 'address.same-province', severity: 'error', field: 'subject.idAddress' },
    ]);
  });
  it('an individual in a province without its own rule: a warning that names the residence permit', () => {
    const d = draftWith((x) => {
      x.subject!.province = '北京市';
      x.subject!.city = '北京市';
      x.subject!.district = '海淀区';
      x.subject!.idAddress = '河北省石家庄市长安区中山东路1号';
      x.subject!.mailAddress = '中关村大街2号';
    });
    const f = findings(d).filter((x) => x.field === 'subject.idAddress' && x.severity !== 'info');
    expect(f.map((x) => [x.rule, x.severity])).toEqual([['address.same-province', 'warning']]);
    expect(f[0]?.fix?.zh).toContain('居住证');
  });
});

describe('the repeats-region fix shows the applicant’s own street', () => {
  it('浙江省杭州市西湖区文三路100号 → 文三路100号 (the first-filing tour)', () => {
    const f = findings(
      draftWith((d) => {
        d.subject!.mailAddress = '浙江省杭州市西湖区文三路100号';
      }),
    ).find((x) => x.rule === 'address.repeats-region');
    expect(f?.fix?.zh).toContain('「文三路100号」');
    expect(f?.fix?.zh).toContain('浙江省杭州市西湖区');
    expect(f?.fix?.zh).not.toMatch(/上海|北京/);
  });
  it('only the region typed: the fix names the region, no example from elsewhere', () => {
    const f = findings(
      draftWith((d) => {
        d.subject!.mailAddress = '浙江省杭州市西湖区';
      }),
    ).find((x) => x.rule === 'address.repeats-region');
    expect(f?.fix?.zh).toContain('浙江省杭州市西湖区');
    expect(f?.fix?.zh).not.toContain('「」');
  });
});
