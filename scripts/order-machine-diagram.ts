import { readFileSync, writeFileSync } from 'node:fs';
import { withOrderMachineSection } from '../simulator/state/world/diagram';

/** Rewrites the order machine's diagram in simulator/README.md from simulator/state/world/machine.ts. */
const README = new URL('../simulator/README.md', import.meta.url);
const before = readFileSync(README, 'utf8');
const after = withOrderMachineSection(before);
if (after === before) console.log('simulator/README.md: the order machine diagram is up to date');
else {
  writeFileSync(README, after);
  console.log('simulator/README.md: order machine diagram rewritten');
}
