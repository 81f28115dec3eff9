/**
 * The unit and component tests (`vitest run`; the browser tests are Playwright's, test/e2e). Three projects:
 * everything runs in Node, the fast environment, except test/app, which renders the reader and needs a DOM
 * (jsdom costs over half a second of setup per file: pure parser, schema and search tests never pay it, nor does a
 * file of test/app that needs no DOM: it starts with `// @vitest-environment node`, and runs in the `app-node`
 * project below).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/** The files of test/app that ask for Node (`// @vitest-environment node` on their first line). */
const APP_NODE_FILES = readdirSync('test/app', { recursive: true, encoding: 'utf8' })
  .filter((name) => /\.test\.tsx?$/.test(name))
  .map((name) => join('test/app', name))
  .filter((file) => readFileSync(file, 'utf8').startsWith('// @vitest-environment node'));

export default defineConfig({
  plugins: [react()],
  test: {
    globals: true,
    // Ceilings, not waits: a passing test takes what it takes. On a loaded CI machine (two CPU burners beside the
    // suite, load 7+ on two cores) a route test that renders, fetches and lazily loads views can take seconds; the
    // default 5 s ceiling then fails tests that would pass. Every wait in the tests is for a state (findBy…, waitFor).
    // Both cores: Vitest's default leaves one free, which halves a two-core machine (93 s instead of 125 s idle).
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          // One module graph a worker for these files, not one a file: they keep no state between files (each
          // cleans up what it sets: env, globals, temporary folders), and re-importing the parser, schema and
          // publishing modules for each of 58 files cost a third of this project's CPU (97 -> 71 CPU-s). A shuffled
          // order must keep passing: docs/testing.md, "Where each test runs".
          isolate: false,
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/app/**', 'test/e2e/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'jsdom',
          include: ['test/app/**/*.test.{ts,tsx}'],
          exclude: APP_NODE_FILES,
          setupFiles: ['./test/setup.ts'],
          // Each file in a fresh VM context of a long-lived worker thread, not a fresh process: the same isolation
          // (its own module graph and its own jsdom window), without a process and jsdom's import a file (test/app
          // 45 -> 25 CPU-s with app-node, 2026-12-07). Its globals are the jsdom window's own, as in a browser:
          // jsdom lacks what it lacks (a test that needs performance.getEntriesByType defines it). Node's built-ins
          // (fetch, DOMException) belong to another realm, so `instanceof Error` is false for what they throw: the
          // Node files of test/app, which use them, keep a process each (`app-node`).
          pool: 'vmThreads',
        },
      },
      {
        extends: true,
        test: {
          name: 'app-node',
          environment: 'node',
          include: APP_NODE_FILES,
        },
      },
    ],
  },
});
