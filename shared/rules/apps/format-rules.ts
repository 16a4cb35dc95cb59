import type { Citation } from '../../domain/citation';
import type { FilingDraft } from '../../domain/draft';
import { stringsAt } from '../../domain/paths';
import { getFormat } from '../../formats';
import {
  APP_FORMATS,
  APP_KIND_LABELS,
  APP_PLATFORM_LABELS,
  type AppPlatformId,
  appPlatformOf,
  packageFormatFor,
  publicKeyFormat,
  signatureFormatFor,
} from '../../formats/app-formats';
import type { Format, FormatExample } from '../../formats/define';
import { citationsOf } from '../data/references';
import { formatValueExample, memo } from '../define';
import type { Rule, RuleContext, RuleExample, RuleHit } from '../types';
import { appsOf, hasNoBuildFields } from './app-context';
import {
  ALIYUN_APP_FEATURES,
  ANDROID_APPLICATION_ID,
  APP_FILING_FROM,
  APPLE_BUNDLE_ID,
  cite,
  HARMONY_APP_JSON5,
  HUAWEI_APP_FAQ,
  MIIT_APP_ANNEX,
  RFC_5280,
  RFC_8017,
} from './sources';

/** What each app format's rules cite (the formats' own `source` text is for authors). */
const FORMAT_CITATIONS: Record<string, Citation[]> = {
  'app-package-android': [MIIT_APP_ANNEX, ANDROID_APPLICATION_ID],
  'app-bundle-id-ios': [MIIT_APP_ANNEX, APPLE_BUNDLE_ID],
  'app-bundle-name-harmony': [MIIT_APP_ANNEX, HARMONY_APP_JSON5],
  'app-signature-android': [HUAWEI_APP_FAQ, ALIYUN_APP_FEATURES],
  'app-signature-ios': [HUAWEI_APP_FAQ, ALIYUN_APP_FEATURES],
  'app-signature-harmony': [HUAWEI_APP_FAQ],
  'app-public-key': [MIIT_APP_ANNEX, HUAWEI_APP_FAQ, RFC_5280, RFC_8017],
};

/**
 * Format rules of the app step: every issue of every app format becomes a rule `<format id>.<issue code>`
 * on the fields carrying it; which format a field has depends on the platform chosen beside it (Android
 * package name or iOS Bundle ID, certificate MD5 or SHA-1). App domains use the website domain format,
 * under their own ids (`app-domain.<code>`), without its "subdomain" issue: apps file the host they use.
 */

interface AppBinding {
  field: string;
  formats: readonly Format[];
  choose(ctx: RuleContext, path: string): Format | undefined;
}

function platformAt(ctx: RuleContext, path: string): AppPlatformId | undefined {
  const m = /^apps\[(\d+)\]\.platforms\[(\d+)\]/.exec(path);
  if (!m) return undefined;
  return appPlatformOf(ctx.draft.apps?.[Number(m[1])]?.platforms?.[Number(m[2])]?.platform);
}

function isBuildless(ctx: RuleContext, path: string): boolean {
  const prefix = /^apps\[\d+\]/.exec(path)?.[0];
  const ref = memo(ctx, 'app-refs', () => appsOf(ctx)).find((a) => a.prefix === prefix);
  return ref ? hasNoBuildFields(ref.kind) : false;
}

const PACKAGE_FORMATS = APP_FORMATS.filter((f) => f.id.startsWith('app-package') || f.id.startsWith('app-bundle'));
const SIGNATURE_FORMATS = APP_FORMATS.filter((f) => f.id.startsWith('app-signature'));

const BINDINGS: readonly AppBinding[] = [
  {
    field: 'apps[].platforms[].packageName',
    formats: PACKAGE_FORMATS,
    choose: (ctx, path) => packageFormatFor(platformAt(ctx, path)),
  },
  {
    field: 'apps[].platforms[].signature',
    formats: SIGNATURE_FORMATS,
    choose: (ctx, path) => (isBuildless(ctx, path) ? undefined : signatureFormatFor(platformAt(ctx, path))),
  },
  {
    field: 'apps[].platforms[].publicKey',
    formats: [publicKeyFormat as Format],
    choose: (ctx, path) => (isBuildless(ctx, path) ? undefined : (publicKeyFormat as Format)),
  },
];

