import type { Bilingual } from '../../../shared/domain/bilingual';
import type { FilingDraft, Subject, Website } from '../../../shared/domain/draft';
import { type FilingType, FULL_FORM_TYPES, PASSWORD_FILING_TYPES } from '../../../shared/domain/filing-types';
import type { Finding } from '../../../shared/domain/finding';
import { normaliseMobile } from '../../../shared/process/index';
import { checkDraft } from '../../../shared/rules/engine';
import { simDate } from '../clock';
import { ApiError, addFinding, fieldFinding, notFound, refused, validationError } from '../errors';
import type { Order } from '../schema';
import { account, findOrder, findSubject, hasStep, iso, normId, stableStringify, type World } from './core';
import { requireAction } from './machine';
import { bindWebsiteNumber, releaseNumber } from './service-numbers';

/** Editing an order: subject, websites, access credentials, checked by the shared rules core (spec §3–§4). */

/** Subject data must equal the record: nothing changes in an access filing; new websites confirm the subject (spec §2). */
const SUBJECT_LOCKED: readonly FilingType[] = [
  'access-new',
  'access-continue',
  'new-website-here',
  'new-website-elsewhere',
];
const WEBSITE_LOCKED: readonly FilingType[] = ['access-new', 'access-continue'];
/** Decided on the type form and fixed afterwards (spec §4.1 主办单位性质; §2 province cannot change). */
const FIXED_SUBJECT_FIELDS = ['province', 'nature', 'idType', 'idNumber'] as const;
const SUBJECT_FORM_TYPES: readonly FilingType[] = FULL_FORM_TYPES.filter((x) => x !== 'change-website');
const WEBSITE_FORM_TYPES: readonly FilingType[] = FULL_FORM_TYPES.filter((x) => x !== 'change-subject');

function lockedMessage(type: FilingType): { message: Bilingual; fix: Bilingual; source: string } {
  return WEBSITE_LOCKED.includes(type)
    ? {
        message: {
          zh: '接入备案期间不能修改任何信息，须与原备案信息完全一致',
          en: 'Nothing can be changed during an access filing: the data must match the original filing exactly',
        },
        fix: {
          zh: '如需修改，请先在原接入商办理变更',
          en: 'To change it, file a change at the original provider first',
        },
        source: 'spec §2 接入备案',
      }
    : {
        message: {
          zh: '新增网站须确认主体信息与备案一致，此处不能修改主体信息',
          en: 'A new website confirms the filed subject information; it cannot be changed here',
        },
        fix: {
          zh: '主体信息有误时请先办理变更主体',
          en: 'If the subject information is out of date, change the subject first',
        },
        source: 'spec §2 新增网站',
      };
}

function diffFields(prefix: string, before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const key of Object.keys(after)) {
    const a = before[key];
    const b = after[key];
    if (b === undefined) continue;
    if (b && typeof b === 'object' && !Array.isArray(b)) {
      out.push(...diffFields(`${prefix}.${key}`, (a ?? {}) as Record<string, unknown>, b as Record<string, unknown>));
    } else if (stableStringify(a) !== stableStringify(b)) {
      out.push(`${prefix}.${key}`);
    }
  }
  return out;
}

/** Error findings of the shared rules core at fields under `prefix` (design §1: one source of truth). */
export function ruleErrors(
  w: World,
  order: Order,
  draft: FilingDraft,
  prefixes: string[],
): { errors: Record<string, Finding[]>; others: Finding[] } {
  const { findings } = checkDraft(draft, {
    date: simDate(w.at),
    ...(order.provinceCode ? { provinceCode: order.provinceCode } : {}),
  });
  const errors: Record<string, Finding[]> = {};
  const others: Finding[] = [];
  for (const f of findings) {
    if (
      prefixes.length &&
      !prefixes.some((p) => f.field === p || f.field.startsWith(`${p}.`) || f.field.startsWith(`${p}[`))
    )
      continue;
    if (f.severity === 'error') addFinding(errors, f.field, f);
    else others.push(f);
  }
  return { errors, others };
}

export function checkMobileCodes(
  w: World,
  mobiles: (string | undefined)[],
  code: string | undefined,
  field: string,
): void {
  if (!w.state.settings.mobileVerification) return;
  for (const raw of mobiles) {
    const mobile = normaliseMobile(raw);
    if (!mobile) continue;
    const verified = w.state.pendingCodes.some((c) => c.purpose === 'mobile-code' && c.mobile === mobile && c.used);
    if (verified) continue;
    const pending = [...w.state.pendingCodes]
      .reverse()
      .find((c) => c.purpose === 'mobile-code' && c.mobile === mobile && !c.used);
    if (!pending || !code || pending.code !== code.trim()) {
      throw validationError({
        [field]: [
          fieldFinding(
            field,
            'sim.mobile-code',
            {
              zh: `联系方式1 ${mobile} 未通过手机验证码验证`,
              en: `Contact 1 (联系方式1) ${mobile} is not verified by its SMS code`,
            },
            {
              zh: '点击"获取手机验证码"，输入收到的 6 位验证码',
              en: 'Press "获取手机验证码" and enter the 6-digit code received',
            },
            'spec §4.2',
          ),
        ],
      });
    }
    pending.used = true;
  }
}

