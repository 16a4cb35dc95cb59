/**
 * The public sources the province packs and the website-name rules cite (research §0), with the dates
 * the rules take from them. Rules never carry a bare date: they take `from`/`until` from here via `cite`.
 *
 * How the dates were chosen:
 * - TC17 (Tencent Cloud 「各省管局要求20170605」) is in force from its own date, 2017-06-05, until TC19
 *   replaced it. Tencent moved TC17 to its deprecated-documents folder and rewrote every province; a
 *   TC17 row that TC19 does not restate is treated as superseded on TC19's date (it is no longer
 *   attested by any source after that). A row both restate is cited with both and runs from 2017-06-05.
 * - TC19 (Tencent Cloud 「各省管局要求」, ≈2019) has no date of its own; the English copy of the same
 *   text was committed 2019-08-15, the earliest date the text is attested.
 * - TCFAQ: the first git date of the Tencent FAQ pages on rejections and naming (2019-02-18).
 * - HW25: Huawei Cloud's ICP knowledge base, source dated 2025-12-31. Where HW25 restates a topic TC19
 *   also covers differently, the HW25 row replaces the TC19 row from 2025-12-31 (newer restatement).
 * - QC: QingCloud's ICP documentation describes the filing system QingCloud launched on 2021-10-26
 *   (its product news); the pages are undated otherwise (product news runs to 2022-11-03).
 * - XN (Xinnet) and the bkzhishi aggregation are undated: rows citing only them carry `asOf: 'undated'`
 *   and apply on every date (the website-name lists); no province rule cites them alone.
 */

export interface RuleSource {
  key: string;
  /** As cited in `source`: key and date. */
  label: string;
  /** First date the source's rules are taken to be in force. */
  from: string;
  /** Date the source stopped being current (a later revision replaced it). */
  until?: string;
  url?: string;
}

/** The date TC19 replaced TC17 (see the module header). */
export const TC19_FROM = '2019-08-15';

export const TC17: RuleSource = {
  key: 'TC17',
  label: 'TC17 (2017-06-05)',
  from: '2017-06-05',
  until: TC19_FROM,
  url: 'https://github.com/tencentyun/qcloud-documents/blob/master/product/域名与网站/网站备案/0.弃用文档/各省管局要求20170605.md',
};

export const TC19: RuleSource = {
  key: 'TC19',
  label: 'TC19 (≈2019)',
  from: TC19_FROM,
  url: 'https://github.com/tencentyun/qcloud-documents/blob/master/product/域名与网站/网站备案/条款与公告/备案相关条款/各省管局要求.md',
};

export const TCFAQ: RuleSource = {
  key: 'TCFAQ',
  label: 'TCFAQ (2019-02-18)',
  from: '2019-02-18',
  url: 'https://github.com/tencentyun/intlcloud-documents/blob/master/product/域名与网站/网站备案/产品简介/网站命名要求_intl.md',
};

export const HW25: RuleSource = {
  key: 'HW25',
  label: 'HW25 (2025-12-31)',
  from: '2025-12-31',
  url: 'https://github.com/huaweicloud/huaweicloud-skills/blob/master/skills/cdi/assist/huawei-cloud-icp-process-guidance/kb/topics/备案管局咨询.md',
};

export const QC: RuleSource = {
  key: 'QC',
  label: 'QC (≈2021–2022)',
  from: '2021-10-26',
  url: 'https://github.com/yunify/qingcloud-docs/blob/master/content/site/record/intro/limit.md',
};

/** The source fields of a rule or row: `source`, `sourceUrl` and the effective dates. */
export interface RowCitation {
  source: string;
  sourceUrl?: string;
  /** Only where a regulation gives the day, or a newer restatement replaces an older row (`citeFrom`). */
  from?: string;
  until?: string;
}

/**
 * Cite one or more sources with where in them the rule is (`cite([TC19, '浙江 个人 #7'])`).
 * Provider pages restate rules without saying when they began, so a cited rule has no `from`: it
 * applies on every date, and the pages' dates become its attestations ("as restated by … on …").
 * `until` is set only when every source has ended (a later revision dropped the row; the latest end).
 */
export function cite(...refs: [RuleSource, string][]): RowCitation {
  const first = refs[0];
  if (!first) throw new Error('cite needs a source');
  const source = refs.map(([s, where]) => `${s.label} ${where}`.trim()).join('; ');
  const ends = refs.map(([s]) => s.until);
  const until = ends.every((u): u is string => typeof u === 'string') ? [...ends].sort().at(-1) : undefined;
  const out: RowCitation = { source };
  if (first[0].url) out.sourceUrl = first[0].url;
  if (until) out.until = until;
  return out;
}

/** Cite a source but end the rule on a given date (the date a newer source restated the topic differently). */
export function citeUntil(until: string, ...refs: [RuleSource, string][]): RowCitation {
  return { ...cite(...refs), until };
}

/** The newer restatement that replaces a `citeUntil` row: in force from the replacement date. */
export function citeFrom(from: string, ...refs: [RuleSource, string][]): RowCitation {
  return { ...cite(...refs), from };
}
