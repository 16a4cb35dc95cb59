// Province rules on 网站服务内容 and 网站备注 (research §2 「网站服务内容 conflicts」, 「Remark templates required verbatim」; TC19, TC17).
import { describe } from 'vitest';
import { PERSONAL_PLEDGE } from '../../../../shared/rules/data/remark-templates';
import type {
  MinRemarkLengthRow,
  MultiDomainWordingRow,
  PledgeRemarkRow,
  ServiceContentForbiddenRow,
  ServiceContentRequiredRow,
} from '../../../../shared/rules/factories';
import { baseFor, clone, DESCRIPTION, ORG_DESCRIPTION, site, testEveryRuleOf } from './harness';

describe('service content forbidden for individuals (浙江/河南/湖南/贵州 个人空间/博客, 云南 论坛/博客, 河南 导航; TC19)', () => {
  testEveryRuleOf('serviceContentForbidden', (u, date) => {
    const row = u.record.row as ServiceContentForbiddenRow;
    const trigger = baseFor(u, date);
    site(trigger).serviceContent = [row.choices.join('/')];
    const fixed = clone(trigger);
    site(fixed).serviceContent = ['其他'];
    return { trigger, fixed };
  });
});

describe('service content required (黑龙江 个人 博客/个人空间; TC19 #8)', () => {
  testEveryRuleOf('serviceContentRequired', (u, date) => {
    const row = u.record.row as ServiceContentRequiredRow;
    const trigger = baseFor(u, date);
    site(trigger).serviceContent = ['其他'];
    const fixed = clone(trigger);
    site(fixed).serviceContent = [row.label];
    return { trigger, fixed };
  });
});

describe('「其他」 needs a remark (河南/内蒙古/广西/重庆; TC19)', () => {
  testEveryRuleOf('remarkRequiredWhenServiceContent', (u, date) => {
    const trigger = baseFor(u, date);
    site(trigger).serviceContent = ['其他'];
    site(trigger).remark = u.rule.nature === 'individual' ? PERSONAL_PLEDGE : '';
    const fixed = clone(trigger);
    site(fixed).remark =
      `${u.rule.nature === 'individual' ? DESCRIPTION : ORG_DESCRIPTION}${site(trigger).remark ?? ''}`;
    return { trigger, fixed };
  });
});

describe('verbatim pledge remark (山东/广西/内蒙古 TC19, 天津 TC17, 广西 TC17 wording)', () => {
  testEveryRuleOf('pledgeRemark', (u, date) => {
    const row = u.record.row as PledgeRemarkRow;
    const trigger = baseFor(u, date);
    site(trigger).remark = DESCRIPTION;
    const fixed = clone(trigger);
    site(fixed).remark = `${DESCRIPTION}${row.text}`;
    return { trigger, fixed };
  });
});

describe('minimum remark length (内蒙古/黑龙江 个人 ≥ 30; TC19)', () => {
  testEveryRuleOf('minRemarkLength', (u, date) => {
    const row = u.record.row as MinRemarkLengthRow;
    const trigger = baseFor(u, date);
    // The pledge alone is longer than 30 characters: it does not count.
    site(trigger).remark = `个人摄影作品分享。${PERSONAL_PLEDGE}`;
    const fixed = clone(trigger);
    site(fixed).remark = `${DESCRIPTION}${PERSONAL_PLEDGE}`;
    if (DESCRIPTION.length < row.min) throw new Error('the test description must be long enough');
    return { trigger, fixed };
  });
});

describe('personal remark describes the content (TC19 北京/河北/湖北/广东/黑龙江/青海/新疆/江苏/山东)', () => {
  testEveryRuleOf('individualContentRemark', (u, date) => {
    const trigger = baseFor(u, date);
    site(trigger).remark = PERSONAL_PLEDGE;
    const fixed = clone(trigger);
    site(fixed).remark = `${DESCRIPTION}${PERSONAL_PLEDGE}`;
    return { trigger, fixed };
  });
});

describe('multi-domain remark in the province wording (广东 TC19 「所有域名指向同一网站」, 山东 TC17 「所有域名均指向同一个网站」)', () => {
  testEveryRuleOf('multiDomainRemarkWording', (u, date) => {
    const row = u.record.row as MultiDomainWordingRow;
    const trigger = baseFor(u, date);
    // Since 2019-04-22 only a change of a legacy multi-domain website keeps several domains (633号).
    trigger.filingType = 'change-website';
    site(trigger).domains = ['shanshui-photo.com', 'shanshui-photo.cn'];
    // The national wording satisfies the national rule but not the province's own.
    site(trigger).remark = `${site(trigger).remark ?? ''}域名指向同一网站。`;
    const fixed = clone(trigger);
    site(fixed).remark = `${site(fixed).remark ?? ''}${row.phrase}。`;
    return { trigger, fixed };
  });
});
