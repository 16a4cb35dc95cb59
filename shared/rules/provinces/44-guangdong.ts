import { cite, TC17, TC19 } from '../data/rule-sources';
import { present } from '../define';
import {
  customRule,
  documentsWhenCount,
  individualContentRemark,
  minimumAge,
  multiDomainRemarkWording,
} from '../factories';
import type { ProvincePack } from '../types';
import { websiteNames } from '../website-name/name-text';

const meta = { code: '44', name: '广东省', short: '粤', id: 'gd' } as const;

const MAILED_DOCUMENTS = {
  zh: '每个域名的域名证书、网站建设方案书原件、主办单位有效证件复印件和接入合同复印件，邮寄至管局（510080 广州市执信南路3号710室）',
  en: "domain certificates, the original website construction plan, copies of the subject's documents and of the access contract, mailed to the bureau (510080 广州市执信南路3号710室)",
};

/**
 * 广东省 (粤). Pure-English names and symbols are national (website-name.not-chinese, website-name.special-symbols);
 * 「纯中文或中英文」 adds that digits do not belong in the name. TC17's 「域名指向同一网站」 is the national rule;
 * TC19's own wording 「所有域名指向同一网站」 is here.
 */
export const guangdongPack: ProvincePack = {
  ...meta,
  rules: [
    minimumAge(meta, {
      id: 'gd.minimum-age',
      ...cite([TC17, '广东 个人 #2'], [TC19, '广东 个人 #1']),
      nature: 'individual',
      bands: [
        {
          below: 18,
          outcome: 'conditions',
          conditions: { zh: '就业证明（通过备案系统上传）', en: 'proof of employment (uploaded with the filing)' },
        },
      ],
    }),
    minimumAge(meta, {
      ...cite([TC17, '广东 企事业 #3'], [TC19, '广东 企事业 #4']),
      id: 'gd.minimum-age-organisation',
      nature: 'organisation',
      bands: [{ below: 16, outcome: 'refused' }],
    }),
    customRule(
      meta,
      { ...cite([TC19, '广东 个人 #2, 企事业 #5']), id: 'gd.website-name-chinese-or-english' },
      {
        fields: ['websites[].name'],
        severity: 'warning',
        examples: {
          fires: [
            { draft: { websites: [{ name: '山水摄影123' }] }, field: 'websites[0].name', note: 'digits' },
            { draft: { websites: [{ name: '山水摄影１２３' }] }, field: 'websites[0].name', note: 'full-width digits' },
          ],
          passes: [
            { draft: { websites: [{ name: '山水摄影Photo' }] }, note: 'Chinese and English' },
            { draft: { websites: [{ name: '山水摄影记录' }] }, note: 'Chinese only' },
          ],
        },
        message: {
          zh: '网站名称「{name}」含有数字「{digits}」：{province}管局要求使用符合中文命名习惯的纯中文或中英文名称。',
          en: 'The website name "{name}" contains the digits "{digits}": the {provinceEn} bureau wants names in Chinese, or Chinese and English, only.',
        },
        fix: {
          zh: '请去掉名称中的数字（可用汉字表达）。',
          en: 'Remove the digits from the name (write them in Chinese if needed).',
        },
        check(ctx) {
          return websiteNames(ctx).flatMap((site) => {
            const digits = site.name.match(/\d+/g);
            return digits ? [{ field: site.path, params: { name: site.raw, digits: digits.join('、') } }] : [];
          });
        },
      },
    ),
    multiDomainRemarkWording(meta, {
      id: 'gd.multi-domain-remark',
      ...cite([TC19, '广东 个人 #7, 企事业 #10']),
      phrase: '所有域名指向同一网站',
    }),
    individualContentRemark(meta, {
      id: 'gd.individual-content-remark',
      ...cite([TC17, '广东 个人 #5'], [TC19, '广东 个人 #8']),
      nature: 'individual',
    }),
    documentsWhenCount(meta, {
      ...cite([TC19, '广东 个人 #3']),
      id: 'gd.construction-plan-individual',
      nature: 'individual',
      count: 'domains',
      over: 5,
      documents: MAILED_DOCUMENTS,
    }),
    documentsWhenCount(meta, {
      ...cite([TC17, '广东 企事业 #7'], [TC19, '广东 企事业 #6']),
      id: 'gd.construction-plan-organisation',
      nature: 'organisation',
      count: 'domains',
      over: 31,
      documents: MAILED_DOCUMENTS,
    }),
    customRule(
      meta,
      {
        ...cite([TC17, '广东 企事业 #8'], [TC19, '广东 企事业 #2']),
        id: 'gd.hospital-licence-remark',
        nature: 'organisation',
      },
      {
        fields: ['subject.name', 'subject.remark'],
        severity: 'warning',
        examples: {
          fires: [
            {
              draft: { subject: { name: '山水口腔医院有限公司', remark: '' } },
              field: 'subject.remark',
              note: 'a hospital with a blank subject remark',
            },
            {
              draft: { subject: { name: '山水口腔医院有限公司', remark: '本单位为口腔专科医院。' } },
              field: 'subject.remark',
              note: 'a remark without the licence',
            },
          ],
          passes: [
            {
              draft: {
                subject: {
                  name: '山水口腔医院有限公司',
                  remark:
                    '本单位医疗执业许可证为2015年3月颁发，有效期至2030年3月，颁发部门为某市卫生健康委员会，许可证号码为PDY00001X44010012345。',
                },
              },
              note: 'the licence in the remark',
            },
            { draft: { subject: { name: '山水科技有限公司', remark: '' } }, note: 'not a hospital' },
            { draft: { subject: { name: '山水口腔医院有限公司' } }, note: 'the remark not on this page' },
          ],
        },
        message: {
          zh: '主办单位「{name}」是医院类单位，但主体备注中没有写明医疗机构执业许可证信息（{province}管局要求）。',
          en: 'The subject "{name}" is a hospital, but the subject remark does not give its medical practice licence (required by the {provinceEn} bureau).',
        },
        fix: {
          zh: '请在主体备注中写明：本单位医疗执业许可证为**年**月颁发，有效期至**年**月，颁发部门为***，许可证号码为***。',
          en: 'Add to the subject remark: 本单位医疗执业许可证为**年**月颁发，有效期至**年**月，颁发部门为***，许可证号码为*** (issue date, expiry, issuer, number).',
        },
        check(ctx) {
          const name = present(ctx.draft.subject?.name);
          if (!name || !/医院/.test(name)) return [];
          if (ctx.draft.subject?.remark === undefined && ctx.mode === 'page') return [];
          return /执业许可证/.test(ctx.draft.subject?.remark ?? '')
            ? []
            : [{ field: 'subject.remark', params: { name } }];
        },
      },
    ),
  ],
};
