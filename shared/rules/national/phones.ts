import { defineRule, present, principalsOf } from '../define';
import type { RuleHit } from '../types';

const digits = (v: string | undefined) =>
  present(v)
    ?.replace(/[^\d]/g, '')
    .replace(/^(0086|86)(?=1\d{10}$)/, '');

/** Different principals need different mobiles and e-mails (research N10: HW25 驳回, 2025-12-31). */
export const distinctPrincipalContacts = defineRule({
  id: 'phones.distinct-principals',
  fields: [
    'subject.principal.mobile',
    'websites[].principal.mobile',
    'subject.principal.email',
    'websites[].principal.email',
    'subject.principal.name',
    'websites[].principal.name',
  ],
  severity: 'warning',
  message: {
    zh: '{who}与主体负责人不是同一人，但{what}相同（{value}）。',
    en: '{whoEn} is a different person from the subject principal but has the same {whatEn} ({value}).',
  },
  fix: {
    zh: '不同负责人须填写各自的手机号码和电子邮件；若确为同一人，请使姓名、证件号码一致。',
    en: 'Give each principal their own mobile and e-mail; if they are the same person, make names and ID numbers match.',
  },
  source: 'HW25 备案驳回 (2025-12-31): 「主体负责人和互联网信息服务负责人不一致时，手机号码和邮箱也需要保持不一致」',
  effective: {},
  examples: {
    fires: [
      {
        draft: {
          subject: { principal: { name: '张三', mobile: '13812345678' } },
          websites: [{ principal: { name: '李四', mobile: '+86 138 1234 5678' } }],
        },
        field: 'websites[0].principal.mobile',
        note: "another person with the subject principal's mobile",
      },
    ],
    passes: [
      {
        draft: {
          subject: { principal: { name: '张三', mobile: '13812345678' } },
          websites: [{ principal: { name: '张三', mobile: '13812345678' } }],
        },
        note: 'the same person',
      },
    ],
  },
  check(ctx) {
    const refs = principalsOf(ctx.draft);
    const subject = refs.find((r) => r.role === 'subject-principal');
    if (!subject) return [];
    const sameness = (a: string | undefined, b: string | undefined) => !!a && !!b && a === b;
    const hits: RuleHit[] = [];
    for (const w of refs.filter((r) => r.role === 'website-principal')) {
      const samePerson =
        sameness(present(w.principal.idNumber)?.toUpperCase(), present(subject.principal.idNumber)?.toUpperCase()) ||
        (sameness(present(w.principal.name), present(subject.principal.name)) && !present(w.principal.idNumber));
      if (samePerson) continue;
      if (!present(w.principal.name) && !present(w.principal.idNumber)) continue;
      const who = `网站${(w.websiteIndex ?? 0) + 1}的负责人`;
      const whoEn = `The principal of website ${(w.websiteIndex ?? 0) + 1}`;
      const m = digits(w.principal.mobile);
      if (m && m === digits(subject.principal.mobile))
        hits.push({ field: `${w.path}.mobile`, params: { who, whoEn, what: '手机号码', whatEn: 'mobile', value: m } });
      const e = present(w.principal.email)?.toLowerCase();
      if (e && e === present(subject.principal.email)?.toLowerCase())
        hits.push({ field: `${w.path}.email`, params: { who, whoEn, what: '电子邮件', whatEn: 'e-mail', value: e } });
    }
    return hits;
  },
});

/** 应急联系电话 must differ from the principals' phones (research N9: QC general ≈2022; HW25 驳回). */
export const emergencyPhoneDistinct = defineRule({
  id: 'phones.emergency-distinct',
  fields: [
    'subject.principal.emergencyPhone',
    'websites[].principal.emergencyPhone',
    'subject.principal.mobile',
    'websites[].principal.mobile',
  ],
  severity: 'warning',
  message: {
    zh: '应急联系电话 {value} 与负责人的手机号码相同。',
    en: "The emergency phone {value} is the same as a principal's mobile.",
  },
  fix: {
    zh: '请填写另一位可联系人的电话（不能与主体负责人和网站负责人电话相同）。',
    en: "Give the number of another reachable person (not a principal's phone).",
  },
  source: 'QC 全国通用规定 (≈2022); HW25 备案驳回 (2025-12-31)',
  effective: {},
  examples: {
    fires: [
      {
        draft: { subject: { principal: { mobile: '13812345678', emergencyPhone: '138-1234-5678' } } },
        field: 'subject.principal.emergencyPhone',
        note: "the principal's own mobile",
      },
    ],
    passes: [
      {
        draft: { subject: { principal: { mobile: '13812345678', emergencyPhone: '13700002222' } } },
        note: 'another number',
      },
    ],
  },
  check(ctx) {
    const refs = principalsOf(ctx.draft);
    const mobiles = new Set(refs.map((r) => digits(r.principal.mobile)).filter(Boolean));
    const hits: RuleHit[] = [];
    for (const r of refs) {
      const e = digits(r.principal.emergencyPhone);
      if (e && mobiles.has(e)) hits.push({ field: `${r.path}.emergencyPhone`, params: { value: e } });
    }
    return hits;
  },
});

export const PHONE_RULES = [distinctPrincipalContacts, emergencyPhoneDistinct];
