/**
 * The tests `npm run mutation` (Stryker, stryker.config.mjs) runs against each mutant: the unit tests of the
 * parser and the schema, in-process and fast. Left out: test/app and test/e2e (the reader, not the parser), and
 * the tests that run the CLI in a child process (cli, update-site), which would not see the mutant; and
 * linear.test.ts, whose time ratios mean nothing under Stryker's instrumentation on a loaded machine.
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
