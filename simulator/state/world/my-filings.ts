import type { FilingDraft, Website } from '../../../shared/domain/draft';
import type { FilingType } from '../../../shared/domain/filing-types';
import { actionsAvailable } from '../../../shared/process/index';
import { ApiError, notFound, refused } from '../errors';
import type { FiledSubject, Order, SimState } from '../schema';
import { plainCopy } from '../tracked';
import { account, findSubject, type World } from './core';
import { orderInProgressFor } from './machine';
import { createOrder, websiteDraft } from './type-decision';

/** My filings: what a filed subject may start, and starting it (spec §2); claims of legacy 万网 filings. */

export function mySubjects(state: SimState): FiledSubject[] {
  const me = account(state).id;
  return state.subjects.filter((s) => s.accountId === me && (s.accessHere || s.status === 'cancelled'));
}

export function subjectActions(state: SimState, subject: FiledSubject): FilingType[] {
  return actionsAvailable({
    filedHere: subject.accessHere && subject.status === 'filed',
    orderInProgress: orderInProgressFor(state, { id: subject.id }) !== undefined,
  });
}

export interface StartOrderInput {
  type: FilingType;
  subjectId?: string;
  websiteId?: string;
  filingNumber?: string;
}

/** Start an order from a subject's page in "my filings" (spec §2), or a claim by its filing number. */
export function startOrder(w: World, input: StartOrderInput): Order {
  const { state } = w;
  if (input.type === 'claim') {
    const subject = state.subjects.find(
      (s) =>
        s.legacyWanwang &&
        s.status === 'filed' &&
        (s.id === input.subjectId || s.filingNumber === input.filingNumber?.trim()),
    );
    if (!subject) {
      throw refused('filingNumber', 'sim.claim-unknown', {
        zh: '没有找到可认领的原万网备案：请核对备案号（仅限 2010 年 6 月前在万网备案且未转出的备案）',
        en: 'No legacy 万网 filing to claim: check the filing number (only filings made with 万网 before 2010-06 and never moved)',
      });
    }
    assertNoOrder(state, subject);
    return createOrder(w, {
      type: 'claim',
      province: subject.province,
      subjectId: subject.id,
      draft: {
        filingNumber: subject.filingNumber,
        subject: plainCopy(subject.data),
        websites: subject.websites.map(websiteDraft),
      },
      reason: '认领原万网备案',
    });
  }
  const subject = findSubject(state, input.subjectId);
  if (!subject || subject.accountId !== account(state).id) {
    throw notFound({
      zh: `主体 ${input.subjectId ?? ''} 不存在`,
      en: `No subject ${input.subjectId ?? ''} in this account`,
    });
  }
  assertNoOrder(state, subject);
  if (!subjectActions(state, subject).includes(input.type)) {
    throw refused(undefined, 'sim.action-unavailable', {
      zh: `该主体当前不能办理"${input.type}"`,
      en: `"${input.type}" is not available for this subject now`,
    });
  }
  const base: FilingDraft = { filingNumber: subject.filingNumber, subject: plainCopy(subject.data) };
  let websiteId: string | undefined;
  let websites: Website[] | undefined;
  const needsWebsite =
    input.type === 'change-website' || input.type === 'cancel-website' || input.type === 'access-continue';
  if (needsWebsite) {
    const site = subject.websites.find((s) => s.id === input.websiteId && s.status === 'filed');
    if (!site) {
      throw refused('websiteId', 'sim.website-required', {
        zh: '请选择要操作的网站',
        en: 'Pick the website this action is for',
      });
    }
    if (input.type === 'access-continue' && site.accessHere) {
      throw refused('websiteId', 'sim.already-here', {
        zh: '该网站已接入本平台，无需继续接入',
        en: 'This website is already hosted here; no access filing needed',
      });
    }
    if (input.type !== 'access-continue' && !site.accessHere) {
      throw refused('websiteId', 'sim.not-here', {
        zh: '该网站未接入本平台，不能在此变更或注销',
        en: 'This website is not hosted here; it cannot be changed or cancelled here',
      });
    }
    websiteId = site.id;
    websites = [websiteDraft(site)];
  }
  let draft: FilingDraft;
  switch (input.type) {
    case 'new-website-here':
      draft = { ...base, websites: [] };
      break;
    case 'change-subject':
      draft = base;
      break;
    case 'cancel-subject':
    case 'cancel-access':
      draft = { filingNumber: subject.filingNumber };
      break;
    case 'cancel-website':
      draft = {
        filingNumber: subject.filingNumber,
        websites: (websites ?? []).map((s) => ({ name: s.name, domains: s.domains, filingNumber: s.filingNumber })),
      };
      break;
    default:
      draft = { ...base, websites: websites ?? [] };
  }
  return createOrder(w, {
    type: input.type,
    province: subject.province,
    subjectId: subject.id,
    ...(websiteId ? { websiteId } : {}),
    draft,
    reason: `我的备案：${input.type}`,
  });
}

function assertNoOrder(state: SimState, subject: FiledSubject): void {
  const pending = orderInProgressFor(state, { id: subject.id, idNumber: subject.data.idNumber });
  if (pending) {
    throw new ApiError(409, 'order-in-progress', {
      zh: `该主体有进行中的订单 ${pending.id}（${pending.status}）：请放弃该订单或等待其审核通过后再操作`,
      en: `The subject has order ${pending.id} in progress (${pending.status}): abandon it or wait for its approval first`,
    });
  }
}
