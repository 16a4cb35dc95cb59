import { cite, TC17, TC19 } from '../data/rule-sources';
import { present } from '../define';
import {
  customRule,
  localIdForIndividuals,
  minimumAge,
  placeNamesInWebsiteName,
  principalsAt,
  serviceContentForbidden,
} from '../factories';
import type { ProvincePack, RuleHit } from '../types';

const meta = { code: '53', name: '云南省', short: '滇', id: 'yn' } as const;

/** The 证件类型 labels TC19 云南 accepts for principals: 身份证, 护照, 港澳通行证, 台胞证 (no residence permits). */
const ACCEPTED_PRINCIPAL_DOCUMENTS = /身份证|护照|港澳.*通行证|回乡证|台湾.*通行证|台胞证/;
const NOT_ACCEPTED = /居住证|永久居留/;

/** 云南省 (滇). */
export const yunnanPack: ProvincePack = {
  ...meta,
  rules: [
    localIdForIndividuals(meta, {
      id: 'yn.local-id',
      ...cite([TC17, '云南 个人 #1'], [TC19, '云南 个人 #1']),
      nature: 'individual',
      mode: 'local-only',
    }),
    customRule(
      meta,
      { ...cite([TC19, '云南 个人 #2, 企事业 #2']), id: 'yn.principal-document-types' },
      {
        fields: ['subject.principal.idType', 'websites[].principal.idType'],
        severity: 'warning',
        examples: {
          fires: [
            {
              draft: { subject: { principal: { idType: '港澳台居民居住证' } } },
              field: 'subject.principal.idType',
              note: 'a residence permit',
            },
            {
              draft: { websites: [{ principal: { idType: '外国人永久居留身份证' } }] },
              field: 'websites[0].principal.idType',
              note: 'a permanent residence card',
            },
          ],
          passes: [
            { draft: { subject: { principal: { idType: '身份证' } } }, note: 'the ID card' },
            { draft: { subject: { principal: { idType: '护照' } } }, note: 'a passport' },
            {
              draft: { websites: [{ principal: { idType: '台湾居民来往大陆通行证' } }] },
              note: 'the Taiwan travel permit',
            },
          ],
        },
        message: {
          zh: '{who}的证件类型为「{idType}」：{province}管局只接受身份证（大陆）、护照（外籍）、港澳通行证和台胞证（港澳台）。',
          en: 'The document type of {whoEn} is "{idType}": the {provinceEn} bureau accepts only the resident ID card, passports (foreigners) and the Hong Kong/Macao or Taiwan travel permits.',
        },
        fix: { zh: '请改用上述证件之一。', en: 'Use one of those documents.' },
        check(ctx) {
          const hits: RuleHit[] = [];
          for (const p of principalsAt(ctx)) {
            const t = present(p.principal.idType)?.normalize('NFKC');
            if (t && (!ACCEPTED_PRINCIPAL_DOCUMENTS.test(t) || NOT_ACCEPTED.test(t)))
              hits.push({ field: `${p.path}.idType`, params: { who: p.who.zh, whoEn: p.who.en, idType: t } });
          }
          return hits;
        },
      },
    ),
    minimumAge(meta, {
      id: 'yn.minimum-age',
      ...cite([TC19, '云南 个人 #3']),
      nature: 'individual',
      bands: [
        { below: 14, outcome: 'refused' },
        { below: 18, outcome: 'conditions', conditions: { zh: '收入证明', en: 'proof of income' } },
      ],
    }),
    minimumAge(meta, {
      ...cite([TC17, '云南 企事业 #3, 个人 #2']),
      id: 'yn.minimum-age-2017',
      bands: [
        {
          below: 18,
          outcome: 'conditions',
          conditions: {
            zh: '劳动就业证明或收入证明（法人除外）',
            en: 'proof of employment or income (not for the legal representative)',
          },
        },
      ],
    }),
    placeNamesInWebsiteName(meta, {
      id: 'yn.website-name-place-name',
      ...cite([TC19, '云南 个人 #4, 企事业 #5 (「怒江网」)']),
    }),
    serviceContentForbidden(meta, {
      id: 'yn.individual-service-content',
      ...cite([TC19, '云南 个人 #5']),
      nature: 'individual',
      choices: ['论坛', '博客'],
    }),
  ],
};
