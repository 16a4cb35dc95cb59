/**
 * Shapes of the simulator's JSON API as documented in simulator/API.md (the backend's contract).
 * Written from the document rather than imported from simulator/state: the pages depend on what the
 * API promises, not on how the store keeps it.
 */
import type { Bilingual } from '../../../shared/domain/bilingual';
import type { FilingDraft, Principal, Subject, Website } from '../../../shared/domain/draft';
import type { FilingType } from '../../../shared/domain/filing-types';
import type { Finding } from '../../../shared/domain/finding';

export type { Bilingual, FilingDraft, FilingType, Finding, Principal, Subject, Website };

export type OrderStatus =
  | 'draft'
  | 'initial-review'
  | 'photo-check'
  | 'photo-review'
  | 'sms-check'
  | 'bureau-review'
  | 'approved'
  | 'rejected'
  | 'returned'
  | 'abandoned';

export type UploadKind =
  | 'verification-form'
  | 'id-front'
  | 'id-back'
  | 'subject-licence'
  | 'domain-certificate'
  | 'authorization'
  | 'backdrop-photo'
  | 'claim-document'
  | 'app-icon'
  | 'other';

export interface Session {
  account: { id: string; name: string; loginName: string; phone: string };
  now: string;
  settings: Settings;
}

export interface Settings {
  captcha: boolean;
  mobileVerification: boolean;
  smsValidHours: number;
  smsValidHoursSource?: string;
  autoReview: boolean;
}

export interface PictureCaptcha {
  id: string;
  kind: 'picture';
  image: string;
  length: number;
}

export interface PuzzleCaptcha {
  id: string;
  kind: 'puzzle';
  image: string;
  piece: string;
  width: number;
  height: number;
  pieceY: number;
}

export interface Labels {
  statuses: Record<string, Bilingual>;
  filingTypes: Record<string, Bilingual>;
  uploadKinds: Record<string, Bilingual>;
  products: Record<string, Bilingual>;
}

export interface TypeDecision {
  type: FilingType;
  label: Bilingual;
  next: string | Bilingual;
  reason: Bilingual;
  order: Order | null;
  subjectId: string | null;
  startFrom: 'order' | 'my-filings' | 'claim';
  outcome?: 'proceed' | 'choose' | 'blocked' | 'offline';
  available?: FilingType[] | null;
  findings?: Finding[];
}

export interface OrderSummary {
  id: string;
  type: FilingType;
  typeLabel: Bilingual;
  province: string;
  status: OrderStatus;
  statusLabel: Bilingual;
  subjectName?: string;
  domains?: string[];
  updatedAt: string;
}

export interface UploadInfo {
  id: string;
  kind: UploadKind;
  /** `app-icon`: which app of the order. */
  appIndex?: number;
  name: string;
  mime: string;
  size: number;
  at: string;
  url: string;
}

export interface SmsPhone {
  mobile: string;
  roles: string[];
  sentAt?: string;
  delivered: boolean;
  verified: boolean;
  wrongIdTails: number;
}

export interface Order {
  id: string;
  type: FilingType;
  typeLabel: Bilingual;
  province: string;
  provinceCode: string;
  status: OrderStatus;
  statusLabel: Bilingual;
  createdAt: string;
  updatedAt: string;
  subjectId: string | null;
  websiteId: string | null;
  draft: FilingDraft;
  product: { instanceId?: string | null; serviceNumber?: string | null } | null;
  serviceNumbers: (string | null)[];
  uploads: UploadInfo[];
  requiredUploads: UploadKind[];
  photo: {
    method: 'backdrop' | 'shanghai-app' | 'face' | 'none';
    backdrop: { mode: 'mail' | 'own'; address?: Record<string, string>; requestedAt: string } | null;
    photoUploadId: string | null;
    appCode: string | null;
    appPhoto: string | null;
    /** Face verification: each principal who must verify, and whether they have. */
    face: { mobile: string; name: string; path: string; verified: boolean }[] | null;
    confirmed: boolean;
  };
  sms: {
    required: boolean;
    validHours: number;
    sentAt?: string;
    expiresAt?: string;
    phones: SmsPhone[];
  } | null;
  accountCodeVerified: boolean;
  reviews: { stage: string; decision: string; reason: string; at: string }[];
  history: { at: string; from: OrderStatus | null; to: OrderStatus; reason: string; by?: string }[];
  steps: string[];
  actions: string[];
  lastRejection: { stage: string; reason: string; at: string } | null;
  result?: { subjectFilingNumber?: string; websiteFilingNumbers: string[]; appFilingNumbers?: string[] };
}

export interface SaveResult {
  order: Order;
  findings: Finding[];
}

export interface Instance {
  id: string;
  product: string;
  productLabel: Bilingual;
  name: string;
  region: string;
  regionName: string;
  publicIp?: string;
  billing: 'subscription' | 'pay-as-you-go';
  purchasedMonths: number;
  createdAt: string;
  expiresAt?: string;
  monthsRemaining?: number;
  publicBandwidth?: boolean;
  numbersIssued: number;
  eligibility: { eligible: boolean; limit: number; remaining: number; reasons: (Bilingual | string)[] };
}

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface ServiceNumber {
  number: string;
  instanceId: string;
  product: string;
  status: '未使用' | '已绑定' | '已使用';
  orderId?: string;
  websiteId?: string;
  createdAt: string;
}

export interface FiledWebsiteView {
  id: string;
  name: string;
  domains: string[];
  filingNumber: string;
  status: 'filed' | 'cancelled';
  serviceNumber?: string;
}

export interface FiledSubjectView {
  id: string;
  name: string;
  province: string;
  nature: string;
  idType: string;
  idNumber: string;
  filingNumber: string;
  status: 'filed' | 'cancelled';
  statusLabel?: Bilingual;
  websites: FiledWebsiteView[];
  /** Apps filed under the subject (since 2023). */
  apps?: { id: string; name: string; kind: string; filingNumber: string; status: string; statusLabel?: Bilingual }[];
  orderInProgress: { id: string; type: FilingType; status: OrderStatus } | null;
  actions: FilingType[];
}

export interface SmsCheckAnswer {
  ok: boolean;
  result: string;
  message?: Bilingual;
  orderComplete?: boolean;
  remainingPhones?: number;
  returned?: boolean;
  sentAt?: string;
}

export interface PhoneNumber {
  mobile: string;
  carrier: 'mobile' | 'unicom' | 'telecom' | 'virtual' | string;
  carrierLabel: string | Bilingual;
  owner?: string;
  unread?: number;
}

export interface PhoneMessage {
  id: string;
  from: string | null;
  text: string;
  sentAt: string;
  kind: string;
}

export type AppStep = 'install' | 'verify-phone' | 'id-capture' | 'holding-photo' | 'done';

export interface PhoneApp {
  step: AppStep;
  pictureCode?: string;
  orderId?: string;
}

export interface Scenario {
  name: string;
  description: string;
}

export interface PendingReview {
  orderId: string;
  stage: 'initial' | 'photo' | 'bureau';
  type: FilingType;
  province: string;
  subjectName?: string;
  since: string;
  dueAt?: string;
}

export interface RejectionReason {
  id: string;
  stages: string[];
  text: Bilingual;
  source?: string;
}

export interface SimSms {
  to: string;
  from: string | null;
  text: string;
  code: string | null;
  sentAt: string;
  kind: string;
  orderId?: string;
}

export interface Fault {
  id: string;
  path: string;
  method?: string;
  kind: 'delay' | 'error' | 'network';
  ms?: number;
  status?: number;
  times?: number;
}
