import { cite, HW25, TC17, TC19 } from '../data/rule-sources';
import {
  ADULTS_ONLY,
  documentTypeForbidden,
  individualContentRemark,
  minimumAge,
  sameCityAddresses,
} from '../factories';
import type { ProvincePack } from '../types';

const meta = { code: '13', name: '河北省', short: '冀', id: 'he' } as const;

const FOREIGN_DOCUMENT = {
  pattern: /护照|永久居留/,
  except: /中国|中华人民共和国/,
  label: { zh: '外籍人士的个人备案', en: 'personal filings by foreign nationals' },
};

/**
 * 河北省 (冀). TC19 河北 企事业 #6 (论坛/社区 need 专项审批) is covered nationally by website-name.pre-approval-keyword.
 * Foreign individuals: TC17 says no, TC19 is silent, HW25 says no again — two dated rows.
 */
export const hebeiPack: ProvincePack = {
  ...meta,
  rules: [
    sameCityAddresses(meta, { id: 'he.same-city-addresses', ...cite([HW25, '河北 备案管局咨询']) }),
    minimumAge(meta, { id: 'he.minimum-age', ...cite([HW25, '河北 备案管局咨询']), bands: ADULTS_ONLY }),
    documentTypeForbidden(meta, {
      ...cite([HW25, '河北 备案管局咨询']),
      id: 'he.foreign-individual',
      nature: 'individual',
      who: 'subject',
      ...FOREIGN_DOCUMENT,
    }),
    documentTypeForbidden(meta, {
      ...cite([TC17, '河北 个人 #1']),
      id: 'he.foreign-individual-2017',
      nature: 'individual',
      who: 'subject',
      ...FOREIGN_DOCUMENT,
    }),
    individualContentRemark(meta, {
      id: 'he.individual-content-remark',
      ...cite([TC19, '河北 个人 #4']),
      nature: 'individual',
    }),
  ],
};
