/**
 * Parse time grows linearly with the input: no regular expression that backtracks without end, no rescan per
 * line. Each case times pages of n and 4n units (the larger about 1 MB or more); a linear parser takes about
 * 4x as long, a quadratic one 16x. No absolute time limit: the ratio allows for a busy machine.
 */
import { parsePage } from '../../src/ingest/parsePage.ts';

vi.setConfig({ testTimeout: 120_000 });

const lines = (n: number, line: (i: number) => string, head = '# 标题\n') => head + Array.from({ length: n }, (_, i) => line(i)).join('\n');

function fastest(raw: string, reps: number): number {
  let best = Infinity;
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    parsePage(raw);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

describe('parsePage time on long adversarial input', () => {
  it.each([
    ['a line of # (200k at 4n)', 50_000, (n: number) => '#'.repeat(n)],
    ['本报讯 and open brackets', 87_500, (n: number) => `本报讯${'('.repeat(n)}`],
    ['a line of ■', 87_500, (n: number) => '■'.repeat(n)],
    ['■ then a line of 【', 87_500, (n: number) => `■ ${'【'.repeat(n)}`],
    ['a line of 【', 87_500, (n: number) => '【'.repeat(n)],
    ['a line of *', 87_500, (n: number) => '*'.repeat(n)],
    ['**bold** never closed', 87_500, (n: number) => `**${'粗'.repeat(n)}*`],
    ['a line of "a "', 87_500, (n: number) => 'a '.repeat(n)],
    ['# and spaces then closing #s', 87_500, (n: number) => `# ${' '.repeat(n)}${'#'.repeat(n)}x`],
    ['a heading of " #" pairs', 87_500, (n: number) => `# a${' #'.repeat(n)}x`],
    ['> and spaces', 87_500, (n: number) => `>${' '.repeat(n)}x`],
    ['a 1 MB line of CJK with no punctuation (at 4n)', 87_500, (n: number) => '中'.repeat(n)],
    ['短行 lines: subheads before any paragraph', 5_000, (n: number) => lines(n, (i) => `小标题${i}`)],
    ['byline lines under one headline', 5_000, (n: number) => lines(n, (i) => `■ 记者 名${i}`)],
    ['dateline lines', 5_000, (n: number) => lines(n, (i) => `本报讯(记者 甲${i})`)],
    ['headlines with nothing under them', 5_000, (n: number) => lines(n, (i) => `# 标题${i}`, '')],
    ['lines cut mid-sentence', 5_000, (n: number) => lines(n, (i) => `这是被分栏切断的一行文字${i}`)],
  ])('stays linear on %s', (_name, n, make) => {
    const small = make(n);
    const large = make(4 * n);
    expect(large.length).toBeGreaterThan(3.9 * small.length);
    parsePage(small); // warm up the JIT
    const t1 = fastest(small, 3);
    const t4 = fastest(large, 2);
    expect(t4).toBeLessThan(12 * t1 + 50);
  });
});
