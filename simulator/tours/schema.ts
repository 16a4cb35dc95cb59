/**
 * Training tours as data (issue 6 item 1): one JSON file per tour under `data/`, validated here.
 *
 * A tour is a list of steps a player executes for real in the simulator's pages (go to a page, fill a
 * field, click, wait for a state, advance the simulated clock, decide a review, read an SMS), each
 * with a bilingual callout anchored to the element it explains — found by its label text or by its
 * role and accessible name, never by a CSS selector, so a tour survives restyling. A step may carry
 * a "common mistake": a wrong value typed first so the extension's hint shows, then corrected.
 * Every step says what must be true after it (`expect`), so replaying a tour is also a test.
 */
import { z } from 'zod';
import { FILING_TYPES } from '../../shared/domain/filing-types';
import { ORDER_STATUSES } from '../state/schema';

export const BilingualSchema = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();

/** ARIA roles the player can find by accessible name (simulator pages use native elements). */
export const ANCHOR_ROLES = [
  'button',
  'link',
  'tab',
  'radio',
  'checkbox',
  'textbox',
  'combobox',
  'group',
  'slider',
  'heading',
  'status',
  'alert',
  'img',
  'table',
  'row',
] as const;
export type AnchorRole = (typeof ANCHOR_ROLES)[number];

interface AnchorShape {
  /** A form control by the text of its `<label for>`, its `aria-label`, its placeholder or a fieldset's legend. */
  label?: string;
  /** An element by role and accessible name (`{role:'button', name:'下一步'}`). */
  role?: AnchorRole;
  name?: string;
  /** Accessible name contains `name` instead of equalling it. */
  partial?: boolean;
  /** The smallest visible element whose text contains this. */
  text?: string;
  /** Look only inside this element. */
  within?: AnchorShape;
}

export const AnchorSchema: z.ZodType<AnchorShape> = z.lazy(() =>
  z
    .object({
      label: z.string().min(1).optional(),
      role: z.enum(ANCHOR_ROLES).optional(),
      name: z.string().min(1).optional(),
      partial: z.boolean().optional(),
      text: z.string().min(1).optional(),
      within: AnchorSchema.optional(),
    })
    .strict()
    .refine((a) => [a.label !== undefined, a.role !== undefined, a.text !== undefined].filter(Boolean).length === 1, {
      message: 'an anchor is exactly one of: label, role (+ name), text',
    })
    .refine((a) => a.role === undefined || a.name !== undefined, { message: 'a role anchor needs a name' }),
);
export type Anchor = AnchorShape;

/**
 * Something that can be true of the page or the simulated world. Several keys in one condition must
 * all hold. `order` names an order id (or `{{var}}`); by default the newest order in the state.
 */
export const ConditionSchema = z
  .object({
    /** Visible text somewhere on the page (the player's own overlay excluded). */
    text: z.string().min(1).optional(),
    /** This text is not on the page. */
    noText: z.string().min(1).optional(),
    /** This element is on the page and visible. */
    anchor: AnchorSchema.optional(),
    /** The anchored control's value equals this (selects: the chosen option's text or value). */
    value: z.string().optional(),
    /** `location.pathname + location.hash` contains this. */
    url: z.string().min(1).optional(),
    /** The order's status in `GET /__sim/state`. */
    status: z.enum(ORDER_STATUSES).optional(),
    order: z.string().min(1).optional(),
    /** A value in `GET /__sim/state`, by path (`subjects[0].status`, `orders[-1].type`). */
    state: z
      .object({
        path: z.string().min(1),
        equals: z.union([z.string(), z.number(), z.boolean(), z.null()]).optional(),
        matches: z.string().min(1).optional(),
      })
      .strict()
      .optional(),
  })
  .strict()
  .refine((c) => c.value === undefined || c.anchor !== undefined, { message: '`value` needs an `anchor`' })
  .refine((c) => c.order === undefined || c.status !== undefined, { message: '`order` goes with `status`' })
  .refine((c) => [c.text, c.noText, c.anchor, c.url, c.status, c.state].some((x) => x !== undefined), {
    message: 'a condition needs at least one of text, noText, anchor, url, status, state',
  });
export type Condition = z.infer<typeof ConditionSchema>;

/** A wrong value typed first so the extension's hint shows, then corrected (issue 6 item 1). */
export const MistakeSchema = z
  .object({
    value: z.string(),
    /** Rule id the extension should flag on the field while the mistake is shown (design §5 `data-icp-rules`). */
    expectRule: z
      .string()
      .regex(/^[a-z0-9][a-z0-9.-]*$/)
      .optional(),
    callout: BilingualSchema,
  })
  .strict();
export type Mistake = z.infer<typeof MistakeSchema>;

