// 公钥 of an app platform: the public key of the signing certificate, as the RSA modulus in hex (what
// Alibaba's guide reads with JadxGUI, research A13) or as PEM / base64 SubjectPublicKeyInfo. A private key
// must never be pasted anywhere: it lets anyone sign updates as the app's owner.

import { classifyDer, decodeBase64, decodeHex, type KeyKind } from './app-der';
import { defineFormat, type Format, type FormatIssue, formatResult } from './define';
import { foldAndTrim } from './input-text';

export type PublicKeyDetails = {
  form: 'modulus-hex' | 'spki' | 'certificate';
  bits?: number;
};

const PEM = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/;
const PRIVATE_LABEL = /PRIVATE KEY/;

// Example keys, made up: a 1024-bit "modulus" of SHA-256 chained from `icp-checker made-up example modulus`
// (first digit set to c, last to b, so that it has 1024 bits and is odd; nobody generated it as a key), the same
// number as a PEM SubjectPublicKeyInfo (exponent 65537, DER written by hand; Node's createPublicKey reads
// it), and a certificate-shaped DER around that key (TBSCertificate with version, serial, algorithm and
// the key; a SHA-256 of made-up text as its "signature"). The private-key examples are the standard
// PKCS#8 / PKCS#1 headers only, no key material.
const EXAMPLE_MODULUS =
  'c9fe5d1598ba5d93da57cf497faac9649519bf472105e4b10165d7102e0a3b22' +
  '09eb630960bfdab66f783ef79b073cd282bef825ba441e49070e41a9a1dda9fb' +
  '090e5b9078dc71f15bee2e4b0c1e3fd9052986f6b6b93749278ef93b2d49e45a' +
  'e755ad0e10d9201bff0dc8def19a4a1ed78ee3bb661520c8ed610c71f7bd03fb';
const EXAMPLE_SPKI_LINES = [
  'MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDJ/l0VmLpdk9pXz0l/qslklRm/',
  'RyEF5LEBZdcQLgo7IgnrYwlgv9q2b3g+95sHPNKCvvglukQeSQcOQamh3an7CQ5b',
  'kHjccfFb7i5LDB4/2QUphva2uTdJJ475Oy1J5FrnVa0OENkgG/8NyN7xmkoe147j',
  'u2YVIMjtYQxx970D+wIDAQAB',
];
const EXAMPLE_SPKI_PEM = ['-----BEGIN PUBLIC KEY-----', ...EXAMPLE_SPKI_LINES, '-----END PUBLIC KEY-----'].join('\n');
/** The same key as one base64 line, as some tools print it. */
const EXAMPLE_SPKI_BASE64 = EXAMPLE_SPKI_LINES.join('');
const EXAMPLE_CERTIFICATE_PEM = [
  '-----BEGIN CERTIFICATE-----',
  'MIHuMIG5oAMCAQICAQEwDQYJKoZIhvcNAQELBQAwgZ8wDQYJKoZIhvcNAQEBBQAD',
  'gY0AMIGJAoGBAMn+XRWYul2T2lfPSX+qyWSVGb9HIQXksQFl1xAuCjsiCetjCWC/',
  '2rZveD73mwc80oK++CW6RB5JBw5BqaHdqfsJDluQeNxx8VvuLksMHj/ZBSmG9ra5',
  'N0knjvk7LUnkWudVrQ4Q2SAb/w3I3vGaSh7XjuO7ZhUgyO1hDHH3vQP7AgMBAAEw',
  'DQYJKoZIhvcNAQELBQADIQCQb00uy7FwrrkzmToTNvvr++QjNTCXPe3tLNub0uJZ',
  'xA==',
  '-----END CERTIFICATE-----',
].join('\n');

export const PUBLIC_KEY_HOWTO = {
  zh: '读取方法：`openssl x509 -inform der -in cert.cer -noout -pubkey`（PEM 公钥）或 `openssl x509 -in cert.pem -noout -modulus`（RSA 模数）；APK 可先用 `keytool -printcert -rfc -jarfile app-release.apk > cert.pem`，或用本项目 `npm run --silent check -- --app-signature app-release.apk`。',
  en: "How to read it: `openssl x509 -inform der -in cert.cer -noout -pubkey` (PEM public key) or `openssl x509 -in cert.pem -noout -modulus` (RSA modulus); for an APK first run `keytool -printcert -rfc -jarfile app-release.apk > cert.pem`, or use this project's `npm run --silent check -- --app-signature app-release.apk`.",
};

