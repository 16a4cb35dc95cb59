import { z } from 'zod';
import { AppSchema, SubjectSchema, WebsiteSchema } from '../../../shared/domain/draft';
import { SMS_CODE_RULES } from '../../../shared/process/index';
import { formatChina, parseDuration, parseInstant, type RealNow } from '../clock';
import {
  AccountSchema,
  FiledSubjectSchema,
  InstanceSchema,
  ORDER_STATUSES,
  type OrderStatus,
  ServiceNumberSchema,
  SettingsSchema,
  type SimState,
  SimStateSchema,
  STATE_VERSION,
  UPLOAD_KINDS,
} from '../schema';
import type { BlobStore } from '../store';
import {
  addAppIcon,
  addUpload,
  appHoldingPhoto,
  appIdCapture,
  appStart,
  appVerify,
  bureauSmsCheck,
  catchUp,
  confirmAppPhoto,
  decideType,
  deleteWebsite,
  enterAppCode,
  facePrincipals,
  findOrder,
  requestBackdrop,
  review,
  reviewDueAt,
  saveApp,
  saveSubject,
  saveWebsite,
  setAccess,
  setProduct,
  submitBackdropPhoto,
  submitOrder,
  verifyFace,
  type World,
} from '../world';
import accessElsewhere from './access-elsewhere.json';
import baseWorld from './base-world.json';
import bjCompanyApproved from './bj-company-approved.json';
import empty from './empty.json';
import shAppAndroidIos from './sh-app-android-ios.json';
import shFirstPhotoPending from './sh-first-photo-pending.json';
import wanwangLegacy from './wanwang-legacy.json';
import zjFirst2026Face from './zj-first-2026-face.json';
import zjFirstSmsPending from './zj-first-sms-pending.json';

/**
 * Scenarios are data (issue 5 item 6): a world (the base account and instances, plus MIIT records)
 * and a script of applicant actions that the loader replays through the same transitions the API
 * uses. Codes and numbers come from the scenario's seed, so every load gives the same ones.
 */

const OrderOp = z
  .object({
    op: z.literal('order'),
    decision: z.object({
      province: z.string(),
      city: z.string().optional(),
      district: z.string().optional(),
      nature: z.string(),
      idType: z.string(),
      idNumber: z.string(),
      domain: z.string(),
    }),
    product: z.object({ instanceId: z.string().optional(), serviceNumber: z.string().optional() }).optional(),
    subject: SubjectSchema.optional(),
    websites: z.array(WebsiteSchema).optional(),
    /** Apps of the order (each app's icon is uploaded as a tiny PNG). */
    apps: z.array(AppSchema).optional(),
    /** The order files apps only: the website the type decision opened for its domain is removed. */
    appsOnly: z.boolean().optional(),
    access: z.object({ filingNumber: z.string().optional(), filingPassword: z.string().optional() }).optional(),
    uploads: z.array(z.enum(UPLOAD_KINDS)).optional(),
    /** Drive the order (reviews approved at their usual time, photo taken, codes verified) until this status. */
    until: z.enum(ORDER_STATUSES),
  })
  .strict();

const AdvanceOp = z.object({ op: z.literal('advance'), duration: z.string() }).strict();

export const ScenarioFileSchema = z
  .object({
    $comment: z.string().optional(),
    name: z.string().regex(/^[a-z0-9-]+$/),
    description: z.string(),
    seed: z.number().int(),
    clock: z.string(),
    settings: SettingsSchema.partial().optional(),
    accounts: z.array(AccountSchema).optional(),
    instances: z.array(InstanceSchema.partial({ released: true })).optional(),
    serviceNumbers: z.array(ServiceNumberSchema.partial({ deleted: true })).optional(),
    subjects: z.array(FiledSubjectSchema.partial({ legacyWanwang: true })).optional(),
    script: z.array(z.discriminatedUnion('op', [OrderOp, AdvanceOp])),
  })
  .strict();
export type ScenarioFile = z.infer<typeof ScenarioFileSchema>;

const BaseWorldSchema = z.object({
  $comment: z.string().optional(),
  accounts: z.array(AccountSchema),
  instances: z.array(InstanceSchema.partial({ released: true })),
});