/** Every hit of one format on one binding's fields in this check, by issue code (one pass, shared by its rules). */
function hitsByCode(ctx: RuleContext, binding: AppBinding, format: Format): Map<string, RuleHit[]> {
  return memo(ctx, `app-format-hits:${binding.field}:${format.id}`, () => {
    const byCode = new Map<string, RuleHit[]>();
    for (const { path, value } of stringsAt(ctx.draft, binding.field)) {
      if (!value.trim()) continue; // blank: the required rules' business
      if (binding.choose(ctx, path)?.id !== format.id) continue;
      const result = format.check(value, { today: ctx.date });
      for (const issue of result.issues) {
        // A private key is never echoed back into a message or a suggestion.
        const hit: RuleHit = { field: path, params: { normalized: result.normalized, ...issue.params } };
        if (result.normalized && result.normalized !== value.trim()) hit.suggestion = result.normalized;
        const list = byCode.get(issue.code);
        if (list) list.push(hit);
        else byCode.set(issue.code, [hit]);
      }
    }
    return byCode;
  });
}

function hitsFor(ctx: RuleContext, binding: AppBinding, format: Format, code: string): RuleHit[] {
  return hitsByCode(ctx, binding, format).get(code) ?? [];
}

/**
 * Issues no draft can raise: a blank field is never shown to a format (the required rules speak for it),
 * so `<format>.empty` stays a format issue and is not a rule (as in national/format-rules.ts).
 */
const FORMAT_ONLY_CODES: ReadonlySet<string> = new Set(['empty']);

/** The platform label (`android` …) whose rows a package or signature format checks; Android for the rest. */
function platformLabelFor(format: Format): string {
  for (const [id, labels] of Object.entries(APP_PLATFORM_LABELS) as [AppPlatformId, readonly string[]][])
    if (packageFormatFor(id)?.id === format.id || signatureFormatFor(id)?.id === format.id) return labels[0] ?? id;
  return APP_PLATFORM_LABELS.android[0] ?? 'android';
}

/**
 * The app around an example value: an APP (a kind with build fields; mini programs have no signature,
 * key or domain) with one platform row whose label makes the binding choose `format`.
 */
function exampleScope(binding: AppBinding, format: Format): FilingDraft {
  const kind = APP_KIND_LABELS.app[0];
  return binding.field.includes('platforms[]')
    ? { apps: [{ kind, platforms: [{ platform: platformLabelFor(format) }] }] }
    : { apps: [{ kind }] };
}

/** The rule examples of one issue: its `fires` values, and its `passes` and the format's `valid` values. */
function formatExamples(binding: AppBinding, format: Format, code: string): Rule['examples'] {
  const spec = format.issues[code];
  if (!spec?.fires?.length) return undefined;
  const scope = exampleScope(binding, format);
  const at = (e: FormatExample, field: boolean): RuleExample =>
    formatValueExample(e, binding.field, structuredClone(scope), field);
  return {
    fires: spec.fires.map((e) => at(e, true)),
    passes: [...(spec.passes ?? []), ...(format.valid ?? [])].map((e) => at(e, false)),
  };
}

function rulesOf(
  binding: AppBinding,
  format: Format,
  idPrefix = format.id,
  skip: readonly string[] = [],
  citeFirst?: Citation,
): Rule[] {
  const citations = citeFirst
    ? [citeFirst, ...citationsOf(format.source).citations]
    : (FORMAT_CITATIONS[format.id] ?? [MIIT_APP_ANNEX]);
  return Object.entries(format.issues)
    .filter(([code]) => !skip.includes(code) && !FORMAT_ONLY_CODES.has(code))
    .map(([code, spec]) => {
      const rule: Rule = {
        id: `${idPrefix}.${code}`,
        fields: [binding.field],
        severity: spec.severity,
        message: spec.message,
        fix: spec.fix,
        // App domains cite the annex and the domain format's standards (issue notes are about websites).
        ...cite(...citations),
        effective: { from: APP_FILING_FROM },
        check: (ctx) => hitsFor(ctx, binding, format, code),
      };
      const examples = formatExamples(binding, format, code);
      if (examples) rule.examples = examples;
      return rule;
    });
}

const DOMAIN_FORMAT = getFormat('domain-name') as Format;

const DOMAIN_BINDING: AppBinding = {
  field: 'apps[].domains[]',
  formats: [DOMAIN_FORMAT],
  choose: (ctx, path) => (isBuildless(ctx, path) ? undefined : DOMAIN_FORMAT),
};

export const APP_FORMAT_RULES: readonly Rule[] = [
  ...BINDINGS.flatMap((b) => b.formats.flatMap((f) => rulesOf(b, f))),
  ...rulesOf(DOMAIN_BINDING, DOMAIN_FORMAT, 'app-domain', ['subdomain'], MIIT_APP_ANNEX),
];
