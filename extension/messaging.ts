/**
 * Messages between the extension's contexts and what the background stores per tab, as zod/mini
 * schemas (design §7: zod at every boundary). zod/mini keeps the content script small; zod-setup.ts
 * has switched off code generation before any schema here is built.
 *
 * Every receiver parses what it gets and ignores anything that does not parse; there is no generic
 * "fetch" or "store anything" command (research reliability-performance G5).
 */
import * as z from 'zod/mini';

const str = (max = 2000) => z.string().check(z.maxLength(max));
const path = str(200);

export const BilingualSchema = z.object({ zh: str(4000), en: str(4000) });

/**
 * A source as a person can follow it (issue 15 item 4): title, publisher, date, link — the shape of
 * `Citation` in shared/domain/citation.ts, validated at the messaging boundary.
 */
export const CitationSchema = z.object({
  title: str(500),
  publisher: str(300),
  date: z.optional(str(40)),
  url: z.optional(str(1000)),
  section: z.optional(str(200)),
});

const dateText = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

export const FindingSchema = z.object({
  field: path,
  rule: str(200),
  severity: z.enum(['error', 'warning', 'info']),
  message: BilingualSchema,
  fix: z.optional(BilingualSchema),
  source: str(1000),
  sourceUrl: z.optional(str(1000)),
  suggestion: z.optional(str(1000)),
  citations: z.optional(z.array(CitationSchema).check(z.maxLength(10))),
  effective: z.optional(z.object({ from: z.optional(str(40)), until: z.optional(str(40)) })),
  attested: z.optional(z.array(z.object({ date: str(40), by: str(500) })).check(z.maxLength(10))),
});

/** Which date the rules were taken from: the settings' override, the simulator page's date, or today. */
export const DATE_SOURCES = ['override', 'page', 'today'] as const;
export type DateSource = (typeof DATE_SOURCES)[number];

const STEPS = ['type', 'product', 'subject', 'website', 'app', 'upload', 'sms-check', 'access'] as const;

export const PageFieldSchema = z.object({ path, label: str(200), step: z.enum(STEPS) });

/** The plan as the panel shows it (shared/process FilingPlan; fields the panel does not use are dropped). */
export const PlanSchema = z.object({
  filingType: z.optional(str(60)),
  provinceCode: z.optional(str(10)),
  smsCheck: z.object({
    required: z.boolean(),
    since: z.optional(str(20)),
    source: str(1000),
    note: z.optional(BilingualSchema),
    phones: z.array(str(40)).check(z.maxLength(20)),
    validHours: z.number(),
  }),
  photoCheck: z.enum(['face', 'shanghai-app', 'backdrop', 'none']),
  steps: z.array(str(60)).check(z.maxLength(40)),
  stepDetails: z
    .array(z.object({ id: str(60), label: BilingualSchema, duration: z.optional(BilingualSchema), source: str(1000) }))
    .check(z.maxLength(40)),
  documents: z.array(BilingualSchema).check(z.maxLength(60)),
  deadlines: z
    .array(
      z.object({
        id: str(100),
        label: BilingualSchema,
        workingDays: z.optional(z.union([z.number(), z.tuple([z.number(), z.number()])])),
        hours: z.optional(z.number()),
        days: z.optional(z.number()),
        source: str(1000),
      }),
    )
    .check(z.maxLength(40)),
  appUpload: z.boolean(),
  notes: z.optional(z.array(BilingualSchema).check(z.maxLength(20))),
});

const overrides = z.object({ province: z.optional(str(20)), date: z.optional(str(10)) });

/**
 * Content script → background: check what this page shows (the rules core runs in the background).
 * No address in the message: the background takes the page's address from `sender` only.
 */
export const CheckMessageSchema = z.object({
  type: z.literal('check'),
  title: str(500),
  /** Validated by the background with the full FilingDraft schema (shared/domain/draft.ts). */
  draft: z.unknown(),
  pageFields: z.array(path).check(z.maxLength(500)),
  changed: z.optional(z.array(path).check(z.maxLength(500))),
  overrides: z.optional(overrides),
  step: z.optional(z.enum(STEPS)),
  fields: z.array(PageFieldSchema).check(z.maxLength(500)),
  /** The simulated date a simulator page carries (`<meta name="icp-sim-date">`); trusted only there. */
  pageDate: z.optional(dateText),
});

/** Content script → background: this page is not (or no longer) a filing page, or checking is off here. */
export const PageStatusMessageSchema = z.object({
  type: z.literal('page-status'),
  title: str(500),
  filingPage: z.boolean(),
  enabled: z.boolean(),
});