export const SCENARIOS: readonly ScenarioFile[] = [
  empty,
  zjFirstSmsPending,
  shFirstPhotoPending,
  bjCompanyApproved,
  accessElsewhere,
  wanwangLegacy,
  shAppAndroidIos,
  zjFirst2026Face,
].map((s) => ScenarioFileSchema.parse(s));

export const DEFAULT_SCENARIO = 'empty';

export function scenarioList(): { name: string; description: string }[] {
  return SCENARIOS.map(({ name, description }) => ({ name, description }));
}

export function findScenario(name: string): ScenarioFile | undefined {
  return SCENARIOS.find((s) => s.name === name);
}

const base = BaseWorldSchema.parse(baseWorld);

/** Smallest valid files of each type, so uploads in scenarios are real PNG / PDF bytes. */
const TINY_PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);
const TINY_PDF = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
export const SAMPLE_FILES = { png: TINY_PNG, pdf: TINY_PDF };

function emptyState(s: ScenarioFile, realNow: RealNow): SimState {
  const now = parseInstant(s.clock);
  if (now === undefined) throw new Error(`scenario ${s.name}: bad clock ${s.clock}`);
  return SimStateSchema.parse({
    version: STATE_VERSION,
    scenario: s.name,
    seed: s.seed,
    rng: s.seed,
    counters: {},
    clock: { now: formatChina(now), offsetMs: now - realNow(), running: false },
    settings: {
      captcha: true,
      autoReview: false,
      mobileVerification: false,
      smsValidHours: SMS_CODE_RULES.validHours,
      smsValidHoursSource: SMS_CODE_RULES.sources.validHours,
      ...(s.settings ?? {}),
    },
    accounts: s.accounts ?? base.accounts,
    instances: [...base.instances, ...(s.instances ?? [])],
    serviceNumbers: s.serviceNumbers ?? [],
    subjects: s.subjects ?? [],
    orders: [],
    uploads: [],
    sms: [],
    captchas: [],
    pendingCodes: [],
    phoneApps: [],
    faults: [],
    carriers: {},
    dropped: { sms: 0, pendingCodes: 0, history: 0 },
  });
}

/** Ids given literally in the data: sequences continue after them. */
function syncCounters(state: SimState): void {
  const bump = (id: string) => {
    const m = /^([A-Z])-(\d+)$/.exec(id);
    if (m?.[1] && m[2]) state.counters[m[1]] = Math.max(state.counters[m[1]] ?? 0, Number(m[2]));
  };
  for (const s of state.subjects) {
    bump(s.id);
    for (const w of s.websites) bump(w.id);
    for (const a of s.apps ?? []) bump(a.id);
  }
}

function advanceTo(w: World, ms: number): void {
  if (ms > w.now) {
    w.now = ms;
    w.at = ms;
    catchUp(w);
  }
}

