import type { Bilingual } from '../../../shared/domain/bilingual';
import { FULL_FORM_TYPES, PASSWORD_FILING_TYPES } from '../../../shared/domain/filing-types';
import type { Finding } from '../../../shared/domain/finding';
import { appSmsPhones } from '../../../shared/process/app-plan';
import { photoCheckMethod, smsCheckPhones } from '../../../shared/process/index';
import { simDate } from '../clock';
import { REJECTION_REASONS } from '../data';
import { addFinding, fieldFinding, refused, validationError } from '../errors';
import type { Order, ReviewStage } from '../schema';
import { applyApproval } from './approval';
import { appSubmitFindings, filesApps } from './apps';
import {
  account,
  draftHash,
  findOrder,
  findSubject,
  hasStep,
  iso,
  notice,
  orderSteps,
  stableStringify,
  type World,
} from './core';
import { ruleErrors } from './editing';
import { requireAction, reviewStatus, transition } from './machine';
import { releaseNumber } from './service-numbers';
import { startSmsCheck } from './sms-check';
import { requiredUploads } from './uploads';

/** What the applicant is asked to do after the initial review, per photo-check method. */
const PHOTO_CHECK_NAMES: Record<Order['photo']['method'], string> = {
  backdrop: '幕布拍照核验 (spec §8)',
  'shanghai-app': '上海管局APP核验 (spec §9)',
  face: '电子核验：互联网信息服务负责人在服务商App中完成人脸识别',
  none: '核验',
};

/** Submission and reviews: the provider's initial review, the photo review, the bureau (spec §3, §6, §8). */

function submitFindings(w: World, order: Order): Record<string, Finding[]> {
  const fields: Record<string, Finding[]> = {};
  const add = (field: string, rule: string, message: Bilingual, fix?: Bilingual, source?: string) => {
    addFinding(fields, field, fieldFinding(field, rule, message, fix, source));
  };
  const steps = orderSteps(w, order);
  if (FULL_FORM_TYPES.includes(order.type)) {
    const { errors } = ruleErrors(w, order, { ...order.draft, filingType: order.type }, []);
    Object.assign(fields, errors);
    if (steps.includes('subject') && !order.draft.subject?.name) {
      add(
        'subject.name',
        'sim.subject-missing',
        { zh: '请填写并保存主体信息', en: 'Fill in and save the subject information' },
        undefined,
        'spec §3 step 3',
      );
    }
    // An order that files apps may have no website (an individual files them in separate orders).
    if (steps.includes('website') && !filesApps(order) && !(order.draft.websites ?? []).some((s) => s.name)) {
      add(
        'websites[0].name',
        'sim.website-missing',
        { zh: '请至少填写并保存一个网站', en: 'Fill in and save at least one website' },
        undefined,
        'spec §3 step 4',
      );
    }
    Object.assign(fields, appSubmitFindings(w, order));
  }
  if (steps.includes('product')) {
    (order.draft.websites ?? []).forEach((site, i) => {
      if (!site.serviceNumber) {
        add(
          `websites[${i}].serviceNumber`,
          'sim.service-number-missing',
          { zh: '该网站没有备案服务号', en: 'This website has no service number' },
          {
            zh: '完成产品验证后重新保存网站',
            en: 'Verify the product, then save the website again',
          },
          'spec §7',
        );
      }
    });
  }
  const present = new Set(order.uploads.map((id) => w.state.uploads.find((u) => u.id === id)?.kind));
  for (const kind of requiredUploads(order)) {
    if (!present.has(kind as never)) {
      add(
        `upload.${kind}`,
        'sim.upload-missing',
        { zh: '请上传该资料', en: 'Upload this document' },
        undefined,
        'spec §3 step 5',
      );
    }
  }
  if (PASSWORD_FILING_TYPES.includes(order.type) && !order.draft.filingPassword) {
    add(
      'filingPassword',
      'sim.password-missing',
      { zh: '请输入 ICP 备案密码', en: 'Enter the ICP filing password' },
      undefined,
      'spec §2, §4.4',
    );
  }
  if (order.type === 'cancel-access' && !order.accountCodeVerified) {
    add(
      'accountCode',
      'sim.account-code-missing',
      { zh: '请输入发送到账号手机的验证码', en: "Enter the code sent to the account's phone" },
      undefined,
      'spec §2 取消接入',
    );
  }
  return fields;
}

export function submitOrder(w: World, orderId: string): Order {
  const order = findOrder(w.state, orderId);
  requireAction(order, 'submit');
  // spec §6.2: data unchanged since the bureau submission → straight back to the SMS check.
  if (order.status === 'returned' && order.bureauSnapshot === draftHash(order.draft)) {
    toBureau(w, order, '退回后信息无需修改，重新提交备案 (spec §6.2)', 'applicant');
    return order;
  }
  const fields = submitFindings(w, order);
  if (Object.keys(fields).length) throw validationError(fields);
  const steps = orderSteps(w, order);
  if (steps.includes('initial-review') || steps.includes('claim-review')) {
    const reason =
      order.status === 'returned'
        ? '退回后修改信息并重新提交，接入商重新初审 (spec §6.2)'
        : order.type === 'claim'
          ? '提交认领申请 (spec §2)'
          : '提交备案，等待接入商初审 (spec §3 step 6)';
    transition(w, order, 'initial-review', reason, 'applicant');
  } else {
    toBureau(w, order, '提交备案，接入商提交管局', 'applicant');
  }
  return order;
}

export function abandonOrder(w: World, orderId: string): Order {
  const order = findOrder(w.state, orderId);
  requireAction(order, 'abandon');
  for (const n of w.state.serviceNumbers) if (n.orderId === order.id) releaseNumber(n);
  transition(w, order, 'abandoned', '申请人放弃订单', 'applicant');
  return order;
}

