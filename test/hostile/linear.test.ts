/**
 * Parse work grows linearly with the input: no regular expression that backtracks without end, no rescan per
 * line. Counted, not timed (a timed assertion fails on a busy machine and passes a slow parser on an idle one):
 *
 * - the characters handed to regular expressions, for pages of n and 4n units: a linear parser hands about 4x as
 *   many, one that rescans the page for each line 16x;
 * - within one call, V8 counts the backtracking steps of each attempt (at one starting place): in a Node started
 *   with its fallback on excessive backtracking (test/hostile/linearBacktracks.ts), an attempt past the limit is
 *   reported. The limit, 10,000 steps, is far below the pages' long lines (200,000 to 700,000 units at 4n), so an
 *   expression that backtracks in proportion to a line (`\s+$`, nested quantifiers) is caught, and measured far
 *   above what the parser takes (none passes 1,000). V8 can fall back only for expressions without the `u` or `i`
 *   flags, lookarounds or back-references: those are checked by the count of characters alone.
 *
 * The timing of the same pages is a bench: test/bench/linear.bench.ts.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parsePage } from '../../src/ingest/parsePage.ts';
import { ROOT } from './helpers.ts';
import { LINEAR_CASES } from './linearCases.ts';

vi.setConfig({ testTimeout: 120_000 });

interface Work {
  calls: number;
  /** The characters each regular expression call moved over: from where it starts to its match's end, or to the end of the text when it fails. */
  chars: number;
}

/** The regular expression work of one parse: every test, match, replace, split and exec goes through RegExp.prototype.exec. */
function regexWork(raw: string): Work {
  const exec = RegExp.prototype.exec;
  const work: Work = { calls: 0, chars: 0 };
  RegExp.prototype.exec = function (this: RegExp, text: string) {
    const anchored = this.flags.includes('y');
    const start = this.global || anchored ? this.lastIndex : 0;
    const match = exec.call(this, text);
    work.calls += 1;
    // An anchored (`y`) call that fails looks at one place only (split makes one such call per position).
    work.chars += match ? match.index + match[0].length - start : anchored ? 1 : text.length - start;
    return match;
  };
  try {
    parsePage(raw);
  } finally {
    RegExp.prototype.exec = exec;
  }
  return work;
}

describe('parsePage work on long adversarial input', () => {
  it.each(LINEAR_CASES)('hands regular expressions work linear in the page on %s', (_name, n, make) => {
    const small = make(n);
    const large = make(4 * n);
    expect(large.length).toBeGreaterThan(3.9 * small.length);
    const one = regexWork(small);
    const four = regexWork(large);
    expect(four.calls).toBeLessThanOrEqual(5 * one.calls);
    expect(four.chars).toBeLessThanOrEqual(5 * one.chars);
  });

  it('has no regular expression attempt that backtracks more than 10,000 steps on lines of 200,000 units or more', () => {
    const limit = 10_000;
    const run = spawnSync(
      process.execPath,
      [
        '--enable-experimental-regexp-engine-on-excessive-backtracks',
        `--regexp-backtracks-before-fallback=${limit}`,
        '--trace-experimental-regexp-engine',
        '--import',
        'tsx',
        join(ROOT, 'test/hostile/linearBacktracks.ts'),
        String(2 * limit),
      ],
      { cwd: ROOT, encoding: 'utf8', timeout: 100_000 },
    );
    expect(run.status, run.error?.message ?? run.stderr).toBe(0);
    const fallbacks = run.stdout.split('\n').filter((line) => line.startsWith('Experimental execution'));
    // Only the control's `\s+$` (V8 writes the source with `\` doubled).
    expect(fallbacks.map((line) => /<String\[\d+\]: #(.*)>$/.exec(line)?.[1])).toEqual(['\\\\s+$']);
  });
});
