import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { FILING_HOST_MATCHES, LOCAL_HOST_MATCHES } from './extension/hosts';

// The extension only ever reads pages of the filing site, the bureaus' SMS-check sites and the
// local simulator: those hosts are its whole permission set (issue 4 §6).
export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  manifest: ({ browser }) => ({
    name: 'ICP 备案助手',
    description: '在 ICP 备案页面上逐项检查填写内容 · Checks ICP filing forms as you type',
    default_locale: undefined,
    permissions: ['storage', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: [...FILING_HOST_MATCHES, ...LOCAL_HOST_MATCHES],
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
  vite: () => ({ plugins: [preact()] }),
});
