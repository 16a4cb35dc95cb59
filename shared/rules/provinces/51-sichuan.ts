import { cite, TC17, TC19 } from '../data/rule-sources';
import { comparableName, present } from '../define';
import {
  ADULTS_ONLY,
  customRule,
  localIdForIndividuals,
  maxDomainsPerWebsite,
  minimumAge,
  websiteNameNotPersonName,
} from '../factories';
import type { ProvincePack } from '../types';
import { websiteNames } from '../website-name/name-text';

const meta = { code: '51', name: '四川省', short: '蜀', id: 'sc' } as const;

/**
 * 四川省 (蜀). Name rules (TC19 个人 #3, 企事业 #4): ≥3 characters, not the domain, not English or digits are the
 * national website-name rules (stricter: three Chinese characters); a person's name is here.
 */
export const sichuanPack: ProvincePack = {
  ...meta,
  rules: [
    minimumAge(meta, { id: 'sc.minimum-age', ...cite([TC19, '四川 个人 #2, 企事业 #3']), bands: ADULTS_ONLY }),
    minimumAge(meta, {
      ...cite([TC17, '四川 企事业 #3']),
      id: 'sc.minimum-age-2017',
      nature: 'organisation',
      bands: ADULTS_ONLY,
    }),
    websiteNameNotPersonName(meta, { id: 'sc.website-name-person-name', ...cite([TC19, '四川 个人 #3, 企事业 #4']) }),
    customRule(
      meta,
      { ...cite([TC19, '四川 企事业 #5']), id: 'sc.site-name-differs-from-subject', nature: 'organisation' },
      {
        fields: ['websites[].name', 'subject.name'],
        severity: 'warning',
        examples: {
          fires: [
            {
              draft: { subject: { name: '山水科技有限公司' }, websites: [{ name: '山水旅行笔记' }] },
              field: 'websites[0].name',
              note: 'another name',
            },
          ],
          passes: [
            {
              draft: { subject: { name: '山水科技有限公司' }, websites: [{ name: '山水科技有限公司' }] },
              note: 'the subject name',
            },
            {
              draft: { subject: { name: '山水科技有限公司' }, websites: [{ name: '山水科技有限公司官网' }] },
              note: 'the subject name with 官网',
            },
          ],
        },
        message: {
          zh: '网站名称「{name}」不是主办单位名称「{subject}」：{province}管局要求另附法人签字、公司盖章的承诺书（说明网站为公司项目）和建站说明书。',
          en: 'The website name "{name}" is not the subject name "{subject}": the {provinceEn} bureau then wants a pledge signed by the legal representative and stamped (the site is a company project) plus a site description.',
        },
        fix: {
          zh: '请使用主办单位名称作网站名称，或准备并上传承诺书和建站说明书（二者缺一不可）。',
          en: 'Use the subject name as the website name, or prepare and upload both the pledge and the site description.',
        },
        check(ctx) {
          const subject = present(ctx.draft.subject?.name);
          if (!subject) return [];
          return websiteNames(ctx)
            .filter((site) => !comparableName(site.name).includes(comparableName(subject)))
            .map((site) => ({ field: site.path, params: { name: site.raw, subject } }));
        },
      },
    ),
    localIdForIndividuals(meta, {
      ...cite([TC17, '四川 个人 #1']),
      id: 'sc.residence-proof-2017',
      nature: 'individual',
      mode: 'proof-if-not-local',
    }),
    maxDomainsPerWebsite(meta, {
      ...cite([TC17, '四川 企事业 #5, 个人 #3']),
      id: 'sc.domains-per-website-2017',
      max: 1,
    }),
  ],
};
