import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// Issue 7 §4 / issue 4 §6: the built manifests (Chrome MV3 and Firefox MV3) ask for nothing beyond the
// allow-list in config/permissions-allowlist.json, never <all_urls>, load no remote code, and the
// Firefox one declares its gecko id and data collection (research §1.1 S1–S5, S8, S12–S13; §1.3 G1–G2).
// A skipped audit is useless: when a build is missing or older than its sources, it is built here.

const ROOT = resolve(__dirname, '../../..');
const ALLOW = JSON.parse(readFileSync(join(ROOT, 'config/permissions-allowlist.json'), 'utf8')) as Allowlist;

interface BrowserAllow {
  permissions: string[];
  optional_permissions: string[];
  host_permissions: string[];
  optional_host_permissions: string[];
  content_script_matches: string[];
  web_accessible_resources: { resources: string[]; matches: string[] }[];
  data_collection_permissions?: { required: string[]; optional: string[] };
}
interface Allowlist {
  chrome: BrowserAllow;
  firefox: BrowserAllow;
  csp_script_src_allowed: string[];
  /** Hosts only the development build may ask for at install (the local simulator). */
  development_only_hosts: string[];
}

// biome-ignore lint/suspicious/noExplicitAny: a manifest is read as loose JSON and checked key by key
type Manifest = Record<string, any>;

// The development build (npm run build: e2e, bench, simulator) and the store build (npm run zip /
// build:store, ICP_STORE_BUILD=1, in .output/store/) are both audited; only the first may ask for the
// local simulator's hosts at install (issue 15 item 6).
const BUILDS = [
  {
    name: 'chrome',
    browser: 'chrome' as const,
    store: false,
    dir: join(ROOT, '.output/chrome-mv3'),
    args: ['wxt', 'build'],
  },
  {
    name: 'firefox',
    browser: 'firefox' as const,
    store: false,
    dir: join(ROOT, '.output/firefox-mv3'),
    args: ['wxt', 'build', '-b', 'firefox', '--mv3'],
  },
  {
    name: 'chrome store',
    browser: 'chrome' as const,
    store: true,
    dir: join(ROOT, '.output/store/chrome-mv3'),
    args: ['wxt', 'build'],
  },
  {
    name: 'firefox store',
    browser: 'firefox' as const,
    store: true,
    dir: join(ROOT, '.output/store/firefox-mv3'),
    args: ['wxt', 'build', '-b', 'firefox', '--mv3'],
  },
];

/** Newest modification time under the manifest's sources (config, hosts, entrypoints). */
function newestSource(): number {
  let newest = 0;
  const walk = (p: string) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) for (const e of readdirSync(p)) walk(join(p, e));
    else newest = Math.max(newest, st.mtimeMs);
  };
  for (const p of ['wxt.config.ts', 'package.json', 'extension']) walk(join(ROOT, p));
  return newest;
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (p: string) => {
    for (const e of readdirSync(p)) {
      const full = join(p, e);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(full);
    }
  };
  walk(dir);
  return out;
}

const manifests: Partial<Record<string, Manifest>> = {};

beforeAll(() => {
  const sources = newestSource();
  for (const build of BUILDS) {
    const file = join(build.dir, 'manifest.json');
    if (!existsSync(file) || statSync(file).mtimeMs < sources) {
      execFileSync('npx', build.args, {
        cwd: ROOT,
        stdio: 'pipe',
        timeout: 120_000,
        env: { ...process.env, ICP_STORE_BUILD: build.store ? '1' : '' },
      });
    }
    manifests[build.name] = JSON.parse(readFileSync(file, 'utf8'));
  }
}, 250_000);

const beyond = (actual: string[] | undefined, allowed: string[]) => (actual ?? []).filter((x) => !allowed.includes(x));

