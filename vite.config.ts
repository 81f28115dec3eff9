import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import type { Plugin } from 'vite';

// BASE_PATH lets a publisher deploy under a sub-folder: BASE_PATH=/paper/ npm run build
const base = process.env.BASE_PATH ?? '/';

// Production builds only: the dev server injects inline scripts. Keep in step with public/_headers (which adds
// frame-ancestors, not allowed in a meta policy) and docs/deploy.md.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'self'; form-action 'self'";
const cspMeta: Plugin = {
  name: 'csp-meta',
  apply: 'build',
  transformIndexHtml: () => [
    { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' },
  ],
};

export default defineConfig({
  base,
  plugins: [react(), tailwindcss(), cspMeta],
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./test/setup.ts'],
    include: ['test/**/*.test.{ts,tsx}'],
  },
});