const StepId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'step ids are kebab-case');
/** A FilingDraft field path (design §3), e.g. `subject.principal.mobile`, `websites[0].name`. */
const FieldPath = z.string().regex(/^[A-Za-z][A-Za-z0-9]*(\[\d+\])?(\.[A-Za-z][A-Za-z0-9]*(\[\d+\])?)*$/);
const IsoDuration = z
  .string()
  .regex(/^P(?:\d+W|(?:\d+Y)?(?:\d+M)?(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+S)?)?)$/, 'an ISO-8601 duration');

/**
 * Further fields set in the same step (issue 16: trivial steps merged), after the step's own value:
 * a value for a text box or a select (by the element found), or a generated file for a file input.
 * 「选择城市」 and 「选择区县」 become part of the step that chooses the region.
 */
export const AlsoSchema = z.union([
  z.object({ anchor: AnchorSchema, value: z.string(), field: FieldPath.optional() }).strict(),
  z.object({ anchor: AnchorSchema, file: z.enum(['png', 'pdf']), name: z.string().min(1) }).strict(),
]);
export type Also = z.infer<typeof AlsoSchema>;

const base = {
  id: StepId,
  callout: BilingualSchema,
  /** Short name in the step list; derived from the step when absent. */
  title: BilingualSchema.optional(),
  /** What must hold after the step; checked with a timeout and recorded per step. */
  expect: z.array(ConditionSchema).optional(),
  /** Longest wait for the anchor / conditions, ms. */
  timeoutMs: z.number().int().positive().max(120_000).optional(),
};

