/** 联系方式2 (landline), 应急联系电话 and mobile 归属地 rules per province (research §3). */
import type { Bilingual } from '../../domain/bilingual';
import { present } from '../define';
import type { RuleHit } from '../types';
import { allRemarks, isBlankField, type PackMeta, principalsAt, provinceRule, type RowBase } from './common';

/** Digits of a number, without the 086/86 country prefix the landline widget adds. */
function phoneDigits(value: string | undefined): string {
  return (present(value) ?? '')
    .normalize('NFKC')
    .replace(/\D/g, '')
    .replace(/^0?86(?=1\d{10}$)/, '');
}

/** A mainland mobile number typed into 联系方式2. */
function mobileIn(value: string | undefined): string | undefined {
  const d = phoneDigits(value);
  return /^1\d{10}$/.test(d) ? d : undefined;
}

/**
 * 北京/辽宁/吉林/黑龙江/江苏/湖北/河南 (TC19): 联系方式2 is required (organisations; 江苏 everyone); without a
 * landline it takes a mobile number different from the principal's own.
 */
export function landlineRequired(meta: PackMeta, row: RowBase) {
  return provinceRule('landlineRequired', meta, row, {
    fields: [
      'subject.principal.landline',
      'websites[].principal.landline',
      'subject.principal.mobile',
      'websites[].principal.mobile',
    ],
    severity: 'warning',
    examples: {
      fires: [
        {
          draft: { subject: { principal: { mobile: '13812345678', landline: '' } } },
          field: 'subject.principal.landline',
          note: 'contact 2 left blank',
        },
        {
          draft: { subject: { principal: { mobile: '13812345678', landline: '13812345678' } } },
          field: 'subject.principal.landline',
          note: "contact 2 is the principal's own mobile",
        },
      ],
      passes: [
        { draft: { subject: { principal: { mobile: '13812345678', landline: '0571-88886666' } } }, note: 'a landline' },
      ],
    },
    message: {
      zh: '{who}的联系方式2未填写：{province}管局要求必填。',
      en: 'Contact 2 (landline) of {whoEn} is empty; the {provinceEn} bureau requires it.',
    },
    fix: {
      zh: '请填写办公固定电话（086-区号-号码）；没有固话的，填写一个与负责人手机号不同的手机号码。',
      en: "Enter an office landline (086-area code-number); without one, enter a mobile number different from the principal's own.",
    },
    check(ctx) {
      const hits: RuleHit[] = [];
      for (const p of principalsAt(ctx)) {
        const params = { who: p.who.zh, whoEn: p.who.en };
        if (isBlankField(ctx, p.principal, 'landline')) {
          hits.push({ field: `${p.path}.landline`, params });
          continue;
        }
        const m = mobileIn(p.principal.landline);
        if (m && m === phoneDigits(p.principal.mobile))
          hits.push({
            field: `${p.path}.landline`,
            params,
            message: {
              zh: `${p.who.zh}的联系方式2填的是其本人的联系方式1手机号（${m}）：没有固话时须填写另一个手机号码。`,
              en: `Contact 2 of ${p.who.en} repeats their own mobile (${m}); without a landline, contact 2 must be a different mobile number.`,
            },
          });
      }
      return hits;
    },
  });
}

export interface LandlineRemarkRow extends RowBase {
  /** When the remark is needed: 联系方式2 holds a mobile, is left blank, or is filled at all. */
  when: 'mobile' | 'blank' | 'present';
  /** A remark (subject or website) matching this says what is asked. */
  mentions: RegExp;
  /** The wording the province gives, for the fix. */
  template: string;
  /** 甘肃: the mobile must be a third person's, not a principal's. */
  distinctFromPrincipals?: boolean;
}

