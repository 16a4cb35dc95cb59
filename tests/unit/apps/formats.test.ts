import { execFileSync } from 'node:child_process';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  APP_FORMATS,
  androidPackageFormat,
  androidSignatureFormat,
  appKindOf,
  appPlatformOf,
  harmonyBundleNameFormat,
  harmonySignatureFormat,
  iosBundleIdFormat,
  iosSignatureFormat,
  publicKeyFormat,
} from '../../../shared/formats/app-formats';

const codes = (r: { issues: { code: string }[] }) => r.issues.map((i) => i.code);

describe('app package names', () => {
  it('accepts real Android package names, including capitals (Alipay) and underscores', () => {
    for (const name of ['com.tencent.mm', 'com.eg.android.AlipayGphone', 'com.ss.android.ugc.aweme', 'cn.gov.app_1']) {
      const r = androidPackageFormat.check(name);
      expect(codes(r), name).toEqual([]);
      expect(r.valid).toBe(true);
    }
  });

  it('rejects one segment, a segment starting with a digit, a hyphen, double dots', () => {
    expect(codes(androidPackageFormat.check('myapp'))).toContain('segments');
    expect(codes(androidPackageFormat.check('com.1app'))).toContain('segment-start');
    expect(androidPackageFormat.check('com.my-app').issues[0]).toMatchObject({
      code: 'charset',
      params: { position: 7 },
    });
    expect(codes(androidPackageFormat.check('com..app'))).toEqual(['empty-segment']);
  });

  it('warns about debug builds and template ids, and folds full-width input', () => {
    expect(codes(androidPackageFormat.check('cn.example.shop.debug'))).toEqual(['debug-suffix']);
    expect(codes(androidPackageFormat.check('com.example.myapplication'))).toEqual(['template']);
    const r = androidPackageFormat.check(' ｃｎ。shop。app ');
    expect(r.normalized).toBe('cn.shop.app');
    expect(codes(r)).toEqual(['normalised']);
  });

  it('iOS Bundle IDs allow hyphens but no underscore and no wildcard', () => {
    expect(codes(iosBundleIdFormat.check('com.tencent.xin'))).toEqual([]);
    expect(codes(iosBundleIdFormat.check('cn.shop.my-app'))).toEqual([]);
    expect(codes(iosBundleIdFormat.check('cn.shop.my_app'))).toEqual(['charset']);
    expect(codes(iosBundleIdFormat.check('cn.shop.*'))).toEqual(['wildcard']);
    expect(iosBundleIdFormat.check('shop').issues).toEqual([
      { code: 'single-segment', params: { normalized: 'shop' } },
    ]);
  });

  it('HarmonyOS bundle names: letter first, 7 to 128 characters', () => {
    expect(codes(harmonyBundleNameFormat.check('com.huawei.himusic'))).toEqual([]);
    expect(codes(harmonyBundleNameFormat.check('a.b.c'))).toEqual(['length']);
    expect(codes(harmonyBundleNameFormat.check(`com.${'a'.repeat(130)}`))).toEqual(['length']);
    expect(codes(harmonyBundleNameFormat.check('com.shop-app'))).toEqual(['charset']);
  });
});

// Public test vectors: MD5 and SHA-1 of the empty string (RFC 1321, FIPS 180).
const MD5_EMPTY = 'd41d8cd98f00b204e9800998ecf8427e';
const SHA1_EMPTY = 'da39a3ee5e6b4b0d3255bfef95601890afd80709';
const colons = (hex: string) => hex.toUpperCase().match(/../g)?.join(':') ?? '';