const GotoStep = z
  .object({
    ...base,
    kind: z.literal('goto'),
    /** A simulator path: `/beian/#/start`, `/phone/#/m/13812345678`, `/bureau/`. `{{var}}` allowed. */
    path: z.string().regex(/^\/(beian|bureau|phone|console)\/(#\/.*)?$/),
    anchor: AnchorSchema.optional(),
  })
  .strict();

const FillStep = z
  .object({
    ...base,
    kind: z.literal('fill'),
    anchor: AnchorSchema,
    /** The value typed; `{{code:13812345678}}` and other remembered values are substituted. */
    value: z.string(),
    /** The FilingDraft path the field holds (lets unit tests check the mistake against the rules core). */
    field: FieldPath.optional(),
    mistake: MistakeSchema.optional(),
    also: z.array(AlsoSchema).min(1).optional(),
  })
  .strict()
  .refine((s) => !(s.mistake && s.also), { message: 'a step with a mistake sets no further fields (`also`)' });

const SelectStep = z
  .object({
    ...base,
    kind: z.literal('select'),
    anchor: AnchorSchema,
    /** The option, by its text or value. */
    value: z.string().min(1),
    field: FieldPath.optional(),
    mistake: MistakeSchema.optional(),
    also: z.array(AlsoSchema).min(1).optional(),
  })
  .strict()
  .refine((s) => !(s.mistake && s.also), { message: 'a step with a mistake sets no further fields (`also`)' });

const CheckStep = z
  .object({
    ...base,
    kind: z.literal('check'),
    /** A checkbox or radio button. */
    anchor: AnchorSchema,
    checked: z.boolean().default(true),
  })
  .strict();

const UploadStep = z
  .object({
    ...base,
    kind: z.literal('upload'),
    /** A file input. */
    anchor: AnchorSchema,
    /** A tiny valid file of this type is generated in the page. */
    file: z.enum(['png', 'pdf']),
    name: z.string().min(1),
    also: z.array(AlsoSchema).min(1).optional(),
  })
  .strict();

const ClickStep = z
  .object({
    ...base,
    kind: z.literal('click'),
    /** Shown first, clicked on "next": the audience sees the button before it is pressed. */
    anchor: AnchorSchema,
  })
  .strict();

const WaitForStep = z
  .object({
    ...base,
    kind: z.literal('waitFor'),
    until: ConditionSchema,
    anchor: AnchorSchema.optional(),
  })
  .strict();

const AdvanceClockStep = z
  .object({
    ...base,
    kind: z.literal('advanceClock'),
    duration: IsoDuration,
    /** Reload the page afterwards so it shows the new state at once. */
    reload: z.boolean().optional(),
    anchor: AnchorSchema.optional(),
  })
  .strict();

const ReviewStep = z
  .object({
    ...base,
    kind: z.literal('review'),
    stage: z.enum(['initial', 'photo', 'bureau']),
    decision: z.enum(['approve', 'reject']),
    reason: z.string().optional(),
    /** Order id; default: the newest order. */
    order: z.string().optional(),
    reload: z.boolean().optional(),
    anchor: AnchorSchema.optional(),
  })
  .strict();

const ReadSmsStep = z
  .object({
    ...base,
    kind: z.literal('readSms'),
    mobile: z.string().regex(/^1\d{10}$/),
    /** Only messages of this kind (`sms-check`, `account-code`, `app-code`, `mobile-code`, `notice`). */
    smsKind: z.enum(['sms-check', 'account-code', 'app-code', 'mobile-code', 'notice']).optional(),
    /** Remember under this name; default `code:<mobile>`. */
    as: z
      .string()
      .regex(/^[a-z][a-zA-Z0-9:-]*$/)
      .optional(),
    /** Take the first group of this pattern from the text instead of the message's code. */
    pattern: z.string().optional(),
    anchor: AnchorSchema.optional(),
  })
  .strict();

const RememberStep = z
  .object({
    ...base,
    kind: z.literal('remember'),
    as: z.string().regex(/^[a-z][a-zA-Z0-9:-]*$/),
    /** A JSON GET path of the simulator (`/__sim/state`, `/api/phone/13611112222/app`). */
    get: z.string().regex(/^\/(__sim|api)\//),
    /** Where in the answer (`subjects[0].password`, `orders[-1].id`). */
    path: z.string().min(1),
    anchor: AnchorSchema.optional(),
  })
  .strict();

const NoteStep = z
  .object({
    ...base,
    kind: z.literal('note'),
    anchor: AnchorSchema.optional(),
  })
  .strict();

export const StepSchema = z.discriminatedUnion('kind', [
  GotoStep,
  FillStep,
  SelectStep,
  CheckStep,
  UploadStep,
  ClickStep,
  WaitForStep,
  AdvanceClockStep,
  ReviewStep,
  ReadSmsStep,
  RememberStep,
  NoteStep,
]);
export type Step = z.infer<typeof StepSchema>;
export type StepKind = Step['kind'];

/**
 * Chapters a trainer presents a filing in (issue 16): the order of the filing itself. A tour lists
 * where each of its chapters starts; the step list groups steps by them.
 */
export const CHAPTERS = {
  type: { zh: '类型', en: 'Filing type' },
  product: { zh: '产品与服务号', en: 'Product and service number' },
  password: { zh: '备案号与密码', en: 'Filing number and password' },
  subject: { zh: '主体', en: 'Subject' },
  website: { zh: '网站', en: 'Website' },
  app: { zh: 'APP', en: 'App' },
  uploads: { zh: '上传', en: 'Uploads' },
  check: { zh: '核验', en: 'Verification' },
  sms: { zh: '短信', en: 'SMS check' },
  resubmit: { zh: '退回与重新提交', en: 'Returned and resubmitted' },
  approval: { zh: '审核', en: 'Approval' },
} as const;
export type ChapterId = keyof typeof CHAPTERS;
const CHAPTER_IDS = Object.keys(CHAPTERS) as [ChapterId, ...ChapterId[]];

export const ChapterStartSchema = z.object({ chapter: z.enum(CHAPTER_IDS), from: z.string().min(1) }).strict();

export const AUDIENCES = ['applicant', 'company-applicant', 'support-staff', 'trainer'] as const;

export const TourSchema = z
  .object({
    $schema: z.string().optional(),
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    title: BilingualSchema,
    summary: BilingualSchema,
    /** Simulator scenario the tour starts from (`POST /__sim/reset`). */
    scenario: z.string().regex(/^[a-z0-9-]+$/),
    /** Simulator settings applied after the reset; captchas are always switched off. */
    settings: z
      .object({
        autoReview: z.boolean().optional(),
        smsValidHours: z.number().positive().optional(),
        mobileVerification: z.boolean().optional(),
      })
      .strict()
      .optional(),
    audience: z.array(z.enum(AUDIENCES)).min(1),
    /** The filing type the tour files (FilingDraft `filingType`), when it files one. */
    filingType: z.enum(FILING_TYPES).optional(),
    /** Spec sections the tour demonstrates. */
    spec: z.array(z.string().min(1)).min(1),
    steps: z.array(StepSchema).min(2),
    /** Where each chapter starts (step ids, in step order; the first at the first step). */
    chapters: z.array(ChapterStartSchema).min(1).optional(),
  })
  .strict()
  .refine(
    (t) => {
      if (!t.chapters) return true;
      const at = t.chapters.map((c) => t.steps.findIndex((s) => s.id === c.from));
      return at[0] === 0 && at.every((i, k) => i >= 0 && (k === 0 || i > (at[k - 1] ?? -1)));
    },
    { message: 'chapters start at existing steps, in step order, the first at the first step' },
  )
  .refine((t) => t.steps[0]?.kind === 'goto', {
    message: 'a tour starts with a goto step (so any step can be replayed from a reset)',
  })
  .refine((t) => new Set(t.steps.map((s) => s.id)).size === t.steps.length, { message: 'step ids must be unique' });
export type Tour = z.infer<typeof TourSchema>;
