/**
 * `npx tsx test/bench/linear.bench.ts`: parse time of the long adversarial pages (test/hostile/linearCases.ts) at n
 * and 4n units, and the ratio: about 4 for a linear parser, 16 for a quadratic one. Prints figures and asserts
 * nothing: the test of the same property counts work instead of timing it (test/hostile/linear.test.ts).
 */
import { parsePage } from '../../src/ingest/parsePage.ts';
import { LINEAR_CASES } from '../hostile/linearCases.ts';

/** The fastest of `reps` parses, in ms: the least disturbed by the rest of the machine. */
function fastest(raw: string, reps: number): number {
  let best = Infinity;
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    parsePage(raw);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

process.stdout.write('case\tn ms\t4n ms\tratio\n');
for (const [name, n, make] of LINEAR_CASES) {
  const small = make(n);
  const large = make(4 * n);
  parsePage(small); // warm up the JIT
  const t1 = fastest(small, 3);
  const t4 = fastest(large, 2);
  process.stdout.write(`${name}\t${t1.toFixed(1)}\t${t4.toFixed(1)}\t${(t4 / t1).toFixed(1)}\n`);
}