async function driveOrder(w: World, op: z.infer<typeof OrderOp>): Promise<void> {
  const decided = decideType(w, op.decision, true);
  const order = decided.order;
  if (!order) throw new Error(`type decision gave ${decided.decision.type} without an order`);
  const id = order.id;
  if (op.product) setProduct(w, id, op.product);
  if (op.subject) saveSubject(w, id, op.subject);
  op.websites?.forEach((site, i) => {
    saveWebsite(w, id, i, site);
  });
  if (op.appsOnly) deleteWebsite(w, id, 0);
  for (const [i, app] of (op.apps ?? []).entries()) {
    saveApp(w, id, i, app);
    if (app.kind && app.kind !== 'app') continue;
    const icon = addAppIcon(w, id, i, { name: 'icon.png', mime: 'image/png', size: TINY_PNG.length });
    await w.blobs.put(icon.id, TINY_PNG);
  }
  if (op.access) setAccess(w, id, op.access);
  for (const kind of op.uploads ?? []) {
    const bytes = kind === 'verification-form' ? TINY_PDF : TINY_PNG;
    const u = addUpload(w, id, {
      kind,
      name: `${kind}.${kind === 'verification-form' ? 'pdf' : 'png'}`,
      mime: kind === 'verification-form' ? 'application/pdf' : 'image/png',
      size: bytes.length,
    });
    await w.blobs.put(u.id, bytes);
  }
  if (op.until === 'draft') return;
  submitOrder(w, id);
  for (let guard = 0; guard < 20 && findOrder(w.state, id).status !== op.until; guard++) {
    const o = findOrder(w.state, id);
    switch (o.status) {
      case 'initial-review':
      case 'photo-review':
      case 'bureau-review': {
        advanceTo(w, reviewDueAt(o) ?? w.now);
        const stage = o.status === 'initial-review' ? 'initial' : o.status === 'photo-review' ? 'photo' : 'bureau';
        review(w, id, stage, 'approve', undefined, 'scenario');
        break;
      }
      case 'photo-check':
        if (o.photo.method === 'backdrop') {
          requestBackdrop(w, id, { mode: 'own' });
          const u = addUpload(w, id, {
            kind: 'backdrop-photo',
            name: 'backdrop.png',
            mime: 'image/png',
            size: TINY_PNG.length,
          });
          await w.blobs.put(u.id, TINY_PNG);
          submitBackdropPhoto(w, id, u.id);
        } else if (o.photo.method === 'face') {
          const ok = { plainBackground: true, goodLight: true, locationAllowed: true };
          for (const p of facePrincipals(o)) verifyFace(w, id, p.mobile, ok);
        } else {
          const mobile = o.draft.websites?.[0]?.principal?.mobile ?? '';
          appStart(w, mobile);
          const code = [...w.state.pendingCodes].reverse().find((c) => c.mobile === mobile && c.purpose === 'app-code');
          appVerify(w, mobile, code?.code ?? '');
          appIdCapture(w, mobile, { front: true, back: true });
          const app = appHoldingPhoto(w, mobile, { locationAllowed: true, inShanghai: true });
          enterAppCode(w, id, app.pictureCode ?? '');
          confirmAppPhoto(w, id);
        }
        break;
      case 'sms-check': {
        advanceTo(w, w.now + SMS_CODE_RULES.arrivesAfterMinutes * 60_000 + 60_000);
        for (const c of o.sms?.codes ?? [])
          bureauSmsCheck(w, { code: c.code, mobile: c.mobile, idTail: c.idTails[0] ?? '' });
        break;
      }
      default:
        throw new Error(`scenario order ${id} stopped at ${o.status}, wanted ${op.until}`);
    }
  }
  const final = findOrder(w.state, id).status as OrderStatus;
  if (final !== op.until) throw new Error(`scenario order ${id} reached ${final}, wanted ${op.until}`);
}

/**
 * Build the state of a scenario: its world, then its script replayed through the transitions.
 * Throws when the data no longer pass the rules or the script cannot reach its target — a
 * scenario is checked every time it loads.
 */
export async function buildScenario(name: string, realNow: RealNow, blobs: BlobStore): Promise<SimState> {
  const s = findScenario(name);
  if (!s) throw new Error(`unknown scenario: ${name}`);
  const state = emptyState(s, realNow);
  syncCounters(state);
  const start = parseInstant(s.clock) ?? 0;
  const w: World = { state, now: start, at: start, blobs };
  for (const op of s.script) {
    if (op.op === 'advance') {
      const ms = parseDuration(op.duration);
      if (ms === undefined) throw new Error(`scenario ${name}: bad duration ${op.duration}`);
      advanceTo(w, w.now + ms);
    } else {
      try {
        await driveOrder(w, op);
      } catch (e) {
        const fields = (e as { fields?: Record<string, { rule: string; message: { en: string } }[]> }).fields;
        const detail = fields
          ? Object.entries(fields)
              .map(([k, fs]) => `${k}: ${fs.map((f) => `${f.rule} ${f.message.en}`).join(' | ')}`)
              .join('; ')
          : '';
        throw new Error(`scenario ${name}: ${String((e as Error).message)} ${detail}`);
      }
    }
  }
  state.clock = { now: formatChina(w.now), offsetMs: w.now - realNow(), running: false };
  return SimStateSchema.parse(state);
}
