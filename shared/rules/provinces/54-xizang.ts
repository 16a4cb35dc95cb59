import { cite, TC19 } from '../data/rule-sources';
import { documentsWhenCount } from '../factories';
import type { ProvincePack } from '../types';

const meta = { code: '54', name: '西藏自治区', short: '藏', id: 'xz' } as const;

/** 西藏自治区 (藏). The access-filing name check (主办单位名称 = original record) needs the MIIT record, not on the form. */
export const xizangPack: ProvincePack = {
  ...meta,
  rules: [
    documentsWhenCount(meta, {
      ...cite([TC19, '西藏 个人 #2, 企事业 #3']),
      id: 'xz.party-building-letter',
      severity: 'info',
      count: 'domains',
      over: 0,
      documents: {
        zh: '《网站党建备案信息确认函》原件（须在提交管局后20个工作日内当面递交或快递至西藏管局：拉萨市太阳岛一路13号，电话0891-6329494；不接受扫描件）',
        en: 'the original 《网站党建备案信息确认函》 (party-building confirmation letter), delivered to the bureau within 20 working days of submission (拉萨市太阳岛一路13号; 0891-6329494; scans not accepted)',
      },
    }),
  ],
};
