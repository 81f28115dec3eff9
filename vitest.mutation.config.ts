/**
 * The tests `npm run mutation` (Stryker, stryker.config.mjs) runs against each mutant: the unit tests of the
 * parser and the schema, in-process and fast. Left out: test/app and test/e2e (the reader, not the parser), and
 * the tests that run the CLI in a child process, which would not see the mutant: cli.test.ts, and update-site.test.ts,
 * which runs update-site in this process but still spawns the real update-site once and report three times. Measured
 * on 2026-12-06 at load 25: alone under this config it passes (15 tests, 36 s), but in Stryker's sandbox the dry run
 * failed on its spawned update-site (no output), and its in-process tests compare update-site with a full build
 * through the same parser, so a mutant changes both alike. And linear.test.ts: its pages are large (13 s a run)
 * and it counts the parser's work, not its results.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    globals: true,
    include: ['test/ingest/**/*.test.ts', 'test/schema/**/*.test.ts', 'test/hostile/**/*.test.ts', 'test/publish/**/*.test.ts'],
    exclude: ['test/hostile/cli.test.ts', 'test/hostile/linear.test.ts', 'test/publish/update-site.test.ts'],
    // Property tests read this (propertyRuns in test/hostile/properties.ts): a few dozen cases per mutant, not hundreds.
    env: { PROPERTY_RUNS: '30' },
    setupFiles: ['./test/mutation-setup.ts'],
  },
});