/**
 * Content script → background, once at start: the field catalogue to match labels against. The content
 * script does not carry it (issue 17 item 4: its 20 KB gzip budget); the background answers with
 * `CatalogueReplySchema`.
 */
export const CatalogueRequestSchema = z.object({ type: z.literal('catalogue') });

export const ContentMessageSchema = z.discriminatedUnion('type', [
  CheckMessageSchema,
  PageStatusMessageSchema,
  CatalogueRequestSchema,
]);

/** One entry of the field catalogue (shared/domain/fields.ts `FieldSpec`) as it crosses to the page. */
export const CatalogueFieldSchema = z.object({
  key: path,
  label: z.object({ zh: str(200), en: str(200) }),
  aliases: z.array(str(200)).check(z.maxLength(50)),
  kind: str(40),
  step: z.enum(STEPS),
  filingTypes: z.optional(z.array(str(40)).check(z.maxLength(20))),
  spec: str(500),
});

export const CatalogueReplySchema = z.object({
  ok: z.literal(true),
  fields: z.array(CatalogueFieldSchema).check(z.maxLength(500)),
});

export const CheckReplySchema = z.union([
  z.object({
    ok: z.literal(true),
    findings: z.array(FindingSchema).check(z.maxLength(2000)),
    plan: PlanSchema,
    date: str(10),
    dateSource: z.optional(z.enum(DATE_SOURCES)),
    provinceCode: z.optional(str(10)),
  }),
  z.object({ ok: z.literal(false), error: str(2000) }),
]);

/** Panel (an extension page) → background: forget the tab's filing and check the page afresh. */
export const PanelRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('new-filing'), tabId: z.number() }),
]);

/** Panel → content script of the tab it shows. */
export const PanelMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('focus-field'), path }),
  z.object({ type: z.literal('rescan') }),
  z.object({ type: z.literal('timings') }),
]);

export const TimingsReplySchema = z.object({
  input: z.array(z.number()),
  scan: z.array(z.number()),
  firstScan: z.optional(z.number()),
  read: z.array(z.number()),
  annotate: z.array(z.number()),
  fields: z.number(),
});

/** What the background keeps per tab in storage.session (`tab:<id>`), and the panel shows. */
export const TabRecordSchema = z.object({
  tabId: z.number(),
  url: str(4000),
  title: str(500),
  origin: str(300),
  filingPage: z.boolean(),
  enabled: z.boolean(),
  step: z.optional(z.enum(STEPS)),
  fields: z.array(PageFieldSchema).check(z.maxLength(500)),
  findings: z.array(FindingSchema).check(z.maxLength(2000)),
  plan: z.optional(PlanSchema),
  date: z.optional(str(10)),
  dateSource: z.optional(z.enum(DATE_SOURCES)),
  provinceCode: z.optional(str(10)),
  /** The order the tab's filing is bound to (from the page address), when the site shows one. */
  orderId: z.optional(str(64)),
  summary: z.object({
    filingType: z.optional(str(60)),
    province: z.optional(str(60)),
    nature: z.optional(str(60)),
    websites: z.number(),
    filled: z.number(),
  }),
  updatedAt: z.number(),
});

export type FindingMessage = z.infer<typeof FindingSchema>;
export type PlanView = z.infer<typeof PlanSchema>;
export type CheckMessage = z.infer<typeof CheckMessageSchema>;
export type PageStatusMessage = z.infer<typeof PageStatusMessageSchema>;
export type ContentMessage = z.infer<typeof ContentMessageSchema>;
export type CatalogueRequest = z.infer<typeof CatalogueRequestSchema>;
export type CatalogueReply = z.infer<typeof CatalogueReplySchema>;
export type CheckReply = z.infer<typeof CheckReplySchema>;
export type PanelMessage = z.infer<typeof PanelMessageSchema>;
export type TimingsReply = z.infer<typeof TimingsReplySchema>;
export type TabRecord = z.infer<typeof TabRecordSchema>;
export type PanelRequest = z.infer<typeof PanelRequestSchema>;
export type Citation = z.infer<typeof CitationSchema>;

/** storage.session: a tab's record for the panel. */
export const tabRecordKey = (tabId: number) => `tab:${tabId}`;
/** storage.session: a tab's merged draft and findings (no secrets), for checks across the pages of a filing. */
export const tabSessionKey = (tabId: number) => `session:${tabId}`;
/** storage.session: the tab that reported last (the panel opened as a page follows it). */
export const LAST_TAB_KEY = 'lastTab';
/** storage.local, only with "remember this draft": the draft and findings of one site. */
export const rememberedKey = (origin: string) => `remembered:${origin}`;
export const REMEMBERED_PREFIX = 'remembered:';

/** The built content script, for scripts registered on sites the user enabled from the panel. */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js' as const;
