import { refused } from '../errors';
import { randomDigits } from '../random';
import type { Order } from '../schema';
import { findOrder, iso, notice, type World } from './core';
import { requireAction, transition } from './machine';

/** The photo check (spec §3 step 7): the backdrop photo (spec §8) or the Shanghai app's photo (spec §9). */

export interface BackdropAddress {
  recipient: string;
  mobile: string;
  province: string;
  city: string;
  district: string;
  street: string;
}

export function requestBackdrop(
  w: World,
  orderId: string,
  input: { mode: 'mail' | 'own'; address?: BackdropAddress },
): Order {
  const order = findOrder(w.state, orderId);
  requireAction(order, 'backdrop');
  if (order.photo.method !== 'backdrop') {
    throw refused(
      undefined,
      'sim.not-backdrop',
      { zh: '该订单使用上海管局APP核验，无需幕布', en: 'This order uses the Shanghai app, not a backdrop' },
      undefined,
      'spec §9',
    );
  }
  order.photo.backdrop = {
    mode: input.mode,
    ...(input.address ? { address: { ...input.address } } : {}),
    requestedAt: iso(w.at),
  };
  if (input.mode === 'mail' && input.address) {
    notice(
      w,
      input.address.mobile,
      `您申请的备案幕布已寄出（订单 ${order.id}），快递单号 SF${randomDigits(w.state, 12)}，请按拍照要求拍摄后上传。`,
      order.id,
    );
  }
  order.updatedAt = iso(w.at);
  return order;
}

export function submitBackdropPhoto(w: World, orderId: string, uploadId: string): Order {
  const order = findOrder(w.state, orderId);
  requireAction(order, 'photo');
  if (order.photo.method !== 'backdrop') {
    throw refused(
      undefined,
      'sim.not-backdrop',
      { zh: '该订单须使用上海管局APP核验', en: 'This order must use the Shanghai app' },
      undefined,
      'spec §9',
    );
  }
  if (!order.photo.backdrop) {
    throw refused(
      'backdrop',
      'sim.backdrop-first',
      { zh: '请先申请幕布或选择使用已有幕布', en: 'Request a backdrop or say you have one first' },
      undefined,
      'spec §8',
    );
  }
  const upload = w.state.uploads.find((u) => u.id === uploadId && u.orderId === order.id);
  if (upload?.kind !== 'backdrop-photo' || upload.mime === 'application/pdf') {
    throw refused(
      'uploadId',
      'sim.backdrop-photo',
      { zh: '请上传幕布照片（JPG 或 PNG）', en: 'Upload the backdrop photo (JPG or PNG)' },
      undefined,
      'spec §8',
    );
  }
  order.photo.photoUploadId = upload.id;
  transition(w, order, 'photo-review', '已上传幕布照片，等待照片审核 (spec §8)', 'applicant');
  return order;
}

export function enterAppCode(w: World, orderId: string, code: string): Order {
  const order = findOrder(w.state, orderId);
  requireAction(order, 'app-code');
  if (order.photo.method !== 'shanghai-app') {
    throw refused(
      undefined,
      'sim.not-app',
      { zh: '该订单使用幕布拍照核验', en: 'This order uses the backdrop photo' },
      undefined,
      'spec §8',
    );
  }
  const app = w.state.phoneApps.find(
    (a) => a.orderId === order.id && a.step === 'done' && a.pictureCode && a.pictureCode === code.trim().toUpperCase(),
  );
  if (!app) {
    throw refused(
      'appCode',
      'sim.app-code',
      { zh: '核验码错误或已失效', en: 'Wrong or expired app code' },
      {
        zh: '在上海管局APP完成核验后，输入APP显示的图片核验码',
        en: 'Finish the check in the Shanghai app and type the picture code it shows',
      },
      'spec §9',
    );
  }
  order.photo.appCode = app.pictureCode;
  order.photo.appPhoto = appPhotoSvg(app.mobile);
  order.updatedAt = iso(w.at);
  return order;
}

export function confirmAppPhoto(w: World, orderId: string): Order {
  const order = findOrder(w.state, orderId);
  requireAction(order, 'photo-confirm');
  if (!order.photo.appCode) {
    throw refused(
      'appCode',
      'sim.app-code-first',
      { zh: '请先输入APP核验码', en: 'Enter the app code first' },
      undefined,
      'spec §9',
    );
  }
  order.photo.confirmed = true;
  transition(w, order, 'photo-review', '确认可用：上海管局APP核验照片已提交，等待审核 (spec §9)', 'applicant');
  return order;
}

function appPhotoSvg(mobile: string): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="320" viewBox="0 0 240 320"><rect width="240" height="320" fill="#dfe8f3"/><circle cx="120" cy="120" r="56" fill="#b9c7d8"/><rect x="50" y="190" width="140" height="110" rx="50" fill="#b9c7d8"/><rect x="130" y="210" width="80" height="50" rx="4" fill="#fff" stroke="#7a8ca3"/><text x="120" y="24" font-size="13" text-anchor="middle" fill="#334">上海管局APP核验照片</text><text x="120" y="312" font-size="12" text-anchor="middle" fill="#334">${mobile}</text></svg>`;
  return `data:image/svg+xml;base64,${btoa(unescape(encodeURIComponent(svg)))}`;
}