export function saveSubject(
  w: World,
  orderId: string,
  body: Subject,
  mobileCode?: string,
): { order: Order; findings: Finding[] } {
  const order = findOrder(w.state, orderId);
  requireAction(order, 'save-subject');
  if (!SUBJECT_FORM_TYPES.includes(order.type)) {
    throw new ApiError(409, 'wrong-status', {
      zh: '该备案类型没有主体信息表单',
      en: 'This filing type has no subject form',
    });
  }
  const before = (order.draft.subject ?? {}) as Record<string, unknown>;
  const fields: Record<string, Finding[]> = {};
  if (SUBJECT_LOCKED.includes(order.type)) {
    const lock = lockedMessage(order.type);
    for (const f of diffFields('subject', before, body as Record<string, unknown>)) {
      fields[f] = [fieldFinding(f, 'sim.locked', lock.message, lock.fix, lock.source)];
    }
  } else {
    for (const key of FIXED_SUBJECT_FIELDS) {
      const v = body[key];
      if (v !== undefined && before[key] !== undefined && normId(v) !== normId(before[key] as string)) {
        const f = `subject.${key}`;
        fields[f] = [
          fieldFinding(
            f,
            'sim.fixed-after-type',
            key === 'province'
              ? {
                  zh: '所属区域（省份）不能变更：跨省请在新省份重新备案',
                  en: 'The province cannot change: file again in the new province',
                }
              : { zh: '该项在验证备案类型后不能修改', en: 'This field is fixed once the filing type is determined' },
            {
              zh: '如需修改，请放弃本订单后重新验证备案类型',
              en: 'To change it, abandon this order and determine the type again',
            },
            key === 'province' ? 'spec §2 变更备案' : 'spec §4.1',
          ),
        ];
      }
    }
  }
  if (Object.keys(fields).length) throw validationError(fields);
  const subject: Subject = SUBJECT_LOCKED.includes(order.type)
    ? { ...(before as Subject), ...body }
    : {
        ...body,
        ...Object.fromEntries(FIXED_SUBJECT_FIELDS.filter((k) => before[k] !== undefined).map((k) => [k, before[k]])),
      };
  const draft: FilingDraft = { ...order.draft, subject };
  const { errors, others } = ruleErrors(w, order, draft, ['subject']);
  if (Object.keys(errors).length) throw validationError(errors);
  checkMobileCodes(w, [subject.principal?.mobile], mobileCode, 'subject.principal.mobile');
  order.draft = draft;
  order.updatedAt = iso(w.at);
  return { order, findings: others };
}

export function saveWebsite(
  w: World,
  orderId: string,
  index: number,
  body: Website,
  mobileCode?: string,
): { order: Order; findings: Finding[] } {
  const order = findOrder(w.state, orderId);
  requireAction(order, 'save-website');
  if (!WEBSITE_FORM_TYPES.includes(order.type)) {
    throw new ApiError(409, 'wrong-status', {
      zh: '该备案类型没有网站信息表单',
      en: 'This filing type has no website form',
    });
  }
  const websites = [...(order.draft.websites ?? [])];
  if (index > websites.length || index < 0) {
    throw notFound({
      zh: `网站 ${index + 1} 不存在：请按顺序添加`,
      en: `No website ${index + 1}: add websites in order`,
    });
  }
  const single = order.type === 'change-website' || WEBSITE_LOCKED.includes(order.type);
  if (single && index >= websites.length) {
    throw refused(`websites[${index}]`, 'sim.one-website', {
      zh: '该备案类型不能增加网站',
      en: 'This filing type cannot add websites',
    });
  }
  const prefix = `websites[${index}]`;
  const before = (websites[index] ?? {}) as Website;
  const { serviceNumber: requestedNumber, filingNumber: _ignored, ...fields } = body;
  let site: Website;
  if (WEBSITE_LOCKED.includes(order.type)) {
    const lock = lockedMessage(order.type);
    const diffs = diffFields(prefix, before as Record<string, unknown>, fields as Record<string, unknown>);
    if (diffs.length)
      throw validationError(
        Object.fromEntries(diffs.map((f) => [f, [fieldFinding(f, 'sim.locked', lock.message, lock.fix, lock.source)]])),
      );
    site = { ...before, ...fields };
  } else {
    site = { ...fields };
    if (before.filingNumber) site.filingNumber = before.filingNumber;
    if (before.serviceNumber) site.serviceNumber = before.serviceNumber;
  }
  websites[index] = site;
  const draft: FilingDraft = { ...order.draft, websites };
  const { errors, others } = ruleErrors(w, order, draft, [prefix]);
  if (Object.keys(errors).length) throw validationError(errors);
  checkMobileCodes(w, [site.principal?.mobile], mobileCode, `${prefix}.principal.mobile`);
  order.draft = draft;
  if (hasStep(w, order, 'product')) bindWebsiteNumber(w, order, index, requestedNumber);
  order.updatedAt = iso(w.at);
  return { order, findings: others };
}

