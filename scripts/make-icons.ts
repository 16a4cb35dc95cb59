// Draws the extension's icons (extension/public/icon/{16,32,48,128}.png, which WXT puts in the
// manifest's `icons`): a blue rounded square with a white check mark, 4×4 supersampled. No image
// library: the PNG is written with zlib and a CRC table. Run after changing the design:
//   node --import tsx scripts/make-icons.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deflateSync } from 'node:zlib';

export const ICON_SIZES = [16, 32, 48, 128] as const;
const OUT = resolve(import.meta.dirname, '../extension/public/icon');
const BLUE: [number, number, number] = [0x1d, 0x5f, 0xd1];
const WHITE: [number, number, number] = [0xff, 0xff, 0xff];
const SAMPLES = 4;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = (CRC_TABLE[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}
/** RGBA rows → PNG bytes (colour type 6, 8 bits, no interlace). */
export function encodePng(size: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    raw.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** In unit coordinates (0–1): inside the rounded square, and on the check mark's stroke. */
function shapeAt(x: number, y: number): { square: boolean; check: boolean } {
  const r = 0.22;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  const square = Math.hypot(x - cx, y - cy) <= r;
  const stroke = 0.13;
  const check =
    distanceToSegment(x, y, 0.26, 0.53, 0.43, 0.7) <= stroke / 2 ||
    distanceToSegment(x, y, 0.43, 0.7, 0.76, 0.33) <= stroke / 2;
  return { square, check };
}

export function drawIcon(size: number): Uint8Array {
  const rgba = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      let inSquare = 0;
      let onCheck = 0;
      for (let sy = 0; sy < SAMPLES; sy++)
        for (let sx = 0; sx < SAMPLES; sx++) {
          const s = shapeAt((x + (sx + 0.5) / SAMPLES) / size, (y + (sy + 0.5) / SAMPLES) / size);
          if (s.square) {
            inSquare++;
            if (s.check) onCheck++;
          }
        }
      const n = SAMPLES * SAMPLES;
      const white = inSquare ? onCheck / inSquare : 0;
      const i = (y * size + x) * 4;
      for (let c = 0; c < 3; c++)
        rgba[i + c] = Math.round((BLUE[c] as number) * (1 - white) + (WHITE[c] as number) * white);
      rgba[i + 3] = Math.round((255 * inSquare) / n);
    }
  return rgba;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  mkdirSync(OUT, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = join(OUT, `${size}.png`);
    writeFileSync(file, encodePng(size, drawIcon(size)));
    console.log(file);
  }
}