export const publicKeyFormat: Format<PublicKeyDetails> = defineFormat<PublicKeyDetails>({
  id: 'app-public-key',
  name: { zh: '公钥', en: 'Public key' },
  source:
    '《工业和信息化部关于开展移动互联网应用程序备案工作的通知》附件 公钥 (2023); 华为云「App备案咨询」(2025); RFC 5280 §4.1 SubjectPublicKeyInfo; RFC 8017 RSAPublicKey',
  valid: [
    { value: EXAMPLE_SPKI_PEM, note: 'a made-up 1024-bit RSA key as PEM' },
    { value: EXAMPLE_SPKI_BASE64, note: 'the same key as one base64 line' },
    { value: EXAMPLE_MODULUS, note: 'its modulus in hex' },
  ],
  issues: {
    empty: {
      severity: 'error',
      message: { zh: '公钥为空。', en: 'The public key is empty.' },
      fix: PUBLIC_KEY_HOWTO,
      fires: [''],
    },
    'private-key': {
      severity: 'error',
      message: {
        zh: '这是私钥，不是公钥！私钥一旦泄露，任何人都能以你的名义签名发布应用。',
        en: 'This is a PRIVATE key, not the public key. Anyone who has it can sign app updates in your name.',
      },
      fix: {
        zh: '立即删除此内容，不要提交；把它当作已泄露：吊销并更换该签名密钥（Android 用 APK 签名密钥轮换，iOS 在开发者后台吊销证书），然后只填写公钥。',
        en: 'Delete it now and do not submit it; treat it as leaked: revoke and replace the signing key (Android: APK signing key rotation; iOS: revoke the certificate in the developer account), then enter only the public key.',
      },
      fires: [
        {
          value: '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----',
          note: 'PKCS#8 PEM',
        },
        {
          value: '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----',
          note: 'PKCS#1 PEM',
        },
      ],
    },
    certificate: {
      severity: 'warning',
      message: {
        zh: '这里填的是整张证书，不是公钥。',
        en: 'This is the whole certificate, not its public key.',
      },
      fix: PUBLIC_KEY_HOWTO,
      fires: [{ value: EXAMPLE_CERTIFICATE_PEM, note: 'a certificate PEM' }],
    },
    fingerprint: {
      severity: 'warning',
      message: {
        zh: '这里是 {length} 位十六进制，像是证书指纹（MD5/SHA-1），不是公钥；指纹填在「签名MD5值」中。',
        en: 'This is {length} hex digits, which looks like a certificate fingerprint (MD5/SHA-1), not a public key; the fingerprint goes into 签名MD5值.',
      },
      fix: PUBLIC_KEY_HOWTO,
      // MD5 and SHA-1 of made-up text (as in app-signature.ts), the first with keytool's colons.
      fires: ['59:C9:7D:1F:BC:46:AA:82:B6:B4:71:20:0C:21:08:7F', 'dcbe65523c92da6886afe544819e32536f3cacd0'],
    },
    malformed: {
      severity: 'error',
      message: {
        zh: '公钥既不是十六进制的 RSA 模数，也不是 PEM/Base64 格式的公钥。',
        en: 'The public key is neither an RSA modulus in hex nor a PEM/base64 public key.',
      },
      fix: PUBLIC_KEY_HOWTO,
      fires: ['请填写公钥', '见附件'],
    },
    'modulus-even': {
      severity: 'error',
      message: {
        zh: '这个十六进制数是偶数，不可能是 RSA 模数（模数总是奇数），可能复制不完整。',
        en: 'This hex number is even, so it cannot be an RSA modulus (a modulus is always odd): it may be cut off.',
      },
      fix: PUBLIC_KEY_HOWTO,
      // The example modulus with its last three digits cut off (…7bd0, so key-short too), and with its
      // last digit mistyped (…03fa).
      fires: [
        {
          value:
            'c9fe5d1598ba5d93da57cf497faac9649519bf472105e4b10165d7102e0a3b22' +
            '09eb630960bfdab66f783ef79b073cd282bef825ba441e49070e41a9a1dda9fb' +
            '090e5b9078dc71f15bee2e4b0c1e3fd9052986f6b6b93749278ef93b2d49e45a' +
            'e755ad0e10d9201bff0dc8def19a4a1ed78ee3bb661520c8ed610c71f7bd0',
          note: 'a modulus cut off after …7bd0',
        },
        {
          value:
            'c9fe5d1598ba5d93da57cf497faac9649519bf472105e4b10165d7102e0a3b22' +
            '09eb630960bfdab66f783ef79b073cd282bef825ba441e49070e41a9a1dda9fb' +
            '090e5b9078dc71f15bee2e4b0c1e3fd9052986f6b6b93749278ef93b2d49e45a' +
            'e755ad0e10d9201bff0dc8def19a4a1ed78ee3bb661520c8ed610c71f7bd03fa',
          note: 'a modulus whose last digit was mistyped (…03fa)',
        },
      ],
    },
    'key-short': {
      severity: 'warning',
      message: {
        zh: '公钥只有 {bits} 位，短于 1024 位，可能复制不完整。',
        en: 'The key has only {bits} bits, fewer than 1024: it may be cut off.',
      },
      fix: PUBLIC_KEY_HOWTO,
      // The first 127 digits of the example modulus and a 5: a 512-bit odd number.
      fires: [
        {
          value:
            'c9fe5d1598ba5d93da57cf497faac9649519bf472105e4b10165d7102e0a3b22' +
            '09eb630960bfdab66f783ef79b073cd282bef825ba441e49070e41a9a1dda9f5',
          note: 'a 512-bit modulus',
        },
      ],
    },
  },
  check(value) {
    const text = foldAndTrim(value);
    const fmt = publicKeyFormat;
    if (!text) return formatResult<PublicKeyDetails>(fmt, text, [{ code: 'empty' }]);
    const pem = PEM.exec(text);
    if (pem || /-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(text)) {
      const label = pem?.[1] ?? 'PRIVATE KEY';
      if (PRIVATE_LABEL.test(label)) return formatResult<PublicKeyDetails>(fmt, '', [{ code: 'private-key' }]);
      const der = decodeBase64(pem?.[2] ?? '');
      const kind: KeyKind = der ? classifyDer(der) : { kind: 'unknown' };
      return fromKind(kind, text);
    }
    const compact = text.replace(/[\s:]/g, '');
    if (/^[0-9a-fA-F]+$/.test(compact)) {
      const hex = compact.toLowerCase();
      if (hex.length === 32 || hex.length === 40 || hex.length === 64)
        return formatResult<PublicKeyDetails>(fmt, hex, [{ code: 'fingerprint', params: { length: hex.length } }]);
      // Hex DER (SubjectPublicKeyInfo or a private key written as hex).
      const der = hex.startsWith('30') ? decodeHex(hex) : undefined;
      const kind = der ? classifyDer(der) : undefined;
      if (kind && kind.kind !== 'unknown') return fromKind(kind, hex);
      const modulus = hex.replace(/^(00)+/, '');
      const found: FormatIssue[] = [];
      const last = Number.parseInt(modulus.slice(-1), 16);
      if (last % 2 === 0) found.push({ code: 'modulus-even' });
      const bits = modulus.length * 4 - (4 - (32 - Math.clz32(Number.parseInt(modulus[0] ?? '0', 16))));
      if (bits < 1024) found.push({ code: 'key-short', params: { bits } });
      return formatResult<PublicKeyDetails>(fmt, hex, found, { form: 'modulus-hex', bits });
    }
    const der = decodeBase64(compact);
    if (der && der.length > 16) return fromKind(classifyDer(der), compact);
    return formatResult<PublicKeyDetails>(fmt, text, [{ code: 'malformed' }]);
  },
});

function fromKind(kind: KeyKind, normalized: string) {
  const fmt = publicKeyFormat;
  switch (kind.kind) {
    case 'private':
      return formatResult<PublicKeyDetails>(fmt, '', [{ code: 'private-key' }]);
    case 'certificate':
      return formatResult<PublicKeyDetails>(fmt, normalized, [{ code: 'certificate' }], { form: 'certificate' });
    case 'spki': {
      const found: FormatIssue[] =
        kind.bits !== undefined && kind.bits < 1024 ? [{ code: 'key-short', params: { bits: kind.bits } }] : [];
      return formatResult<PublicKeyDetails>(fmt, normalized, found, {
        form: 'spki',
        ...(kind.bits !== undefined ? { bits: kind.bits } : {}),
      });
    }
    default:
      return formatResult<PublicKeyDetails>(fmt, normalized, [{ code: 'malformed' }]);
  }
}
