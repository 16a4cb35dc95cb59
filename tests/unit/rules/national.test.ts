import { describe, expect, it } from 'vitest';
import { FIELD_CATALOGUE } from '../../../shared/domain/fields';
import { checkDraft, listRules } from '../../../shared/rules/engine';
import { NATIONAL_PACK } from '../../../shared/rules/national';
import { draftWith, findingsOf, goodDraft, rulesFired } from './helpers';

const w0 = (d: ReturnType<typeof goodDraft>) => {
  const w = d.websites?.[0];
  if (!w) throw new Error('fixture has a website');
  return w;
};

describe('the national pack', () => {
  it('every rule has a unique id, catalogue fields, bilingual message and fix, and a source', () => {
    const keys = new Set(FIELD_CATALOGUE.map((f) => f.key));
    const ids = new Set<string>();
    for (const r of NATIONAL_PACK.rules) {
      expect(ids.has(r.id), `duplicate id ${r.id}`).toBe(false);
      ids.add(r.id);
      for (const f of r.fields)
        expect(keys.has(f) || keys.has(`${f}[]`), `${r.id} reads unknown field ${f}`).toBe(true);
      expect(r.message.zh && r.message.en && r.fix.zh && r.fix.en, r.id).toBeTruthy();
      expect(r.source.length, r.id).toBeGreaterThan(3);
    }
  });

  it('the good draft has no error or warning findings (baseline for every test below)', () => {
    const findings = checkDraft(goodDraft()).findings.filter((f) => f.severity !== 'info');
    expect(findings).toEqual([]);
  });
});

describe('required fields (spec §4)', () => {
  it('a blank required field is an error naming the field', () => {
    const f = findingsOf(
      draftWith((d) => {
        d.subject!.name = ' ';
      }),
      'required.subject.name',
    );
    expect(f).toHaveLength(1);
    expect(f[0]?.message.zh).toContain('主办单位或主办人名称');
  });
  it('a missing field counts in complete mode, not in page mode (the extension)', () => {
    const d = draftWith((d) => {
      delete d.subject!.investor;
      delete d.subject!.principal!.email;
    });
    expect(rulesFired(d)).toContain('required.subject.principal.email');
    expect(rulesFired(d, { mode: 'page' })).not.toContain('required.subject.principal.email');
  });
  it('access filings require the filing number and password; first filings do not', () => {
    const access = draftWith((d) => {
      d.filingType = 'access-new';
    });
    expect(rulesFired(access)).toEqual(expect.arrayContaining(['required.filingNumber', 'required.filingPassword']));
    expect(rulesFired(goodDraft())).not.toContain('required.filingNumber');
  });
});

describe('subject rules (spec §4.1, §4.2)', () => {
  it('individual with a business licence type', () => {
    expect(
      rulesFired(
        draftWith((d) => {
          d.subject!.idType = '工商营业执照';
        }),
      ),
    ).toContain('subject.document-type');
  });
  it('individual: subject name must equal the principal name', () => {
    expect(
      rulesFired(
        draftWith((d) => {
          d.subject!.principal!.name = '李四';
        }),
      ),
    ).toContain('subject.individual-name-matches-principal');
  });
  it('individual: ID numbers must match', () => {
    expect(
      rulesFired(
        draftWith((d) => {
          d.subject!.principal!.idNumber = '330106198512124565';
        }),
      ),
    ).toContain('subject.individual-id-matches-principal');
  });
  it('organisation: legal-representative reminder only for organisations', () => {
    expect(rulesFired(goodDraft())).not.toContain('subject.legal-representative');
    const org = draftWith((d) => {
      d.subject!.nature = '企业';
      d.subject!.idType = '工商营业执照';
      d.subject!.idNumber = '91330106MA2AXXXX0X';
    });
    expect(rulesFired(org)).toContain('subject.legal-representative');
  });
});

describe('address rules (spec §4.1)', () => {
  it('document address in another province (an organisation: the national error)', () => {
    const f = findingsOf(
      draftWith((d) => {
        d.subject!.nature = '企业';
        d.subject!.idAddress = '上海市黄浦区南京东路100号';
      }),
      'address.same-province',
    );
    expect(f[0]?.message.zh).toContain('上海市');
    expect(f[0]?.severity).toBe('error');
  });
  it('mailing address repeating the pre-filled region', () => {
    const f = findingsOf(
      draftWith((d) => {
        d.subject!.mailAddress = '杭州市西湖区文三路90号';
      }),
      'address.repeats-region',
    );
    expect(f).toHaveLength(1);
    expect(f[0]?.fix?.zh).toContain('文三路90号');
  });
  it('no house number without a remark; a remark saying so clears it', () => {
    expect(
      rulesFired(
        draftWith((d) => {
          d.subject!.mailAddress = '文三路';
        }),
      ),
    ).toContain('address.house-number');
    expect(
      rulesFired(
        draftWith((d) => {
          d.subject!.mailAddress = '文三路';
          d.subject!.remark = '该地址无详细门牌号';
        }),
      ),
    ).not.toContain('address.house-number');
  });
  it('a district that is not in the chosen city', () => {
    expect(
      rulesFired(
        draftWith((d) => {
          d.subject!.district = '海曙区';
        }),
      ),
    ).toContain('address.region-valid');
  });
});

