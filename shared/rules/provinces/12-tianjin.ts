import { PERSONAL_PLEDGE } from '../data/remark-templates';
import { cite, TC17, TC19 } from '../data/rule-sources';
import { comparableName, present } from '../define';
import {
  ADULTS_ONLY,
  customRule,
  exampleIdNumber,
  landlineRemark,
  landlineRequired,
  localMobileInfo,
  minimumAge,
  pledgeRemark,
} from '../factories';
import type { ProvincePack, RuleHit } from '../types';

const meta = { code: '12', name: '天津市', short: '津', id: 'tj' } as const;

/** Made-up ID numbers of two people for the examples (Tianjin region code, valid check character). */
const SUBJECT_PRINCIPAL_ID = exampleIdNumber(meta.code);
const OTHER_PRINCIPAL_ID = exampleIdNumber(meta.code, '1992-03-07');

/** 天津市 (津): TC19 天津, and the TC17 rows TC19 no longer states (until 2019-08-15). */
export const tianjinPack: ProvincePack = {
  ...meta,
  rules: [
    minimumAge(meta, {
      id: 'tj.minimum-age',
      ...cite([TC17, '天津 企事业 #3, 个人 #2'], [TC19, '天津 个人 #3, 企事业 #5']),
      bands: ADULTS_ONLY,
    }),
    localMobileInfo(meta, {
      id: 'tj.local-mobile',
      ...cite([TC17, '天津 企事业 #5, 个人 #1'], [TC19, '天津 个人 #4, 企事业 #6']),
    }),
    landlineRequired(meta, { id: 'tj.landline-required', ...cite([TC19, '天津 个人 #5, 企事业 #7']) }),
    landlineRequired(meta, { ...cite([TC17, '天津 个人 #4']), id: 'tj.landline-required-2017', nature: 'individual' }),
    landlineRemark(meta, {
      ...cite([TC19, '天津 个人 #5']),
      id: 'tj.landline-remark-individual',
      nature: 'individual',
      when: 'mobile',
      mentions: /联系方式[2二２].{0,12}使用人/,
      template: '联系方式2中手机号使用人为XXX，与网站主办者关系为XX',
    }),
    landlineRemark(meta, {
      ...cite([TC19, '天津 企事业 #7']),
      id: 'tj.landline-remark-organisation',
      nature: 'organisation',
      when: 'mobile',
      mentions: /联系方式[2二２].{0,12}使用人/,
      template: '联系方式2中手机号使用人为XXX公司员工XXX',
    }),
    pledgeRemark(meta, {
      ...cite([TC17, '天津 个人 #5']),
      id: 'tj.pledge-remark-2017',
      nature: 'individual',
      text: PERSONAL_PLEDGE,
    }),
    customRule(
      meta,
      { ...cite([TC17, '天津 企事业 #8, 个人 #6']), id: 'tj.huayuan-district-2017' },
      {
        fields: ['subject.mailAddress', 'subject.district'],
        severity: 'warning',
        examples: {
          fires: [
            {
              draft: { subject: { district: '和平区', mailAddress: '华苑产业区海泰发展六道6号' } },
              field: 'subject.district',
              note: 'a 华苑 address in 和平区',
            },
          ],
          passes: [
            {
              draft: { subject: { district: '西青区', mailAddress: '华苑产业区海泰发展六道6号' } },
              note: 'a 华苑 address in 西青区',
            },
            {
              draft: { subject: { district: '南开区', mailAddress: '华苑产业区海泰发展六道6号' } },
              note: 'a 华苑 address in 南开区',
            },
            { draft: { subject: { district: '和平区', mailAddress: '南京路1号' } }, note: 'not in 华苑' },
          ],
        },
        message: {
          zh: '通讯地址在华苑地区，所属区域却选择了「{district}」：{province}管局要求华苑地区按环线选择——环内为南开区，环外为西青区。',
          en: 'The mailing address is in the Huayuan area but the district chosen is "{district}": the {provinceEn} bureau wants 南开区 (inside the ring road) or 西青区 (outside).',
        },
        fix: {
          zh: '请按地址所在环线位置把所属区域改为南开区或西青区。',
          en: 'Choose 南开区 or 西青区 as the district, by the side of the ring road.',
        },
        check(ctx) {
          const s = ctx.draft.subject;
          const district = present(s?.district);
          if (!district || !/华苑/.test(`${s?.mailAddress ?? ''}${s?.idAddress ?? ''}`)) return [];
          return ['南开区', '西青区'].includes(district) ? [] : [{ field: 'subject.district', params: { district } }];
        },
      },
    ),
    customRule(
      meta,
      { ...cite([TC17, '天津 企事业 #4']), id: 'tj.website-principal-differs-2017', nature: 'organisation' },
      {
        fields: [
          'websites[].principal.name',
          'websites[].principal.idNumber',
          'subject.principal.name',
          'subject.principal.idNumber',
        ],
        severity: 'warning',
        examples: {
          fires: [
            {
              draft: {
                subject: { principal: { name: '李明', idNumber: SUBJECT_PRINCIPAL_ID } },
                websites: [{ principal: { name: '李明', idNumber: SUBJECT_PRINCIPAL_ID } }],
              },
              field: 'websites[0].principal.name',
              note: 'the same ID number',
            },
            {
              draft: {
                subject: { principal: { name: '李明', idNumber: SUBJECT_PRINCIPAL_ID } },
                websites: [{ principal: { name: '李明', idNumber: '' } }],
              },
              field: 'websites[0].principal.name',
              note: 'the same name, no ID number yet',
            },
          ],
          passes: [
            {
              draft: {
                subject: { principal: { name: '李明', idNumber: SUBJECT_PRINCIPAL_ID } },
                websites: [{ principal: { name: '王芳', idNumber: OTHER_PRINCIPAL_ID } }],
              },
              note: 'another person',
            },
            {
              draft: {
                subject: { principal: { name: '李明', idNumber: SUBJECT_PRINCIPAL_ID } },
                websites: [{ principal: { name: '李明', idNumber: OTHER_PRINCIPAL_ID } }],
              },
              note: 'a namesake with another ID number',
            },
          ],
        },
        message: {
          zh: '网站{n}的负责人与主体负责人是同一人：{province}管局（2017）要求单位的网站负责人不得与主体负责人相同，并出具法人授权书。',
          en: "The principal of website {n} is the subject principal: the {provinceEn} bureau (2017) wanted a different website principal for organisations, with the legal representative's authorisation letter.",
        },
        fix: {
          zh: '请另指定网站负责人，并上传法人授权书。',
          en: 'Name another website principal and upload the authorisation letter.',
        },
        check(ctx) {
          const sp = ctx.draft.subject?.principal;
          if (!sp) return [];
          const hits: RuleHit[] = [];
          ctx.draft.websites?.forEach((w, i) => {
            const wp = w.principal;
            if (!wp) return;
            const sameId =
              !!present(wp.idNumber) && present(wp.idNumber)?.toUpperCase() === present(sp.idNumber)?.toUpperCase();
            const sameName =
              !present(wp.idNumber) &&
              !!present(wp.name) &&
              comparableName(wp.name ?? '') === comparableName(sp.name ?? '');
            if (sameId || sameName) hits.push({ field: `websites[${i}].principal.name`, params: { n: i + 1 } });
          });
          return hits;
        },
      },
    ),
  ],
};
