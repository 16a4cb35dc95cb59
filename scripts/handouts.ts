/**
 * Printable handouts of the training tours (issue 6 item 5): each tour is replayed in Chromium with
 * the extension loaded, step by step, a screenshot is taken while each callout (and each "common
 * mistake" with the extension's hint) is on screen, and `.output/handouts/<tour id>/index.html` is
 * written with the step number, the callout in Chinese and English, and the screenshot. Print it
 * from the browser (or "Save as PDF") to hand out.
 *
 *   npm run handouts                         # every tour
 *   npm run handouts -- first-zj-individual  # some tours
 *   npm run handouts -- --lang en            # English cards in the screenshots
 *   npm run handouts -- --no-extension       # without the extension (no hints in the pictures)
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import type { StepResult } from '../simulator/pages/tour-player/controller';
import { TOURS } from '../simulator/tours/index';
import { chapterOutline, stepTitle } from '../simulator/tours/runtime';
import type { Tour } from '../simulator/tours/schema';
import { CHROMIUM_FLAGS, chromiumExecutable, launchWithExtension } from './browser';

const OUT_DIR = resolve('.output/handouts');

interface Options {
  tours: Tour[];
  lang: 'zh' | 'en';
  extension: boolean;
}

function parseArgs(argv: string[]): Options {
  let lang: 'zh' | 'en' = 'zh';
  let extension = true;
  const ids: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--lang') {
      const v = argv[++i];
      if (v !== 'zh' && v !== 'en') throw new Error('--lang takes zh or en');
      lang = v;
    } else if (a === '--no-extension') extension = false;
    else if (a.startsWith('-')) throw new Error(`unknown option ${a}`);
    else ids.push(a);
  }
  const tours = ids.length
    ? ids.map(
        (id) =>
          TOURS.find((t) => t.id === id) ?? fail(`unknown tour ${id}; known: ${TOURS.map((t) => t.id).join(', ')}`),
      )
    : [...TOURS];
  return { tours, lang, extension };
}

function fail(message: string): never {
  throw new Error(message);
}

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

interface Shot {
  index: number;
  phase: 'shown' | 'mistake';
  file: string;
}

async function playerState(page: Page): Promise<{ step: number; phase: string; status: string; error: string }> {
  const html = page.locator('html');
  // Locator reads wait for the element, so they survive the page loads a tour makes.
  const [step, phase, status, error] = await Promise.all([
    html.getAttribute('data-tour-step'),
    html.getAttribute('data-tour-phase'),
    html.getAttribute('data-tour-status'),
    html.getAttribute('data-tour-error'),
  ]);
  return { step: Number(step ?? 0), phase: phase ?? '', status: status ?? '', error: error ?? '' };
}

async function waitSettled(page: Page, notKey: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const s = await playerState(page);
      const key = `${s.step}:${s.phase}`;
      if (s.status === 'done' || s.status === 'failed') return s;
      if ((s.phase === 'shown' || s.phase === 'mistake') && key !== notKey) return s;
    } catch {
      // The page is navigating: ask again.
    }
    if (Date.now() > deadline) throw new Error('the tour did not reach its next step in time');
    await page.waitForTimeout(100);
  }
}

async function recordTour(context: BrowserContext, simURL: string, tour: Tour, lang: 'zh' | 'en') {
  const dir = join(OUT_DIR, tour.id);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  // Manual stepping (a picture per callout) with values appearing at once.
  await page.goto(`${simURL}/beian/?tour=${encodeURIComponent(tour.id)}&lang=${lang}&speed=fast`);
  const shots: Shot[] = [];
  let last = '';
  let error = '';
  for (;;) {
    const s = await waitSettled(page, last);
    if (s.status === 'failed') {
      error = s.error;
      await page.screenshot({ path: join(dir, 'failed.png') });
      break;
    }
    if (s.status === 'done') break;
    last = `${s.step}:${s.phase}`;
    // Let the card settle beside its element before the picture.
    await page.waitForTimeout(350);
    const file = `step-${String(s.step).padStart(2, '0')}${s.phase === 'mistake' ? '-mistake' : ''}.png`;
    await page.screenshot({ path: join(dir, file) });
    shots.push({ index: s.step - 1, phase: s.phase as Shot['phase'], file });
    await page.evaluate(() => (window as unknown as { __tourPlayer: { next(): void } }).__tourPlayer.next());
  }
  const results = await page
    .evaluate(() => (window as unknown as { __tourResults?: StepResult[] }).__tourResults ?? [])
    .catch(() => [] as StepResult[]);
  await page.close();
  writeFileSync(join(dir, 'index.html'), handoutHtml(tour, shots, results, error));
  return { tour, steps: shots.length, error };
}

function handoutHtml(tour: Tour, shots: Shot[], results: StepResult[], error: string): string {
  const outline = chapterOutline(tour);
  const headed = new Set<number>();
  /** A chapter heading before the first picture of each chapter (issue 16: the handouts show the chapters). */
  const chapterHeading = (index: number): string => {
    const k = outline.findIndex((c) => index >= c.from && index <= c.to);
    const c = outline[k];
    if (!c || headed.has(k)) return '';
    headed.add(k);
    return `<h2 class="chapter" id="chapter-${k + 1}">${k + 1} · ${esc(c.title.zh)} <span class="en">${esc(c.title.en)}</span></h2>\n`;
  };
  const contents = outline
    .map(
      (c, k) =>
        `<li><a href="#chapter-${k + 1}">${esc(c.title.zh)} · ${esc(c.title.en)}</a> <span class="meta">（步骤 / steps ${c.from + 1}–${c.to + 1}）</span></li>`,
    )
    .join('');
  const items = shots
    .map((shot) => {
      const step = tour.steps[shot.index];
      if (!step) return '';
      const mistake = shot.phase === 'mistake' && 'mistake' in step ? step.mistake : undefined;
      const callout = mistake ? mistake.callout : step.callout;
      const r = results[shot.index];
      const hint =
        mistake && r?.mistake?.hintSeen
          ? `<p class="hint">插件提示 / The extension says: 「${esc(r.mistake.message?.zh ?? r.mistake.hintText ?? '')}」${r.mistake.message ? ` <span class="en">${esc(r.mistake.message.en)}</span>` : ''}</p>`
          : '';
      return `${chapterHeading(shot.index)}<section class="step${mistake ? ' mistake' : ''}">
  <h2><span class="n">${shot.index + 1}</span> ${esc(stepTitle(step, 'zh'))} <span class="en">${esc(stepTitle(step, 'en'))}</span>${mistake ? ' <span class="badge">常见错误 · Common mistake</span>' : ''}</h2>
  <p class="zh">${esc(callout.zh)}</p>
  <p class="en">${esc(callout.en)}</p>
  ${hint}
  <img src="${esc(shot.file)}" alt="${esc(`步骤 ${shot.index + 1} / Step ${shot.index + 1}`)}">
</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(tour.title.zh)} · ${esc(tour.title.en)} — 培训讲义 / Handout</title>
<style>
  body { font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", system-ui, sans-serif; max-width: 960px; margin: 24px auto; padding: 0 16px; color: #1f2937; }
  header { border-bottom: 3px solid #c2410c; margin-bottom: 16px; }
  h1 { margin: 0 0 4px; } h1 .en, h2 .en { color: #64748b; font-weight: 400; font-size: .8em; }
  .meta { color: #64748b; font-size: 13px; }
  .step { break-inside: avoid; page-break-inside: avoid; border-top: 1px solid #e2e8f0; padding: 12px 0; }
  .step h2 { font-size: 17px; margin: 0 0 6px; }
  h2.chapter { font-size: 20px; color: #9a3412; border-bottom: 2px solid #fed7aa; margin: 24px 0 4px; break-after: avoid; page-break-after: avoid; }
  nav.contents ol { margin: 4px 0 0; }
  .n { display: inline-block; min-width: 28px; text-align: center; background: #c2410c; color: #fff; border-radius: 4px; margin-right: 6px; }
  .mistake .n { background: #dc2626; }
  .badge { background: #fee2e2; color: #991b1b; border-radius: 4px; padding: 0 6px; font-size: 12px; }
  p { margin: 4px 0; } p.en { color: #475569; } .hint { font-size: 13px; color: #15803d; }
  img { width: 100%; border: 1px solid #e2e8f0; margin-top: 6px; }
  .error { background: #fef2f2; border: 1px solid #fecaca; padding: 8px; }
  @media print { body { margin: 0; max-width: none; } img { max-height: 60vh; object-fit: contain; } }
</style>
</head>
<body>
<header>
  <h1>${esc(tour.title.zh)} <span class="en">${esc(tour.title.en)}</span></h1>
  <p>${esc(tour.summary.zh)}</p>
  <p class="en">${esc(tour.summary.en)}</p>
  <p class="meta">模拟环境场景 / scenario: ${esc(tour.scenario)} · 依据 / sources: ${esc(tour.spec.join(', '))} · ${tour.steps.length} 步 / steps · ICP 备案模拟环境，非真实系统 / simulator, not the real system</p>
  <nav class="contents" aria-label="章节 / Chapters"><strong>章节 / Chapters</strong><ol>${contents}</ol></nav>
</header>
${error ? `<p class="error">演示在此中断 / The replay stopped here: ${esc(error)}</p>` : ''}
${items}
</body>
</html>
`;
}

function indexHtml(done: { tour: Tour; steps: number; error: string }[]): string {
  const rows = done
    .map(
      (d) =>
        `<li><a href="${esc(d.tour.id)}/index.html">${esc(d.tour.title.zh)} · ${esc(d.tour.title.en)}</a> — ${d.steps} 张截图 / screenshots${d.error ? ` <strong>（中断 / stopped: ${esc(d.error)}）</strong>` : ''}</li>`,
    )
    .join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>培训讲义 / Handouts</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 860px; margin: 24px auto"><h1>ICP 备案培训讲义 / ICP filing training handouts</h1><ul>
${rows}
</ul></body></html>
`;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync('simulator/dist/beian/index.html')) {
    console.log('Building the simulator pages (simulator/dist) …');
    const { build } = await import('vite');
    await build({ configFile: 'simulator/vite.config.ts', logLevel: 'warn' });
  }
  process.env.SIM_AUTOSTART = '0';
  const { startSimulatorServer } = await import('../simulator/server');
  const sim = await startSimulatorServer({
    port: 0,
    dataDir: mkdtempSync(join(tmpdir(), 'icp-handouts-')),
    log: () => {},
  });
  const executablePath = chromiumExecutable();
  const browser = opts.extension
    ? undefined
    : await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_FLAGS });
  const context = opts.extension
    ? await launchWithExtension()
    : await (browser as NonNullable<typeof browser>).newContext({ viewport: { width: 1280, height: 900 } });
  mkdirSync(OUT_DIR, { recursive: true });
  const done: { tour: Tour; steps: number; error: string }[] = [];
  try {
    for (const tour of opts.tours) {
      const started = Date.now();
      const r = await recordTour(context, sim.url, tour, opts.lang);
      done.push(r);
      console.log(
        `${tour.id}: ${r.steps} screenshots in ${((Date.now() - started) / 1000).toFixed(1)} s${r.error ? ` — STOPPED: ${r.error}` : ''}`,
      );
    }
  } finally {
    await context.close();
    await browser?.close();
    await sim.close();
  }
  writeFileSync(join(OUT_DIR, 'index.html'), indexHtml(done));
  console.log(`Handouts: ${join(OUT_DIR, 'index.html')}`);
  if (done.some((d) => d.error)) process.exitCode = 1;
}

await main();