describe('signatures', () => {
  it('Android takes the 32-hex certificate MD5; keytool style colons and capitals are normalised', () => {
    expect(androidSignatureFormat.check(MD5_EMPTY).issues).toEqual([]);
    const r = androidSignatureFormat.check(colons(MD5_EMPTY));
    expect(r.valid).toBe(true);
    expect(r.normalized).toBe(MD5_EMPTY);
    expect(codes(r)).toEqual(['normalised']);
    expect(codes(androidSignatureFormat.check(SHA1_EMPTY))).toEqual(['sha1-given']);
    expect(codes(androidSignatureFormat.check(MD5_EMPTY.slice(0, 30)))).toEqual(['length']);
    expect(codes(androidSignatureFormat.check(`${MD5_EMPTY.slice(0, 31)}g`))).toEqual(['charset']);
  });

  it('iOS takes the 40-hex SHA-1: a 32-hex MD5 is an error that explains the misnomer', () => {
    expect(iosSignatureFormat.check(colons(SHA1_EMPTY)).valid).toBe(true);
    const md5 = iosSignatureFormat.check(MD5_EMPTY);
    expect(md5.valid).toBe(false);
    expect(codes(md5)).toEqual(['md5-given']);
    const spec = iosSignatureFormat.issues['md5-given'];
    expect(spec?.message.zh).toContain('SHA-1');
    expect(spec?.message.zh).toContain('签名MD5值');
    expect(spec?.fix.zh).toContain('openssl x509');
  });

  it('HarmonyOS accepts MD5, SHA-1 and SHA-256 fingerprints; a placeholder is warned about', () => {
    const sha256 = createHash('sha256').update('').digest('hex');
    for (const v of [MD5_EMPTY, SHA1_EMPTY, sha256]) expect(harmonySignatureFormat.check(v).issues).toEqual([]);
    expect(codes(harmonySignatureFormat.check('0'.repeat(64)))).toEqual(['placeholder']);
    expect(codes(harmonySignatureFormat.check('abc'))).toEqual(['length']);
  });
});

describe('public key', () => {
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const spkiPem = rsa.publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const jwk = rsa.publicKey.export({ format: 'jwk' });
  const modulusHex = Buffer.from(jwk.n ?? '', 'base64url').toString('hex');

  it('accepts a PEM SubjectPublicKeyInfo, its base64 body and the RSA modulus in hex', () => {
    expect(publicKeyFormat.check(spkiPem)).toMatchObject({
      valid: true,
      issues: [],
      details: { form: 'spki', bits: 2048 },
    });
    const body = spkiPem.replace(/-----[A-Z ]+-----|\s/g, '');
    expect(publicKeyFormat.check(body).details).toEqual({ form: 'spki', bits: 2048 });
    expect(publicKeyFormat.check(modulusHex.toUpperCase())).toMatchObject({
      valid: true,
      details: { form: 'modulus-hex', bits: 2048 },
    });
  });

  it('a pasted private key (PEM PKCS#8, PKCS#1 or bare base64) is an error that says to revoke it, and is not echoed', () => {
    const pkcs8 = rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const pkcs1 = rsa.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    const bare = pkcs8.replace(/-----[A-Z ]+-----|\s/g, '');
    for (const v of [pkcs8, pkcs1, bare]) {
      const r = publicKeyFormat.check(v);
      expect(codes(r)).toEqual(['private-key']);
      expect(r.normalized).toBe('');
    }
    expect(publicKeyFormat.issues['private-key']?.fix.zh).toContain('吊销');
  });

  it('an even or short modulus, a fingerprint and garbage are flagged', () => {
    expect(codes(publicKeyFormat.check(`${modulusHex.slice(0, -1)}2`))).toEqual(['modulus-even']);
    expect(codes(publicKeyFormat.check(modulusHex.slice(-200)))).toContain('key-short');
    expect(codes(publicKeyFormat.check(MD5_EMPTY))).toEqual(['fingerprint']);
    expect(codes(publicKeyFormat.check('请填写公钥'))).toEqual(['malformed']);
  });

  describe('with an openssl certificate', () => {
    const dir = mkdtempSync(join(tmpdir(), 'icp-cert-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    it('a whole certificate pasted as the key is a warning', () => {
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'rsa:2048',
          '-nodes',
          '-keyout',
          join(dir, 'k.pem'),
          '-out',
          join(dir, 'c.pem'),
          '-subj',
          '/CN=Test',
          '-days',
          '1',
        ],
        { stdio: 'ignore' },
      );
      expect(codes(publicKeyFormat.check(readFileSync(join(dir, 'c.pem'), 'utf8')))).toEqual(['certificate']);
    });
  });
});

describe('kind and platform labels', () => {
  it('reads the contract values and the form labels', () => {
    expect(['APP', '小程序', '快应用', 'mini-program'].map(appKindOf)).toEqual([
      'app',
      'mini-program',
      'quick-app',
      'mini-program',
    ]);
    expect(['安卓', 'iOS', '鸿蒙', '黑莓', 'ios', 'Windows Phone'].map(appPlatformOf)).toEqual([
      'android',
      'ios',
      'harmony',
      'other',
      'ios',
      undefined,
    ]);
  });
});

describe('issue catalogue', () => {
  it('every app format issue has a bilingual message and fix', () => {
    for (const f of APP_FORMATS)
      for (const [code, spec] of Object.entries(f.issues)) {
        expect(spec.message.zh && spec.message.en && spec.fix.zh && spec.fix.en, `${f.id}.${code}`).toBeTruthy();
      }
  });
});
