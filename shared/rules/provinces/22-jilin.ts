import { cite, TC17, TC19 } from '../data/rule-sources';
import {
  ADULTS_ONLY,
  investorRule,
  landlineRequired,
  localIdForIndividuals,
  minimumAge,
  subjectDocumentTypeForNature,
} from '../factories';
import type { ProvincePack } from '../types';

const meta = { code: '22', name: '吉林省', short: '吉', id: 'jl' } as const;

/** 吉林省 (吉). Different e-mails per principal (TC19 企事业 #11) is national (phones.distinct-principals). */
export const jilinPack: ProvincePack = {
  ...meta,
  rules: [
    localIdForIndividuals(meta, {
      id: 'jl.residence-proof',
      ...cite([TC17, '吉林 个人 #3'], [TC19, '吉林 个人 #1']),
      nature: 'individual',
      mode: 'proof-if-not-local',
    }),
    minimumAge(meta, { id: 'jl.minimum-age', ...cite([TC19, '吉林 个人 #4, 企事业 #5']), bands: ADULTS_ONLY }),
    minimumAge(meta, {
      ...cite([TC17, '吉林 企事业 #5']),
      id: 'jl.minimum-age-2017',
      nature: 'organisation',
      bands: ADULTS_ONLY,
    }),
    investorRule(meta, {
      id: 'jl.investor',
      ...cite([TC17, '吉林 企事业 #3'], [TC19, '吉林 企事业 #3']),
      nature: 'organisation',
      natures: { except: [] },
      expect: 'subject-name',
    }),
    landlineRequired(meta, { id: 'jl.landline-required', ...cite([TC19, '吉林 企事业 #6']), nature: 'organisation' }),
    subjectDocumentTypeForNature(meta, {
      ...cite([TC17, '吉林 企事业 #1'], [TC19, '吉林 企事业 #1']),
      id: 'jl.enterprise-document-type',
      nature: 'organisation',
      natures: { only: ['企业'] },
      expected: /营业执照/,
      expectedLabel: '工商营业执照',
    }),
  ],
};
