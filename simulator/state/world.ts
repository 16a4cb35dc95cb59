import type { Bilingual } from '../../shared/domain/bilingual';
import type { FilingDraft, Principal, Subject, Website } from '../../shared/domain/draft';
import { type FilingType, FULL_FORM_TYPES, PASSWORD_FILING_TYPES } from '../../shared/domain/filing-types';
import type { Finding } from '../../shared/domain/finding';
import { mobileFormat } from '../../shared/formats/phone';
import {
  actionsAvailable,
  decideFilingType,
  type FilingTypeDecision,
  normaliseMobile,
  photoCheckMethod,
  resolveProvinceCode,
  SERVICE_NUMBER_PRODUCTS,
  type ServiceNumberEligibility,
  type ServiceNumberProductId,
  SMS_CODE_RULES,
  type StepId,
  serviceNumberEligibility,
  smsCheckPhones,
  stepsFor,
} from '../../shared/process/index';
import { checkDraft } from '../../shared/rules/engine';
import { formatChina, parseInstant, plusWorkingDays, simDate, simNow } from './clock';
import {
  ICP_ABBREVIATIONS,
  PROVIDER_SENDER,
  REJECTION_REASONS,
  REQUIRED_UPLOADS,
  REVIEW_DUE_WORKING_DAYS,
} from './data';
import { ApiError, addFinding, fieldFinding, notFound, refused, validationError } from './errors';
import { nextId, randomChars, randomDigits } from './random';
import {
  type Carrier,
  FINISHED_STATUSES,
  type FiledSubject,
  type FiledWebsite,
  type Instance,
  type Order,
  type OrderStatus,
  type ReviewStage,
  type ServiceNumber,
  type SimState,
  type SmsCode,
  type SmsKind,
} from './schema';
import type { BlobStore, Tx } from './store';

/**
 * The simulated world's behaviour: every state transition of every filing type (spec §2, §3), the
 * bureau's SMS check (spec §6), service numbers (spec §7), the Shanghai app (spec §9), and the lazy
 * evaluation of time (expiry, auto review). Handlers only parse requests and call these functions.
 */

export interface World {
  state: SimState;
  /** Simulated now (ms). */
  now: number;
  /** Time of the transition being applied: `now`, or an earlier due time while catching up. */
  at: number;
  blobs: BlobStore;
}

/** Open the world inside a store transaction and catch up with the clock (lazy evaluation). */
export function openWorld(tx: Tx): World {
  const now = simNow(tx.state, tx.realNow);
  const w: World = { state: tx.state, now, at: now, blobs: tx.blobs };
  catchUp(w);
  return w;
}

export const iso = (ms: number) => formatChina(ms);
const t = (ms: string | undefined) => parseInstant(ms ?? '') ?? 0;

// ── Small helpers ───────────────────────────────────────────────────────────────────────────────

export function account(state: SimState) {
  const a = state.accounts[0];
  if (!a) throw new Error('the world has no account');
  return a;
}

export function normId(s: string | undefined): string {
  return (s ?? '').normalize('NFKC').replace(/\s/g, '').toUpperCase();
}

export function normDomain(s: string | undefined): string {
  return (s ?? '')
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/\/.*$/, '')
    .replace(/^www\./, '');
}

export function idTail(idNumber: string | undefined): string {
  return normId(idNumber).slice(-6);
}

export function carrierOf(state: SimState, mobile: string): Carrier {
  const override = state.carriers[mobile];
  if (override) return override;
  // The segment table lives in shared/formats/phone.ts (one source for the checker and the simulator).
  const details = mobileFormat.check(mobile).details;
  const carrier = details?.carrier ?? 'unknown';
  if (carrier === 'broadnet') return 'broadcast';
  if (carrier === 'data-only') return details?.network && details.network !== 'broadnet' ? details.network : 'unknown';
  return carrier;
}

/** MIIT's sender number for a carrier; virtual operators (and carriers the spec does not list) have none (spec §6.2). */
export function miitSender(carrier: Carrier): string | null {
  if (carrier === 'mobile' || carrier === 'unicom' || carrier === 'telecom') return SMS_CODE_RULES.senders[carrier];
  return null;
}

export function provinceCodeOf(name: string | undefined): string | undefined {
  return resolveProvinceCode(name);
}

function transition(w: World, order: Order, to: OrderStatus, reason: string, by: string): void {
  order.history.push({ at: iso(w.at), from: order.status, to, reason, by });
  order.status = to;
  order.updatedAt = iso(w.at);
  order.stageSince = iso(w.at);
}

export function sendSms(
  w: World,
  sms: { to: string; text: string; kind: SmsKind; code?: string; from?: string | null; orderId?: string; at?: number },
): void {
  w.state.sms.push({
    id: nextId(w.state, 'M'),
    to: sms.to,
    from: sms.from === undefined ? PROVIDER_SENDER : sms.from,
    text: sms.text,
    code: sms.code ?? null,
    sentAt: iso(sms.at ?? w.at),
    kind: sms.kind,
    ...(sms.orderId ? { orderId: sms.orderId } : {}),
  });
}

const PROVIDER_SIGN = '【云备案】';

function notice(w: World, to: string | undefined, text: string, orderId?: string): void {
  const mobile = normaliseMobile(to);
  if (mobile)
    sendSms(w, { to: mobile, text: `${PROVIDER_SIGN}${text}`, kind: 'notice', ...(orderId ? { orderId } : {}) });
}

export function findOrder(state: SimState, id: string): Order {
  const order = state.orders.find((o) => o.id === id);
  if (!order) throw notFound({ zh: `订单 ${id} 不存在`, en: `No order ${id}` });
  return order;
}

export function findSubject(state: SimState, id: string | undefined): FiledSubject | undefined {
  return id ? state.subjects.find((s) => s.id === id) : undefined;
}

