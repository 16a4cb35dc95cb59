import { createHash, createPublicKey, X509Certificate } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';
import { children, readTlv } from '../../shared/formats/app-der';

/**
 * `check --app-signature FILE.apk|FILE.cer`: what the app step asks for, read from a real file with no
 * network: the package name (APK), the signing certificate's MD5 (Android's 签名MD5值), SHA-1 (iOS's
 * 签名MD5值) and SHA-256, and its public key (PEM and RSA modulus). Certificates are parsed by Node's own
 * X509Certificate; the APK's v1 signature (META-INF/*.RSA|DSA|EC, a PKCS#7 SignedData) and its binary
 * AndroidManifest.xml are read here, as neither has a maintained parser without a large dependency tree.
 */

export interface AppSignatureInfo {
  file: string;
  packageName?: string;
  subject: string;
  issuer: string;
  validTo: string;
  md5: string;
  sha1: string;
  sha256: string;
  publicKeyPem: string;
  modulus?: string;
}

// ── ZIP (APK) ───────────────────────────────────────────────────────────────────────────────────

/** Entries of a ZIP archive by name (stored or deflated), from its central directory. */
export function readZip(buf: Buffer): Map<string, () => Buffer> {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--)
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw new Error('不是 ZIP/APK 文件 / not a ZIP (APK) file');
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const out = new Map<string, () => Buffer>();
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) break;
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.subarray(at + 46, at + 46 + nameLen).toString('utf8');
    out.set(name, () => {
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(start, start + size);
      return method === 8 ? inflateRawSync(data) : Buffer.from(data);
    });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

// ── Binary AndroidManifest.xml ──────────────────────────────────────────────────────────────────

function poolStrings(buf: Buffer, at: number): string[] {
  const count = buf.readUInt32LE(at + 8);
  const utf8 = (buf.readUInt32LE(at + 16) & 0x100) !== 0;
  const stringsStart = at + buf.readUInt32LE(at + 20);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let p = stringsStart + buf.readUInt32LE(at + buf.readUInt16LE(at + 2) + i * 4);
    if (utf8) {
      p += (buf[p] ?? 0) & 0x80 ? 2 : 1; // length in characters
      let len = buf[p] ?? 0;
      if (len & 0x80) {
        len = ((len & 0x7f) << 8) | (buf[p + 1] ?? 0);
        p += 2;
      } else p += 1;
      out.push(buf.subarray(p, p + len).toString('utf8'));
    } else {
      let len = buf.readUInt16LE(p);
      if (len & 0x8000) {
        len = ((len & 0x7fff) << 16) | buf.readUInt16LE(p + 2);
        p += 4;
      } else p += 2;
      out.push(buf.subarray(p, p + len * 2).toString('utf16le'));
    }
  }
  return out;
}

/** The `package` attribute of `<manifest>` in a binary (AXML) AndroidManifest.xml. */
export function manifestPackage(buf: Buffer): string | undefined {
  if (buf.readUInt16LE(0) !== 0x0003) return undefined;
  let strings: string[] = [];
  let at = buf.readUInt16LE(2);
  while (at + 8 <= buf.length) {
    const type = buf.readUInt16LE(at);
    const size = buf.readUInt32LE(at + 4);
    if (size < 8) return undefined;
    if (type === 0x0001) strings = poolStrings(buf, at);
    if (type === 0x0102 && strings[buf.readUInt32LE(at + 20)] === 'manifest') {
      const attrStart = at + 16 + buf.readUInt16LE(at + 24);
      const attrSize = buf.readUInt16LE(at + 26);
      const attrCount = buf.readUInt16LE(at + 28);
      for (let i = 0; i < attrCount; i++) {
        const a = attrStart + i * attrSize;
        if (strings[buf.readUInt32LE(a + 4)] !== 'package') continue;
        const raw = buf.readUInt32LE(a + 8);
        return strings[raw !== 0xffffffff ? raw : buf.readUInt32LE(a + 16)];
      }
      return undefined;
    }
    at += size;
  }
  return undefined;
}

// ── PKCS#7 SignedData → first certificate ───────────────────────────────────────────────────────