/** Every match pattern a manifest declares anywhere, with where. */
function allPatterns(m: Manifest): { where: string; pattern: string }[] {
  const out: { where: string; pattern: string }[] = [];
  for (const key of ['host_permissions', 'optional_host_permissions', 'permissions', 'optional_permissions'])
    for (const p of m[key] ?? []) out.push({ where: key, pattern: p });
  (m.content_scripts ?? []).forEach((cs: Manifest, i: number) => {
    for (const p of [...(cs.matches ?? []), ...(cs.include_globs ?? [])])
      out.push({ where: `content_scripts[${i}]`, pattern: p });
  });
  (m.web_accessible_resources ?? []).forEach((w: Manifest, i: number) => {
    for (const p of w.matches ?? []) out.push({ where: `web_accessible_resources[${i}]`, pattern: p });
  });
  for (const p of m.externally_connectable?.matches ?? []) out.push({ where: 'externally_connectable', pattern: p });
  return out;
}

/** A pattern that matches every site (or every site of a scheme). */
const EVERY_SITE = /^(<all_urls>|\*:\/\/\*\/\*|https?:\/\/\*\/\*|\*:\/\/\*|file:\/\/\/\*)$/;

/** script-src tokens of a CSP string. */
function scriptSources(csp: string): string[] {
  return csp
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .filter(
      ([name]) =>
        name === 'script-src' || name === 'script-src-elem' || name === 'default-src' || name === 'worker-src',
    )
    .flatMap(([, ...sources]) => sources);
}

