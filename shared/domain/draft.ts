import { z } from 'zod';
import { FILING_TYPES } from './filing-types';

// zod at the boundary (design §7): drafts come from JSON files, page reads, API requests and storage.
// Every field is optional because a page shows only some of them (design §3).

const text = z.string().max(10_000);

export const PrincipalSchema = z
  .object({
    name: text.optional(),
    idType: text.optional(),
    idNumber: text.optional(),
    /** 证件有效期 start, `YYYY-MM-DD` as the form shows it. */
    idValidFrom: text.optional(),
    /** 证件有效期 end, `YYYY-MM-DD`, or `长期` for a document without an end. */
    idValidUntil: text.optional(),
    /** 联系方式1: mainland mobile; the only number SMS-check codes go to (spec §4.2). */
    mobile: text.optional(),
    /** 联系方式2: `086-<area code>-<number>[-ext]` (spec §4.2). */
    landline: text.optional(),
    emergencyPhone: text.optional(),
    email: text.optional(),
  })
  .strict();

export const SubjectSchema = z
  .object({
    province: text.optional(),
    city: text.optional(),
    district: text.optional(),
    /** 主办单位性质: 个人, 企业, 事业单位, 社会团体, 政府机关, … */
    nature: text.optional(),
    idType: text.optional(),
    idNumber: text.optional(),
    /** 证件有效期 start, `YYYY-MM-DD`. */
    idValidFrom: text.optional(),
    /** 证件有效期 end, `YYYY-MM-DD`, or `长期` (no end). */
    idValidUntil: text.optional(),
    name: text.optional(),
    idAddress: text.optional(),
    /** Street part only: province/city/district are pre-filled by the page (spec §4.1). */
    mailAddress: text.optional(),
    investor: text.optional(),
    remark: text.optional(),
    principal: PrincipalSchema.optional(),
  })
  .strict();

export const WebsiteSchema = z
  .object({
    name: text.optional(),
    domains: z.array(text).max(200).optional(),
    homeUrl: text.optional(),
    serviceContent: z.array(text).max(50).optional(),
    languages: z.array(text).max(50).optional(),
    preApproval: z.array(text).max(50).optional(),
    remark: text.optional(),
    /** 网站备案号 of an already filed website (access and change filings). */
    filingNumber: text.optional(),
    /** 备案服务号 linking the website to its server (spec §7). */
    serviceNumber: text.optional(),
    /** Product kind the service number belongs to (spec §7), e.g. `elastic-web` for 弹性Web托管. */
    product: text.optional(),
    /** Whether a commercial (经营性) filing is planned for the site (spec §3: not on elastic web hosting). */
    commercial: z.boolean().optional(),
    principal: PrincipalSchema.optional(),
  })
  .strict();

/**
 * One platform build of an app (design §3 `apps[].platforms[]`). `platform` is `android | ios | harmony | other`;
 * the labels the forms show (安卓, 苹果, 鸿蒙, 其他 …) are accepted too and read by `appPlatformOf`.
 */
export const AppPlatformSchema = z
  .object({
    platform: text.optional(),
    /** Android applicationId, iOS Bundle ID, HarmonyOS bundle name (包名 / Bundle ID). */
    packageName: text.optional(),
    /** The signing certificate's public key: RSA modulus in hex, or PEM / base64 SubjectPublicKeyInfo (公钥). */
    publicKey: text.optional(),
    /** Hex fingerprint of the signing certificate: MD5 on Android, SHA-1 on iOS (签名MD5值 / 签名信息). */
    signature: text.optional(),
  })
  .strict();

/**
 * An app, mini program or quick app filed beside the websites (since 2023; design §3 `apps[]`). `kind` is
 * `app | mini-program | quick-app`; the labels APP, 小程序, 快应用 are accepted too (`appKindOf`).
 */
export const AppSchema = z
  .object({
    kind: text.optional(),
    name: text.optional(),
    platforms: z.array(AppPlatformSchema).max(20).optional(),
    domains: z.array(text).max(200).optional(),
    serviceContent: z.array(text).max(50).optional(),
    languages: z.array(text).max(50).optional(),
    preApproval: z.array(text).max(50).optional(),
    remark: text.optional(),
    /** Icon file name as the form shows it (应用图标). */
    icon: text.optional(),
    /** Icon file size in bytes, when the draft knows it (the form takes at most 100 KB). */
    iconBytes: z.number().int().nonnegative().optional(),
    /** SDK 服务厂商及功能类型 as the form lists them. */
    sdks: z.array(text).max(100).optional(),
    /** App filing number (`浙ICP备…号-2A`) once approved. */
    filingNumber: text.optional(),
    principal: PrincipalSchema.optional(),
  })
  .strict();

/** What the applicant types on the bureau's SMS-check page (spec §6.4). */
export const SmsCheckSchema = z
  .object({
    code: text.optional(),
    mobile: text.optional(),
    idTail: text.optional(),
  })
  .strict();

export const FilingDraftSchema = z
  .object({
    filingType: z.enum(FILING_TYPES).optional(),
    /** Filing date, `YYYY-MM-DD`; the rules in force on that day apply. Defaults to today. */
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD')
      .optional(),
    /** 备案号 of the subject already filed elsewhere (access filings, spec §4.4). */
    filingNumber: text.optional(),
    /** ICP备案密码 issued by MIIT (spec §2, §4.4). */
    filingPassword: text.optional(),
    subject: SubjectSchema.optional(),
    websites: z.array(WebsiteSchema).max(100).optional(),
    apps: z.array(AppSchema).max(100).optional(),
    smsCheck: SmsCheckSchema.optional(),
  })
  .strict();

export type Principal = z.infer<typeof PrincipalSchema>;
export type Subject = z.infer<typeof SubjectSchema>;
export type Website = z.infer<typeof WebsiteSchema>;
export type AppPlatform = z.infer<typeof AppPlatformSchema>;
export type App = z.infer<typeof AppSchema>;
export type SmsCheck = z.infer<typeof SmsCheckSchema>;
export type FilingDraft = z.infer<typeof FilingDraftSchema>;

/** Parse unknown JSON as a draft; the error names the field path and what was expected. */
export function parseDraft(input: unknown): { ok: true; draft: FilingDraft } | { ok: false; message: string } {
  const result = FilingDraftSchema.safeParse(input);
  if (result.success) return { ok: true, draft: result.data };
  const message = result.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(draft)'}: ${issue.message}`)
    .join('; ');
  return { ok: false, message: `不是有效的备案草稿 / not a filing draft — ${message}` };
}
