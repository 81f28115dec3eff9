/**
 * Run by test/hostile/linear.test.ts in a Node started with V8's fallback on excessive backtracking: parses each
 * case's 4n page. V8 then prints `Experimental execution … of regexp <source>` for every regular expression
 * attempt that backtracked more than the limit it was given, which the test reads.
 */
import { parsePage } from '../../src/ingest/parsePage.ts';
import { LINEAR_CASES } from './linearCases.ts';

// Nothing else is written: V8's lines go through C's stdout, whose order beside Node's own writes is not kept.
for (const [, n, make] of LINEAR_CASES) parsePage(make(4 * n));

// The control: trailing white space, known to backtrack over the whole run of spaces in its first attempt, over a
// run longer than the limit (argv[2]), so the test can tell that this Node reports fallbacks at all.
/\s+$/.test(`${' '.repeat(Number(process.argv[2]))}x`);
