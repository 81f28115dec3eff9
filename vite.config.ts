import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { HtmlTagDescriptor, Plugin } from 'vite';

// BASE_PATH lets a publisher deploy under a sub-folder: BASE_PATH=/paper/ npm run build
const base = process.env.BASE_PATH ?? '/';

// Production builds only: the dev server injects inline scripts. Keep in step with public/_headers (which adds
// frame-ancestors, not allowed in a meta policy) and docs/deploy.md.
const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'self'; form-action 'self'";
const cspMeta: Plugin = {
  name: 'csp-meta',
  apply: 'build',
  transformIndexHtml: () => [
    { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' },
  ],
};

// The first view needs editions.json and the latest edition's index.json: ask for them with the HTML, not after
// the script has run, so they download beside the JS. Build only: ingest has written public/data by then.
const preloadData: Plugin = {
  name: 'preload-edition-data',
  apply: 'build',
  transformIndexHtml: () => {
    const list = 'public/data/editions.json';
    if (!existsSync(list)) return [];
    const latest = (JSON.parse(readFileSync(list, 'utf8')) as { editions: { date: string }[] }).editions[0]?.date;
    const files = ['editions.json', ...(latest ? [`${latest}/index.json`] : [])];
    return files.map(
      (file): HtmlTagDescriptor => ({
        tag: 'link',
        attrs: { rel: 'preload', as: 'fetch', crossorigin: '', href: `${base}data/${file}` },
        injectTo: 'head',
      }),
    );
  },
};

const routerBuild = (file: string) =>
  fileURLToPath(new URL(`./node_modules/react-router/dist/production/${file}`, import.meta.url));

export default defineConfig(({ mode }) => ({
  base,
  resolve: {
    // react-router's package exports only its development build, which keeps its dev warnings in the bundle;
    // the production build beside it is the same code with those warnings compiled out.
    alias:
      mode === 'production'
        ? [
            { find: /^react-router$/, replacement: routerBuild('index.mjs') },
            { find: /^react-router\/dom$/, replacement: routerBuild('dom-export.mjs') },
          ]
        : [],
  },
  plugins: [react(), tailwindcss(), cspMeta, preloadData],
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./test/setup.ts'],
    include: ['test/**/*.test.{ts,tsx}'],
  },
}));
