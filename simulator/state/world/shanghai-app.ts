import { normaliseMobile } from '../../../shared/process/index';
import { ApiError, refused } from '../errors';
import { randomChars } from '../random';
import { sendPendingCode } from './codes';
import type { World } from './core';

/** The Shanghai bureau app on the virtual phone (spec §9): install, phone check, ID, holding photo, code. */

function appFor(w: World, mobile: string) {
  let app = w.state.phoneApps.find((a) => a.mobile === mobile);
  if (!app) {
    app = { mobile, step: 'install' };
    w.state.phoneApps.push(app);
  }
  return app;
}

export function appState(w: World, mobile: string) {
  return w.state.phoneApps.find((a) => a.mobile === mobile) ?? { mobile, step: 'install' as const };
}

export function appStart(w: World, mobileRaw: string) {
  const mobile = normaliseMobile(mobileRaw) ?? mobileRaw;
  const order = w.state.orders.find(
    (o) =>
      o.status === 'photo-check' &&
      o.photo.method === 'shanghai-app' &&
      [...(o.draft.websites ?? []), ...(o.draft.apps ?? [])].some(
        (s) => normaliseMobile(s.principal?.mobile) === mobile,
      ),
  );
  if (!order) {
    throw refused(
      'mobile',
      'sim.app-no-order',
      {
        zh: '该手机号不是待核验备案订单的网站负责人手机号',
        en: 'This number is not the website principal phone of an order waiting for the app check',
      },
      { zh: 'APP的手机号须为网站负责人的手机号', en: "The app's phone number must be the website principal's" },
      'spec §9',
    );
  }
  const app = appFor(w, mobile);
  app.step = 'verify-phone';
  app.orderId = order.id;
  delete app.pictureCode;
  sendPendingCode(w, mobile, 'app-code', (c) => `【上海市通信管理局】您正在进行ICP备案核验，验证码 ${c}。`, null);
  return app;
}

export function appVerify(w: World, mobileRaw: string, code: string) {
  const mobile = normaliseMobile(mobileRaw) ?? mobileRaw;
  const app = appFor(w, mobile);
  if (app.step !== 'verify-phone') throw appStepError(app.step);
  const pending = [...w.state.pendingCodes]
    .reverse()
    .find((c) => c.purpose === 'app-code' && c.mobile === mobile && !c.used);
  if (!pending || pending.code !== code.trim()) {
    throw refused('code', 'sim.app-sms', { zh: '验证码错误', en: 'Wrong code' }, undefined, 'spec §9 手机验证');
  }
  pending.used = true;
  app.step = 'id-capture';
  return app;
}

export function appIdCapture(w: World, mobileRaw: string, input: { front: boolean; back: boolean }) {
  const app = appFor(w, normaliseMobile(mobileRaw) ?? mobileRaw);
  if (app.step !== 'id-capture') throw appStepError(app.step);
  if (!input.front || !input.back) {
    throw refused(
      input.front ? 'back' : 'front',
      'sim.app-id',
      { zh: '请拍摄身份证正反两面', en: 'Photograph both sides of the ID card' },
      undefined,
      'spec §9 证件采集',
    );
  }
  app.step = 'holding-photo';
  return app;
}

export function appHoldingPhoto(w: World, mobileRaw: string, input: { locationAllowed: boolean; inShanghai: boolean }) {
  const app = appFor(w, normaliseMobile(mobileRaw) ?? mobileRaw);
  if (app.step !== 'holding-photo') throw appStepError(app.step);
  if (!input.locationAllowed) {
    throw refused(
      'locationAllowed',
      'sim.app-location',
      { zh: '请允许APP读取位置信息', en: 'Allow the app to read the location' },
      undefined,
      'spec §9',
    );
  }
  if (!input.inShanghai) {
    throw refused(
      'inShanghai',
      'sim.app-shanghai',
      { zh: '照片须在上海拍摄', en: 'The photo must be taken in Shanghai' },
      undefined,
      'spec §9',
    );
  }
  app.step = 'done';
  app.pictureCode = randomChars(w.state, 6);
  return app;
}

export function appReset(w: World, mobileRaw: string) {
  const app = appFor(w, normaliseMobile(mobileRaw) ?? mobileRaw);
  app.step = 'install';
  delete app.pictureCode;
  delete app.orderId;
  return app;
}

function appStepError(step: string): ApiError {
  return new ApiError(409, 'wrong-status', {
    zh: `APP当前步骤为"${step}"，请按顺序操作`,
    en: `The app is at step "${step}": follow the steps in order`,
  });
}
