import { http } from 'msw';
import { z } from 'zod';
import { checkCaptcha } from '../state/captcha';
import { fieldFinding, validationError } from '../state/errors';
import type { SimStore } from '../state/store';
import { bureauResend, bureauSmsCheck } from '../state/world';
import { body, guarded, inWorld, json } from './common';

/** The bureau's 备案短信核验 page API (spec §6.4; simulator/API.md §3). */

const SmsCheckBody = z
  .object({
    code: z.string(),
    mobile: z.string(),
    idTail: z.string(),
    captchaId: z.string().optional(),
    captcha: z.string().optional(),
  })
  .strict();
const ResendBody = z
  .object({ mobile: z.string(), captchaId: z.string().optional(), captcha: z.string().optional() })
  .strict();

const KEYS: Record<string, string> = { code: 'smsCheck.code', mobile: 'smsCheck.mobile', idTail: 'smsCheck.idTail' };

/** What the bureau page itself rejects before looking anything up (formats, spec §6.2: 6 digits). */
function formatErrors(b: { code?: string; mobile: string; idTail?: string }) {
  const fields: Record<string, ReturnType<typeof fieldFinding>[]> = {};
  if (b.code !== undefined && !/^\d{6}$/.test(b.code.trim())) {
    fields['smsCheck.code'] = [
      fieldFinding(
        'smsCheck.code',
        'sim.sms-code-format',
        { zh: '请输入 6 位数字短信验证码', en: 'Enter the 6-digit SMS code' },
        undefined,
        'spec §6.2',
      ),
    ];
  }
  if (!/^1\d{10}$/.test(b.mobile.trim())) {
    fields['smsCheck.mobile'] = [
      fieldFinding(
        'smsCheck.mobile',
        'sim.sms-mobile-format',
        { zh: '请输入 11 位手机号码', en: 'Enter the 11-digit mobile number' },
        undefined,
        'spec §6.4',
      ),
    ];
  }
  if (b.idTail !== undefined && !/^[0-9A-Za-z]{6}$/.test(b.idTail.trim())) {
    fields['smsCheck.idTail'] = [
      fieldFinding(
        'smsCheck.idTail',
        'sim.sms-id-tail-format',
        { zh: '请输入证件号码后六位', en: 'Enter the last six characters of the ID number' },
        undefined,
        'spec §6.4',
      ),
    ];
  }
  if (Object.keys(fields).length) throw validationError(fields);
}

export function bureauHandlers(store: SimStore) {
  return [
    http.post('*/api/bureau/sms-check', ({ request }) =>
      guarded(async () => {
        const b = await body(request, SmsCheckBody, (k) => KEYS[k] ?? k);
        formatErrors(b);
        return inWorld(store, (w) => {
          checkCaptcha(w, 'puzzle', b.captchaId, b.captcha);
          return json(bureauSmsCheck(w, b));
        });
      }),
    ),

    http.post('*/api/bureau/sms-resend', ({ request }) =>
      guarded(async () => {
        const b = await body(request, ResendBody, (k) => KEYS[k] ?? k);
        formatErrors(b);
        return inWorld(store, (w) => {
          checkCaptcha(w, 'puzzle', b.captchaId, b.captcha);
          const r = bureauResend(w, b.mobile);
          return json(
            r.ok
              ? {
                  ok: true,
                  result: '已重新发送',
                  message: { zh: '验证码已重新发送', en: 'A new code has been sent' },
                  sentAt: r.sentAt,
                }
              : {
                  ok: false,
                  result: '找不到记录',
                  message: { zh: '找不到记录', en: 'No application waiting for an SMS check on this number' },
                },
          );
        });
      }),
    ),
  ];
}
