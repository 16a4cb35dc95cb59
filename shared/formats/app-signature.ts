// 签名MD5值 / 签名信息 of an app platform: the hex fingerprint of the certificate the build is signed with.
// Android takes the certificate's MD5 (32 hex digits); iOS takes the certificate's SHA-1 (40 hex digits)
// although the form's label still says "MD5" (research A13, A14: an iOS MD5 is rejected); HarmonyOS takes
// the certificate's fingerprint (research A15: the hash is not named, so 32, 40 and 64 digits pass).

import { defineFormat, type Format, type FormatIssue, type FormatIssueSpec, formatResult } from './define';
import { describeChar, foldAndTrim } from './input-text';

export type SignatureDetails = {
  /** Hex digits without separators, lower case. */
  hex: string;
  /** The hash the length suggests. */
  hash?: 'md5' | 'sha1' | 'sha256';
};

const SOURCE =
  '华为云「App备案咨询」(2025) 安卓填证书MD5、苹果填证书SHA-1; 阿里云「填写App特征信息」; 腾讯云「App备案」(243/97789)';
const SOURCE_URL = 'https://help.aliyun.com/zh/icp-filing/basic-icp-service/user-guide/fill-in-app-feature-information';

// Example fingerprints: digests of made-up text (MD5 / SHA-1 / SHA-256 of `icp-checker made-up certificate A`
// or `… B`), no real certificate's; the colon forms are how keytool and openssl print them.
const MD5_A = '59c97d1fbc46aa82b6b471200c21087f';
const MD5_B = '8d2510f01547d7efc29943dde7bc62f0';
const MD5_A_COLONS = '59:C9:7D:1F:BC:46:AA:82:B6:B4:71:20:0C:21:08:7F';
const SHA1_A = 'dcbe65523c92da6886afe544819e32536f3cacd0';
const SHA1_B = '05f86a66d0ae9a5bc1b8a479aba225e8de204e47';
const SHA1_A_COLONS = 'DC:BE:65:52:3C:92:DA:68:86:AF:E5:44:81:9E:32:53:6F:3C:AC:D0';
const SHA256_A = '2c1d0ca5a86a7dae826ae1e9585c0b953d2eb26720a40a46022321a0bf2d3b4f';
const SHA256_A_COLONS =
  '2C:1D:0C:A5:A8:6A:7D:AE:82:6A:E1:E9:58:5C:0B:95:3D:2E:B2:67:20:A4:0A:46:02:23:21:A0:BF:2D:3B:4F';

const HASH_BY_LENGTH: Record<number, SignatureDetails['hash']> = { 32: 'md5', 40: 'sha1', 64: 'sha256' };

/** How to read the value, per platform: the fix text of every signature issue ends with it. */
export const SIGNATURE_HOWTO = {
  android: {
    zh: '读取发布版签名证书的 MD5：`keytool -printcert -jarfile app-release.apk`，或 `keytool -list -v -keystore release.jks -alias <别名>`（看 MD5；新版 keytool 不再显示 MD5 时用 `apksigner verify --print-certs app-release.apk` 的 certificate MD5 digest），也可用本项目 `npm run --silent check -- --app-signature app-release.apk`。',
    en: "Read the MD5 of the release signing certificate: `keytool -printcert -jarfile app-release.apk` or `keytool -list -v -keystore release.jks -alias <alias>` (newer keytool prints no MD5: use the certificate MD5 digest of `apksigner verify --print-certs app-release.apk`), or this project's `npm run --silent check -- --app-signature app-release.apk`.",
  },
  ios: {
    zh: '读取发布证书（Apple Distribution）的 SHA-1：`openssl x509 -inform der -in distribution.cer -noout -fingerprint -sha1`，或在「钥匙串访问」中查看证书的 SHA-1 指纹，也可用 `npm run --silent check -- --app-signature distribution.cer`。',
    en: 'Read the SHA-1 of the distribution certificate (Apple Distribution): `openssl x509 -inform der -in distribution.cer -noout -fingerprint -sha1`, or the SHA-1 fingerprint in Keychain Access, or `npm run --silent check -- --app-signature distribution.cer`.',
  },
  harmony: {
    zh: '填写发布证书的指纹：在 AppGallery Connect 的证书管理中查看，或 `keytool -printcert -file release.cer`。',
    en: 'Enter the fingerprint of the release certificate: see the certificate list in AppGallery Connect, or `keytool -printcert -file release.cer`.',
  },
} as const;

type Platform = keyof typeof SIGNATURE_HOWTO;

/** Drop colons, spaces, dashes and a `0x` prefix; fold width; lower-case. */
export function normaliseSignature(value: string): string {
  return foldAndTrim(value)
    .replace(/^(?:0x|MD5[:：]?|SHA-?1[:：]?|SHA-?256[:：]?)\s*/i, '')
    .replace(/[\s:：-]/g, '')
    .toLowerCase();
}

/** Example values of the issues every platform shares (their digit counts differ by platform). */
type CommonExamples = Record<'normalised' | 'charset' | 'placeholder', Pick<FormatIssueSpec, 'fires' | 'passes'>>;

