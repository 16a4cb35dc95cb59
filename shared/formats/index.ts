// Every field format of the forms (issue 3 §2), and ALL_FORMATS for listing rule ids (`<format id>.<issue code>`).

import { businessLicence15Format } from './business-licence-15';
import { filingNumberFormat, filingPasswordFormat, idTailFormat, smsCodeFormat } from './codes';
import { creditCodeFormat } from './credit-code';
import type { Format } from './define';
import {
  chinesePassportFormat,
  documentNumberFormat,
  hkMacauPermitFormat,
  passportFormat,
  taiwanPermitFormat,
} from './documents';
import { domainName } from './domain-name';
import { emailFormat } from './email';
import { homeUrl } from './home-url';
import { idNumberFormat } from './id-number';
import { organizationCodeFormat } from './organization-code';
import { permanentResidenceFormat } from './permanent-residence';
import { landlineFormat, mobileFormat } from './phone';

export * from './business-licence-15';
export * from './codes';
export * from './credit-code';
export * from './define';
export * from './documents';
export * from './domain-name';
export * from './email';
export * from './gb2260-provinces';
export * from './home-url';
export * from './id-number';
export * from './organization-code';
export * from './permanent-residence';
export * from './phone';

// biome-ignore lint/suspicious/noExplicitAny: formats differ only in their details type
type AnyFormat = Format<any>;

const FORMATS: AnyFormat[] = [
  idNumberFormat,
  creditCodeFormat,
  organizationCodeFormat,
  businessLicence15Format,
  chinesePassportFormat,
  passportFormat,
  hkMacauPermitFormat,
  taiwanPermitFormat,
  permanentResidenceFormat,
  documentNumberFormat,
  mobileFormat,
  landlineFormat,
  emailFormat,
  domainName,
  homeUrl,
  smsCodeFormat,
  idTailFormat,
  filingNumberFormat,
  filingPasswordFormat,
];

export const ALL_FORMATS: Format[] = FORMATS;

/** Every rule id the formats can raise: `id-number.checksum`, … */
export function formatRuleIds(formats: readonly Format[] = ALL_FORMATS): string[] {
  return formats.flatMap((f) => Object.keys(f.issues).map((code) => `${f.id}.${code}`));
}

const BY_ID = new Map(ALL_FORMATS.map((f) => [f.id, f]));

/** The format with this id (`id-number`, `mobile`, …), or undefined. */
export function getFormat(id: string): Format | undefined {
  return BY_ID.get(id);
}
