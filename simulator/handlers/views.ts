import { FILING_TYPE_LABELS } from '../../shared/domain/filing-types';
import { appKindOf } from '../../shared/formats/app-formats';
import { APP_FILING_TYPES } from '../../shared/process/app-plan';
import { SERVICE_NUMBER_PRODUCTS, type StepId } from '../../shared/process/index';
import { formatChina } from '../state/clock';
import { CARRIER_LABELS, STATUS_LABELS, UPLOAD_KIND_LABELS } from '../state/data';
import type { FiledSubject, Instance, Order, ServiceNumber, Upload } from '../state/schema';
import {
  account,
  carrierOf,
  facePrincipals,
  inProgress,
  instanceEligibility,
  monthsRemaining,
  ORDER_MACHINE,
  type OrderAction,
  orderInProgressFor,
  orderSteps,
  requiredUploads,
  reviewDueAt,
  stageOf,
  subjectActions,
  type World,
} from '../state/world';

/** JSON shapes of simulator/API.md. Secrets (codes, passwords) never leave through /api views. */

export function uploadView(u: Upload) {
  return {
    id: u.id,
    kind: u.kind,
    kindLabel: UPLOAD_KIND_LABELS[u.kind],
    ...(u.appIndex !== undefined ? { appIndex: u.appIndex } : {}),
    name: u.name,
    mime: u.mime,
    size: u.size,
    at: u.at,
    url: `/api/beian/uploads/${u.id}`,
  };
}

/** How an action of the order machine shows on the filing site (an order view's `actions`); absent: no button. */
const ACTION_BUTTONS: Partial<Record<OrderAction, { name: string; when: (order: Order, steps: StepId[]) => boolean }>> =
  {
    product: { name: 'product', when: (_, steps) => steps.includes('product') },
    'save-subject': { name: 'save-subject', when: (_, steps) => steps.includes('subject') },
    'save-website': { name: 'save-website', when: (_, steps) => steps.includes('website') },
    'save-app': { name: 'save-app', when: (order) => APP_FILING_TYPES.includes(order.type) },
    access: { name: 'access', when: (_, steps) => steps.includes('access-password') },
    'account-code': { name: 'account-code', when: (_, steps) => steps.includes('sms-account-code') },
    upload: { name: 'upload', when: (_, steps) => steps.includes('upload') },
    submit: { name: 'submit', when: () => true },
    backdrop: { name: 'backdrop', when: (order) => order.photo.method === 'backdrop' },
    'photo-upload': { name: 'upload', when: (order) => order.photo.method === 'backdrop' },
    photo: { name: 'photo', when: (order) => order.photo.method === 'backdrop' },
    'app-code': { name: 'app-code', when: (order) => order.photo.method === 'shanghai-app' },
    'photo-confirm': {
      name: 'photo-confirm',
      when: (order) => order.photo.method === 'shanghai-app' && Boolean(order.photo.appCode),
    },
    face: { name: 'face', when: (order) => order.photo.method === 'face' },
    'bureau-sms-check': { name: 'bureau-sms-check', when: () => true },
    abandon: { name: 'abandon', when: () => true },
  };

/** The buttons an order shows: the machine's actions for its status that apply to its type and photo method. */
export function orderActions(w: World, order: Order): string[] {
  const steps = orderSteps(w, order);
  return ORDER_MACHINE[order.status].actions.flatMap((action) => {
    const button = ACTION_BUTTONS[action];
    return button?.when(order, steps) ? [button.name] : [];
  });
}

export function orderView(w: World, order: Order) {
  const { filingPassword, ...draft } = order.draft;
  const last = [...order.reviews].reverse().find((r) => r.decision === 'reject');
  return {
    id: order.id,
    type: order.type,
    typeLabel: FILING_TYPE_LABELS[order.type],
    province: order.province,
    provinceCode: order.provinceCode,
    status: order.status,
    statusLabel: STATUS_LABELS[order.status],
    createdAt: order.createdAt,
    updatedAt: order.updatedAt,
    subjectId: order.subjectId ?? null,
    websiteId: order.websiteId ?? null,
    draft: { ...draft, ...(filingPassword ? { filingPassword: '******' } : {}) },
    product: order.product ?? null,
    serviceNumbers: (order.draft.websites ?? []).map((s) => s.serviceNumber ?? null),
    uploads: order.uploads
      .map((id) => w.state.uploads.find((u) => u.id === id))
      .filter((u) => u !== undefined)
      .map(uploadView),
    requiredUploads: requiredUploads(order),
    photo: {
      method: order.photo.method,
      backdrop: order.photo.backdrop ?? null,
      photoUploadId: order.photo.photoUploadId ?? null,
      appCode: order.photo.appCode ?? null,
      appPhoto: order.photo.appPhoto ?? null,
      face:
        order.photo.method === 'face'
          ? facePrincipals(order).map((p) => ({
              ...p,
              verified: (order.photo.faceVerified ?? []).includes(p.mobile),
            }))
          : null,
      confirmed: order.photo.confirmed,
    },
    sms: order.sms
      ? {
          required: true,
          validHours: order.sms.validHours,
          sentAt: order.sms.sentAt,
          expiresAt: order.sms.expiresAt,
          phones: order.sms.codes.map((c) => ({
            mobile: c.mobile,
            roles: c.roles,
            sentAt: c.sentAt,
            delivered: Date.parse(c.sentAt) <= w.at,
            verified: c.verified,
            wrongIdTails: c.wrongIdTails,
          })),
        }
      : null,
    accountCodeVerified: order.accountCodeVerified,
    reviews: order.reviews,
    history: order.history,
    steps: orderSteps(w, order),
    actions: orderActions(w, order),
    lastRejection: last ? { stage: last.stage, reason: last.reason, at: last.at } : null,
    result: order.result ?? null,
  };
}

