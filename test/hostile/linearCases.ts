/**
 * Long adversarial pages for the parser (test/hostile/linear.test.ts, test/hostile/linearBacktracks.ts and the
 * timing bench test/bench/linear.bench.ts): each case makes a page of n units, and the tests compare n with 4n.
 */
const lines = (n: number, line: (i: number) => string, head = '# 标题\n') => head + Array.from({ length: n }, (_, i) => line(i)).join('\n');

export const LINEAR_CASES: readonly [name: string, n: number, make: (n: number) => string][] = [
  ['a line of # (200k at 4n)', 50_000, (n) => '#'.repeat(n)],
  ['本报讯 and open brackets', 87_500, (n) => `本报讯${'('.repeat(n)}`],
  ['a line of ■', 87_500, (n) => '■'.repeat(n)],
  ['■ then a line of 【', 87_500, (n) => `■ ${'【'.repeat(n)}`],
  ['a line of 【', 87_500, (n) => '【'.repeat(n)],
  ['a line of *', 87_500, (n) => '*'.repeat(n)],
  ['**bold** never closed', 87_500, (n) => `**${'粗'.repeat(n)}*`],
  ['a line of "a "', 87_500, (n) => 'a '.repeat(n)],
  ['# and spaces then closing #s', 87_500, (n) => `# ${' '.repeat(n)}${'#'.repeat(n)}x`],
  ['a heading of " #" pairs', 87_500, (n) => `# a${' #'.repeat(n)}x`],
  ['> and spaces', 87_500, (n) => `>${' '.repeat(n)}x`],
  ['a 1 MB line of CJK with no punctuation (at 4n)', 87_500, (n) => '中'.repeat(n)],
  ['短行 lines: subheads before any paragraph', 5_000, (n) => lines(n, (i) => `小标题${i}`)],
  ['byline lines under one headline', 5_000, (n) => lines(n, (i) => `■ 记者 名${i}`)],
  ['dateline lines', 5_000, (n) => lines(n, (i) => `本报讯(记者 甲${i})`)],
  ['headlines with nothing under them', 5_000, (n) => lines(n, (i) => `# 标题${i}`, '')],
  ['lines cut mid-sentence', 5_000, (n) => lines(n, (i) => `这是被分栏切断的一行文字${i}`)],
];
