import { fieldFinding, validationError } from './errors';
import { nextId, randomChars, randomInt } from './random';
import type { Captcha } from './schema';
import { iso, type World } from './world';

/**
 * The picture captcha of the type form (spec §2) and the slider puzzle of the bureau form (spec §6.4).
 * Answers come from the seeded PRNG; scripts read them from `GET /__sim/captcha/:id` or switch
 * captchas off (design §6 settings).
 */

export const PUZZLE = { width: 300, height: 150, piece: 44, tolerance: 6 } as const;
const KEEP = 200;

const toDataUrl = (svg: string) => `data:image/svg+xml;base64,${btoa(unescape(encodeURIComponent(svg)))}`;

export function createCaptcha(w: World, kind: 'picture' | 'puzzle'): Captcha {
  const id = nextId(w.state, 'C');
  const captcha: Captcha =
    kind === 'picture'
      ? { id, kind, answer: randomChars(w.state, 4), createdAt: iso(w.at) }
      : {
          id,
          kind,
          answer: String(60 + randomInt(w.state, PUZZLE.width - PUZZLE.piece - 70)),
          pieceY: 15 + randomInt(w.state, PUZZLE.height - PUZZLE.piece - 30),
          createdAt: iso(w.at),
        };
  w.state.captchas.push(captcha);
  if (w.state.captchas.length > KEEP) w.state.captchas.splice(0, w.state.captchas.length - KEEP);
  return captcha;
}

export function captchaView(w: World, c: Captcha) {
  if (c.kind === 'picture')
    return { id: c.id, kind: c.kind, image: toDataUrl(pictureSvg(w, c.answer)), length: c.answer.length };
  const x = Number(c.answer);
  const y = c.pieceY ?? 40;
  return {
    id: c.id,
    kind: c.kind,
    image: toDataUrl(puzzleSvg(x, y, false)),
    piece: toDataUrl(puzzleSvg(x, y, true)),
    width: PUZZLE.width,
    height: PUZZLE.height,
    pieceY: y,
  };
}

function pictureSvg(w: World, text: string): string {
  const noise = Array.from({ length: 5 }, () => {
    const [x1, y1, x2, y2] = [
      randomInt(w.state, 120),
      randomInt(w.state, 40),
      randomInt(w.state, 120),
      randomInt(w.state, 40),
    ];
    return `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="#9ab" stroke-width="1"/>`;
  }).join('');
  const chars = [...text]
    .map((ch, i) => {
      const rot = randomInt(w.state, 40) - 20;
      const x = 16 + i * 26;
      return `<text x="${x}" y="29" font-size="24" font-family="monospace" font-weight="bold" fill="#345" transform="rotate(${rot} ${x} 22)">${ch}</text>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40"><rect width="120" height="40" fill="#eef3f7"/>${noise}${chars}</svg>`;
}

function puzzleSvg(x: number, y: number, piece: boolean): string {
  const { width, height, piece: s } = PUZZLE;
  const pattern = `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#7fb3d5"/><stop offset="1" stop-color="#f5cba7"/></linearGradient></defs>`;
  if (piece) {
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${s}" height="${s}" viewBox="${x} ${y} ${s} ${s}">${pattern}<rect width="${width}" height="${height}" fill="url(#g)"/><rect x="${x}" y="${y}" width="${s}" height="${s}" fill="none" stroke="#fff" stroke-width="2"/></svg>`;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${pattern}<rect width="${width}" height="${height}" fill="url(#g)"/><rect x="${x}" y="${y}" width="${s}" height="${s}" fill="#000" fill-opacity="0.35" stroke="#fff" stroke-width="2"/></svg>`;
}

/** Check and consume a captcha (when captchas are on). Wrong or missing → 422 at field `captcha`. */
export function checkCaptcha(
  w: World,
  kind: 'picture' | 'puzzle',
  id: string | undefined,
  answer: string | undefined,
): void {
  if (!w.state.settings.captcha) return;
  const index = w.state.captchas.findIndex((c) => c.id === id && c.kind === kind);
  const c = w.state.captchas[index];
  const ok =
    c !== undefined &&
    answer !== undefined &&
    (kind === 'picture'
      ? answer.trim().toUpperCase() === c.answer
      : Math.abs(Number(answer) - Number(c.answer)) <= PUZZLE.tolerance && answer.trim() !== '');
  if (!ok) {
    throw validationError({
      captcha: [
        fieldFinding(
          'captcha',
          'sim.captcha',
          kind === 'picture'
            ? { zh: '验证码错误', en: 'Wrong captcha' }
            : { zh: '拼图验证未通过', en: 'Puzzle captcha failed' },
          kind === 'picture'
            ? {
                zh: '请输入图片中的 4 个字符，看不清可点击图片换一张',
                en: 'Type the 4 characters in the picture; click it for a new one',
              }
            : { zh: '请拖动滑块使拼图对齐', en: 'Drag the slider until the piece fits' },
          kind === 'picture' ? 'spec §2' : 'spec §6.4',
        ),
      ],
    });
  }
  w.state.captchas.splice(index, 1);
}
