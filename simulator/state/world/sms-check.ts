import type { Bilingual } from '../../../shared/domain/bilingual';
import type { Principal } from '../../../shared/domain/draft';
import { normaliseMobile, SMS_CODE_RULES } from '../../../shared/process/index';
import { randomDigits } from '../random';
import type { Order, SmsCode } from '../schema';
import { account, carrierOf, idTail, instant, iso, miitSender, normId, notice, sendSms, type World } from './core';
import { allows, transition } from './machine';

/** The bureau's SMS check (spec §6): codes sent by MIIT, 短信核验 and 短信重发, the window running out. */

function principalsByMobile(order: Order): Map<string, { roles: Set<SmsCode['roles'][number]>; tails: Set<string> }> {
  const map = new Map<string, { roles: Set<SmsCode['roles'][number]>; tails: Set<string> }>();
  const add = (p: Principal | undefined, role: SmsCode['roles'][number]) => {
    const mobile = normaliseMobile(p?.mobile);
    if (!mobile) return;
    const entry = map.get(mobile) ?? { roles: new Set(), tails: new Set() };
    entry.roles.add(role);
    const tail = idTail(p?.idNumber);
    if (tail) entry.tails.add(tail);
    map.set(mobile, entry);
  };
  add(order.draft.subject?.principal, 'subject-principal');
  for (const site of order.draft.websites ?? []) add(site.principal, 'website-principal');
  for (const app of order.draft.apps ?? []) add(app.principal, 'app-principal');
  return map;
}

/** spec §6.2–6.3: one code per distinct phone, sent by MIIT about 5 minutes after submission. */
export function startSmsCheck(w: World, order: Order, phones: string[], reason: string, by: string): void {
  const sentAt = w.at + SMS_CODE_RULES.arrivesAfterMinutes * 60_000;
  const validHours = w.state.settings.smsValidHours;
  const people = principalsByMobile(order);
  const codes: SmsCode[] = phones.map((mobile) => {
    const who = people.get(mobile);
    const code = randomDigits(w.state, SMS_CODE_RULES.codeLength);
    sendSms(w, {
      to: mobile,
      from: miitSender(carrierOf(w.state, mobile), w.at),
      text: smsCheckText(code, validHours),
      code,
      kind: 'sms-check',
      orderId: order.id,
      at: sentAt,
    });
    return {
      mobile,
      roles: [...(who?.roles ?? [])],
      idTails: [...(who?.tails ?? [])],
      code,
      sentAt: iso(sentAt),
      verified: false,
      wrongIdTails: 0,
    };
  });
  order.sms = { validHours, sentAt: iso(sentAt), expiresAt: iso(sentAt + validHours * 3_600_000), codes };
  transition(w, order, 'sms-check', `${reason}；工信部将发送短信验证码至 ${phones.join('、')} (spec §6.2)`, by);
}

function smsCheckText(code: string, validHours: number): string {
  return `【工信部】您的ICP备案短信核验验证码为${code}，请于${validHours}小时内登录管局网站"备案短信核验"完成核验，验证码请勿告知他人。`;
}

export function returnOrder(w: World, order: Order, reason: string, by: string): void {
  transition(w, order, 'returned', reason, by);
  notice(w, account(w.state).phone, `您的备案订单 ${order.id} 已被退回：${reason}`, order.id);
}

// ── The bureau's SMS check (spec §6.4) ─────────────────────────────────────────────────────────

export type SmsCheckOutcome =
  | {
      ok: true;
      result: '核验完成';
      message: Bilingual;
      orderComplete: boolean;
      remainingPhones: number;
      alreadyVerified?: boolean;
    }
  | { ok: false; result: '找不到记录'; message: Bilingual }
  | { ok: false; result: '核验失败'; message: Bilingual; returned: true };

const NOT_FOUND_OUTCOME: SmsCheckOutcome = {
  ok: false,
  result: '找不到记录',
  message: {
    zh: '找不到记录',
    en: 'No record found: the code, mobile number and ID tail do not match one application',
  },
};

function liveCodes(w: World): { order: Order; code: SmsCode }[] {
  const out: { order: Order; code: SmsCode }[] = [];
  for (const order of w.state.orders) {
    if (!allows(order.status, 'bureau-sms-check') || !order.sms) continue;
    for (const code of order.sms.codes) if (instant(code.sentAt) <= w.at) out.push({ order, code });
  }
  return out;
}

export function bureauSmsCheck(w: World, input: { code: string; mobile: string; idTail: string }): SmsCheckOutcome {
  const mobile = normaliseMobile(input.mobile) ?? input.mobile.trim();
  const tail = normId(input.idTail);
  const hit = liveCodes(w).find(({ code }) => code.mobile === mobile && code.code === input.code.trim());
  if (!hit) return NOT_FOUND_OUTCOME;
  const { order, code } = hit;
  if (!code.idTails.includes(tail)) {
    code.wrongIdTails += 1;
    if (code.wrongIdTails >= SMS_CODE_RULES.maxWrongIdTail) {
      returnOrder(
        w,
        order,
        `证件号码后六位错误 ${code.wrongIdTails} 次，短信核验失败，备案申请已由工信部系统退回 (spec §6.4)`,
        'bureau',
      );
      return {
        ok: false,
        result: '核验失败',
        message: {
          zh: `证件号码错误次数已达${SMS_CODE_RULES.maxWrongIdTail}次，短信核验失败，备案申请已退回`,
          en: `The ID number was wrong ${SMS_CODE_RULES.maxWrongIdTail} times: the SMS check failed and the application is returned`,
        },
        returned: true,
      };
    }
    return NOT_FOUND_OUTCOME;
  }
  const alreadyVerified = code.verified;
  if (!code.verified) {
    code.verified = true;
    code.verifiedAt = iso(w.at);
    order.updatedAt = iso(w.at);
  }
  const remaining = order.sms?.codes.filter((c) => !c.verified).length ?? 0;
  if (remaining === 0) transition(w, order, 'bureau-review', '短信核验全部完成，进入管局审核 (spec §6.4)', 'bureau');
  return {
    ok: true,
    result: '核验完成',
    message:
      remaining === 0
        ? { zh: '核验完成', en: 'Verified' }
        : {
            zh: `核验完成，请继续核验其余 ${remaining} 个手机号`,
            en: `Verified; ${remaining} more phone(s) of this application still to verify`,
          },
    orderComplete: remaining === 0,
    remainingPhones: remaining,
    ...(alreadyVerified ? { alreadyVerified } : {}),
  };
}

/** 短信重发: a new code replaces the old one at once; the order's window is not extended (spec §6.2). */
export function bureauResend(w: World, mobileRaw: string): { ok: boolean; sentAt?: string } {
  const mobile = normaliseMobile(mobileRaw) ?? mobileRaw.trim();
  let sent = false;
  for (const order of w.state.orders) {
    if (!allows(order.status, 'bureau-sms-check') || !order.sms) continue;
    for (const code of order.sms.codes) {
      if (code.mobile !== mobile || code.verified) continue;
      code.code = randomDigits(w.state, SMS_CODE_RULES.codeLength);
      code.sentAt = iso(w.at);
      sendSms(w, {
        to: mobile,
        from: miitSender(carrierOf(w.state, mobile), w.at),
        text: smsCheckText(code.code, order.sms.validHours),
        code: code.code,
        kind: 'sms-check',
        orderId: order.id,
      });
      sent = true;
    }
  }
  return sent ? { ok: true, sentAt: iso(w.at) } : { ok: false };
}
