import { normaliseMobile, SMS_CODE_RULES } from '../../../shared/process/index';
import { fieldFinding, validationError } from '../errors';
import { randomDigits } from '../random';
import { account, iso, PROVIDER_SIGN, pushCapped, sendSms, type World } from './core';

/** Codes the filing site sends: 联系方式1 verification, the account phone's code, the Shanghai app's code. */

export function sendPendingCode(
  w: World,
  mobile: string,
  purpose: 'mobile-code' | 'account-code' | 'app-code',
  text: (code: string) => string,
  from?: string | null,
): void {
  const code = randomDigits(w.state, SMS_CODE_RULES.codeLength);
  pushCapped(w.state, 'pendingCodes', w.state.pendingCodes, { mobile, code, purpose, sentAt: iso(w.at), used: false });
  sendSms(w, { to: mobile, text: text(code), code, kind: purpose, ...(from !== undefined ? { from } : {}) });
}

export function sendMobileCode(w: World, mobileRaw: string): string {
  const mobile = normaliseMobile(mobileRaw);
  if (!mobile) {
    throw validationError({
      mobile: [
        fieldFinding('mobile', 'sim.mobile', { zh: '请输入 11 位手机号码', en: 'Enter an 11-digit mobile number' }),
      ],
    });
  }
  sendPendingCode(
    w,
    mobile,
    'mobile-code',
    (c) => `${PROVIDER_SIGN}您正在验证备案联系方式，验证码 ${c}，10 分钟内有效。`,
  );
  return mobile;
}

export function sendAccountCode(w: World): string {
  const me = account(w.state);
  sendPendingCode(
    w,
    me.phone,
    'account-code',
    (c) => `${PROVIDER_SIGN}您正在申请取消接入，验证码 ${c}。如非本人操作请忽略。`,
  );
  return me.phone;
}