export function rejectionReasonText(stage: ReviewStage, reason: string | undefined): string {
  if (reason?.trim()) {
    const known = REJECTION_REASONS.find((r) => r.id === reason.trim());
    return known ? known.text.zh : reason.trim();
  }
  return REJECTION_REASONS.find((r) => r.stages.includes(stage))?.text.zh ?? '审核未通过';
}

/** A reviewer's decision (design §6 control API; the console; auto review). */
export function review(
  w: World,
  orderId: string,
  stage: ReviewStage,
  decision: 'approve' | 'reject',
  reason: string | undefined,
  by = 'reviewer',
): Order {
  const order = findOrder(w.state, orderId);
  if (order.status !== reviewStatus(stage)) {
    throw refused('stage', 'sim.stage-mismatch', {
      zh: `订单 ${order.id} 状态为"${order.status}"，不在"${stage}"审核阶段`,
      en: `Order ${order.id} is "${order.status}", not waiting for the "${stage}" review`,
    });
  }
  const text = decision === 'approve' ? reason?.trim() || '审核通过' : rejectionReasonText(stage, reason);
  order.reviews.push({ stage, decision, reason: text, at: iso(w.at) });
  const me = account(w.state);
  if (stage === 'initial') {
    if (decision === 'reject') {
      transition(w, order, 'rejected', `${order.type === 'claim' ? '认领审核' : '初审'}驳回：${text}`, by);
      notice(w, me.phone, `您的备案订单 ${order.id} 初审未通过：${text}`, order.id);
    } else if (order.type === 'claim') {
      transition(w, order, 'approved', `认领审核通过：${text}`, by);
      applyApproval(w, order);
    } else if (hasStep(w, order, 'photo-check') && !photoStillValid(order)) {
      order.photo.method = photoCheckMethod(order.provinceCode, order.type, simDate(w.at));
      transition(w, order, 'photo-check', `初审通过，请进行${PHOTO_CHECK_NAMES[order.photo.method]}`, by);
      notice(w, me.phone, `您的备案订单 ${order.id} 已通过初审，请完成拍照核验。`, order.id);
    } else {
      toBureau(w, order, `初审通过：${text}`, by);
    }
  } else if (stage === 'photo') {
    if (decision === 'reject') {
      order.photo = {
        method: order.photo.method,
        ...(order.photo.backdrop ? { backdrop: order.photo.backdrop } : {}),
        confirmed: false,
      };
      // spec §9: after a rejection the app is deleted and reinstalled; its old picture code is void.
      for (const app of w.state.phoneApps) {
        if (app.orderId !== order.id) continue;
        app.step = 'install';
        delete app.pictureCode;
      }
      transition(
        w,
        order,
        'photo-check',
        `照片审核驳回：${text}${order.photo.method === 'shanghai-app' ? '（请删除APP重新安装后再次核验，spec §9）' : ''}`,
        by,
      );
      notice(w, me.phone, `您的备案订单 ${order.id} 照片审核未通过：${text}`, order.id);
    } else {
      order.photo.approvedFor = principalsHash(order);
      toBureau(w, order, `照片审核通过，接入商提交管局：${text}`, by);
    }
  } else if (decision === 'reject') {
    transition(w, order, 'rejected', `管局审核驳回：${text}`, by);
    notice(w, me.phone, `您的备案订单 ${order.id} 管局审核未通过：${text}`, order.id);
  } else {
    transition(w, order, 'approved', `管局审核通过：${text}`, by);
    applyApproval(w, order);
  }
  return order;
}

function principalsHash(order: Order): string {
  return stableStringify((order.draft.websites ?? []).map((s) => s.principal ?? {}));
}

/** A photo approved earlier stays valid while the website principals are unchanged (after a bureau rejection). */
function photoStillValid(order: Order): boolean {
  return order.photo.approvedFor !== undefined && order.photo.approvedFor === principalsHash(order);
}

/** The provider submits the order to the bureau: password check, then SMS check or bureau review. */
function toBureau(w: World, order: Order, reason: string, by: string): void {
  if (PASSWORD_FILING_TYPES.includes(order.type)) {
    const subject = findSubject(w.state, order.subjectId);
    if (!subject || order.draft.filingPassword !== subject.password) {
      // Decision: MIIT holds the password, so the bureau — not the filing site — refuses it, at the
      // moment the order reaches it (spec §2: "a wrong password gets the application rejected by the bureau").
      const text = rejectionReasonText('bureau', 'filing-password');
      order.reviews.push({ stage: 'bureau', decision: 'reject', reason: text, at: iso(w.at) });
      transition(w, order, 'rejected', `${reason}；管局驳回：${text}`, 'bureau');
      notice(w, account(w.state).phone, `您的备案订单 ${order.id} 被管局驳回：${text}`, order.id);
      return;
    }
  }
  order.bureauSnapshot = draftHash(order.draft);
  // Who gets codes follows the dated rows for the simulated day (e.g. 注销 verifies since 2020-08-17).
  // App principals verify like website principals (shared/process app-plan, as in the plan).
  const phones = [
    ...new Set([
      ...smsCheckPhones(order.draft, order.type, undefined, simDate(w.at)),
      ...appSmsPhones(order.draft, order.type),
    ]),
  ];
  const needsSms = hasStep(w, order, 'sms-check') && phones.length > 0;
  const recipients = needsSms ? phones : [account(w.state).phone];
  for (const to of recipients)
    notice(w, to, `您的备案订单 ${order.id} 已提交至${order.province}通信管理局。`, order.id);
  if (needsSms) startSmsCheck(w, order, phones, reason, by);
  else transition(w, order, 'bureau-review', `${reason}；已提交管局审核`, by);
}
