/**
 * The in-page probe of the benchmark, installed with `page.addInitScript` in the page's main world
 * before any page script. It records, with `performance.now()`:
 * - DOMContentLoaded, and every write of a design §5 marker (`data-icp-field`, `data-icp-severity`,
 *   `data-icp-rules`, `aria-invalid`) after it, plus hint hosts added and changes inside open shadow
 *   roots (the hints) — the first and last of them bound the extension's annotation;
 * - long tasks (PerformanceObserver 'longtask', buffered);
 * - for keystrokes: the keydown of an armed field (capture listener on window, which the page's own
 *   listeners cannot pre-empt) and the first marker or hint change after it.
 * The page's own behaviour is untouched: the probe only observes.
 *
 * Kept as a string so no bundler helper leaks into the page (the function is not serialised from TS).
 */
export const PROBE_SOURCE = `(() => {
  if (window.__icpBench) return;
  const MARKERS = ['data-icp-field', 'data-icp-severity', 'data-icp-rules', 'aria-invalid'];
  const b = (window.__icpBench = {
    dcl: undefined, firstWrite: undefined, lastWrite: undefined, writes: 0,
    longTasks: [], key: undefined, observedRoots: new WeakSet(),
  });
  document.addEventListener('DOMContentLoaded', () => { b.dcl = performance.now(); }, { once: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}

  const touched = (now, target) => {
    if (b.dcl === undefined) return;
    b.writes++;
    if (b.firstWrite === undefined) b.firstWrite = now;
    b.lastWrite = now;
    const k = b.key;
    if (k && k.down !== undefined && k.changed === undefined && (target === k.el || target === 'hint')) {
      k.changed = now;
      k.resolve?.();
    }
  };
  const watchRoots = (node) => {
    if (!(node instanceof Element)) return;
    const all = [node, ...node.querySelectorAll('*')];
    for (const el of all) {
      const root = el.shadowRoot;
      if (root && !b.observedRoots.has(root)) {
        b.observedRoots.add(root);
        shadowObserver.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
      }
    }
  };
  const shadowObserver = new MutationObserver((records) => {
    if (records.length) touched(performance.now(), 'hint');
  });
  const observer = new MutationObserver((records) => {
    const now = performance.now();
    for (const r of records) {
      if (r.type === 'attributes') touched(now, r.target);
      else if (b.dcl !== undefined && (r.addedNodes.length || r.removedNodes.length)) {
        for (const n of r.addedNodes) watchRoots(n);
        touched(now, 'hint');
      }
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: MARKERS });

  /** Resolve once markers were written and then nothing changed for quietMs (or after maxMs). */
  b.settled = (quietMs, maxMs) => new Promise((resolve) => {
    const started = performance.now();
    const tick = () => {
      const now = performance.now();
      const quiet = b.lastWrite !== undefined && now - b.lastWrite >= quietMs && b.dcl !== undefined;
      if (quiet || now - started >= maxMs) {
        resolve({
          dcl: b.dcl, firstWrite: b.firstWrite, lastWrite: b.lastWrite, writes: b.writes,
          fields: document.querySelectorAll('[data-icp-field]').length,
          flagged: document.querySelectorAll('[data-icp-severity]').length,
          invalid: document.querySelectorAll('[aria-invalid="true"]').length,
          timedOut: !quiet,
        });
      } else setTimeout(tick, 20);
    };
    tick();
  });

  /** Arm the next keystroke on element #id: its keydown starts the clock, its first marker/hint change stops it. */
  b.arm = (id) => {
    const el = document.getElementById(id);
    let resolve;
    const done = new Promise((r) => { resolve = r; });
    b.key = { el, down: undefined, changed: undefined, resolve, done };
    performance.mark('icp-bench:arm');
    return !!el;
  };
  window.addEventListener('keydown', (e) => {
    const k = b.key;
    if (!k || k.down !== undefined || e.target !== k.el) return;
    k.down = performance.now();
  }, true);
  /** After the key was pressed: wait for the marker/hint change (or timeoutMs), then two frames. */
  b.finish = async (timeoutMs) => {
    const k = b.key;
    if (!k) return undefined;
    await Promise.race([k.done, new Promise((r) => setTimeout(r, timeoutMs))]);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    b.key = undefined;
    return {
      wall: k.changed !== undefined && k.down !== undefined ? k.changed - k.down : undefined,
      severity: k.el?.getAttribute('data-icp-severity') ?? null,
      down: k.down !== undefined,
    };
  };
})();`;
