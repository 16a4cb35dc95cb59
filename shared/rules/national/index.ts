import { APP_RULES } from '../apps';
import type { RulePack } from '../types';
import { WEBSITE_NAME_RULES } from '../website-name';
import { ADDRESS_RULES } from './address';
import { DOCUMENT_VALIDITY_RULES } from './document-validity';
import { DOMAIN_RULES } from './domains';
import { FILING_TYPE_RULES } from './filing-type';
import { FORMAT_RULES } from './format-rules';
import { PHONE_RULES } from './phones';
import { REQUIRED_RULES } from './required';
import { SUBJECT_RULES } from './subject';
import { WEBSITE_RULES } from './website';
import { changeKeepsOrRemovesDomains } from './website/change-keep-or-remove';
import { financialServiceContent } from './website/financial-service-content';
import { oneDomainPerWebsite } from './website/one-domain';

/** Rules that hold in every province (spec; national regulations; provider restatements as warnings). */
export const NATIONAL_PACK: RulePack = {
  id: 'national',
  name: { zh: '全国通用规则', en: 'National rules' },
  rules: [
    ...REQUIRED_RULES,
    ...FORMAT_RULES,
    ...SUBJECT_RULES,
    ...DOCUMENT_VALIDITY_RULES,
    ...ADDRESS_RULES,
    ...PHONE_RULES,
    ...DOMAIN_RULES,
    oneDomainPerWebsite,
    changeKeepsOrRemovesDomains,
    ...WEBSITE_RULES,
    financialServiceContent,
    ...WEBSITE_NAME_RULES,
    ...FILING_TYPE_RULES,
    ...APP_RULES,
  ],
};
