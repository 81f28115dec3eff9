// @ts-check
/**
 * Mutation testing of the parser and the schema: `npm run mutation` (arguments pass through to Stryker:
 * `npm run mutation -- --mutate 'src/ingest/bylines*.ts'`). See docs/testing.md.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  // related: false, so that a mutant that runs at import also meets test/ingest/modules.test.ts, which imports each
  // module inside a test: Vitest finds "related" test files by static imports only, and a test file whose static
  // import throws fails before any test runs, which the runner does not count as a kill.
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  mutate: ['src/ingest/**/*.ts', 'src/schema/**/*.ts'],
  // The machine is shared: one or two test processes, not one per core.
  concurrency: 2,
  coverageAnalysis: 'perTest',
  // A rerun tests only the mutants whose code or tests changed.
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['html', 'json', 'clear-text', 'progress'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: false, reportScoreTable: true },
  tempDirName: '.stryker-tmp',
  // Build output and scratch stay out of the sandbox copy: `dist` is a symbolic link to a generation (which Stryker
  // cannot copy: EISDIR), and the generations beside it hold hundreds of thousands of files at scale.
  ignorePatterns: ['/dist', '/dist.gen-*', '/.dist.*', '/dist-*', '/tmp', '/bench-out', '/test-results*', '/public/pagefind', '/public/data'],
  cleanTempDir: 'always',
  // Generous: on a busy machine a slow run is not a mutant that loops, and a timeout counts as killed.
  timeoutMS: 8000,
  thresholds: { high: 85, low: 80, break: null },
};