/** 天津 (mobile as 联系方式2 → who uses it), 甘肃 (staff name and title), 安徽 (「企业无座机」), 重庆 (emergency contact). */
export function landlineRemark(meta: PackMeta, row: LandlineRemarkRow) {
  const cases: Record<LandlineRemarkRow['when'], Bilingual> = {
    mobile: { zh: '{who}的联系方式2填写的是手机号', en: 'contact 2 of {whoEn} is a mobile number' },
    blank: { zh: '{who}没有填写联系方式2（无座机）', en: '{whoEn} has no contact 2 (no landline)' },
    present: { zh: '{who}填写了联系方式2', en: '{whoEn} has a contact 2' },
  };
  const contact2 = { mobile: '13900001111', blank: '', present: '0571-88886666' }[row.when];
  const withContact2 = (remark?: string) => ({
    subject: { principal: { mobile: '13812345678', landline: contact2 }, ...(remark ? { remark } : {}) },
  });
  return provinceRule('landlineRemark', meta, row, {
    fields: ['subject.principal.landline', 'websites[].principal.landline', 'subject.remark', 'websites[].remark'],
    severity: 'warning',
    examples: {
      fires: [{ draft: withContact2(), field: 'subject.principal.landline', note: `contact 2 ${row.when}, no remark` }],
      passes: [{ draft: withContact2(row.template), note: 'the remark the province asks for' }],
    },
    message: {
      zh: `${cases[row.when].zh}，但备注中没有按{province}管局要求说明（「{template}」）。`,
      en: `${cases[row.when].en}, but no remark explains it as the {provinceEn} bureau requires ("{template}").`,
    },
    fix: {
      zh: '请在备注中写明：{template}（XXX 换成实际信息）。',
      en: 'Add to the remark: {template} (fill in the XXX).',
    },
    check(ctx) {
      const remarks = allRemarks(ctx);
      const principals = principalsAt(ctx);
      const ownMobiles = new Set(principals.map((p) => phoneDigits(p.principal.mobile)).filter(Boolean));
      const hits: RuleHit[] = [];
      for (const p of principals) {
        const params = { who: p.who.zh, whoEn: p.who.en, template: row.template };
        const mobile = mobileIn(p.principal.landline);
        const applies =
          row.when === 'mobile'
            ? !!mobile
            : row.when === 'blank'
              ? isBlankField(ctx, p.principal, 'landline')
              : !!present(p.principal.landline);
        if (!applies) continue;
        if (row.distinctFromPrincipals && mobile && ownMobiles.has(mobile)) {
          hits.push({
            field: `${p.path}.landline`,
            params,
            message: {
              zh: `${p.who.zh}的联系方式2（${mobile}）是负责人的手机号：须填写第三位工作人员的手机号。`,
              en: `Contact 2 of ${p.who.en} (${mobile}) is a principal's mobile; it must be a third staff member's.`,
            },
          });
          continue;
        }
        if (!row.mentions.test(remarks)) hits.push({ field: `${p.path}.landline`, params, suggestion: row.template });
      }
      return hits;
    },
  });
}

/** 黑龙江 (TC19 个人 #3, 企事业 #6): 应急联系电话 must be filled in. */
export function emergencyPhoneRequired(meta: PackMeta, row: RowBase) {
  return provinceRule('emergencyPhoneRequired', meta, row, {
    fields: ['subject.principal.emergencyPhone', 'websites[].principal.emergencyPhone'],
    severity: 'warning',
    examples: {
      fires: [
        {
          draft: { subject: { principal: { emergencyPhone: '' } } },
          field: 'subject.principal.emergencyPhone',
          note: 'no emergency phone',
        },
      ],
      passes: [{ draft: { subject: { principal: { emergencyPhone: '13700002222' } } }, note: 'an emergency phone' }],
    },
    message: {
      zh: '{who}的应急联系电话未填写：{province}管局要求必须填写。',
      en: 'The emergency phone of {whoEn} is empty; the {provinceEn} bureau requires one.',
    },
    fix: {
      zh: '请填写另一位可联系人的电话（不能与主体负责人、网站负责人的电话相同）。',
      en: "Enter the number of another reachable person (not a principal's phone).",
    },
    check(ctx) {
      return principalsAt(ctx)
        .filter((p) => isBlankField(ctx, p.principal, 'emergencyPhone'))
        .map((p) => ({ field: `${p.path}.emergencyPhone`, params: { who: p.who.zh, whoEn: p.who.en } }));
    },
  });
}

/**
 * 「手机本省」: the bureau expects the principals' mobiles to be registered in the province. No number-segment
 * table (first 7 digits → province) is installed, so this is an info finding that says it was not checked.
 */
export function localMobileInfo(meta: PackMeta, row: RowBase) {
  return provinceRule('localMobileInfo', meta, row, {
    fields: ['subject.principal.mobile', 'websites[].principal.mobile'],
    severity: 'info',
    examples: {
      fires: [
        {
          draft: { subject: { principal: { mobile: '13812345678' } } },
          field: 'subject.principal.mobile',
          note: 'a mobile to check by hand',
        },
      ],
      passes: [{ draft: { subject: { principal: { name: '张三' } } }, note: 'no mobile yet' }],
    },
    message: {
      zh: '{province}管局要求负责人手机号码归属地为本省；本工具没有号段归属地数据，无法离线核对 {mobile}。',
      en: "The {provinceEn} bureau expects the principals' mobiles to be registered in {provinceEn}; without a number-segment table this tool cannot check {mobile} offline.",
    },
    fix: {
      zh: '请确认负责人手机号是在{province}办理的号码；外省号码可能被驳回，请改用本省号码。',
      en: "Make sure the principals' mobiles were issued in {provinceEn}; numbers from other provinces may be rejected.",
    },
    check(ctx) {
      const first = principalsAt(ctx).find((p) => present(p.principal.mobile));
      return first
        ? [{ field: `${first.path}.mobile`, params: { mobile: present(first.principal.mobile) ?? '' } }]
        : [];
    },
  });
}