export function orderSummary(order: Order) {
  return {
    id: order.id,
    type: order.type,
    typeLabel: FILING_TYPE_LABELS[order.type],
    province: order.province,
    status: order.status,
    statusLabel: STATUS_LABELS[order.status],
    subjectName: order.draft.subject?.name ?? null,
    domains: (order.draft.websites ?? []).flatMap((s) => s.domains ?? []),
    updatedAt: order.updatedAt,
  };
}

const SUBJECT_STATUS_LABELS = {
  filed: { zh: '已备案', en: 'Filed' },
  cancelled: { zh: '已注销', en: 'Cancelled' },
} as const;

export function subjectView(w: World, s: FiledSubject) {
  const pending = orderInProgressFor(w.state, { id: s.id });
  return {
    id: s.id,
    name: s.data.name ?? '',
    province: s.province,
    nature: s.data.nature ?? '',
    idType: s.data.idType ?? '',
    idNumber: s.data.idNumber ?? '',
    filingNumber: s.filingNumber,
    status: s.status,
    statusLabel: SUBJECT_STATUS_LABELS[s.status],
    accessHere: s.accessHere,
    websites: s.websites.map((site) => ({
      id: site.id,
      name: site.data.name ?? '',
      domains: site.data.domains ?? [],
      homeUrl: site.data.homeUrl ?? '',
      filingNumber: site.filingNumber,
      status: site.status,
      statusLabel: SUBJECT_STATUS_LABELS[site.status],
      accessHere: site.accessHere,
      serviceNumber: site.serviceNumber ?? null,
    })),
    apps: (s.apps ?? []).map((app) => ({
      id: app.id,
      name: app.data.name ?? '',
      kind: appKindOf(app.data.kind) ?? 'app',
      filingNumber: app.filingNumber,
      status: app.status,
      statusLabel: SUBJECT_STATUS_LABELS[app.status],
    })),
    orderInProgress: pending ? { id: pending.id, type: pending.type, status: pending.status } : null,
    actions: subjectActions(w.state, s),
  };
}

export function productLabel(id: string) {
  return SERVICE_NUMBER_PRODUCTS.find((p) => p.id === id)?.label ?? { zh: id, en: id };
}

export function instanceView(w: World, i: Instance) {
  const issued = w.state.serviceNumbers.filter(
    (n) => n.instanceId === i.id && (!n.deleted || n.status === '已使用'),
  ).length;
  return {
    id: i.id,
    product: i.product,
    productLabel: productLabel(i.product),
    name: i.name,
    region: i.region,
    regionName: i.regionName,
    publicIp: i.publicIp ?? null,
    billing: i.billing,
    purchasedMonths: i.purchasedMonths,
    createdAt: i.createdAt,
    expiresAt: i.expiresAt ?? null,
    monthsRemaining: monthsRemaining(i, w.at),
    publicBandwidth: i.publicBandwidth ?? false,
    numbersIssued: issued,
    eligibility: instanceEligibility(w, i),
  };
}

export function serviceNumberView(n: ServiceNumber) {
  return {
    number: n.number,
    instanceId: n.instanceId,
    product: n.product,
    productLabel: productLabel(n.product),
    status: n.status,
    orderId: n.orderId ?? null,
    websiteId: n.websiteId ?? null,
    createdAt: n.createdAt,
  };
}

export function sessionView(w: World) {
  const a = account(w.state);
  const s = w.state.settings;
  return {
    account: { id: a.id, name: a.name, loginName: a.loginName, phone: a.phone },
    now: w.state.clock.now,
    settings: {
      captcha: s.captcha,
      mobileVerification: s.mobileVerification,
      smsValidHours: s.smsValidHours,
      smsValidHoursSource: s.smsValidHoursSource,
      autoReview: s.autoReview,
    },
  };
}

export function carrierView(w: World, mobile: string) {
  const carrier = carrierOf(w.state, mobile);
  return { carrier, carrierLabel: CARRIER_LABELS[carrier] };
}

export function pendingReviews(w: World) {
  return w.state.orders
    .filter((o) => inProgress(o) && stageOf(o.status))
    .map((o) => ({
      orderId: o.id,
      stage: stageOf(o.status),
      type: o.type,
      typeLabel: FILING_TYPE_LABELS[o.type],
      province: o.province,
      subjectName: o.draft.subject?.name ?? null,
      since: o.stageSince ?? o.updatedAt,
      dueAt: dueIso(o),
    }));
}

function dueIso(o: Order): string | null {
  const due = reviewDueAt(o);
  return due === undefined ? null : formatChina(due);
}