/** The first certificate (DER) in a PKCS#7 ContentInfo { signedData, [0] SignedData { …, [0] certificates } }. */
export function firstCertificate(der: Buffer): Buffer | undefined {
  const bytes = new Uint8Array(der);
  const info = readTlv(bytes, 0);
  const explicit = info ? children(bytes, info).find((t) => t.tag === 0xa0) : undefined;
  const signedData = explicit ? children(bytes, explicit)[0] : undefined;
  const certs = signedData ? children(bytes, signedData).find((t) => t.tag === 0xa0) : undefined;
  const cert = certs ? children(bytes, certs)[0] : undefined;
  return cert ? der.subarray(cert.offset, cert.end) : undefined;
}

// ── Reading a file ──────────────────────────────────────────────────────────────────────────────

function infoOf(file: string, cert: X509Certificate, packageName?: string): AppSignatureInfo {
  const hex = (alg: string) => createHash(alg).update(cert.raw).digest('hex');
  const key = createPublicKey(cert.publicKey.export({ type: 'spki', format: 'pem' }));
  const jwk = key.export({ format: 'jwk' });
  const info: AppSignatureInfo = {
    file,
    subject: cert.subject.replace(/\n/g, ', '),
    issuer: cert.issuer.replace(/\n/g, ', '),
    validTo: cert.validTo,
    md5: hex('md5'),
    sha1: hex('sha1'),
    sha256: hex('sha256'),
    publicKeyPem: key.export({ type: 'spki', format: 'pem' }).toString().trim(),
  };
  if (jwk.n) info.modulus = Buffer.from(jwk.n, 'base64url').toString('hex');
  if (packageName) info.packageName = packageName;
  return info;
}

/** Read an APK (v1 signature) or a certificate (DER or PEM, as .cer/.crt/.pem/.der). */
export async function readAppSignature(file: string, read = (p: string) => readFile(p)): Promise<AppSignatureInfo> {
  const buf = await read(file);
  if (buf.readUInt32LE(0) === 0x04034b50) {
    const zip = readZip(buf);
    const manifest = zip.get('AndroidManifest.xml')?.();
    const packageName = manifest ? manifestPackage(manifest) : undefined;
    const sigName = [...zip.keys()].find((n) => /^META-INF\/[^/]+\.(RSA|DSA|EC)$/i.test(n));
    if (!sigName)
      throw new Error(
        'APK 中没有 v1 签名 (META-INF/*.RSA)；请用 `apksigner verify --print-certs` 读取 v2/v3 签名 / no v1 signature in the APK (META-INF/*.RSA): read v2/v3 signatures with `apksigner verify --print-certs`',
      );
    const cert = firstCertificate(zip.get(sigName)?.() ?? Buffer.alloc(0));
    if (!cert) throw new Error(`${sigName} 中没有证书 / no certificate in ${sigName}`);
    return infoOf(file, new X509Certificate(cert), packageName);
  }
  try {
    return infoOf(file, new X509Certificate(buf));
  } catch {
    throw new Error(
      '不是证书或 APK 文件（需要 .apk，或 DER/PEM 格式的 .cer） / not a certificate or an APK (expected .apk, or a DER/PEM .cer)',
    );
  }
}

const colons = (hex: string) => hex.toUpperCase().match(/../g)?.join(':') ?? '';

/** The lines `--app-signature` prints in a table. */
export function signatureLines(info: AppSignatureInfo): string[] {
  return [
    info.file,
    ...(info.packageName ? [`  包名 / package name:        ${info.packageName}`] : []),
    `  证书 / certificate:         ${info.subject} (issuer ${info.issuer}; valid to ${info.validTo})`,
    `  安卓 签名MD5值 (cert MD5):  ${info.md5}   (${colons(info.md5)})`,
    `  iOS 签名MD5值 (cert SHA-1): ${info.sha1}   (${colons(info.sha1)})`,
    `  SHA-256:                    ${info.sha256}`,
    ...(info.modulus ? [`  公钥 RSA 模数 / modulus:    ${info.modulus}`] : []),
    '  公钥 / public key (PEM):',
    ...info.publicKeyPem.split('\n').map((l) => `    ${l}`),
  ];
}