describe.each(BUILDS)('built $name manifest (issue 7 §4, issue 4 §6)', ({ name, browser, dir, store }) => {
  const allow = ALLOW[browser];
  const m = () => manifests[name] as Manifest;

  it(
    store
      ? 'store build: no localhost / 127.0.0.1 at install, in host permissions or content scripts (issue 15 item 6)'
      : 'development build: the local simulator’s hosts, for the e2e suite and the bench',
    () => {
      const local = ALLOW.development_only_hosts;
      const atInstall = [
        ...(m().host_permissions ?? []),
        ...(m().content_scripts ?? []).flatMap((cs: Manifest) => cs.matches ?? []),
      ];
      if (store) {
        expect(
          atInstall.filter((p) => local.includes(p) || /\/\/(localhost|127\.0\.0\.1|\[::1\])[/:]/.test(p)),
        ).toEqual([]);
        // …still reachable as an optional host the user grants from the panel.
        expect(m().optional_host_permissions ?? m().optional_permissions).toContain('http://*/*');
      } else {
        for (const host of local) expect(m().host_permissions).toContain(host);
      }
    },
  );

  it('is MV3 and asks for no API permission beyond the allow-list (research S1, S2)', () => {
    expect(m().manifest_version).toBe(3);
    expect(beyond(m().permissions, allow.permissions)).toEqual([]);
    expect(beyond(m().optional_permissions, allow.optional_permissions)).toEqual([]);
  });

  it('asks for no host beyond the allow-list: filing and bureau hosts plus localhost at install (research G2)', () => {
    expect(beyond(m().host_permissions, allow.host_permissions)).toEqual([]);
    expect(beyond(m().optional_host_permissions, allow.optional_host_permissions)).toEqual([]);
  });

  it('injects content scripts only on allow-listed hosts, never in every frame of every site', () => {
    const scripts: Manifest[] = m().content_scripts ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const cs of scripts) {
      expect(beyond(cs.matches, allow.content_script_matches)).toEqual([]);
      expect(cs.match_origin_as_fallback ?? false).toBe(false);
      // every script and style the content script loads ships in the package
      for (const f of [...(cs.js ?? []), ...(cs.css ?? [])]) expect(existsSync(join(dir, f)), f).toBe(true);
    }
  });

  it('has no <all_urls> or every-site pattern anywhere except the optional hosts the user grants from the panel', () => {
    expect(JSON.stringify(m())).not.toContain('<all_urls>');
    const everySite = allPatterns(m()).filter(
      (p) => EVERY_SITE.test(p.pattern) && p.where !== 'optional_host_permissions',
    );
    expect(everySite).toEqual([]);
  });

  it('exposes no web-accessible resource and no external messaging beyond the allow-list (research S7, S8)', () => {
    expect(m().web_accessible_resources ?? []).toEqual(allow.web_accessible_resources);
    expect(m().externally_connectable).toBeUndefined();
  });

  it('loads no remote code: CSP not loosened, local background and pages, no remote script tags (research S4, S5, S12)', () => {
    const csp = m().content_security_policy;
    if (csp !== undefined) {
      const policies: string[] = typeof csp === 'string' ? [csp] : Object.values(csp as Record<string, string>);
      for (const policy of policies) {
        const loose = scriptSources(policy).filter((s) => !ALLOW.csp_script_src_allowed.includes(s));
        expect(loose, policy).toEqual([]);
      }
    }
    const bg = m().background ?? {};
    for (const f of [bg.service_worker, ...(bg.scripts ?? []), bg.page].filter(Boolean)) {
      expect(f).not.toMatch(/^[a-z]+:/i);
      expect(existsSync(join(dir, f)), f).toBe(true);
    }
    for (const file of filesUnder(dir)) {
      const rel = relative(dir, file);
      if (file.endsWith('.html')) {
        const html = readFileSync(file, 'utf8');
        expect(html, rel).not.toMatch(/<script[^>]+src=["']?(https?:)?\/\//i);
        expect(html, rel).not.toMatch(/<link[^>]+href=["']?(https?:)?\/\/[^>]*>/i);
      }
      if (file.endsWith('.js')) {
        const js = readFileSync(file, 'utf8');
        expect(js, rel).not.toMatch(/importScripts\(\s*["'`]https?:/);
        expect(js, rel).not.toMatch(/import\(\s*["'`]https?:/);
      }
    }
    expect(m().browser_specific_settings?.gecko?.update_url).toBeUndefined();
  });

  it('ships no network API in any extension script: nothing typed can be sent (research G1, issue 4 §6)', () => {
    // A static complement to tests/e2e/privacy.spec.ts: the bundle cannot send what it has no code to send.
    const NETWORK =
      /\b(fetch\s*\(|XMLHttpRequest|WebSocket\s*\(|EventSource\s*\(|sendBeacon\s*\(|setUninstallURL\s*\()/;
    const offenders = filesUnder(dir)
      .filter((f) => f.endsWith('.js'))
      .map((f) => ({ file: relative(dir, f), hit: NETWORK.exec(readFileSync(f, 'utf8'))?.[0] }))
      .filter((x) => x.hit);
    expect(offenders).toEqual([]);
  });
});

describe('Firefox manifest declarations (research S13: AMO since 2025-11-03)', () => {
  it('has a gecko id and declares that no data is collected', () => {
    const gecko = manifests.firefox?.browser_specific_settings?.gecko;
    expect(manifests['firefox store']?.browser_specific_settings?.gecko).toEqual(gecko);
    expect(gecko?.id, 'browser_specific_settings.gecko.id').toMatch(/^([\w.+-]+@[\w.-]+|\{[0-9a-f-]{36}\})$/i);
    const declared = gecko?.data_collection_permissions;
    expect(declared, 'browser_specific_settings.gecko.data_collection_permissions').toBeDefined();
    const allowed = ALLOW.firefox.data_collection_permissions ?? { required: ['none'], optional: [] };
    expect(declared.required).toEqual(allowed.required);
    expect(beyond(declared.optional, allowed.optional)).toEqual([]);
  });

  it('the Chrome manifest carries no Firefox-only keys and vice versa (each store reads its own build)', () => {
    expect(manifests.chrome?.browser_specific_settings).toBeUndefined();
    expect(manifests.firefox?.permissions ?? []).not.toContain('sidePanel');
  });
});
