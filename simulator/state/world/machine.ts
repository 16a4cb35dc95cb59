import type { Bilingual } from '../../../shared/domain/bilingual';
import { plusWorkingDays } from '../clock';
import { REVIEW_DUE_WORKING_DAYS } from '../data';
import { ApiError } from '../errors';
import { ORDER_STATUSES, type Order, type OrderStatus, type ReviewStage, type SimState } from '../schema';
import { instant, iso, normId, pushCapped, type World } from './core';

/**
 * The order state machine (spec §2, §3, §6, §8, §9): for each status, what may be done to an order
 * in it and which statuses can follow. Every status change goes through `transition`, every
 * applicant action is checked by `requireAction`, and the filing site's buttons (`actions` of an
 * order view) are derived from the same table, so the server and the pages cannot drift apart.
 * `simulator/README.md` shows it as a diagram (`scripts/order-machine-diagram.ts` writes it).
 */

/** What can be done to an order. Applicant actions unless said otherwise. */
export type OrderAction =
  | 'product'
  | 'save-subject'
  | 'save-website'
  | 'delete-website'
  | 'save-app'
  | 'delete-app'
  | 'access'
  | 'account-code'
  | 'upload'
  | 'remove-upload'
  | 'submit'
  | 'backdrop'
  | 'photo-upload'
  | 'photo'
  | 'app-code'
  | 'photo-confirm'
  | 'face'
  | 'bureau-sms-check'
  | 'abandon'
  /** A reviewer's decision (console, control API, auto review): the stage is `review` below. */
  | 'review';

/** How the refusal of an action reads ("cannot …"). */
export const ORDER_ACTION_LABELS: Record<OrderAction, Bilingual> = {
  product: { zh: '产品验证', en: 'verify the product' },
  'save-subject': { zh: '修改主体信息', en: 'edit the subject' },
  'save-website': { zh: '修改网站信息', en: 'edit a website' },
  'delete-website': { zh: '删除网站', en: 'delete a website' },
  'save-app': { zh: '修改APP信息', en: 'edit an app' },
  'delete-app': { zh: '删除APP', en: 'delete an app' },
  access: { zh: '填写备案密码', en: 'enter the filing password' },
  'account-code': { zh: '输入账号手机验证码', en: "enter the account phone's code" },
  upload: { zh: '上传资料', en: 'upload documents' },
  'remove-upload': { zh: '删除资料', en: 'delete a document' },
  submit: { zh: '提交备案', en: 'submit' },
  backdrop: { zh: '申请幕布', en: 'request a backdrop' },
  'photo-upload': { zh: '上传幕布照片', en: 'upload the backdrop photo' },
  photo: { zh: '提交幕布照片', en: 'submit the backdrop photo' },
  'app-code': { zh: '输入APP核验码', en: 'enter the app code' },
  'photo-confirm': { zh: '确认照片', en: 'confirm the photo' },
  face: { zh: '人脸核验', en: 'verify the face' },
  'bureau-sms-check': { zh: '短信核验', en: 'do the SMS check' },
  abandon: { zh: '放弃订单', en: 'abandon the order' },
  review: { zh: '审核', en: 'review' },
};

export interface OrderStatusEntry {
  /** What may be done in this status, in the order the filing site shows its buttons. */
  actions: readonly OrderAction[];
  /** The statuses that can follow, each with when (English, shown in the diagram). */
  next: Partial<Record<OrderStatus, string>>;
  /** The review stage waiting in this status (design §6 `POST /__sim/orders/:id/review`). */
  review?: ReviewStage;
}

const EDITING: readonly OrderAction[] = [
  'product',
  'save-subject',
  'save-website',
  'delete-website',
  'save-app',
  'delete-app',
  'access',
  'account-code',
  'upload',
  'remove-upload',
  'submit',
  'abandon',
];

/** Where a submission goes (spec §3 step 6; §6.2 straight back to the SMS check when data is unchanged). */
const SUBMITTED: Partial<Record<OrderStatus, string>> = {
  'initial-review': 'submit (types with a provider review)',
  'sms-check': 'submit, to the bureau with SMS check',
  'bureau-review': 'submit, to the bureau without SMS check',
  rejected: 'submit, bureau refuses the filing password',
  abandoned: 'abandon',
};

