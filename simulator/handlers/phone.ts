import { http } from 'msw';
import { z } from 'zod';
import { normaliseMobile } from '../../shared/process/index';
import { notFound } from '../state/errors';
import type { SimStore } from '../state/store';
import { appHoldingPhoto, appIdCapture, appReset, appStart, appState, appVerify, type World } from '../state/world';
import { body, guarded, inWorld, json, param, readJson } from './common';
import { carrierView } from './views';

/** The virtual phone (issue 5 item 3; simulator/API.md §4): SMS per number and the Shanghai app (spec §9). */

function knownNumbers(w: World): string[] {
  const set = new Set<string>();
  const add = (m: string | undefined) => {
    const n = normaliseMobile(m);
    if (n) set.add(n);
  };
  for (const a of w.state.accounts) add(a.phone);
  for (const s of w.state.subjects) {
    add(s.data.principal?.mobile);
    for (const site of s.websites) add(site.data.principal?.mobile);
  }
  for (const o of w.state.orders) {
    add(o.draft.subject?.principal?.mobile);
    for (const site of o.draft.websites ?? []) add(site.principal?.mobile);
  }
  for (const m of w.state.sms) add(m.to);
  return [...set].sort();
}

function owner(w: World, mobile: string): string | null {
  const a = w.state.accounts.find((x) => x.phone === mobile);
  if (a) return `${a.name}（账号手机）`;
  for (const o of [...w.state.orders].reverse()) {
    const p = o.draft.subject?.principal;
    if (normaliseMobile(p?.mobile) === mobile && p?.name) return p.name;
    for (const site of o.draft.websites ?? [])
      if (normaliseMobile(site.principal?.mobile) === mobile && site.principal?.name) return site.principal.name;
  }
  for (const s of w.state.subjects) {
    if (normaliseMobile(s.data.principal?.mobile) === mobile) return s.data.principal?.name ?? null;
  }
  return null;
}

function mobileParam(params: Record<string, string | readonly string[] | undefined>): string {
  const raw = param(params, 'mobile');
  const m = normaliseMobile(raw);
  if (!m) throw notFound({ zh: `手机号 ${raw} 无效`, en: `Not a mobile number: ${raw}` });
  return m;
}

const delivered = (w: World) => w.state.sms.filter((m) => Date.parse(m.sentAt) <= w.at);

const VerifyBody = z.object({ code: z.string() }).strict();
const IdCaptureBody = z.object({ front: z.boolean(), back: z.boolean() }).strict();
const HoldingBody = z.object({ locationAllowed: z.boolean(), inShanghai: z.boolean() }).strict();

export function phoneHandlers(store: SimStore) {
  return [
    http.get('*/api/phone/numbers', () =>
      inWorld(store, (w) => {
        const messages = delivered(w);
        return json({
          items: knownNumbers(w).map((mobile) => ({
            mobile,
            ...carrierView(w, mobile),
            owner: owner(w, mobile),
            messages: messages.filter((m) => m.to === mobile).length,
          })),
        });
      }),
    ),

    http.get('*/api/phone/:mobile/messages', ({ params }) =>
      guarded(async () => {
        const mobile = mobileParam(params);
        return inWorld(store, (w) =>
          json({
            mobile,
            ...carrierView(w, mobile),
            items: delivered(w)
              .filter((m) => m.to === mobile)
              .reverse()
              .map((m) => ({ id: m.id, from: m.from, text: m.text, sentAt: m.sentAt, kind: m.kind })),
          }),
        );
      }),
    ),

    http.get('*/api/phone/:mobile/app', ({ params }) =>
      guarded(async () => {
        const mobile = mobileParam(params);
        return inWorld(store, (w) => json(appState(w, mobile)));
      }),
    ),

    http.post('*/api/phone/:mobile/app/start', ({ request, params }) =>
      guarded(async () => {
        const mobile = mobileParam(params);
        await readJson(request);
        return inWorld(store, (w) => json(appStart(w, mobile)));
      }),
    ),

    http.post('*/api/phone/:mobile/app/verify', ({ request, params }) =>
      guarded(async () => {
        const mobile = mobileParam(params);
        const b = await body(request, VerifyBody);
        return inWorld(store, (w) => json(appVerify(w, mobile, b.code)));
      }),
    ),

    http.post('*/api/phone/:mobile/app/id-capture', ({ request, params }) =>
      guarded(async () => {
        const mobile = mobileParam(params);
        const b = await body(request, IdCaptureBody);
        return inWorld(store, (w) => json(appIdCapture(w, mobile, b)));
      }),
    ),

    http.post('*/api/phone/:mobile/app/holding-photo', ({ request, params }) =>
      guarded(async () => {
        const mobile = mobileParam(params);
        const b = await body(request, HoldingBody);
        return inWorld(store, (w) => json(appHoldingPhoto(w, mobile, b)));
      }),
    ),

    http.post('*/api/phone/:mobile/app/reset', ({ request, params }) =>
      guarded(async () => {
        const mobile = mobileParam(params);
        await readJson(request);
        return inWorld(store, (w) => json(appReset(w, mobile)));
      }),
    ),
  ];
}
