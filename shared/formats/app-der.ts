// Just enough base64 and DER to tell what a pasted key is (public key, certificate, private key) and how
// long an RSA modulus is. Pure TypeScript (shared/ uses no Buffer and no atob); the CLI reads certificates
// with Node's own X509Certificate.

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Map([...B64].map((c, i) => [c, i]));

/** Standard or URL-safe base64 (whitespace ignored) to bytes; undefined when it is not base64. */
export function decodeBase64(text: string): Uint8Array | undefined {
  const clean = text.replace(/\s/g, '').replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  if (!clean || clean.length % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let j = 0;
  for (const ch of clean) {
    const v = B64_INDEX.get(ch);
    if (v === undefined) return undefined;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[j++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, j);
}

/** Hex (even length, no separators) to bytes; undefined when it is not hex. */
export function decodeHex(hex: string): Uint8Array | undefined {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) return undefined;
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

export interface Tlv {
  tag: number;
  /** Offset of the tag byte (the whole element is `[offset, end)`). */
  offset: number;
  /** Offset of the content. */
  start: number;
  /** Offset after the content. */
  end: number;
}

/** One DER element at `offset` inside `[offset, limit)`; undefined when the bytes are not DER. */
export function readTlv(bytes: Uint8Array, offset: number, limit = bytes.length): Tlv | undefined {
  if (offset + 2 > limit) return undefined;
  const tag = bytes[offset] ?? 0;
  let len = bytes[offset + 1] ?? 0;
  let start = offset + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 4 || start + n > limit) return undefined;
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + (bytes[start + i] ?? 0);
    start += n;
  }
  const end = start + len;
  return end <= limit ? { tag, offset, start, end } : undefined;
}

/** The children of a constructed element. */
export function children(bytes: Uint8Array, parent: Tlv): Tlv[] {
  const out: Tlv[] = [];
  let at = parent.start;
  while (at < parent.end) {
    const t = readTlv(bytes, at, parent.end);
    if (!t) return out;
    out.push(t);
    at = t.end;
  }
  return out;
}

/** Number of significant bits of a DER INTEGER's content (leading zero bytes dropped). */
export function integerBits(bytes: Uint8Array, t: Tlv): number {
  let i = t.start;
  while (i < t.end && bytes[i] === 0) i++;
  if (i === t.end) return 0;
  return (t.end - i - 1) * 8 + (32 - Math.clz32(bytes[i] ?? 0));
}

const OID_RSA = '2a864886f70d010101';
const OID_EC = '2a8648ce3d0201';

function hexOf(bytes: Uint8Array, t: Tlv): string {
  let s = '';
  for (let i = t.start; i < t.end; i++) s += (bytes[i] ?? 0).toString(16).padStart(2, '0');
  return s;
}

export type KeyKind =
  | { kind: 'spki'; algorithm: 'rsa' | 'ec' | 'other'; bits?: number }
  | { kind: 'private' }
  | { kind: 'certificate' }
  | { kind: 'unknown' };

/**
 * What a DER blob is: SubjectPublicKeyInfo (SEQUENCE { SEQUENCE { OID … }, BIT STRING }), a private key
 * (PKCS#1 or PKCS#8: SEQUENCE { INTEGER 0, … }), a certificate (SEQUENCE { SEQUENCE { … }, SEQUENCE, BIT STRING })
 * or unknown.
 */
export function classifyDer(bytes: Uint8Array): KeyKind {
  const outer = readTlv(bytes, 0);
  if (!outer) return { kind: 'unknown' };
  if (outer.tag !== 0x30) return { kind: 'unknown' };
  const parts = children(bytes, outer);
  const [first, second, third] = parts;
  if (!first) return { kind: 'unknown' };
  if (first.tag === 0x02 && first.end - first.start === 1 && (bytes[first.start] === 0 || bytes[first.start] === 1))
    return { kind: 'private' };
  if (first.tag === 0x30 && second?.tag === 0x03 && parts.length === 2) {
    const oid = children(bytes, first)[0];
    const oidHex = oid && oid.tag === 0x06 ? hexOf(bytes, oid) : '';
    if (oidHex === OID_RSA) {
      // BIT STRING: one byte of unused bits, then RSAPublicKey SEQUENCE { INTEGER n, INTEGER e }.
      const inner = readTlv(bytes, second.start + 1, second.end);
      const n = inner ? children(bytes, inner)[0] : undefined;
      return { kind: 'spki', algorithm: 'rsa', ...(n && n.tag === 0x02 ? { bits: integerBits(bytes, n) } : {}) };
    }
    return { kind: 'spki', algorithm: oidHex === OID_EC ? 'ec' : 'other' };
  }
  if (first.tag === 0x30 && second?.tag === 0x30 && third?.tag === 0x03) return { kind: 'certificate' };
  return { kind: 'unknown' };
}
