/**
 * Runs per fuzz property (issue 14 §6). `npm test` takes a quick pass (the count given here, a few
 * seconds per file); `npm run test:fuzz` (also in CI) sets FUZZ_RUNS for the deep pass. A failure
 * prints its `seed` and `path`: replay it with fc.assert(…, { seed, path }) whatever the count.
 */
export function fuzzRuns(quick: number): number {
  const fromEnv = Number(process.env.FUZZ_RUNS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : quick;
}