export function deleteWebsite(w: World, orderId: string, index: number): Order {
  const order = findOrder(w.state, orderId);
  requireAction(order, 'delete-website');
  const websites = [...(order.draft.websites ?? [])];
  if (!websites[index]) throw notFound({ zh: `网站 ${index + 1} 不存在`, en: `No website ${index + 1}` });
  if (order.type === 'change-website' || WEBSITE_LOCKED.includes(order.type) || order.type === 'cancel-website') {
    throw refused(`websites[${index}]`, 'sim.one-website', {
      zh: '该备案类型不能删除网站',
      en: 'This filing type cannot remove its website',
    });
  }
  const removed = websites.splice(index, 1)[0];
  for (const n of w.state.serviceNumbers) {
    if (n.orderId !== order.id || n.status !== '已绑定' || n.websiteIndex === undefined) continue;
    if (n.number === removed?.serviceNumber) releaseNumber(n);
    else if (n.websiteIndex > index) n.websiteIndex -= 1;
  }
  order.draft = { ...order.draft, websites };
  order.updatedAt = iso(w.at);
  return order;
}

export interface AccessInput {
  filingNumber?: string;
  filingPassword?: string;
  websiteFilingNumber?: string;
  accountCode?: string;
}

/** Access / cancel credentials. Stored only: the bureau checks the password on submission (spec §2). */
export function setAccess(w: World, orderId: string, input: AccessInput): Order {
  const order = findOrder(w.state, orderId);
  requireAction(order, 'access');
  if (!PASSWORD_FILING_TYPES.includes(order.type)) {
    throw new ApiError(409, 'wrong-status', {
      zh: '该备案类型不需要备案密码',
      en: 'This filing type needs no filing password',
    });
  }
  const subject = findSubject(w.state, order.subjectId);
  const fields: Record<string, Finding[]> = {};
  if (input.filingNumber !== undefined && subject && input.filingNumber.trim() !== subject.filingNumber) {
    fields.filingNumber = [
      fieldFinding(
        'filingNumber',
        'sim.filing-number-mismatch',
        { zh: '主体备案号与原备案不一致', en: 'The subject filing number does not match the existing filing' },
        {
          zh: `请填写 ${subject.filingNumber.slice(0, 1)}ICP备…号 格式的原主体备案号`,
          en: 'Enter the existing subject filing number',
        },
        'spec §4.4',
      ),
    ];
  }
  if (input.websiteFilingNumber !== undefined && order.websiteId) {
    const site = subject?.websites.find((s) => s.id === order.websiteId);
    if (site && input.websiteFilingNumber.trim() !== site.filingNumber) {
      fields['websites[0].filingNumber'] = [
        fieldFinding(
          'websites[0].filingNumber',
          'sim.website-filing-number-mismatch',
          { zh: '网站备案号与原备案不一致', en: 'The website filing number does not match the existing filing' },
          {
            zh: '请填写原网站备案号（带 -n 后缀）',
            en: 'Enter the existing website filing number (with its -n suffix)',
          },
          'spec §4.4',
        ),
      ];
    }
  }
  if (input.accountCode !== undefined) {
    const me = account(w.state);
    const pending = [...w.state.pendingCodes]
      .reverse()
      .find((c) => c.purpose === 'account-code' && c.mobile === me.phone && !c.used);
    if (!pending || pending.code !== input.accountCode.trim()) {
      fields.accountCode = [
        fieldFinding(
          'accountCode',
          'sim.account-code',
          { zh: '短信验证码错误', en: 'Wrong SMS code' },
          { zh: '输入发送到账号手机的最新验证码', en: "Enter the latest code sent to the account's phone" },
          'spec §2 取消接入',
        ),
      ];
    } else {
      pending.used = true;
      order.accountCodeVerified = true;
    }
  }
  if (Object.keys(fields).length) throw validationError(fields);
  if (input.filingNumber !== undefined) order.draft.filingNumber = input.filingNumber.trim();
  if (input.filingPassword !== undefined) order.draft.filingPassword = input.filingPassword;
  order.updatedAt = iso(w.at);
  return order;
}
