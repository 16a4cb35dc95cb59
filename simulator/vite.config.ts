import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

/**
 * The simulator's pages: one entry per site (design §6), built into simulator/dist and served by the
 * simulator's own server. Run: `npx vite build -c simulator/vite.config.ts`.
 */
const root = fileURLToPath(new URL('./pages', import.meta.url));
const page = (site: string) => fileURLToPath(new URL(`./pages/${site}/index.html`, import.meta.url));

export default defineConfig({
  root,
  base: '/',
  plugins: [preact()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    rollupOptions: {
      input: {
        beian: page('beian'),
        bureau: page('bureau'),
        phone: page('phone'),
        console: page('console'),
      },
    },
  },
});
