/**
 * A small deterministic generator (mulberry32): numbers in [0, 1) that depend on the seed alone, the same on every
 * machine. The placeholder photos are drawn from it (so committed PDFs can be checked for being up to date), and
 * the benchmarks' generated archive (test/bench/archive.ts).
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
