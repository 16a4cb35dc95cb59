import type { FilingDraft, Website } from '../../../shared/domain/draft';
import type { FilingType } from '../../../shared/domain/filing-types';
import { decideFilingType, type FilingTypeDecision, photoCheckMethod } from '../../../shared/process/index';
import { simDate } from '../clock';
import { ApiError, fieldFinding, refused, validationError } from '../errors';
import { nextId } from '../random';
import type { FiledSubject, FiledWebsite, Order, SimState } from '../schema';
import { plainCopy } from '../tracked';
import { account, iso, normDomain, normId, provinceCodeOf, type World } from './core';
import { orderInProgressFor } from './machine';

/** Start filing: the type decision of 验证备案类型 and the draft order it opens (spec §2). */

export interface TypeDecisionInput {
  province: string;
  city?: string;
  district?: string;
  nature: string;
  idType: string;
  idNumber: string;
  domain: string;
}

function findSubjectByDocument(state: SimState, idNumber: string): FiledSubject | undefined {
  const idn = normId(idNumber);
  return state.subjects.find((s) => s.status === 'filed' && normId(s.data.idNumber) === idn);
}

export function findWebsiteByDomain(
  state: SimState,
  domain: string,
): { subject: FiledSubject; website: FiledWebsite } | undefined {
  const d = normDomain(domain);
  for (const subject of state.subjects) {
    if (subject.status !== 'filed') continue;
    for (const website of subject.websites) {
      if (website.status === 'filed' && (website.data.domains ?? []).some((x) => normDomain(x) === d))
        return { subject, website };
    }
  }
  return undefined;
}

export interface TypeDecisionResult {
  decision: FilingTypeDecision;
  order: Order | null;
  subjectId: string | null;
  startFrom: 'order' | 'my-filings' | 'claim';
}

export function decideType(w: World, input: TypeDecisionInput, create: boolean): TypeDecisionResult {
  const { state } = w;
  const provinceCode = provinceCodeOf(input.province);
  if (!provinceCode) {
    throw validationError({
      'subject.province': [
        fieldFinding('subject.province', 'sim.province', {
          zh: '请选择主办单位所属区域（省份）',
          en: 'Pick the province of the subject region (主办单位所属区域)',
        }),
      ],
    });
  }
  const subject = findSubjectByDocument(state, input.idNumber);
  const domainHit = findWebsiteByDomain(state, input.domain);
  const subjectFiled = subject ? (subject.accessHere ? 'here' : 'elsewhere') : 'no';
  const domainFiled = domainHit ? (domainHit.website.accessHere ? 'here' : 'elsewhere') : 'no';
  const pending = orderInProgressFor(state, { ...(subject ? { id: subject.id } : {}), idNumber: input.idNumber });
  const decision = decideFilingType({
    subjectFiled,
    domainFiled,
    subjectHasOrderInProgress: pending !== undefined,
    legacyWanwang: subject?.legacyWanwang ?? false,
    domainUnderOtherSubject: domainHit !== undefined && domainHit.subject.id !== subject?.id,
  });
  if (pending) {
    throw new ApiError(
      409,
      'order-in-progress',
      {
        zh: `该主体有进行中的订单 ${pending.id}：请放弃该订单或等待其审核通过`,
        en: `The subject has order ${pending.id} in progress: abandon it or wait for its approval`,
      },
      {
        'subject.idNumber': [
          fieldFinding('subject.idNumber', 'sim.order-in-progress', decision.reason, decision.next, 'spec §2'),
        ],
      },
    );
  }
  if (decision.outcome === 'offline') {
    throw refused('websites[0].domains[0]', 'sim.domain-conflict', decision.reason, decision.next, decision.source);
  }
  if (subject && subject.legacyWanwang === false && subject.accessHere && subject.provinceCode !== provinceCode) {
    throw refused('subject.province', 'sim.province-mismatch', {
      zh: `该主体已在${subject.province}备案，所属区域须与原备案一致`,
      en: `The subject is filed in ${subject.province}; the region must match the existing filing`,
    });
  }
  const base = { decision, subjectId: subject?.id ?? null };
  if (decision.outcome !== 'proceed' || decision.type === 'access-continue' || decision.type === 'new-website-here') {
    return { ...base, order: null, startFrom: 'my-filings' };
  }
  if (!create) return { ...base, order: null, startFrom: decision.type === 'claim' ? 'claim' : 'order' };

  let draft: FilingDraft;
  let websiteId: string | undefined;
  switch (decision.type) {
    case 'first':
      draft = {
        filingType: 'first',
        subject: {
          province: input.province,
          ...(input.city ? { city: input.city } : {}),
          ...(input.district ? { district: input.district } : {}),
          nature: input.nature,
          idType: input.idType,
          idNumber: input.idNumber,
        },
        websites: [{ domains: [normDomain(input.domain)] }],
      };
      break;
    case 'new-website-elsewhere':
      draft = {
        filingType: decision.type,
        subject: plainCopy(subject?.data ?? {}),
        websites: [{ domains: [normDomain(input.domain)] }],
      };
      break;
    case 'access-new': {
      const site = domainHit?.website;
      websiteId = site?.id;
      draft = {
        filingType: decision.type,
        subject: plainCopy(subject?.data ?? {}),
        websites: site ? [websiteDraft(site)] : [],
      };
      break;
    }
    case 'claim':
      draft = {
        filingType: 'claim',
        filingNumber: subject?.filingNumber ?? '',
        subject: plainCopy(subject?.data ?? {}),
        websites: (subject?.websites ?? []).map(websiteDraft),
      };
      break;
    default:
      return { ...base, order: null, startFrom: 'my-filings' };
  }
  const order = createOrder(w, {
    type: decision.type,
    province: subject?.province ?? input.province,
    draft,
    ...(subject ? { subjectId: subject.id } : {}),
    ...(websiteId ? { websiteId } : {}),
    reason: `验证备案类型：${decision.reason.zh}`,
  });
  return { ...base, order, startFrom: decision.type === 'claim' ? 'claim' : 'order' };
}

export function websiteDraft(site: FiledWebsite): Website {
  const data = plainCopy(site.data);
  data.filingNumber = site.filingNumber;
  delete data.serviceNumber;
  return data;
}

export function createOrder(
  w: World,
  o: { type: FilingType; province: string; draft: FilingDraft; subjectId?: string; websiteId?: string; reason: string },
): Order {
  const provinceCode = provinceCodeOf(o.province) ?? '';
  const order: Order = {
    id: nextId(w.state, 'O'),
    accountId: account(w.state).id,
    type: o.type,
    province: o.province,
    provinceCode,
    status: 'draft',
    createdAt: iso(w.at),
    updatedAt: iso(w.at),
    ...(o.subjectId ? { subjectId: o.subjectId } : {}),
    ...(o.websiteId ? { websiteId: o.websiteId } : {}),
    draft: { ...o.draft, filingType: o.type },
    uploads: [],
    photo: { method: photoCheckMethod(provinceCode, o.type, simDate(w.at)), confirmed: false },
    accountCodeVerified: false,
    reviews: [],
    history: [{ at: iso(w.at), from: null, to: 'draft', reason: o.reason, by: 'applicant' }],
    stageSince: iso(w.at),
  };
  w.state.orders.push(order);
  return order;
}
