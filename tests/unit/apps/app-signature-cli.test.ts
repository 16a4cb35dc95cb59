import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheckCli } from '../../../scripts/cli/check-cli';

const dir = mkdtempSync(join(tmpdir(), 'icp-apk-'));
const run = (...args: string[]) => execFileSync(args[0] ?? '', args.slice(1), { cwd: dir, stdio: 'pipe' }).toString();
const fingerprint = (alg: string) =>
  (run('openssl', 'x509', '-in', 'c.pem', '-noout', '-fingerprint', `-${alg}`).split('=')[1] ?? '')
    .trim()
    .replace(/:/g, '')
    .toLowerCase();

/** A minimal binary AndroidManifest.xml: string pool (UTF-16) and `<manifest package="…">`. */
function axml(pkg: string): Buffer {
  const strings = ['manifest', 'package', pkg];
  const encoded = strings.map((s) => {
    const b = Buffer.alloc(2 + s.length * 2 + 2);
    b.writeUInt16LE(s.length, 0);
    b.write(s, 2, 'utf16le');
    return b;
  });
  let data = Buffer.concat(encoded);
  if (data.length % 4) data = Buffer.concat([data, Buffer.alloc(4 - (data.length % 4))]);
  const poolHeader = Buffer.alloc(28 + strings.length * 4);
  poolHeader.writeUInt16LE(0x0001, 0);
  poolHeader.writeUInt16LE(28, 2);
  poolHeader.writeUInt32LE(poolHeader.length + data.length, 4);
  poolHeader.writeUInt32LE(strings.length, 8);
  poolHeader.writeUInt32LE(0, 12);
  poolHeader.writeUInt32LE(0, 16); // UTF-16
  poolHeader.writeUInt32LE(poolHeader.length, 20);
  let off = 0;
  encoded.forEach((e, i) => {
    poolHeader.writeUInt32LE(off, 28 + i * 4);
    off += e.length;
  });
  const el = Buffer.alloc(36 + 20);
  el.writeUInt16LE(0x0102, 0);
  el.writeUInt16LE(16, 2);
  el.writeUInt32LE(el.length, 4);
  el.writeUInt32LE(1, 8);
  el.writeUInt32LE(0xffffffff, 12);
  el.writeUInt32LE(0xffffffff, 16); // ns
  el.writeUInt32LE(0, 20); // name: manifest
  el.writeUInt16LE(20, 24); // attributeStart (from +16)
  el.writeUInt16LE(20, 26); // attributeSize
  el.writeUInt16LE(1, 28); // attributeCount
  const a = 36;
  el.writeUInt32LE(0xffffffff, a);
  el.writeUInt32LE(1, a + 4); // name: package
  el.writeUInt32LE(2, a + 8); // raw value: the package
  el.writeUInt16LE(8, a + 12);
  el.writeUInt8(0x03, a + 15);
  el.writeUInt32LE(2, a + 16);
  const body = Buffer.concat([poolHeader, data, el]);
  const head = Buffer.alloc(8);
  head.writeUInt16LE(0x0003, 0);
  head.writeUInt16LE(8, 2);
  head.writeUInt32LE(8 + body.length, 4);
  return Buffer.concat([head, body]);
}

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runCheckCli(argv, { stdout: (l) => out.push(l), stderr: (l) => err.push(l), isTTY: false });
  return { status, out, err };
}

beforeAll(() => {
  run(
    'openssl',
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'k.pem',
    '-out',
    'c.pem',
    '-subj',
    '/CN=Release Key/O=Test',
    '-days',
    '30',
  );
  run('openssl', 'x509', '-in', 'c.pem', '-outform', 'der', '-out', 'distribution.cer');
  mkdirSync(join(dir, 'apk', 'META-INF'), { recursive: true });
  writeFileSync(join(dir, 'apk', 'AndroidManifest.xml'), axml('cn.zhangsan.photo'));
  writeFileSync(join(dir, 'apk', 'META-INF', 'CERT.SF'), 'Signature-Version: 1.0\r\n\r\n');
  run(
    'openssl',
    'smime',
    '-sign',
    '-binary',
    '-noattr',
    '-outform',
    'DER',
    '-in',
    'apk/META-INF/CERT.SF',
    '-signer',
    'c.pem',
    '-inkey',
    'k.pem',
    '-out',
    'apk/META-INF/CERT.RSA',
  );
  execFileSync('zip', ['-q', '-r', '../app-release.apk', '.'], { cwd: join(dir, 'apk') });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('check --app-signature', () => {
  it('reads the package name, certificate MD5 / SHA-1 and public key from an APK', async () => {
    const { status, out } = await cli('--app-signature', join(dir, 'app-release.apk'), '--json');
    expect(status).toBe(0);
    const info = JSON.parse(out[0] ?? '{}');
    expect(info.packageName).toBe('cn.zhangsan.photo');
    expect(info.md5).toBe(fingerprint('md5'));
    expect(info.sha1).toBe(fingerprint('sha1'));
    expect(info.publicKeyPem).toBe(run('openssl', 'x509', '-in', 'c.pem', '-noout', '-pubkey').trim());
    const modulus = run('openssl', 'x509', '-in', 'c.pem', '-noout', '-modulus').split('=')[1]?.trim().toLowerCase();
    expect(info.modulus).toBe(modulus);
  });

  it('reads an iOS distribution certificate (.cer, DER) and prints the SHA-1 for iOS in the table', async () => {
    const { status, out } = await cli('--app-signature', join(dir, 'distribution.cer'), '--table');
    expect(status).toBe(0);
    expect(out.join('\n')).toContain(`iOS 签名MD5值 (cert SHA-1): ${fingerprint('sha1')}`);
    expect(out.join('\n')).not.toContain('包名');
  });

  it('a file that is neither is exit 2 with a bilingual message', async () => {
    writeFileSync(join(dir, 'notes.txt'), 'hello');
    const { status, out } = await cli('--app-signature', join(dir, 'notes.txt'));
    expect(status).toBe(2);
    expect(JSON.parse(out[0] ?? '{}').error.message).toMatch(/不是证书.*not a certificate/);
    expect((await cli('--app-signature', join(dir, 'missing.apk'))).status).toBe(2);
  });
});
