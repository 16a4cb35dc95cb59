import type { Bilingual } from '../domain/bilingual';
import type { FilingType } from '../domain/filing-types';
import type { AppPlan } from './app-plan';

/** design §4 `plan.photoCheck`. */
/** design §4 `plan.photoCheck`: `face` is electronic face verification in the provider's app. */
export type PhotoCheckMethod = 'face' | 'shanghai-app' | 'backdrop' | 'none';

/** Whose phone an SMS-check code goes to (spec §6.3). */
export type PrincipalRole = 'subject-principal' | 'website-principal';

export interface SmsCheckPolicy {
  /** Whether the province checked by SMS on that date (spec §6.1). */
  required: boolean;
  /** The date the province joined the pilot, when it has. */
  since?: string;
  source: string;
  /** Why the answer may not hold: province unknown, joins later, data as of a date. */
  note?: Bilingual;
}

export interface SmsCheckPlan extends SmsCheckPolicy {
  /** Distinct mobile numbers that receive a code (one code when both principals share a number). */
  phones: string[];
  /** The roles checked for this filing type, in order. */
  roles: PrincipalRole[];
  /** Code validity in hours (spec §6.2: 24). */
  validHours: number;
  /** How the check works on the filing date (page, sender, wrong entries, resends), with sources. */
  mechanics?: { text: Bilingual; source: string; disagreement?: Bilingual }[];
}

export type StepId =
  | 'type'
  | 'product'
  | 'subject'
  | 'website'
  | 'access-password'
  | 'upload'
  | 'initial-review'
  | 'photo-check'
  | 'photo-review'
  | 'sms-check'
  | 'bureau-review'
  | 'claim-review'
  | 'sms-account-code'
  | 'done';

export interface PlanStep {
  id: StepId;
  label: Bilingual;
  /** How long the step usually takes, e.g. "1 个工作日" / "1 working day". */
  duration?: Bilingual;
  source: string;
}

export interface Deadline {
  id: string;
  label: Bilingual;
  /** One of these gives its length. */
  workingDays?: number | [number, number];
  hours?: number;
  days?: number;
  source: string;
}

/** The plan for a draft on a date: what design §4 prints as `plan`, plus what the panel shows. */
export interface FilingPlan {
  filingType?: FilingType;
  provinceCode?: string;
  smsCheck: SmsCheckPlan;
  photoCheck: PhotoCheckMethod;
  /** Ordered step ids still ahead (design §4 `plan.steps`). */
  steps: StepId[];
  stepDetails: PlanStep[];
  /** Documents to prepare (真实性核验单, ID photos, domain certificate …). */
  documents: Bilingual[];
  deadlines: Deadline[];
  /** Documents may also be uploaded from the provider's mobile app in this province (spec §3 step 5). */
  appUpload: boolean;
  /** `documents` with their ids and sources, same order. */
  documentDetails?: DocumentItem[];
  /** What the plan assumed: type not given, province unknown … */
  notes?: Bilingual[];
  /** Each app, mini program and quick app of the draft: steps, SMS phone, number, display duty. */
  apps?: AppPlan[];
}

/** One thing to prepare before uploading (spec §3 step 5), with what it is based on. */
export interface DocumentItem {
  id: string;
  label: Bilingual;
  source: string;
}
