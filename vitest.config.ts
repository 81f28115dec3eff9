/**
 * The unit and component tests (`vitest run`; the browser tests are Playwright's, test/e2e). Two projects:
 * everything runs in Node, the fast environment, except test/app, which renders the reader and needs a DOM
 * (jsdom costs about a second of setup per file: pure parser, schema and search tests never pay it).
 */
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    globals: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
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
          setupFiles: ['./test/setup.ts'],
        },
      },
    ],
  },
});
