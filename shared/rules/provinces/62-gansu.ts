import { cite, TC17, TC19 } from '../data/rule-sources';
import { landlineRemark, localIdForIndividuals, localMobileInfo, subjectDocumentTypeForNature } from '../factories';
import type { ProvincePack } from '../types';

const meta = { code: '62', name: '甘肃省', short: '陇', id: 'gs' } as const;

/** 甘肃省 (陇). 「办理人」 ID (organisations) is not a form field; the 幕布 text is a photo matter. */
export const gansuPack: ProvincePack = {
  ...meta,
  rules: [
    localIdForIndividuals(meta, {
      id: 'gs.local-id',
      ...cite([TC17, '甘肃 个人 #1'], [TC19, '甘肃 个人 #1']),
      nature: 'individual',
      mode: 'local-only',
    }),
    localMobileInfo(meta, {
      id: 'gs.local-mobile',
      ...cite([TC17, '甘肃 企事业 #6, 个人 #2'], [TC19, '甘肃 个人 #2, 企事业 #3']),
    }),
    landlineRemark(meta, {
      id: 'gs.landline-remark',
      ...cite([TC19, '甘肃 企事业 #6']),
      nature: 'organisation',
      when: 'mobile',
      mentions: /职务|职位/,
      template: '联系方式2为公司员工XXX（职务：XXX）的手机号',
      distinctFromPrincipals: true,
    }),
    subjectDocumentTypeForNature(meta, {
      ...cite([TC17, '甘肃 企事业 #1'], [TC19, '甘肃 企事业 #1']),
      id: 'gs.enterprise-document-type',
      nature: 'organisation',
      natures: { only: ['企业'] },
      expected: /营业执照/,
      expectedLabel: '工商营业执照（副本）',
    }),
    subjectDocumentTypeForNature(meta, {
      ...cite([TC17, '甘肃 企事业 #2'], [TC19, '甘肃 企事业 #1']),
      id: 'gs.organisation-document-type',
      nature: 'organisation',
      natures: { except: ['企业'] },
      expected: /组织机构代码/,
      expectedLabel: '组织机构代码证',
    }),
  ],
};