export const ORDER_MACHINE: Record<OrderStatus, OrderStatusEntry> = {
  draft: { actions: EDITING, next: SUBMITTED },
  'initial-review': {
    actions: ['review', 'abandon'],
    review: 'initial',
    next: {
      'photo-check': 'initial approved, photo needed',
      'sms-check': 'initial approved, to the bureau with SMS check',
      'bureau-review': 'initial approved, to the bureau',
      approved: 'claim review approved',
      rejected: 'initial rejected, or filing password wrong',
      abandoned: 'abandon',
    },
  },
  'photo-check': {
    actions: ['backdrop', 'photo-upload', 'photo', 'remove-upload', 'app-code', 'photo-confirm', 'face', 'abandon'],
    next: {
      'photo-review': 'backdrop photo submitted, app photo confirmed or every principal face-verified',
      abandoned: 'abandon',
    },
  },
  'photo-review': {
    actions: ['review', 'abandon'],
    review: 'photo',
    next: {
      'photo-check': 'photo rejected',
      'sms-check': 'photo approved, to the bureau with SMS check',
      'bureau-review': 'photo approved, to the bureau',
      rejected: 'filing password wrong',
      abandoned: 'abandon',
    },
  },
  'sms-check': {
    actions: ['bureau-sms-check', 'abandon'],
    next: {
      'bureau-review': 'every phone verified',
      returned: 'window ran out, or ID tail wrong 5 times',
      abandoned: 'abandon',
    },
  },
  'bureau-review': {
    actions: ['review'],
    review: 'bureau',
    next: { approved: 'bureau approved', rejected: 'bureau rejected' },
  },
  approved: { actions: [], next: {} },
  rejected: { actions: EDITING, next: SUBMITTED },
  returned: { actions: EDITING, next: SUBMITTED },
  abandoned: { actions: [], next: {} },
};

/** Finished: nothing can follow (an order in progress blocks a new one for its subject). */
export function inProgress(order: Order): boolean {
  return Object.keys(ORDER_MACHINE[order.status].next).length > 0;
}

/** The order in progress for a subject (by record id, or by document number before it is filed). */
export function orderInProgressFor(
  state: SimState,
  subject: { id?: string; idNumber?: string },
  exceptId?: string,
): Order | undefined {
  const idn = subject.idNumber ? normId(subject.idNumber) : undefined;
  return state.orders.find(
    (o) =>
      o.id !== exceptId &&
      inProgress(o) &&
      ((subject.id !== undefined && o.subjectId === subject.id) ||
        (idn !== undefined && idn !== '' && normId(o.draft.subject?.idNumber) === idn)),
  );
}

export function allows(status: OrderStatus, action: OrderAction): boolean {
  return ORDER_MACHINE[status].actions.includes(action);
}

/** 409 unless the order's status allows the action. */
export function requireAction(order: Order, action: OrderAction): void {
  if (!allows(order.status, action)) {
    const label = ORDER_ACTION_LABELS[action];
    throw new ApiError(409, 'wrong-status', {
      zh: `订单状态为"${order.status}"，不能${label.zh}`,
      en: `The order is "${order.status}": cannot ${label.en}`,
    });
  }
}

/** The one way an order's status changes; a move the machine does not have is a bug, never silent. */
export function transition(w: World, order: Order, to: OrderStatus, reason: string, by: string): void {
  if (ORDER_MACHINE[order.status].next[to] === undefined) {
    throw new Error(`order machine: no transition ${order.status} → ${to} (order ${order.id})`);
  }
  pushCapped(w.state, 'history', order.history, { at: iso(w.at), from: order.status, to, reason, by });
  order.status = to;
  order.updatedAt = iso(w.at);
  order.stageSince = iso(w.at);
}

export function stageOf(status: OrderStatus): ReviewStage | undefined {
  return ORDER_MACHINE[status].review;
}

/** The status in which a review stage waits. */
export function reviewStatus(stage: ReviewStage): OrderStatus {
  const status = ORDER_STATUSES.find((s) => ORDER_MACHINE[s].review === stage);
  if (!status) throw new Error(`order machine: no status waits for the ${stage} review`);
  return status;
}

export function reviewDueAt(order: Order): number | undefined {
  const stage = stageOf(order.status);
  if (!stage || !order.stageSince) return undefined;
  return plusWorkingDays(instant(order.stageSince), REVIEW_DUE_WORKING_DAYS[stage].days);
}