function issues(
  platform: Platform,
  own: Record<string, FormatIssueSpec>,
  examples: CommonExamples,
): Record<string, FormatIssueSpec> {
  const howto = SIGNATURE_HOWTO[platform];
  const withHowto = (fix: { zh: string; en: string }) => ({
    zh: `${fix.zh}${howto.zh}`,
    en: fix.en ? `${fix.en} ${howto.en}` : howto.en,
  });
  const common: Record<string, FormatIssueSpec> = {
    empty: {
      severity: 'error',
      message: { zh: '签名MD5值为空。', en: 'The certificate fingerprint (签名MD5值) is empty.' },
      fix: withHowto({ zh: '', en: '' }),
      fires: [''],
    },
    normalised: {
      severity: 'info',
      message: {
        zh: '签名值含冒号、空格或大写字母；去掉分隔符后为 {normalized}。',
        en: 'The fingerprint contains colons, spaces or capitals; without separators it is {normalized}.',
      },
      fix: {
        zh: '如备案系统不接受分隔符，请填写为 {normalized}。',
        en: 'If the filing site does not accept separators, enter {normalized}.',
      },
      ...examples.normalised,
    },
    charset: {
      severity: 'error',
      message: {
        zh: '签名值第 {position} 个字符 {char} 不是十六进制数字（0-9、a-f）。',
        en: 'Character {position} of the fingerprint, {char}, is not a hex digit (0-9, a-f).',
      },
      fix: withHowto({ zh: '签名值是证书指纹的十六进制形式。', en: 'The fingerprint is written in hex.' }),
      ...examples.charset,
    },
    placeholder: {
      severity: 'warning',
      message: {
        zh: '签名值由同一个字符重复组成，像是占位内容。',
        en: 'The fingerprint is one character repeated: it looks like a placeholder.',
      },
      fix: withHowto({ zh: '', en: '' }),
      ...examples.placeholder,
    },
  };
  const out: Record<string, FormatIssueSpec> = { ...common };
  for (const [code, spec] of Object.entries(own)) out[code] = { ...spec, fix: withHowto(spec.fix) };
  return out;
}

function checkSignature(
  format: Pick<Format<SignatureDetails>, 'issues'>,
  value: string,
  byLength: (hexLength: number) => FormatIssue | undefined,
) {
  const normalized = normaliseSignature(value);
  if (!normalized) return formatResult(format, normalized, [{ code: 'empty' }]);
  const found: FormatIssue[] = [];
  if (normalized !== value.trim()) found.push({ code: 'normalised', params: { normalized } });
  let position = 0;
  for (const ch of normalized) {
    position += 1;
    if (!/[0-9a-f]/.test(ch)) {
      found.push({ code: 'charset', params: { char: describeChar(ch), position } });
      return formatResult(format, normalized, found);
    }
  }
  const byLen = byLength(normalized.length);
  if (byLen) found.push(byLen);
  if (/^(.)\1*$/.test(normalized)) found.push({ code: 'placeholder' });
  const hash = HASH_BY_LENGTH[normalized.length];
  return formatResult(format, normalized, found, { hex: normalized, ...(hash ? { hash } : {}) });
}

/** Android: the signing certificate's MD5, 32 hex digits. */
export const androidSignatureFormat: Format<SignatureDetails> = defineFormat<SignatureDetails>({
  id: 'app-signature-android',
  name: { zh: '安卓签名MD5值', en: 'Android certificate MD5' },
  source: SOURCE,
  sourceUrl: SOURCE_URL,
  valid: [MD5_A, MD5_B],
  issues: issues(
    'android',
    {
      'sha1-given': {
        severity: 'error',
        message: {
          zh: '安卓平台的签名MD5值应为证书 MD5（32 位十六进制），这里是 40 位，是证书的 SHA-1。',
          en: 'On Android the 签名MD5值 is the certificate MD5 (32 hex digits); this has 40, which is the certificate SHA-1.',
        },
        fix: { zh: '改填同一证书的 MD5。', en: 'Enter the MD5 of the same certificate instead.' },
        fires: [SHA1_A, SHA1_A_COLONS],
      },
      'sha256-given': {
        severity: 'error',
        message: {
          zh: '安卓平台的签名MD5值应为证书 MD5（32 位十六进制），这里是 64 位，是证书的 SHA-256。',
          en: 'On Android the 签名MD5值 is the certificate MD5 (32 hex digits); this has 64, which is the certificate SHA-256.',
        },
        fix: { zh: '改填同一证书的 MD5。', en: 'Enter the MD5 of the same certificate instead.' },
        fires: [SHA256_A],
      },
      length: {
        severity: 'error',
        message: {
          zh: '安卓平台的签名MD5值应为 32 位十六进制数字，这里有 {length} 位。',
          en: 'On Android the 签名MD5值 has 32 hex digits; this has {length}.',
        },
        fix: { zh: '请完整复制证书 MD5。', en: 'Copy the whole certificate MD5.' },
        // The last two digits left off.
        fires: ['59c97d1fbc46aa82b6b471200c2108'],
      },
    },
    {
      normalised: { fires: [MD5_A_COLONS, `MD5: ${MD5_A_COLONS}`] },
      // A letter o for the digit 0.
      charset: { fires: ['59c97d1fbc46aa82b6b4712o0c21087f', '见附件'] },
      placeholder: { fires: ['00000000000000000000000000000000'] },
    },
  ),
  check(value) {
    return checkSignature(androidSignatureFormat, value, (n) =>
      n === 32
        ? undefined
        : n === 40
          ? { code: 'sha1-given' }
          : n === 64
            ? { code: 'sha256-given' }
            : { code: 'length', params: { length: n } },
    );
  },
});

