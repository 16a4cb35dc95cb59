/** Age bands and filing-type groups several provinces share (research §1 N29, §3). */
import { type FilingType, FULL_FORM_TYPES } from '../../domain/filing-types';
import type { AgeBand } from './identity';

/** Principals must be 18 or over. */
export const ADULTS_ONLY: readonly AgeBand[] = [{ below: 18, outcome: 'refused' }];

/** Under 16 never; 16–18 with proof of employment or income (江苏, 重庆). */
export const SIXTEEN_WITH_PROOF: readonly AgeBand[] = [
  { below: 16, outcome: 'refused' },
  {
    below: 18,
    outcome: 'conditions',
    conditions: { zh: '劳动就业证明或收入证明', en: 'proof of employment or income' },
  },
];

/** Filings that add a website: first filings and both kinds of 新增网站. */
export const ADDING_WEBSITES: readonly FilingType[] = ['first', 'new-website-elsewhere', 'new-website-here'];

/** Filings other than a first filing that carry websites. */
export const NOT_FIRST_FILING: readonly FilingType[] = FULL_FORM_TYPES.filter((t) => t !== 'first');

/** 主办单位性质 values of party and government bodies and public institutions. */
export const GOVERNMENT = ['政府机关', '党政机关', '党群机关'] as const;
export const PUBLIC_INSTITUTION = '事业单位';