export function inProgress(order: Order): boolean {
  return !FINISHED_STATUSES.includes(order.status);
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

function requireStatus(order: Order, allowed: readonly OrderStatus[], action: Bilingual): void {
  if (!allowed.includes(order.status)) {
    throw new ApiError(409, 'wrong-status', {
      zh: `订单状态为"${order.status}"，不能${action.zh}`,
      en: `The order is "${order.status}": cannot ${action.en}`,
    });
  }
}

/** Stable text of the draft parts the bureau sees (spec §6.2: "data need no change"). */
export function draftHash(draft: FilingDraft): string {
  const { date: _d, smsCheck: _s, ...rest } = draft;
  return stableStringify(rest);
}

function stableStringify(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableStringify).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v)
      .sort()
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${stableStringify((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

// ── Steps of an order (shared/process) ─────────────────────────────────────────────────────────

export function orderSteps(w: World, order: Order): StepId[] {
  return stepsFor(order.type, order.provinceCode, simDate(w.at)).map((s) => s.id);
}

function hasStep(w: World, order: Order, id: StepId): boolean {
  return orderSteps(w, order).includes(id);
}

// ── Time: expiry and auto review, evaluated lazily (issue 5 item 4) ─────────────────────────────

const REVIEW_STATUS: Record<ReviewStage, OrderStatus> = {
  initial: 'initial-review',
  photo: 'photo-review',
  bureau: 'bureau-review',
};

export function stageOf(status: OrderStatus): ReviewStage | undefined {
  return (Object.keys(REVIEW_STATUS) as ReviewStage[]).find((s) => REVIEW_STATUS[s] === status);
}

export function reviewDueAt(order: Order): number | undefined {
  const stage = stageOf(order.status);
  if (!stage || !order.stageSince) return undefined;
  return plusWorkingDays(t(order.stageSince), REVIEW_DUE_WORKING_DAYS[stage].days);
}

/**
 * Apply, in time order, every event due by now: SMS-check windows that ran out (spec §6.2: returned
 * automatically) and, with autoReview, reviews whose usual duration has passed (spec §10).
 * Each event is applied at its own due time, so history reads as if it had happened then.
 */
export function catchUp(w: World): void {
  for (let guard = 0; guard < 10_000; guard++) {
    let next: { at: number; apply: () => void } | undefined;
    for (const order of w.state.orders) {
      if (order.status === 'sms-check' && order.sms) {
        const at = t(order.sms.expiresAt);
        if (at <= w.now && (!next || at < next.at)) {
          const o = order;
          next = {
            at,
            apply: () =>
              returnOrder(
                w,
                o,
                `短信核验超时：${o.sms?.validHours ?? 24} 小时内未完成核验，备案申请已自动退回 (spec §6.2)`,
                'clock',
              ),
          };
        }
      }
      if (w.state.settings.autoReview) {
        const due = reviewDueAt(order);
        const stage = stageOf(order.status);
        if (due !== undefined && stage && due <= w.now && (!next || due < next.at)) {
          const o = order;
          next = {
            at: due,
            apply: () => review(w, o.id, stage, 'approve', '自动审核通过（模拟器按规定时长审核）', 'auto-review'),
          };
        }
      }
    }
    if (!next) break;
    w.at = next.at;
    next.apply();
  }
  w.at = w.now;
}

// ── Type decision (spec §2) ─────────────────────────────────────────────────────────────────────

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
        subject: structuredClone(subject?.data ?? {}),
        websites: [{ domains: [normDomain(input.domain)] }],
      };
      break;
    case 'access-new': {
      const site = domainHit?.website;
      websiteId = site?.id;
      draft = {
        filingType: decision.type,
        subject: structuredClone(subject?.data ?? {}),
        websites: site ? [websiteDraft(site)] : [],
      };
      break;
    }
    case 'claim':
      draft = {
        filingType: 'claim',
        filingNumber: subject?.filingNumber ?? '',
        subject: structuredClone(subject?.data ?? {}),
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

function websiteDraft(site: FiledWebsite): Website {
  const data = structuredClone(site.data);
  data.filingNumber = site.filingNumber;
  delete data.serviceNumber;
  return data;
}

function createOrder(
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

// ── My filings (spec §2) ────────────────────────────────────────────────────────────────────────

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
        subject: structuredClone(subject.data),
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
  const base: FilingDraft = { filingNumber: subject.filingNumber, subject: structuredClone(subject.data) };
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

// ── Editing an order ────────────────────────────────────────────────────────────────────────────

const EDITABLE: readonly OrderStatus[] = ['draft', 'rejected', 'returned'];
/** Subject data must equal the record: nothing changes in an access filing; new websites confirm the subject (spec §2). */
const SUBJECT_LOCKED: readonly FilingType[] = [
  'access-new',
  'access-continue',
  'new-website-here',
  'new-website-elsewhere',
];
const WEBSITE_LOCKED: readonly FilingType[] = ['access-new', 'access-continue'];
/** Decided on the type form and fixed afterwards (spec §4.1 主办单位性质; §2 province cannot change). */
const FIXED_SUBJECT_FIELDS = ['province', 'nature', 'idType', 'idNumber'] as const;
const SUBJECT_FORM_TYPES: readonly FilingType[] = FULL_FORM_TYPES.filter((x) => x !== 'change-website');
const WEBSITE_FORM_TYPES: readonly FilingType[] = FULL_FORM_TYPES.filter((x) => x !== 'change-subject');

function lockedMessage(type: FilingType): { message: Bilingual; fix: Bilingual; source: string } {
  return WEBSITE_LOCKED.includes(type)
    ? {
        message: {
          zh: '接入备案期间不能修改任何信息，须与原备案信息完全一致',
          en: 'Nothing can be changed during an access filing: the data must match the original filing exactly',
        },
        fix: {
          zh: '如需修改，请先在原接入商办理变更',
          en: 'To change it, file a change at the original provider first',
        },
        source: 'spec §2 接入备案',
      }
    : {
        message: {
          zh: '新增网站须确认主体信息与备案一致，此处不能修改主体信息',
          en: 'A new website confirms the filed subject information; it cannot be changed here',
        },
        fix: {
          zh: '主体信息有误时请先办理变更主体',
          en: 'If the subject information is out of date, change the subject first',
        },
        source: 'spec §2 新增网站',
      };
}

function diffFields(prefix: string, before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const key of Object.keys(after)) {
    const a = before[key];
    const b = after[key];
    if (b === undefined) continue;
    if (b && typeof b === 'object' && !Array.isArray(b)) {
      out.push(...diffFields(`${prefix}.${key}`, (a ?? {}) as Record<string, unknown>, b as Record<string, unknown>));
    } else if (stableStringify(a) !== stableStringify(b)) {
      out.push(`${prefix}.${key}`);
    }
  }
  return out;
}

/** Error findings of the shared rules core at fields under `prefix` (design §1: one source of truth). */
function ruleErrors(
  w: World,
  order: Order,
  draft: FilingDraft,
  prefixes: string[],
): { errors: Record<string, Finding[]>; others: Finding[] } {
  const { findings } = checkDraft(draft, {
    date: simDate(w.at),
    ...(order.provinceCode ? { provinceCode: order.provinceCode } : {}),
  });
  const errors: Record<string, Finding[]> = {};
  const others: Finding[] = [];
  for (const f of findings) {
    if (
      prefixes.length &&
      !prefixes.some((p) => f.field === p || f.field.startsWith(`${p}.`) || f.field.startsWith(`${p}[`))
    )
      continue;
    if (f.severity === 'error') addFinding(errors, f.field, f);
    else others.push(f);
  }
  return { errors, others };
}

function checkMobileCodes(w: World, mobiles: (string | undefined)[], code: string | undefined, field: string): void {
  if (!w.state.settings.mobileVerification) return;
  for (const raw of mobiles) {
    const mobile = normaliseMobile(raw);
    if (!mobile) continue;
    const verified = w.state.pendingCodes.some((c) => c.purpose === 'mobile-code' && c.mobile === mobile && c.used);
    if (verified) continue;
    const pending = [...w.state.pendingCodes]
      .reverse()
      .find((c) => c.purpose === 'mobile-code' && c.mobile === mobile && !c.used);
    if (!pending || !code || pending.code !== code.trim()) {
      throw validationError({
        [field]: [
          fieldFinding(
            field,
            'sim.mobile-code',
            {
              zh: `联系方式1 ${mobile} 未通过手机验证码验证`,
              en: `Contact 1 (联系方式1) ${mobile} is not verified by its SMS code`,
            },
            {
              zh: '点击"获取手机验证码"，输入收到的 6 位验证码',
              en: 'Press "获取手机验证码" and enter the 6-digit code received',
            },
            'spec §4.2',
          ),
        ],
      });
    }
    pending.used = true;
  }
}

export function saveSubject(
  w: World,
  orderId: string,
  body: Subject,
  mobileCode?: string,
): { order: Order; findings: Finding[] } {
  const order = findOrder(w.state, orderId);
  requireStatus(order, EDITABLE, { zh: '修改主体信息', en: 'edit the subject' });
  if (!SUBJECT_FORM_TYPES.includes(order.type)) {
    throw new ApiError(409, 'wrong-status', {
      zh: '该备案类型没有主体信息表单',
      en: 'This filing type has no subject form',
    });
  }
  const before = (order.draft.subject ?? {}) as Record<string, unknown>;
  const fields: Record<string, Finding[]> = {};
  if (SUBJECT_LOCKED.includes(order.type)) {
    const lock = lockedMessage(order.type);
    for (const f of diffFields('subject', before, body as Record<string, unknown>)) {
      fields[f] = [fieldFinding(f, 'sim.locked', lock.message, lock.fix, lock.source)];
    }
  } else {
    for (const key of FIXED_SUBJECT_FIELDS) {
      const v = body[key];
      if (v !== undefined && before[key] !== undefined && normId(v) !== normId(before[key] as string)) {
        const f = `subject.${key}`;
        fields[f] = [
          fieldFinding(
            f,
            'sim.fixed-after-type',
            key === 'province'
              ? {
                  zh: '所属区域（省份）不能变更：跨省请在新省份重新备案',
                  en: 'The province cannot change: file again in the new province',
                }
              : { zh: '该项在验证备案类型后不能修改', en: 'This field is fixed once the filing type is determined' },
            {
              zh: '如需修改，请放弃本订单后重新验证备案类型',
              en: 'To change it, abandon this order and determine the type again',
            },
            key === 'province' ? 'spec §2 变更备案' : 'spec §4.1',
          ),
        ];
      }
    }
  }
  if (Object.keys(fields).length) throw validationError(fields);
  const subject: Subject = SUBJECT_LOCKED.includes(order.type)
    ? { ...(before as Subject), ...body }
    : {
        ...body,
        ...Object.fromEntries(FIXED_SUBJECT_FIELDS.filter((k) => before[k] !== undefined).map((k) => [k, before[k]])),
      };
  const draft: FilingDraft = { ...order.draft, subject };
  const { errors, others } = ruleErrors(w, order, draft, ['subject']);
  if (Object.keys(errors).length) throw validationError(errors);
  checkMobileCodes(w, [subject.principal?.mobile], mobileCode, 'subject.principal.mobile');
  order.draft = draft;
  order.updatedAt = iso(w.at);
  return { order, findings: others };
}

export function saveWebsite(
  w: World,
  orderId: string,
  index: number,
  body: Website,
  mobileCode?: string,
): { order: Order; findings: Finding[] } {
  const order = findOrder(w.state, orderId);
  requireStatus(order, EDITABLE, { zh: '修改网站信息', en: 'edit a website' });
  if (!WEBSITE_FORM_TYPES.includes(order.type)) {
    throw new ApiError(409, 'wrong-status', {
      zh: '该备案类型没有网站信息表单',
      en: 'This filing type has no website form',
    });
  }
  const websites = [...(order.draft.websites ?? [])];
  if (index > websites.length || index < 0) {
    throw notFound({
      zh: `网站 ${index + 1} 不存在：请按顺序添加`,
      en: `No website ${index + 1}: add websites in order`,
    });
  }
  const single = order.type === 'change-website' || WEBSITE_LOCKED.includes(order.type);
  if (single && index >= websites.length) {
    throw refused(`websites[${index}]`, 'sim.one-website', {
      zh: '该备案类型不能增加网站',
      en: 'This filing type cannot add websites',
    });
  }
  const prefix = `websites[${index}]`;
  const before = (websites[index] ?? {}) as Website;
  const { serviceNumber: requestedNumber, filingNumber: _ignored, ...fields } = body;
  let site: Website;
  if (WEBSITE_LOCKED.includes(order.type)) {
    const lock = lockedMessage(order.type);
    const diffs = diffFields(prefix, before as Record<string, unknown>, fields as Record<string, unknown>);
    if (diffs.length)
      throw validationError(
        Object.fromEntries(diffs.map((f) => [f, [fieldFinding(f, 'sim.locked', lock.message, lock.fix, lock.source)]])),
      );
    site = { ...before, ...fields };
  } else {
    site = { ...fields };
    if (before.filingNumber) site.filingNumber = before.filingNumber;
    if (before.serviceNumber) site.serviceNumber = before.serviceNumber;
  }
  websites[index] = site;
  const draft: FilingDraft = { ...order.draft, websites };
  const { errors, others } = ruleErrors(w, order, draft, [prefix]);
  if (Object.keys(errors).length) throw validationError(errors);
  checkMobileCodes(w, [site.principal?.mobile], mobileCode, `${prefix}.principal.mobile`);
  order.draft = draft;
  if (hasStep(w, order, 'product')) bindWebsiteNumber(w, order, index, requestedNumber);
  order.updatedAt = iso(w.at);
  return { order, findings: others };
}

export function deleteWebsite(w: World, orderId: string, index: number): Order {
  const order = findOrder(w.state, orderId);
  requireStatus(order, EDITABLE, { zh: '删除网站', en: 'delete a website' });
  const websites = [...(order.draft.websites ?? [])];
  if (!websites[index]) throw notFound({ zh: `网站 ${index + 1} 不存在`, en: `No website ${index + 1}` });
  if (order.type === 'change-website' || WEBSITE_LOCKED.includes(order.type) || order.type === 'cancel-website') {
    throw refused(`websites[${index}]`, 'sim.one-website', {
      zh: '该备案类型不能删除网站',
      en: 'This filing type cannot remove its website',
    });
  }
  const removed = websites.splice(index, 1)[0];
  for (const n of w.state.serviceNumbers) {
    if (n.orderId !== order.id || n.status !== '已绑定' || n.websiteIndex === undefined) continue;
    if (n.number === removed?.serviceNumber) releaseNumber(n);
    else if (n.websiteIndex > index) n.websiteIndex -= 1;
  }
  order.draft = { ...order.draft, websites };
  order.updatedAt = iso(w.at);
  return order;
}

export interface AccessInput {
  filingNumber?: string;
  filingPassword?: string;
  websiteFilingNumber?: string;
  accountCode?: string;
}

/** Access / cancel credentials. Stored only: the bureau checks the password on submission (spec §2). */
export function setAccess(w: World, orderId: string, input: AccessInput): Order {
  const order = findOrder(w.state, orderId);
  requireStatus(order, EDITABLE, { zh: '填写备案密码', en: 'enter the filing password' });
  if (!PASSWORD_FILING_TYPES.includes(order.type)) {
    throw new ApiError(409, 'wrong-status', {
      zh: '该备案类型不需要备案密码',
      en: 'This filing type needs no filing password',
    });
  }
  const subject = findSubject(w.state, order.subjectId);
  const fields: Record<string, Finding[]> = {};
  if (input.filingNumber !== undefined && subject && input.filingNumber.trim() !== subject.filingNumber) {
    fields.filingNumber = [
      fieldFinding(
        'filingNumber',
        'sim.filing-number-mismatch',
        { zh: '主体备案号与原备案不一致', en: 'The subject filing number does not match the existing filing' },
        {
          zh: `请填写 ${subject.filingNumber.slice(0, 1)}ICP备…号 格式的原主体备案号`,
          en: 'Enter the existing subject filing number',
        },
        'spec §4.4',
      ),
    ];
  }
  if (input.websiteFilingNumber !== undefined && order.websiteId) {
    const site = subject?.websites.find((s) => s.id === order.websiteId);
    if (site && input.websiteFilingNumber.trim() !== site.filingNumber) {
      fields['websites[0].filingNumber'] = [
        fieldFinding(
          'websites[0].filingNumber',
          'sim.website-filing-number-mismatch',
          { zh: '网站备案号与原备案不一致', en: 'The website filing number does not match the existing filing' },
          {
            zh: '请填写原网站备案号（带 -n 后缀）',
            en: 'Enter the existing website filing number (with its -n suffix)',
          },
          'spec §4.4',
        ),
      ];
    }
  }
  if (input.accountCode !== undefined) {
    const me = account(w.state);
    const pending = [...w.state.pendingCodes]
      .reverse()
      .find((c) => c.purpose === 'account-code' && c.mobile === me.phone && !c.used);
    if (!pending || pending.code !== input.accountCode.trim()) {
      fields.accountCode = [
        fieldFinding(
          'accountCode',
          'sim.account-code',
          { zh: '短信验证码错误', en: 'Wrong SMS code' },
          { zh: '输入发送到账号手机的最新验证码', en: "Enter the latest code sent to the account's phone" },
          'spec §2 取消接入',
        ),
      ];
    } else {
      pending.used = true;
      order.accountCodeVerified = true;
    }
  }
  if (Object.keys(fields).length) throw validationError(fields);
  if (input.filingNumber !== undefined) order.draft.filingNumber = input.filingNumber.trim();
  if (input.filingPassword !== undefined) order.draft.filingPassword = input.filingPassword;
  order.updatedAt = iso(w.at);
  return order;
}

// ── Codes the filing site sends (联系方式1, account phone) ─────────────────────────────────────

export function sendPendingCode(
  w: World,
  mobile: string,
  purpose: 'mobile-code' | 'account-code' | 'app-code',
  text: (code: string) => string,
  from?: string | null,
): void {
  const code = randomDigits(w.state, SMS_CODE_RULES.codeLength);
  w.state.pendingCodes.push({ mobile, code, purpose, sentAt: iso(w.at), used: false });
  sendSms(w, { to: mobile, text: text(code), code, kind: purpose, ...(from !== undefined ? { from } : {}) });
}

export function sendMobileCode(w: World, mobileRaw: string): string {
  const mobile = normaliseMobile(mobileRaw);
  if (!mobile) {
    throw validationError({
      mobile: [
        fieldFinding('mobile', 'sim.mobile', { zh: '请输入 11 位手机号码', en: 'Enter an 11-digit mobile number' }),
      ],
    });
  }
  sendPendingCode(
    w,
    mobile,
    'mobile-code',
    (c) => `${PROVIDER_SIGN}您正在验证备案联系方式，验证码 ${c}，10 分钟内有效。`,
  );
  return mobile;
}

export function sendAccountCode(w: World): string {
  const me = account(w.state);
  sendPendingCode(
    w,
    me.phone,
    'account-code',
    (c) => `${PROVIDER_SIGN}您正在申请取消接入，验证码 ${c}。如非本人操作请忽略。`,
  );
  return me.phone;
}

// ── Service numbers (spec §7) ───────────────────────────────────────────────────────────────────

function productOf(id: string) {
  return SERVICE_NUMBER_PRODUCTS.find((p) => p.id === id);
}

/** Numbers that count toward a limit: live ones, and used ones forever (a used number is never freed). */
function counts(n: ServiceNumber): boolean {
  return !n.deleted || n.status === '已使用';
}

export function monthsRemaining(instance: Instance, now: number): number {
  if (!instance.expiresAt) return 0;
  const ms = t(instance.expiresAt) - now;
  return Math.max(0, Math.floor(ms / (30 * 86_400_000)));
}

export function instanceEligibility(w: World, instance: Instance): ServiceNumberEligibility {
  const product = productOf(instance.product);
  if (!product || instance.released) {
    return {
      eligible: false,
      limit: 0,
      remaining: 0,
      reasons: [
        instance.released
          ? { zh: '实例已释放', en: 'The instance is released' }
          : { zh: '该产品不支持备案', en: 'This product cannot be used for filing' },
      ],
    };
  }
  const issued = w.state.serviceNumbers.filter((n) => n.instanceId === instance.id && counts(n)).length;
  const onAccount = product.perAccount
    ? w.state.serviceNumbers.filter(
        (n) => n.accountId === instance.accountId && n.product === instance.product && counts(n),
      ).length
    : undefined;
  return serviceNumberEligibility(
    {
      product: instance.product as ServiceNumberProductId,
      billing: instance.billing,
      purchasedMonths: instance.purchasedMonths,
      monthsRemaining: monthsRemaining(instance, w.at),
      region: instance.region,
      ...(instance.publicBandwidth !== undefined ? { publicBandwidth: instance.publicBandwidth } : {}),
      ...(instance.orderYuan !== undefined ? { orderYuan: instance.orderYuan } : {}),
      numbersIssued: issued,
    },
    onAccount,
  );
}

function findInstance(w: World, id: string, field = 'instanceId'): Instance {
  const instance = w.state.instances.find((i) => i.id === id && i.accountId === account(w.state).id);
  if (!instance)
    throw refused(field, 'sim.instance-unknown', { zh: `实例 ${id} 不存在`, en: `No instance ${id} in this account` });
  return instance;
}

function eligibilityError(field: string, e: ServiceNumberEligibility): ApiError {
  const message: Bilingual = {
    zh: e.reasons.map((r) => r.zh).join('；'),
    en: e.reasons.map((r) => r.en).join('; '),
  };
  return new ApiError(422, 'refused', message, {
    [field]: e.reasons.map((r) => fieldFinding(field, 'sim.service-number-eligibility', r, undefined, 'spec §7')),
  });
}

function issueNumber(w: World, instance: Instance): ServiceNumber {
  const e = instanceEligibility(w, instance);
  if (!e.eligible) throw eligibilityError('instanceId', e);
  let number = '';
  do number = randomDigits(w.state, 10);
  while (number.startsWith('0') || w.state.serviceNumbers.some((n) => n.number === number));
  const n: ServiceNumber = {
    number,
    accountId: instance.accountId,
    instanceId: instance.id,
    product: instance.product,
    status: '未使用',
    createdAt: iso(w.at),
    deleted: false,
  };
  w.state.serviceNumbers.push(n);
  return n;
}

export function applyServiceNumber(w: World, instanceId: string): ServiceNumber {
  return issueNumber(w, findInstance(w, instanceId));
}

export function deleteServiceNumber(w: World, number: string): void {
  const n = w.state.serviceNumbers.find(
    (x) => x.number === number && x.accountId === account(w.state).id && !x.deleted,
  );
  if (!n) throw notFound({ zh: `备案服务号 ${number} 不存在`, en: `No service number ${number}` });
  if (n.status !== '未使用') {
    throw new ApiError(409, 'wrong-status', {
      zh: `备案服务号状态为"${n.status}"，不能删除`,
      en: `The service number is "${n.status}" and cannot be deleted`,
    });
  }
  n.deleted = true;
}

/** A number the applicant typed: it must be theirs, live, and never used (spec §7). */
function usableNumber(w: World, number: string, field: string, orderId: string): ServiceNumber {
  const n = w.state.serviceNumbers.find((x) => x.number === number.trim() && x.accountId === account(w.state).id);
  if (!n || (n.deleted && n.status !== '已使用')) {
    throw refused(
      field,
      'sim.service-number-unknown',
      { zh: `备案服务号 ${number} 不存在`, en: `No service number ${number} in this account` },
      {
        zh: '在"备案服务号管理"中查看可用的服务号，或选择实例自动生成',
        en: 'See 备案服务号管理 for your numbers, or pick an instance to generate one',
      },
    );
  }
  if (n.status === '已使用') {
    throw refused(
      field,
      'sim.service-number-used',
      {
        zh: '该备案服务号已用于成功的备案，不能再次使用',
        en: 'This service number was used for a successful filing and can never be reused',
      },
      { zh: '请选择实例生成新的备案服务号', en: 'Pick an instance to generate a new service number' },
      'spec §7',
    );
  }
  if (n.status === '已绑定' && n.orderId !== orderId) {
    throw refused(field, 'sim.service-number-bound', {
      zh: `该备案服务号已绑定订单 ${n.orderId ?? ''}`,
      en: `This service number is bound to order ${n.orderId ?? ''}`,
    });
  }
  return n;
}

function releaseNumber(n: ServiceNumber): void {
  if (n.status !== '已绑定') return;
  n.status = '未使用';
  delete n.orderId;
  delete n.websiteIndex;
}

export function setProduct(w: World, orderId: string, input: { instanceId?: string; serviceNumber?: string }): Order {
  const order = findOrder(w.state, orderId);
  requireStatus(order, EDITABLE, { zh: '产品验证', en: 'verify the product' });
  if (!hasStep(w, order, 'product')) {
    throw new ApiError(409, 'wrong-status', {
      zh: '该备案类型无需产品验证',
      en: 'This filing type has no product verification',
    });
  }
  if (input.instanceId) {
    const instance = findInstance(w, input.instanceId);
    const e = instanceEligibility(w, instance);
    if (!e.eligible) throw eligibilityError('instanceId', e);
    order.product = { instanceId: instance.id };
  } else if (input.serviceNumber) {
    const n = usableNumber(w, input.serviceNumber, 'serviceNumber', order.id);
    order.product = { serviceNumber: n.number, instanceId: n.instanceId };
  } else {
    throw validationError({
      instanceId: [
        fieldFinding('instanceId', 'sim.product-required', {
          zh: '请选择实例或输入备案服务号',
          en: 'Pick an instance or enter a service number',
        }),
      ],
    });
  }
  order.updatedAt = iso(w.at);
  return order;
}

/** Bind a service number to website `index` (spec §3 step 2: picking an instance generates one). */
function bindWebsiteNumber(w: World, order: Order, index: number, requested: string | undefined): void {
  const site = order.draft.websites?.[index];
  if (!site) return;
  const field = `websites[${index}].serviceNumber`;
  const current = site.serviceNumber ? w.state.serviceNumbers.find((n) => n.number === site.serviceNumber) : undefined;
  if (
    current &&
    current.orderId === order.id &&
    current.status === '已绑定' &&
    (!requested || requested.trim() === current.number)
  )
    return;
  let n: ServiceNumber;
  if (requested) {
    n = usableNumber(w, requested, field, order.id);
  } else {
    const fromProduct = order.product?.serviceNumber
      ? w.state.serviceNumbers.find((x) => x.number === order.product?.serviceNumber)
      : undefined;
    const productNumberFree =
      fromProduct &&
      (fromProduct.status === '未使用' ||
        (fromProduct.status === '已绑定' && fromProduct.orderId === order.id && fromProduct.websiteIndex === index));
    if (fromProduct && productNumberFree) {
      n = usableNumber(w, fromProduct.number, field, order.id);
    } else if (order.product?.instanceId) {
      const instance = findInstance(w, order.product.instanceId, field);
      const e = instanceEligibility(w, instance);
      if (!e.eligible) throw eligibilityError(field, e);
      n = issueNumber(w, instance);
    } else {
      throw refused(
        field,
        'sim.product-first',
        { zh: '请先完成产品验证', en: 'Verify the product first' },
        {
          zh: '选择服务器实例或输入备案服务号',
          en: 'Pick a server instance or enter a service number',
        },
        'spec §3 step 2',
      );
    }
  }
  if (current && current.number !== n.number && current.orderId === order.id) releaseNumber(current);
  n.status = '已绑定';
  n.orderId = order.id;
  n.websiteIndex = index;
  site.serviceNumber = n.number;
}

// ── Uploads (spec §3 step 5) ────────────────────────────────────────────────────────────────────

export function sniffMime(bytes: Uint8Array): 'image/png' | 'image/jpeg' | 'application/pdf' | undefined {
  const b = (i: number) => bytes[i] ?? -1;
  if (b(0) === 0x89 && b(1) === 0x50 && b(2) === 0x4e && b(3) === 0x47) return 'image/png';
  if (b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return 'image/jpeg';
  if (b(0) === 0x25 && b(1) === 0x50 && b(2) === 0x44 && b(3) === 0x46) return 'application/pdf';
  return undefined;
}

export function requiredUploads(order: Order): string[] {
  const row = REQUIRED_UPLOADS.find((r) => r.types.includes(order.type));
  if (!row) return [];
  const organisation = order.draft.subject?.nature !== undefined && order.draft.subject.nature !== '个人';
  return [...row.kinds, ...(organisation ? row.organisationExtra : [])];
}

// ── Submission and reviews ─────────────────────────────────────────────────────────────────────

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
    if (steps.includes('website') && !(order.draft.websites ?? []).some((s) => s.name)) {
      add(
        'websites[0].name',
        'sim.website-missing',
        { zh: '请至少填写并保存一个网站', en: 'Fill in and save at least one website' },
        undefined,
        'spec §3 step 4',
      );
    }
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
  requireStatus(order, EDITABLE, { zh: '提交备案', en: 'submit' });
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
  requireStatus(order, ORDER_ABANDONABLE, { zh: '放弃订单', en: 'abandon the order' });
  for (const n of w.state.serviceNumbers) if (n.orderId === order.id) releaseNumber(n);
  transition(w, order, 'abandoned', '申请人放弃订单', 'applicant');
  return order;
}

const ORDER_ABANDONABLE: readonly OrderStatus[] = [
  'draft',
  'initial-review',
  'photo-check',
  'photo-review',
  'sms-check',
  'rejected',
  'returned',
];

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
  if (order.status !== REVIEW_STATUS[stage]) {
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
      transition(
        w,
        order,
        'photo-check',
        `初审通过，请进行${order.photo.method === 'shanghai-app' ? '上海管局APP核验 (spec §9)' : '幕布拍照核验 (spec §8)'}`,
        by,
      );
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
  const phones = smsCheckPhones(order.draft, order.type);
  const needsSms = hasStep(w, order, 'sms-check') && phones.length > 0;
  const recipients = needsSms ? phones : [account(w.state).phone];
  for (const to of recipients)
    notice(w, to, `您的备案订单 ${order.id} 已提交至${order.province}通信管理局。`, order.id);
  if (needsSms) startSmsCheck(w, order, phones, reason, by);
  else transition(w, order, 'bureau-review', `${reason}；已提交管局审核`, by);
}

function principalsByMobile(order: Order): Map<string, { roles: Set<SmsCode['roles'][number]>; tails: Set<string> }> {
  const map = new Map<string, { roles: Set<SmsCode['roles'][number]>; tails: Set<string> }>();
  const add = (p: Principal | undefined, role: SmsCode['roles'][number]) => {
    const mobile = normaliseMobile(p?.mobile);
    if (!mobile) return;
    const entry = map.get(mobile) ?? { roles: new Set(), tails: new Set() };
    entry.roles.add(role);
    const tail = idTail(p?.idNumber);
    if (tail) entry.tails.add(tail);
    map.set(mobile, entry);
  };
  add(order.draft.subject?.principal, 'subject-principal');
  for (const site of order.draft.websites ?? []) add(site.principal, 'website-principal');
  return map;
}

/** spec §6.2–6.3: one code per distinct phone, sent by MIIT about 5 minutes after submission. */
function startSmsCheck(w: World, order: Order, phones: string[], reason: string, by: string): void {
  const sentAt = w.at + SMS_CODE_RULES.arrivesAfterMinutes * 60_000;
  const validHours = w.state.settings.smsValidHours;
  const people = principalsByMobile(order);
  const codes: SmsCode[] = phones.map((mobile) => {
    const who = people.get(mobile);
    const code = randomDigits(w.state, SMS_CODE_RULES.codeLength);
    sendSms(w, {
      to: mobile,
      from: miitSender(carrierOf(w.state, mobile)),
      text: smsCheckText(code, validHours),
      code,
      kind: 'sms-check',
      orderId: order.id,
      at: sentAt,
    });
    return {
      mobile,
      roles: [...(who?.roles ?? [])],
      idTails: [...(who?.tails ?? [])],
      code,
      sentAt: iso(sentAt),
      verified: false,
      wrongIdTails: 0,
    };
  });
  order.sms = { validHours, sentAt: iso(sentAt), expiresAt: iso(sentAt + validHours * 3_600_000), codes };
  transition(w, order, 'sms-check', `${reason}；工信部将发送短信验证码至 ${phones.join('、')} (spec §6.2)`, by);
}

function smsCheckText(code: string, validHours: number): string {
  return `【工信部】您的ICP备案短信核验验证码为${code}，请于${validHours}小时内登录管局网站"备案短信核验"完成核验，验证码请勿告知他人。`;
}

function returnOrder(w: World, order: Order, reason: string, by: string): void {
  transition(w, order, 'returned', reason, by);
  notice(w, account(w.state).phone, `您的备案订单 ${order.id} 已被退回：${reason}`, order.id);
}

// ── The bureau's SMS check (spec §6.4) ─────────────────────────────────────────────────────────

export type SmsCheckOutcome =
  | {
      ok: true;
      result: '核验完成';
      message: Bilingual;
      orderComplete: boolean;
      remainingPhones: number;
      alreadyVerified?: boolean;
    }
  | { ok: false; result: '找不到记录'; message: Bilingual }
  | { ok: false; result: '核验失败'; message: Bilingual; returned: true };

const NOT_FOUND_OUTCOME: SmsCheckOutcome = {
  ok: false,
  result: '找不到记录',
  message: {
    zh: '找不到记录',
    en: 'No record found: the code, mobile number and ID tail do not match one application',
  },
};

function liveCodes(w: World): { order: Order; code: SmsCode }[] {
  const out: { order: Order; code: SmsCode }[] = [];
  for (const order of w.state.orders) {
    if (order.status !== 'sms-check' || !order.sms) continue;
    for (const code of order.sms.codes) if (t(code.sentAt) <= w.at) out.push({ order, code });
  }
  return out;
}

export function bureauSmsCheck(w: World, input: { code: string; mobile: string; idTail: string }): SmsCheckOutcome {
  const mobile = normaliseMobile(input.mobile) ?? input.mobile.trim();
  const tail = normId(input.idTail);
  const hit = liveCodes(w).find(({ code }) => code.mobile === mobile && code.code === input.code.trim());
  if (!hit) return NOT_FOUND_OUTCOME;
  const { order, code } = hit;
  if (!code.idTails.includes(tail)) {
    code.wrongIdTails += 1;
    if (code.wrongIdTails >= SMS_CODE_RULES.maxWrongIdTail) {
      returnOrder(
        w,
        order,
        `证件号码后六位错误 ${code.wrongIdTails} 次，短信核验失败，备案申请已由工信部系统退回 (spec §6.4)`,
        'bureau',
      );
      return {
        ok: false,
        result: '核验失败',
        message: {
          zh: `证件号码错误次数已达${SMS_CODE_RULES.maxWrongIdTail}次，短信核验失败，备案申请已退回`,
          en: `The ID number was wrong ${SMS_CODE_RULES.maxWrongIdTail} times: the SMS check failed and the application is returned`,
        },
        returned: true,
      };
    }
    return NOT_FOUND_OUTCOME;
  }
  const alreadyVerified = code.verified;
  if (!code.verified) {
    code.verified = true;
    code.verifiedAt = iso(w.at);
    order.updatedAt = iso(w.at);
  }
  const remaining = order.sms?.codes.filter((c) => !c.verified).length ?? 0;
  if (remaining === 0) transition(w, order, 'bureau-review', '短信核验全部完成，进入管局审核 (spec §6.4)', 'bureau');
  return {
    ok: true,
    result: '核验完成',
    message:
      remaining === 0
        ? { zh: '核验完成', en: 'Verified' }
        : {
            zh: `核验完成，请继续核验其余 ${remaining} 个手机号`,
            en: `Verified; ${remaining} more phone(s) of this application still to verify`,
          },
    orderComplete: remaining === 0,
    remainingPhones: remaining,
    ...(alreadyVerified ? { alreadyVerified } : {}),
  };
}

/** 短信重发: a new code replaces the old one at once; the order's window is not extended (spec §6.2). */
export function bureauResend(w: World, mobileRaw: string): { ok: boolean; sentAt?: string } {
  const mobile = normaliseMobile(mobileRaw) ?? mobileRaw.trim();
  let sent = false;
  for (const order of w.state.orders) {
    if (order.status !== 'sms-check' || !order.sms) continue;
    for (const code of order.sms.codes) {
      if (code.mobile !== mobile || code.verified) continue;
      code.code = randomDigits(w.state, SMS_CODE_RULES.codeLength);
      code.sentAt = iso(w.at);
      sendSms(w, {
        to: mobile,
        from: miitSender(carrierOf(w.state, mobile)),
        text: smsCheckText(code.code, order.sms.validHours),
        code: code.code,
        kind: 'sms-check',
        orderId: order.id,
      });
      sent = true;
    }
  }
  return sent ? { ok: true, sentAt: iso(w.at) } : { ok: false };
}

// ── Approval (spec §2, design §6 filing numbers) ───────────────────────────────────────────────

function newFilingNumber(w: World, provinceCode: string): string {
  const abbr = ICP_ABBREVIATIONS[provinceCode] ?? '京';
  let n = '';
  do n = `${abbr}ICP备${randomDigits(w.state, 8)}号`;
  while (n.includes('备0') || w.state.subjects.some((s) => s.filingNumber === n));
  return n;
}

function addWebsites(w: World, order: Order, subject: FiledSubject, sites: Website[]): string[] {
  return sites.map((data) => {
    const seq = subject.nextWebsiteSeq++;
    const filingNumber = `${subject.filingNumber}-${seq}`;
    const id = nextId(w.state, 'W');
    const { filingNumber: _f, ...rest } = data;
    subject.websites.push({
      id,
      seq,
      filingNumber,
      status: 'filed',
      accessHere: true,
      accessElsewhere: [],
      ...(data.serviceNumber ? { serviceNumber: data.serviceNumber } : {}),
      data: rest,
    });
    useNumber(w, order, data.serviceNumber, id);
    return filingNumber;
  });
}

function useNumber(w: World, order: Order, number: string | undefined, websiteId: string): void {
  const n = number ? w.state.serviceNumbers.find((x) => x.number === number) : undefined;
  if (!n) return;
  n.status = '已使用';
  n.websiteId = websiteId;
  n.orderId = order.id;
  delete n.websiteIndex;
}

function applyApproval(w: World, order: Order): void {
  const me = account(w.state);
  const subject = findSubject(w.state, order.subjectId);
  const result: NonNullable<Order['result']> = { websiteFilingNumbers: [] };
  switch (order.type) {
    case 'first': {
      const s: FiledSubject = {
        id: nextId(w.state, 'S'),
        accountId: me.id,
        filingNumber: newFilingNumber(w, order.provinceCode),
        password: randomChars(w.state, 8),
        province: order.province,
        provinceCode: order.provinceCode,
        status: 'filed',
        accessHere: true,
        accessElsewhere: [],
        legacyWanwang: false,
        filedAt: iso(w.at),
        data: structuredClone(order.draft.subject ?? {}),
        websites: [],
        nextWebsiteSeq: 1,
      };
      w.state.subjects.push(s);
      order.subjectId = s.id;
      result.subjectFilingNumber = s.filingNumber;
      result.websiteFilingNumbers = addWebsites(w, order, s, order.draft.websites ?? []);
      miitNotice(
        w,
        order,
        s,
        `您的ICP备案已通过，主体备案号 ${s.filingNumber}，网站备案号 ${result.websiteFilingNumbers.join('、')}，ICP备案密码 ${s.password}，请妥善保管。`,
      );
      break;
    }
    case 'new-website-elsewhere':
    case 'new-website-here':
      if (subject) {
        subject.accessHere = true;
        subject.accountId = me.id;
        result.subjectFilingNumber = subject.filingNumber;
        result.websiteFilingNumbers = addWebsites(w, order, subject, order.draft.websites ?? []);
        miitNotice(w, order, subject, `您的新增网站备案已通过，网站备案号 ${result.websiteFilingNumbers.join('、')}。`);
      }
      break;
    case 'access-new':
    case 'access-continue':
      if (subject) {
        subject.accessHere = true;
        subject.accountId = me.id;
        result.subjectFilingNumber = subject.filingNumber;
        (order.draft.websites ?? []).forEach((draftSite, i) => {
          const site =
            subject.websites.find((s) => s.id === order.websiteId && i === 0) ??
            subject.websites.find((s) => s.filingNumber === draftSite.filingNumber);
          if (!site) return;
          site.accessHere = true;
          if (draftSite.serviceNumber) site.serviceNumber = draftSite.serviceNumber;
          useNumber(w, order, draftSite.serviceNumber, site.id);
          result.websiteFilingNumbers.push(site.filingNumber);
        });
        miitNotice(w, order, subject, `您的接入备案已通过，网站备案号 ${result.websiteFilingNumbers.join('、')}。`);
      }
      break;
    case 'change-subject':
      if (subject) {
        subject.data = {
          ...subject.data,
          ...structuredClone(order.draft.subject ?? {}),
          province: subject.data.province,
        };
        result.subjectFilingNumber = subject.filingNumber;
        miitNotice(w, order, subject, `您的主体变更已通过，备案号 ${subject.filingNumber} 不变。`);
      }
      break;
    case 'change-website':
      if (subject) {
        const site = subject.websites.find((s) => s.id === order.websiteId);
        const data = order.draft.websites?.[0];
        if (site && data) {
          const { filingNumber: _f, serviceNumber: _n, ...rest } = data;
          site.data = { ...rest, ...(site.serviceNumber ? { serviceNumber: site.serviceNumber } : {}) };
          result.websiteFilingNumbers.push(site.filingNumber);
        }
        result.subjectFilingNumber = subject.filingNumber;
        miitNotice(
          w,
          order,
          subject,
          `您的网站变更已通过，网站备案号 ${result.websiteFilingNumbers.join('、')} 不变。`,
        );
      }
      break;
    case 'claim':
      if (subject) {
        subject.accountId = me.id;
        subject.accessHere = true;
        subject.legacyWanwang = false;
        subject.accessElsewhere = subject.accessElsewhere.filter((p) => p !== '万网');
        for (const site of subject.websites) site.accessHere = true;
        result.subjectFilingNumber = subject.filingNumber;
      }
      break;
    case 'cancel-access':
      // Only the link to this provider goes; the filing number stays at MIIT (spec §2).
      if (subject) {
        subject.accessHere = false;
        for (const site of subject.websites) site.accessHere = false;
        result.subjectFilingNumber = subject.filingNumber;
      }
      break;
    case 'cancel-subject':
      if (subject) {
        subject.status = 'cancelled';
        for (const site of subject.websites) site.status = 'cancelled';
        result.subjectFilingNumber = subject.filingNumber;
      }
      break;
    case 'cancel-website':
      if (subject) {
        const site = subject.websites.find((s) => s.id === order.websiteId);
        if (site) {
          site.status = 'cancelled';
          result.websiteFilingNumbers.push(site.filingNumber);
        }
        result.subjectFilingNumber = subject.filingNumber;
      }
      break;
  }
  order.result = result;
}

/** The approval result reaches the applicant by SMS (spec §3 step 9), from MIIT's sender for the carrier. */
function miitNotice(w: World, order: Order, subject: FiledSubject, text: string): void {
  const mobile = normaliseMobile(order.draft.subject?.principal?.mobile ?? subject.data.principal?.mobile);
  if (!mobile) return;
  sendSms(w, {
    to: mobile,
    from: miitSender(carrierOf(w.state, mobile)),
    text: `【工信部】${text}`,
    kind: 'notice',
    orderId: order.id,
  });
}

// ── Photo check (spec §3 step 7, §8, §9) ───────────────────────────────────────────────────────

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
  requireStatus(order, ['photo-check'], { zh: '申请幕布', en: 'request a backdrop' });
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
  requireStatus(order, ['photo-check'], { zh: '提交幕布照片', en: 'submit the backdrop photo' });
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
  requireStatus(order, ['photo-check'], { zh: '输入APP核验码', en: 'enter the app code' });
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
  requireStatus(order, ['photo-check'], { zh: '确认照片', en: 'confirm the photo' });
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

// ── The Shanghai bureau app on the virtual phone (spec §9) ─────────────────────────────────────

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
      (o.draft.websites ?? []).some((s) => normaliseMobile(s.principal?.mobile) === mobile),
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

// ── Upload records ─────────────────────────────────────────────────────────────────────────────

export function addUpload(
  w: World,
  orderId: string,
  file: {
    kind: import('./schema').UploadKind;
    name: string;
    mime: 'image/png' | 'image/jpeg' | 'application/pdf';
    size: number;
  },
): import('./schema').Upload {
  const order = findOrder(w.state, orderId);
  if (file.kind === 'backdrop-photo')
    requireStatus(order, ['photo-check'], { zh: '上传幕布照片', en: 'upload the backdrop photo' });
  else requireStatus(order, EDITABLE, { zh: '上传资料', en: 'upload documents' });
  const upload = { id: nextId(w.state, 'U'), orderId: order.id, ...file, at: iso(w.at) };
  w.state.uploads.push(upload);
  order.uploads.push(upload.id);
  order.updatedAt = iso(w.at);
  return upload;
}

export function removeUpload(w: World, orderId: string, uploadId: string): Order {
  const order = findOrder(w.state, orderId);
  requireStatus(order, [...EDITABLE, 'photo-check'], { zh: '删除资料', en: 'delete a document' });
  if (!order.uploads.includes(uploadId))
    throw notFound({ zh: `资料 ${uploadId} 不存在`, en: `No upload ${uploadId} on this order` });
  order.uploads = order.uploads.filter((id) => id !== uploadId);
  w.state.uploads = w.state.uploads.filter((u) => u.id !== uploadId);
  if (order.photo.photoUploadId === uploadId) delete order.photo.photoUploadId;
  order.updatedAt = iso(w.at);
  return order;
}
