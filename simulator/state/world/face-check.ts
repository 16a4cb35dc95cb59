import { normaliseMobile } from '../../../shared/process/index';
import { refused } from '../errors';
import type { Order } from '../schema';
import { findOrder, iso, notice, type World } from './core';
import { requireAction, transition } from './machine';

/**
 * Electronic face verification (research currency-2026: it replaced the backdrop photo from
 * 2019-04-01 as providers adopted it): every 互联网信息服务负责人 of the order — website and app
 * principals — verifies in person in the provider's app, against a plain background, in good light,
 * with location on. The simulator stands in for the app with those three conditions; when the last
 * principal has verified, the order goes to the photo review like a backdrop photo.
 */

export interface FacePrincipal {
  /** Normalised mobile: who the verification belongs to (one person, one check). */
  mobile: string;
  name: string;
  /** Where the person is named in the draft (`websites[0].principal`, `apps[1].principal`). */
  path: string;
}

export interface FaceConditions {
  plainBackground: boolean;
  goodLight: boolean;
  locationAllowed: boolean;
}

/** The principals who must verify: website and app principals, one per mobile number. */
export function facePrincipals(order: Order): FacePrincipal[] {
  const seen = new Map<string, FacePrincipal>();
  const add = (path: string, principal: { name?: string; mobile?: string } | undefined) => {
    const mobile = normaliseMobile(principal?.mobile);
    if (!mobile || seen.has(mobile)) return;
    seen.set(mobile, { mobile, name: principal?.name?.trim() || mobile, path });
  };
  for (const [i, w] of (order.draft.websites ?? []).entries()) add(`websites[${i}].principal`, w.principal);
  for (const [i, a] of (order.draft.apps ?? []).entries()) add(`apps[${i}].principal`, a.principal);
  return [...seen.values()];
}

const CONDITION_ERRORS: Record<keyof FaceConditions, { zh: string; en: string }> = {
  plainBackground: {
    zh: '人脸核验未通过：请在纯色（白色）背景前拍摄',
    en: 'Face verification failed: stand in front of a plain (white) background',
  },
  goodLight: {
    zh: '人脸核验未通过：光线不足，请到明亮处重试',
    en: 'Face verification failed: too dark, retry in good light',
  },
  locationAllowed: {
    zh: '人脸核验未通过：请允许App读取位置信息',
    en: 'Face verification failed: allow the app to read the location',
  },
};

export function verifyFace(w: World, orderId: string, mobileRaw: string, conditions: FaceConditions): Order {
  const order = findOrder(w.state, orderId);
  requireAction(order, 'face');
  if (order.photo.method !== 'face') {
    throw refused(
      undefined,
      'sim.not-face',
      { zh: '该订单不使用电子核验（人脸识别）', en: 'This order does not use electronic face verification' },
      undefined,
      'spec §8, §9',
    );
  }
  const mobile = normaliseMobile(mobileRaw);
  const principal = facePrincipals(order).find((p) => p.mobile === mobile);
  if (!principal) {
    throw refused(
      'mobile',
      'sim.face-not-principal',
      {
        zh: '该手机号不是本订单互联网信息服务负责人的手机号',
        en: "This number is not one of the order's internet-information-service principals",
      },
      {
        zh: '电子核验须由每位互联网信息服务负责人本人完成',
        en: 'Each internet-information-service principal verifies in person',
      },
    );
  }
  for (const key of Object.keys(CONDITION_ERRORS) as (keyof FaceConditions)[]) {
    if (!conditions[key]) throw refused(key, 'sim.face-condition', CONDITION_ERRORS[key]);
  }
  const done = new Set(order.photo.faceVerified ?? []);
  done.add(principal.mobile);
  order.photo.faceVerified = [...done];
  order.updatedAt = iso(w.at);
  notice(w, principal.mobile, `${principal.name}，您已完成备案订单 ${order.id} 的人脸核验。`, order.id);
  const waiting = facePrincipals(order).filter((p) => !done.has(p.mobile));
  if (waiting.length === 0) {
    order.photo.confirmed = true;
    transition(w, order, 'photo-review', '互联网信息服务负责人均已完成电子核验（人脸识别），等待审核', 'applicant');
  }
  return order;
}
