/**
 * National website-name rules (research §2), one module per rule; the lead adds WEBSITE_NAME_RULES to the
 * national pack. Word lists are dated data rows in shared/rules/data/name-words.ts. All are warnings:
 * they restate provider pages (TCFAQ, QC, XN), not a regulation the spec cites.
 */
import type { Rule } from '../types';
import { isDomain } from './is-domain';
import { minChineseChars } from './min-chinese-chars';
import { nationalWords } from './national-words';
import { notChinese } from './not-chinese';
import { personalCommercialWords } from './personal-commercial-words';
import { personalForbiddenWords } from './personal-forbidden-words';
import { personalOrganisationWords } from './personal-organisation-words';
import { preApprovalKeywords } from './pre-approval-keywords';
import { sensitiveWords } from './sensitive-words';
import { specialSymbols } from './special-symbols';

export const WEBSITE_NAME_RULES: Rule[] = [
  minChineseChars,
  notChinese,
  specialSymbols,
  isDomain,
  nationalWords,
  sensitiveWords,
  personalOrganisationWords,
  personalCommercialWords,
  personalForbiddenWords,
  preApprovalKeywords,
];
