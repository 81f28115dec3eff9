/**
 * `npm run fuzz [-- RUNS]`: the long run of the parser's properties (test/hostile/properties.ts).
 * RUNS (argument, or env FUZZ_RUNS) is the number of cases per property; default 20,000, which is 120,000 in
 * all over the six properties. FUZZ_SEED replays a run. Exits 1 on the first property that fails, with
 * fast-check's shrunk counterexample.
 */
import fc from 'fast-check';
import { PROPERTIES, propertyFor } from './properties.ts';

const runs = Number(process.argv[2] ?? process.env.FUZZ_RUNS ?? 20_000);
if (!Number.isInteger(runs) || runs < 1) {
  process.stderr.write(`error: fuzz: RUNS must be a positive whole number, got "${process.argv[2] ?? process.env.FUZZ_RUNS}"\n`);
  process.exit(1);
}
const seed = process.env.FUZZ_SEED === undefined ? Date.now() ^ (Math.random() * 0x100000000) : Number(process.env.FUZZ_SEED);
process.stdout.write(`fuzz: ${runs} cases per property, seed ${seed}\n`);

let total = 0;
const start = performance.now();
for (const [name, arbitrary] of Object.entries(PROPERTIES)) {
  const t0 = performance.now();
  let count = 0;
  const property = propertyFor(arbitrary).beforeEach(() => {
    count++;
  });
  try {
    fc.assert(property, { numRuns: runs, seed, endOnFailure: false });
  } catch (error) {
    process.stdout.write(`FAIL ${name} after ${count} cases\n`);
    const cause = error instanceof Error && error.cause instanceof Error ? `\n${error.cause.message}` : '';
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}${cause}\n`);
    process.exit(1);
  }
  total += count;
  process.stdout.write(`ok   ${name.padEnd(32)} ${String(count).padStart(8)} cases  ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
}
process.stdout.write(`fuzz: ${total} cases in all, ${((performance.now() - start) / 1000).toFixed(1)} s, no failure\n`);
