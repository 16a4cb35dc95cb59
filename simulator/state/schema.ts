import { z } from 'zod';
import { AppSchema, FilingDraftSchema, SubjectSchema, WebsiteSchema } from '../../shared/domain/draft';
import { FILING_TYPES } from '../../shared/domain/filing-types';
import { inSimRange, parseInstant, SIM_TIME_MAX, SIM_TIME_MIN, SIM_TIME_RANGE_TEXT } from './clock';

/**
 * The simulator's whole state, as zod schemas (design §7: zod at every boundary — this one is the
 * persistence file and `PUT /__sim/state`). Types are inferred from the schemas: one source of truth.
 * Times are ISO-8601 strings of simulated time.
 */

const iso = z.string().min(10);
const bilingual = z.object({ zh: z.string(), en: z.string() });

export const ORDER_STATUSES = [
  'draft',
  'initial-review',
  'photo-check',
  'photo-review',
  'sms-check',
  'bureau-review',
  'approved',
  'rejected',
  'returned',
  'abandoned',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const REVIEW_STAGES = ['initial', 'photo', 'bureau'] as const;
export type ReviewStage = (typeof REVIEW_STAGES)[number];

export const SERVICE_NUMBER_STATUSES = ['未使用', '已绑定', '已使用'] as const;
export type ServiceNumberStatus = (typeof SERVICE_NUMBER_STATUSES)[number];

export const UPLOAD_KINDS = [
  'verification-form',
  'id-front',
  'id-back',
  'subject-licence',
  'domain-certificate',
  'authorization',
  'backdrop-photo',
  'claim-document',
  /** 应用图标 of an app in the order (≤ 100 KB, PNG or JPEG; `appIndex` says which app). */
  'app-icon',
  'other',
] as const;
export type UploadKind = (typeof UPLOAD_KINDS)[number];

export const SMS_KINDS = ['sms-check', 'notice', 'mobile-code', 'account-code', 'app-code'] as const;

export const AccountSchema = z.object({
  id: z.string(),
  name: z.string(),
  loginName: z.string(),
  /** The account phone: 取消接入 codes go here (spec §2). */
  phone: z.string(),
});

export const InstanceSchema = z.object({
  id: z.string(),
  accountId: z.string(),
  /** A key of shared/process SERVICE_NUMBER_PRODUCTS. */
  product: z.string(),
  name: z.string(),
  region: z.enum(['mainland', 'overseas']),
  regionName: z.string(),
  publicIp: z.string().optional(),
  billing: z.enum(['subscription', 'pay-as-you-go']),
  purchasedMonths: z.number().int().min(0),
  createdAt: iso,
  expiresAt: iso.optional(),
  publicBandwidth: z.boolean().optional(),
  orderYuan: z.number().optional(),
  released: z.boolean().default(false),
});

export const ServiceNumberSchema = z.object({
  number: z.string(),
  accountId: z.string(),
  instanceId: z.string(),
  product: z.string(),
  status: z.enum(SERVICE_NUMBER_STATUSES),
  orderId: z.string().optional(),
  /** Index of the website in the order while 已绑定. */
  websiteIndex: z.number().int().optional(),
  websiteId: z.string().optional(),
  createdAt: iso,
  /** Deleted from 备案服务号管理; the number is never issued again (spec §7). */
  deleted: z.boolean().default(false),
});

export const FiledWebsiteSchema = z.object({
  id: z.string(),
  seq: z.number().int().min(1),
  filingNumber: z.string(),
  status: z.enum(['filed', 'cancelled']),
  /** Hosted (接入) with this provider. */
  accessHere: z.boolean(),
  /** Other providers it is hosted with (names). */
  accessElsewhere: z.array(z.string()),
  serviceNumber: z.string().optional(),
  data: WebsiteSchema,
});

/** An app, mini program or quick app filed under a subject (since 2023): `浙ICP备…号-2A`. */
export const FiledAppSchema = z.object({
  id: z.string(),
  /** The subject's running service number, shared with its websites (-1, -2A, -3X …). */
  seq: z.number().int().min(1),
  filingNumber: z.string(),
  status: z.enum(['filed', 'cancelled']),
  data: AppSchema,
});

/** A subject as MIIT knows it: filed here, elsewhere, or a legacy 万网 filing (spec §2). */
export const FiledSubjectSchema = z.object({
  id: z.string(),
  /** The account managing it on this filing site ("my filings"), once filed or claimed here. */
  accountId: z.string().optional(),
  filingNumber: z.string(),
  /** ICP备案密码 issued by MIIT (spec §2). */
  password: z.string(),
  province: z.string(),
  provinceCode: z.string(),
  status: z.enum(['filed', 'cancelled']),
  accessHere: z.boolean(),
  accessElsewhere: z.array(z.string()),
  /** Filed with 万网 before 2010-06 and never moved or imported (spec §2 认领). */
  legacyWanwang: z.boolean().default(false),
  filedAt: iso,
  data: SubjectSchema,
  websites: z.array(FiledWebsiteSchema),
  /** Apps filed under the subject (absent in states written before apps were simulated). */
  apps: z.array(FiledAppSchema).optional(),
  nextWebsiteSeq: z.number().int().min(1),
});

export const HistoryEntrySchema = z.object({
  at: iso,
  from: z.enum(ORDER_STATUSES).nullable(),
  to: z.enum(ORDER_STATUSES),
  reason: z.string(),
  /** Who or what made the transition: applicant, reviewer, bureau, clock. */
  by: z.string().optional(),
});

export const SmsCodeSchema = z.object({
  mobile: z.string(),
  roles: z.array(z.enum(['subject-principal', 'website-principal', 'app-principal'])),
  /** Last six characters of the ID numbers of the principals using this mobile. */
  idTails: z.array(z.string()),
  code: z.string(),
  sentAt: iso,
  verified: z.boolean(),
  verifiedAt: iso.optional(),
  wrongIdTails: z.number().int().min(0),
});

export const OrderSchema = z.object({
  id: z.string(),
  accountId: z.string(),
  type: z.enum(FILING_TYPES),
  province: z.string(),
  provinceCode: z.string(),
  status: z.enum(ORDER_STATUSES),
  createdAt: iso,
  updatedAt: iso,
  /** Subject this order acts on (all types except first / new-website-elsewhere before approval). */
  subjectId: z.string().optional(),
  /** Website this order acts on (change-website, cancel-website, access-continue). */
  websiteId: z.string().optional(),
  draft: FilingDraftSchema,
  product: z.object({ instanceId: z.string().optional(), serviceNumber: z.string().optional() }).optional(),
  uploads: z.array(z.string()),
  photo: z.object({
    method: z.enum(['face', 'shanghai-app', 'backdrop', 'none']),
    backdrop: z
      .object({
        mode: z.enum(['mail', 'own']),
        address: z.record(z.string(), z.string()).optional(),
        requestedAt: iso,
      })
      .optional(),
    photoUploadId: z.string().optional(),
    appCode: z.string().optional(),
    appPhoto: z.string().optional(),
    /** Face verification: the (normalised) mobiles of the principals who have verified. */
    faceVerified: z.array(z.string()).optional(),
    confirmed: z.boolean(),
    /** Website principals the approved photo is for: still valid after a bureau rejection if unchanged. */
    approvedFor: z.string().optional(),
  }),
  sms: z
    .object({
      validHours: z.number(),
      sentAt: iso,
      expiresAt: iso,
      codes: z.array(SmsCodeSchema),
    })
    .optional(),
  /** Hash of the draft when it was last submitted to the bureau (spec §6.2: resubmission unchanged). */
  bureauSnapshot: z.string().optional(),
  accountCodeVerified: z.boolean(),
  reviews: z.array(
    z.object({ stage: z.enum(REVIEW_STAGES), decision: z.enum(['approve', 'reject']), reason: z.string(), at: iso }),
  ),
  /** When the current review stage began (for due times and auto review). */
  stageSince: iso.optional(),
  history: z.array(HistoryEntrySchema),
  /** Filing numbers given on approval. */
  result: z
    .object({
      subjectFilingNumber: z.string().optional(),
      websiteFilingNumbers: z.array(z.string()),
      /** App filing numbers (`-2A`, `-3X`, `-4K`), in the order's app order. */
      appFilingNumbers: z.array(z.string()).optional(),
    })
    .optional(),
});

export const UploadSchema = z.object({
  id: z.string(),
  orderId: z.string(),
  kind: z.enum(UPLOAD_KINDS),
  /** `app-icon`: the index of the app in the order's draft. */
  appIndex: z.number().int().min(0).optional(),
  name: z.string(),
  mime: z.enum(['image/png', 'image/jpeg', 'application/pdf']),
  size: z.number().int().min(0),
  at: iso,
});

export const SmsSchema = z.object({
  id: z.string(),
  to: z.string(),
  /** Sender number; null for virtual operators (spec §6.2). */
  from: z.string().nullable(),
  text: z.string(),
  code: z.string().nullable(),
  sentAt: iso,
  kind: z.enum(SMS_KINDS),
  orderId: z.string().optional(),
});

export const CaptchaSchema = z.object({
  id: z.string(),
  kind: z.enum(['picture', 'puzzle']),
  answer: z.string(),
  /** Puzzle: the y of the piece. */
  pieceY: z.number().optional(),
  createdAt: iso,
});

export const PendingCodeSchema = z.object({
  mobile: z.string(),
  code: z.string(),
  purpose: z.enum(['mobile-code', 'account-code', 'app-code']),
  sentAt: iso,
  used: z.boolean(),
});

export const PhoneAppSchema = z.object({
  mobile: z.string(),
  step: z.enum(['install', 'verify-phone', 'id-capture', 'holding-photo', 'done']),
  orderId: z.string().optional(),
  pictureCode: z.string().optional(),
});

/** Limits of an injected fault: the same for `POST /__sim/faults` and an imported state (issue 12 item 4). */
export const FAULT_LIMITS = { maxDelayMs: 120_000, minStatus: 400, maxStatus: 599, maxTimes: 1_000_000 } as const;

export const FaultFieldsSchema = z.object({
  path: z
    .string()
    .max(500)
    .regex(/^\/api\//, 'must start with /api/'),
  method: z.string().max(10).optional(),
  kind: z.enum(['delay', 'error', 'network']),
  ms: z.number().int().min(0).max(FAULT_LIMITS.maxDelayMs).optional(),
  status: z.number().int().min(FAULT_LIMITS.minStatus).max(FAULT_LIMITS.maxStatus).optional(),
  /** Requests still affected; undefined: until deleted. */
  times: z.number().int().min(1).max(FAULT_LIMITS.maxTimes).optional(),
});

export const FaultSchema = FaultFieldsSchema.extend({ id: z.string() });

export const SettingsSchema = z.object({
  captcha: z.boolean(),
  autoReview: z.boolean(),
  mobileVerification: z.boolean(),
  smsValidHours: z.number().positive(),
  smsValidHoursSource: z.string(),
});

/** Largest simulated-minus-real offset: the whole simulated range (2000–2100) seen from any real time in it. */
const MAX_OFFSET_MS = SIM_TIME_MAX - SIM_TIME_MIN;

export const ClockSchema = z.object({
  /** Simulated now (when frozen), or at the last tick (when running). */
  now: iso.refine((t) => inSimRange(parseInstant(t) ?? Number.NaN), {
    message: `a time within ${SIM_TIME_RANGE_TEXT}`,
  }),
  /** Simulated minus real time, ms. */
  offsetMs: z.number().finite().min(-MAX_OFFSET_MS).max(MAX_OFFSET_MS),
  running: z.boolean(),
});

/** Most items a world keeps of each growing list; the oldest go first and `dropped` counts them. */
export const WORLD_CAPS = { sms: 2_000, pendingCodes: 500, history: 200 } as const;
export type CappedList = keyof typeof WORLD_CAPS;

export const STATE_VERSION = 2;

export const SimStateSchema = z.object({
  /** Schema version (migrations.ts upgrades older files and imports). */
  version: z.literal(STATE_VERSION),
  scenario: z.string(),
  seed: z.number().int(),
  /** Seeded PRNG state (mulberry32): codes and numbers are repeatable per scenario. */
  rng: z.number().int(),
  counters: z.record(z.string(), z.number().int()),
  clock: ClockSchema,
  settings: SettingsSchema,
  accounts: z.array(AccountSchema).min(1),
  instances: z.array(InstanceSchema),
  serviceNumbers: z.array(ServiceNumberSchema),
  subjects: z.array(FiledSubjectSchema),
  orders: z.array(OrderSchema),
  uploads: z.array(UploadSchema),
  sms: z.array(SmsSchema),
  captchas: z.array(CaptchaSchema),
  pendingCodes: z.array(PendingCodeSchema),
  phoneApps: z.array(PhoneAppSchema),
  faults: z.array(FaultSchema),
  /** Carrier overrides per mobile (number portability, spec research §5). */
  carriers: z.record(z.string(), z.enum(['mobile', 'unicom', 'telecom', 'virtual', 'broadcast', 'unknown'])),
  /** Items dropped by WORLD_CAPS, per list (order history counts entries over all orders). */
  dropped: z.object({
    sms: z.number().int().min(0),
    pendingCodes: z.number().int().min(0),
    history: z.number().int().min(0),
  }),
});

export type SimState = z.infer<typeof SimStateSchema>;
export type Account = z.infer<typeof AccountSchema>;
export type Instance = z.infer<typeof InstanceSchema>;
export type ServiceNumber = z.infer<typeof ServiceNumberSchema>;
export type FiledSubject = z.infer<typeof FiledSubjectSchema>;
export type FiledWebsite = z.infer<typeof FiledWebsiteSchema>;
export type FiledApp = z.infer<typeof FiledAppSchema>;
export type Order = z.infer<typeof OrderSchema>;
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;
export type SmsCode = z.infer<typeof SmsCodeSchema>;
export type Upload = z.infer<typeof UploadSchema>;
export type Sms = z.infer<typeof SmsSchema>;
export type SmsKind = (typeof SMS_KINDS)[number];
export type Captcha = z.infer<typeof CaptchaSchema>;
export type PhoneApp = z.infer<typeof PhoneAppSchema>;
export type Fault = z.infer<typeof FaultSchema>;
export type Settings = z.infer<typeof SettingsSchema>;
export type Carrier = SimState['carriers'][string];

export { bilingual as BilingualSchema };