/** iOS: the distribution certificate's SHA-1, 40 hex digits, in a field labelled 签名MD5值. */
export const iosSignatureFormat: Format<SignatureDetails> = defineFormat<SignatureDetails>({
  id: 'app-signature-ios',
  name: { zh: 'iOS 证书 SHA-1', en: 'iOS certificate SHA-1' },
  source: SOURCE,
  sourceUrl: SOURCE_URL,
  valid: [SHA1_A, SHA1_B],
  issues: issues(
    'ios',
    {
      'md5-given': {
        severity: 'error',
        message: {
          zh: 'iOS 平台虽然字段名叫「签名MD5值」，实际要填证书的 SHA-1（40 位十六进制）；这里是 32 位，是 MD5，会被驳回。',
          en: 'On iOS the field is labelled 签名MD5值 but takes the certificate SHA-1 (40 hex digits); this has 32, an MD5, which is rejected.',
        },
        fix: { zh: '改填同一证书的 SHA-1。', en: 'Enter the SHA-1 of the same certificate instead.' },
        fires: [MD5_A, MD5_A_COLONS],
      },
      'sha256-given': {
        severity: 'error',
        message: {
          zh: 'iOS 平台要填证书的 SHA-1（40 位十六进制）；这里是 64 位，是 SHA-256。',
          en: 'On iOS the field takes the certificate SHA-1 (40 hex digits); this has 64, a SHA-256.',
        },
        fix: { zh: '改填同一证书的 SHA-1。', en: 'Enter the SHA-1 of the same certificate instead.' },
        fires: [SHA256_A],
      },
      length: {
        severity: 'error',
        message: {
          zh: 'iOS 平台要填证书的 SHA-1（40 位十六进制），这里有 {length} 位。',
          en: 'On iOS the field takes the certificate SHA-1 (40 hex digits); this has {length}.',
        },
        fix: { zh: '请完整复制证书 SHA-1。', en: 'Copy the whole certificate SHA-1.' },
        fires: ['dcbe65523c92da6886afe544819e32536f3cac'],
      },
    },
    {
      normalised: { fires: [SHA1_A_COLONS, `SHA1: ${SHA1_A_COLONS}`] },
      charset: { fires: ['dcbe65523c92da6886afe544819e32536f3cacdO', '见附件'] },
      placeholder: { fires: ['0000000000000000000000000000000000000000'] },
    },
  ),
  check(value) {
    return checkSignature(iosSignatureFormat, value, (n) =>
      n === 40
        ? undefined
        : n === 32
          ? { code: 'md5-given' }
          : n === 64
            ? { code: 'sha256-given' }
            : { code: 'length', params: { length: n } },
    );
  },
});

/** HarmonyOS (and other platforms): a certificate fingerprint; the research does not name the hash. */
export const harmonySignatureFormat: Format<SignatureDetails> = defineFormat<SignatureDetails>({
  id: 'app-signature-harmony',
  name: { zh: '鸿蒙证书指纹', en: 'HarmonyOS certificate fingerprint' },
  source: '华为云帮助「APP 特征信息中的 MD5 值，指的是 APP 证书的数字指纹值」(undated); 华为云「App备案咨询」(2025)',
  valid: [SHA256_A, SHA1_A, MD5_A],
  issues: issues(
    'harmony',
    {
      length: {
        severity: 'error',
        message: {
          zh: '证书指纹应为 32、40 或 64 位十六进制数字（MD5、SHA-1 或 SHA-256），这里有 {length} 位。',
          en: 'A certificate fingerprint has 32, 40 or 64 hex digits (MD5, SHA-1 or SHA-256); this has {length}.',
        },
        fix: { zh: '请完整复制证书指纹。', en: 'Copy the whole certificate fingerprint.' },
        fires: ['2c1d0ca5a86a7dae826ae1e9585c0b953d2eb26720a40a46022321a0bf2d', '59c97d1fbc46aa82b6b471200c21087'],
      },
    },
    {
      normalised: { fires: [SHA256_A_COLONS, `SHA-256: ${SHA256_A_COLONS}`] },
      charset: { fires: ['2c1d0ca5a86a7dae826ae1e9585c0b953d2eb26720a40a46022321a0bf2d3b4g', '见附件'] },
      placeholder: { fires: ['0000000000000000000000000000000000000000000000000000000000000000'] },
    },
  ),
  check(value) {
    return checkSignature(harmonySignatureFormat, value, (n) =>
      HASH_BY_LENGTH[n] ? undefined : { code: 'length', params: { length: n } },
    );
  },
});
