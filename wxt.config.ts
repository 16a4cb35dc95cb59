import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { FILING_HOST_MATCHES, LOCAL_HOST_MATCHES } from './extension/hosts';

/**
 * The store build (`npm run zip`, `npm run build:store`) runs only on the filing and bureau sites: the
 * local simulator's hosts (every http://localhost and http://127.0.0.1 service) are not granted at
 * install, so the content script never reads the forms of a developer's other local web apps
 * (issue 15 item 6). There the simulator is one optional host the user grants from the panel
 * ("在当前网站启用"). `npm run build` (development, the e2e suite, the bench) includes them.
 * The store build goes to .output/store/ so that it never replaces the build the e2e suite loads.
 */
const STORE_BUILD = process.env.ICP_STORE_BUILD === '1' || process.argv.slice(2).includes('zip');
const LOCAL_HOSTS: string[] = STORE_BUILD ? [] : LOCAL_HOST_MATCHES;

// The extension only ever reads pages of the filing site, the bureaus' SMS-check sites and the
// local simulator: those hosts are its whole host permission set (issue 4 §6). Any other site only
// through an optional permission the user grants from the panel ("enable on this site"), with the
// content script registered there by `scripting`.
export default defineConfig({
  srcDir: 'extension',
  // Icons and _locales (copied into each build as they are).
  publicDir: 'extension/public',
  outDir: STORE_BUILD ? '.output/store' : '.output',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: [
      'storage',
      // registerContentScripts / executeScript for sites the user enables from the panel.
      'scripting',
      // Lets the panel read the current tab's address after a click on the toolbar button, to offer
      // "enable on this site"; grants nothing without that click and shows no install warning.
      'activeTab',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    host_permissions: [...FILING_HOST_MATCHES, ...LOCAL_HOSTS],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: 'ICP 备案助手' },
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: {
              id: 'icp-filing-assistant@example.org',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          }
        : undefined,
  }),
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      // The content script declares the local hosts too (extension/entrypoints/content.ts): not in a store build.
      if (STORE_BUILD)
        for (const script of manifest.content_scripts ?? [])
          script.matches = (script.matches ?? []).filter((m) => !LOCAL_HOST_MATCHES.includes(m));
      // The toolbar button opens the side panel (Chrome) or the sidebar (Firefox); the popup page is
      // only a fallback the background sets where neither exists, so it is not the default action.
      for (const action of [manifest.action, manifest.browser_action]) if (action) delete action.default_popup;
      // MV2 (Firefox's default build) has no optional_host_permissions: origins go in optional_permissions.
      if (manifest.manifest_version === 2 && manifest.optional_host_permissions) {
        manifest.optional_permissions = [
          ...(manifest.optional_permissions ?? []),
          ...manifest.optional_host_permissions,
        ];
        delete manifest.optional_host_permissions;
      }
    },
  },
  // No modulepreload polyfill: it is a fetch() in the extension pages, and nothing here fetches.
  vite: () => ({ plugins: [preact()], build: { modulePreload: { polyfill: false } } }),
});
