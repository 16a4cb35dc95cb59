import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { FILING_HOST_MATCHES, LOCAL_HOST_MATCHES } from '../../../extension/hosts';

const ROOT = join(__dirname, '../../..');
type Manifest = Record<string, unknown> & {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  browser_specific_settings?: { gecko?: { id?: string; data_collection_permissions?: { required?: string[] } } };
  content_scripts?: { matches: string[]; js: string[] }[];
  sidebar_action?: { default_panel?: string };
  browser_action?: { default_popup?: string };
  action?: { default_popup?: string };
  content_security_policy?: unknown;
};

function build(args: string[]): Manifest {
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox', ...args], { cwd: ROOT, stdio: 'pipe', timeout: 120_000 });
  const dir = args.includes('--mv3') ? 'firefox-mv3' : 'firefox-mv2';
  return JSON.parse(readFileSync(join(ROOT, '.output', dir, 'manifest.json'), 'utf8')) as Manifest;
}

const EXPECTED_HOSTS = [...FILING_HOST_MATCHES, ...LOCAL_HOST_MATCHES].sort();

describe.each([
  ['MV2 (wxt build -b firefox)', [] as string[]],
  ['MV3 (wxt build -b firefox --mv3)', ['--mv3']],
])('Firefox manifest, %s (issue 4 §6–§7)', (_name, args) => {
  let m: Manifest;
  beforeAll(() => {
    m = build(args);
  }, 180_000);

  test('declares a gecko id and data collection "none"', () => {
    expect(m.browser_specific_settings?.gecko?.id).toBe('icp-filing-assistant@example.org');
    expect(m.browser_specific_settings?.gecko?.data_collection_permissions?.required).toEqual(['none']);
  });

  test('host access only to the filing and bureau hosts plus localhost/127.0.0.1; no <all_urls>', () => {
    const granted = [...(m.host_permissions ?? []), ...(m.permissions ?? []).filter((p) => p.includes('://'))].sort();
    expect(granted).toEqual(EXPECTED_HOSTS);
    expect(JSON.stringify(m)).not.toContain('<all_urls>');
    expect(m.content_scripts?.[0]?.matches.slice().sort()).toEqual(EXPECTED_HOSTS);
  });

  test('other sites only as optional permissions, granted from the panel', () => {
    const optional = [...(m.optional_host_permissions ?? []), ...(m.optional_permissions ?? [])];
    expect(optional).toEqual(['https://*/*', 'http://*/*']);
  });

  test('API permissions are the minimal set', () => {
    expect((m.permissions ?? []).filter((p) => !p.includes('://')).sort()).toEqual([
      'activeTab',
      'scripting',
      'storage',
    ]);
  });

  test('the panel is a sidebar; the toolbar button opens it instead of a popup', () => {
    expect(m.sidebar_action?.default_panel).toBe('sidepanel.html');
    expect(m.browser_action?.default_popup ?? m.action?.default_popup).toBeUndefined();
  });

  test('no content security policy loosened (no unsafe-eval, no remote sources)', () => {
    expect(JSON.stringify(m.content_security_policy ?? '')).not.toMatch(/unsafe-eval|https?:/);
  });
});
