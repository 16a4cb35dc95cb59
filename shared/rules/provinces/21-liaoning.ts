import { cite, TC17, TC19 } from '../data/rule-sources';
import { comparableName, present } from '../define';
import { ADULTS_ONLY, customRule, exampleIdNumber, landlineRequired, localMobileInfo, minimumAge } from '../factories';
import type { ProvincePack, RuleHit } from '../types';

const meta = { code: '21', name: '辽宁省', short: '辽', id: 'ln' } as const;

const FINANCIAL_NAME = /投资管理|理财|典当|担保|贷款/;

/** Two made-up people for the examples (Liaoning region code, valid check character). */
const LEGAL_REPRESENTATIVE = { name: '李明', idNumber: exampleIdNumber(meta.code) };
const OTHER_PRINCIPAL = { name: '王芳', idNumber: exampleIdNumber(meta.code, '1992-03-07') };

/** 辽宁省 (辽). */
export const liaoningPack: ProvincePack = {
  ...meta,
  rules: [
    minimumAge(meta, { id: 'ln.minimum-age', ...cite([TC19, '辽宁 个人 #1, 企事业 #1']), bands: ADULTS_ONLY }),
    minimumAge(meta, {
      ...cite([TC17, '辽宁 企事业 #3']),
      id: 'ln.minimum-age-2017',
      nature: 'organisation',
      bands: ADULTS_ONLY,
    }),
    localMobileInfo(meta, {
      id: 'ln.local-mobile',
      ...cite([TC17, '辽宁 企事业 #2, 个人 #2'], [TC19, '辽宁 个人 #2, 企事业 #2']),
    }),
    landlineRequired(meta, { id: 'ln.landline-required', ...cite([TC19, '辽宁 企事业 #2']), nature: 'organisation' }),
    customRule(
      meta,
      { ...cite([TC17, '辽宁 企事业 #5']), id: 'ln.financial-name-legal-representative-2017', nature: 'organisation' },
      {
        fields: [
          'subject.name',
          'websites[].principal.name',
          'websites[].principal.idNumber',
          'subject.principal.name',
        ],
        severity: 'warning',
        examples: {
          fires: [
            {
              draft: {
                subject: { name: '山水理财咨询有限公司', principal: LEGAL_REPRESENTATIVE },
                websites: [{ principal: OTHER_PRINCIPAL }],
              },
              field: 'websites[0].principal.name',
              note: '理财 with another website principal',
            },
          ],
          passes: [
            {
              draft: {
                subject: { name: '山水理财咨询有限公司', principal: LEGAL_REPRESENTATIVE },
                websites: [{ principal: LEGAL_REPRESENTATIVE }],
              },
              note: 'the legal representative is the website principal',
            },
            {
              draft: {
                subject: { name: '山水科技有限公司', principal: LEGAL_REPRESENTATIVE },
                websites: [{ principal: OTHER_PRINCIPAL }],
              },
              note: 'not a financial name',
            },
          ],
        },
        message: {
          zh: '单位名称含「{word}」，而网站{n}的负责人不是主体负责人（法定代表人）：{province}管局（2017）要求此类单位的主体负责人和网站负责人均为法人。',
          en: 'The subject name contains "{word}" and the principal of website {n} is not the subject principal (legal representative): the {provinceEn} bureau (2017) wanted the legal representative as both principals for such organisations.',
        },
        fix: {
          zh: '请把网站负责人改为法定代表人（与主体负责人一致）。',
          en: 'Make the legal representative (the subject principal) the website principal.',
        },
        check(ctx) {
          const word = FINANCIAL_NAME.exec(present(ctx.draft.subject?.name) ?? '')?.[0];
          const sp = ctx.draft.subject?.principal;
          if (!word || !sp) return [];
          const hits: RuleHit[] = [];
          ctx.draft.websites?.forEach((w, i) => {
            const wp = w.principal;
            if (!wp || !present(wp.name)) return;
            const sameId =
              present(wp.idNumber) && present(sp.idNumber)
                ? present(wp.idNumber)?.toUpperCase() === present(sp.idNumber)?.toUpperCase()
                : undefined;
            const same = sameId ?? comparableName(wp.name ?? '') === comparableName(sp.name ?? '');
            if (!same) hits.push({ field: `websites[${i}].principal.name`, params: { word, n: i + 1 } });
          });
          return hits;
        },
      },
    ),
  ],
};