describe('phones (research N9, N10)', () => {
  it('emergency phone equal to a principal mobile', () => {
    expect(
      rulesFired(
        draftWith((d) => {
          d.subject!.principal!.emergencyPhone = '13812345678';
        }),
      ),
    ).toContain('phones.emergency-distinct');
  });
  it('a different website principal with the same mobile', () => {
    const d = draftWith((d) => {
      w0(d).principal = {
        name: '李四',
        idType: '身份证',
        idNumber: '330106198512124565',
        mobile: '13812345678',
        email: 'lisi@example.com',
      };
    });
    expect(findingsOf(d, 'phones.distinct-principals').map((f) => f.field)).toEqual(['websites[0].principal.mobile']);
  });
});

describe('domains (spec §5)', () => {
  it('.xyz cannot be filed by the 2018 list', () => {
    expect(
      findingsOf(
        draftWith((d) => {
          w0(d).domains = ['example.xyz'];
          w0(d).homeUrl = 'www.example.xyz';
        }),
        'domain.suffix-fileable',
      )[0]?.severity,
    ).toBe('error');
  });
  it('the same domain in two websites', () => {
    const d = draftWith((d) => {
      d.websites!.push({ ...w0(d), name: '山水摄影二站' });
    });
    expect(findingsOf(d, 'domain.duplicate').map((f) => f.field)).toEqual(['websites[1].domains[0]']);
  });
  it('several domains need the 「域名指向同一网站」 remark', () => {
    const d = draftWith((d) => {
      w0(d).domains = ['example.com', 'example.cn'];
    });
    expect(rulesFired(d)).toContain('domain.multi-domain-remark');
    w0(d).remark = `${w0(d).remark}域名指向同一网站。`;
    expect(rulesFired(d)).not.toContain('domain.multi-domain-remark');
  });
  it('home URL on another domain', () => {
    expect(
      rulesFired(
        draftWith((d) => {
          w0(d).homeUrl = 'www.other.cn';
        }),
      ),
    ).toContain('domain.home-url-on-domain');
  });
});

describe('filing types (spec §2)', () => {
  it('a change filing cannot move the province', () => {
    const d = draftWith((d) => {
      d.filingType = 'change-subject';
      d.filingNumber = '京ICP备12345678号';
    });
    expect(findingsOf(d, 'change.same-province')[0]?.message.zh).toContain('北京市');
  });
  it('an access filing website number must belong to the subject number', () => {
    const d = draftWith((d) => {
      d.filingType = 'access-new';
      d.filingNumber = '浙ICP备12345678号';
      d.filingPassword = 'Abc12345';
      w0(d).filingNumber = '浙ICP备87654321号-1';
    });
    expect(rulesFired(d)).toContain('access.website-number-of-subject');
  });
  it('elastic web hosting cannot carry a commercial filing', () => {
    expect(
      rulesFired(
        draftWith((d) => {
          w0(d).product = 'elastic-web';
          w0(d).commercial = true;
        }),
      ),
    ).toContain('website.elastic-web-not-commercial');
  });
  it('pre-approval content needs its document', () => {
    const f = findingsOf(
      draftWith((d) => {
        w0(d).preApproval = ['新闻'];
      }),
      'website.pre-approval-documents',
    );
    expect(f[0]?.message.en).toMatch(/news licence/);
  });
});

describe('engine', () => {
  it('incremental checks run only the rules reading the changed field', () => {
    const d = draftWith((d) => {
      d.subject!.idNumber = '330106199003071237';
      d.subject!.principal!.mobile = '123';
    });
    const only = checkDraft(d, { fields: ['subject.principal.mobile'] }).findings.map((f) => f.rule);
    expect(only.some((r) => r.startsWith('mobile.'))).toBe(true);
    expect(only).not.toContain('id-number.checksum');
  });
  it('results do not depend on website order beyond their indices', () => {
    const a = draftWith((d) => {
      d.websites!.push({
        ...w0(d),
        name: '第二个网站',
        domains: ['zhangsan-photo.com.cn'],
        homeUrl: 'www.zhangsan-photo.com.cn',
      });
    });
    expect(checkDraft(a).findings).toEqual(checkDraft(structuredClone(a)).findings);
  });
  it('lists rules in force on a date only', () => {
    expect(listRules({ date: '2017-12-31' }).some((r) => r.id === 'domain.holder-matches-subject')).toBe(false);
    expect(listRules({ date: '2018-01-01' }).some((r) => r.id === 'domain.holder-matches-subject')).toBe(true);
  });
});

describe('national and province rules do not report one problem twice', () => {
  const gd = (remark: string) =>
    draftWith((d) => {
      d.date = '2019-09-01'; // TC19 (≈2019-08-15) is when 广东's wording is sourced from
      d.filingType = 'change-website'; // a legacy multi-domain website (new ones have one domain since 2019-04-22)
      d.subject!.province = '广东省';
      d.subject!.city = '广州市';
      d.subject!.district = '天河区';
      d.subject!.idAddress = '广东省广州市天河区天河路100号';
      d.subject!.mailAddress = '天河路100号';
      w0(d).domains = ['zhangsan-photo.cn', 'zhangsan-photo.com'];
      w0(d).remark = remark;
    });
  it('no same-site remark: only the national error', () => {
    const rules = rulesFired(gd('个人摄影作品展示。'));
    expect(rules).toContain('domain.multi-domain-remark');
    expect(rules).not.toContain('gd.multi-domain-remark');
  });
  it('the generic wording in 广东: only the province asks for its exact wording (TC19 广东)', () => {
    const rules = rulesFired(gd('个人摄影作品展示，域名指向同一网站。'));
    expect(rules).not.toContain('domain.multi-domain-remark');
    expect(rules).toContain('gd.multi-domain-remark');
    expect(rulesFired(gd('个人摄影作品展示，所有域名指向同一网站。'))).not.toContain('gd.multi-domain-remark');
  });
});
