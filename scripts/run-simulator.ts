// `npm run simulator`: build the simulator's pages when they are missing, then start only the server.
import { existsSync } from 'node:fs';
import { build } from 'vite';

if (!existsSync('simulator/dist/beian/index.html')) {
  console.log('Building the simulator pages (simulator/dist) …');
  await build({ configFile: 'simulator/vite.config.ts', logLevel: 'warn' });
}
await import('../simulator/server');
