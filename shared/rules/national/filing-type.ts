import { defineRule, forEachWebsite, present } from '../define';
import { getFormat } from './format-rules';
import { findProvincePackLite } from './province-lookup';

/** A change filing cannot move the subject to another province (spec §2 变更; research N22). */
export const changeKeepsProvince = defineRule({
  id: 'change.same-province',
  fields: ['subject.province', 'filingNumber'],
  severity: 'error',
  filingTypes: ['change-subject', 'change-website'],
  message: {
    zh: '备案号 {number} 属于{from}，变更备案不能把主体改到{to}。',
    en: 'Filing number {number} belongs to {from}: a change filing cannot move the subject to {to}.',
  },
  fix: {
    zh: '变更备案不能更换省份：请先注销原备案，再在新省份重新备案。',
    en: 'The province cannot change: cancel the filing and file again in the new province.',
  },
  source: 'spec §2 (变更备案)',
  effective: {},
  examples: {
    fires: [
      {
        draft: { filingType: 'change-subject', filingNumber: '京ICP备12345678号', subject: { province: '浙江省' } },
        field: 'subject.province',
        note: 'a Beijing number moved to Zhejiang',
      },
    ],
    passes: [
      {
        draft: { filingType: 'change-subject', filingNumber: '浙ICP备12345678号', subject: { province: '浙江省' } },
        note: 'the same province',
      },
    ],
  },
  check(ctx) {
    const number = present(ctx.draft.filingNumber);
    const province = present(ctx.draft.subject?.province);
    if (!number || !province) return [];
    const details = getFormat('filing-number')?.check(number).details as { provinceAbbr?: string } | undefined;
    const from = details?.provinceAbbr ? findProvincePackLite(details.provinceAbbr) : undefined;
    const to = findProvincePackLite(province);
    if (!from || !to || from.code === to.code) return [];
    return [{ field: 'subject.province', params: { number, from: from.name, to: to.name } }];
  },
});

/** Access filings: data must match the original filing exactly; a wrong password gets the filing rejected. */
export const accessMatchesOriginal = defineRule({
  id: 'access.matches-original',
  fields: ['filingNumber', 'filingPassword'],
  severity: 'info',
  filingTypes: ['access-new', 'access-continue'],
  message: {
    zh: '接入备案的信息须与原备案完全一致，接入期间不能修改；备案密码错误会被管局驳回。',
    en: 'An access filing must match the original filing exactly and cannot change anything; a wrong filing password gets it rejected by the bureau.',
  },
  fix: {
    zh: '对照原备案信息逐项填写；忘记备案密码可在管局或工信部备案系统找回。',
    en: "Copy the original filing's data field by field; a forgotten password can be retrieved from the bureau or the MIIT system.",
  },
  source: 'spec §2 (接入备案), §4.4',
  effective: {},
  examples: {
    fires: [
      {
        draft: { filingType: 'access-new', filingNumber: '浙ICP备12345678号' },
        field: 'filingPassword',
        note: 'a reminder once the number is entered',
      },
    ],
    passes: [{ draft: { filingType: 'access-new', filingNumber: '' }, note: 'nothing entered yet' }],
  },
  check(ctx) {
    return present(ctx.draft.filingNumber) || present(ctx.draft.filingPassword) ? [{ field: 'filingPassword' }] : [];
  },
});

/** Access filing: each website's number is `<subject number>-n` of the same subject (spec §1, §4.4). */
export const websiteNumberOfSubject = defineRule({
  id: 'access.website-number-of-subject',
  fields: ['websites[].filingNumber', 'filingNumber'],
  severity: 'error',
  filingTypes: ['access-new', 'access-continue'],
  message: {
    zh: '网站备案号 {website} 不属于主体备案号 {subject}。',
    en: 'The website filing number {website} does not belong to the subject filing number {subject}.',
  },
  fix: {
    zh: '网站备案号应为主体备案号加「-序号」，例如 {subject}-1。',
    en: 'A website number is the subject number plus "-n", e.g. {subject}-1.',
  },
  source: 'spec §1 (备案号), §4.4',
  effective: {},
  examples: {
    fires: [
      {
        draft: {
          filingType: 'access-new',
          filingNumber: '浙ICP备12345678号',
          websites: [{ filingNumber: '浙ICP备87654321号-1' }],
        },
        field: 'websites[0].filingNumber',
        note: "another subject's website number",
      },
    ],
    passes: [
      {
        draft: {
          filingType: 'access-new',
          filingNumber: '浙ICP备12345678号',
          websites: [{ filingNumber: '浙ICP备12345678号-1' }],
        },
        note: 'the subject number with -1',
      },
    ],
  },
  check(ctx) {
    const subject = present(ctx.draft.filingNumber)?.normalize('NFKC');
    if (!subject) return [];
    const base = subject.replace(/-\d+$/, '');
    return forEachWebsite(ctx, (w, prefix) => {
      const website = present(w.filingNumber)?.normalize('NFKC');
      if (!website || website.replace(/-\d+$/, '') === base) return undefined;
      return { field: `${prefix}.filingNumber`, params: { website, subject: base } };
    });
  },
});

export const FILING_TYPE_RULES = [changeKeepsProvince, accessMatchesOriginal, websiteNumberOfSubject];
