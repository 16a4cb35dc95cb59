import { cite, TC17, TC19 } from '../data/rule-sources';
import { comparableName } from '../define';
import { addressUnitWords, customRule, individualContentRemark, landlineRequired, localMobileInfo } from '../factories';
import type { ProvincePack, RuleHit } from '../types';
import { websiteNames } from '../website-name/name-text';

const meta = { code: '11', name: '北京市', short: '京', id: 'bj' } as const;

/**
 * 北京市 (京): rules of the Beijing bureau beyond the national pack (research §3; TC19 北京).
 * Covered nationally, so not repeated here: 前置审批 keywords in names (website-name.pre-approval-keyword),
 * different e-mails for different principals (phones.distinct-principals), the TLD list (domain.suffix-fileable).
 */
export const beijingPack: ProvincePack = {
  ...meta,
  rules: [
    addressUnitWords(meta, { id: 'bj.address-unit-words', ...cite([TC19, '北京 个人 #2, 企事业 #4']) }),
    landlineRequired(meta, { id: 'bj.landline-required', ...cite([TC19, '北京 企事业 #5']), nature: 'organisation' }),
    individualContentRemark(meta, {
      id: 'bj.individual-content-remark',
      ...cite([TC19, '北京 个人 #10']),
      nature: 'individual',
    }),
    localMobileInfo(meta, { id: 'bj.local-mobile', ...cite([TC17, '北京 企事业 #2, 个人 #1']) }),
    customRule(
      meta,
      { ...cite([TC19, '北京 个人 #7, 企事业 #9']), id: 'bj.website-name-unique' },
      {
        fields: ['websites[].name'],
        severity: 'warning',
        examples: {
          fires: [
            {
              draft: { websites: [{ name: '山水摄影记录' }, { name: '山水摄影记录' }] },
              field: 'websites[1].name',
              note: 'two websites of one name',
            },
            {
              draft: { websites: [{ name: '山水摄影记录' }, { name: '山水摄影 记录' }] },
              field: 'websites[1].name',
              note: 'the same name but for a space',
            },
          ],
          passes: [
            { draft: { websites: [{ name: '山水摄影记录' }, { name: '山水旅行笔记' }] }, note: 'different names' },
            { draft: { websites: [{ name: '山水摄影记录' }] }, note: 'one website' },
          ],
        },
        message: {
          zh: '网站{n}的名称「{name}」与网站{first}相同：{province}管局要求同一主体下各网站名称不同。',
          en: 'Website {n} is named "{name}" like website {first}: the {provinceEn} bureau wants different names for the websites of one subject.',
        },
        fix: {
          zh: '请给网站改用不同的名称；如确为同一网站，请把域名加到该网站下（已备案网站同名时，应以变更备案在原网站下添加域名）。',
          en: 'Give the website another name; if it is the same site, add the domains to that website (for a filed site of the same name, add them by a change filing).',
        },
        check(ctx) {
          const seen = new Map<string, number>();
          const hits: RuleHit[] = [];
          for (const site of websiteNames(ctx)) {
            const key = comparableName(site.name);
            const first = seen.get(key);
            if (first === undefined) seen.set(key, site.index);
            else hits.push({ field: site.path, params: { n: site.index + 1, name: site.raw, first: first + 1 } });
          }
          return hits;
        },
      },
    ),
  ],
};
