import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { fileURLToPath } from 'node:url';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { dataPaths } from './src/schema/dataPaths.ts';

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

// Every first view needs site.json (each paper's latest edition is inside it): ask for it with the HTML, not
// after the script has run, so it downloads beside the JS. Its URL never changes, so adding a day's edition
// (npm run update-site) needs no new index.html.
const preloadData: Plugin = {
  name: 'preload-site-data',
  apply: 'build',
  transformIndexHtml: (): HtmlTagDescriptor[] => [
    { tag: 'link', attrs: { rel: 'preload', as: 'fetch', crossorigin: '', href: `${base}data/${dataPaths.site()}` }, injectTo: 'head' },
  ],
};

/**
 * The first view's code in one chunk: every module main.tsx imports statically, found from the module graph.
 * Left alone, Rolldown makes a chunk of each group of modules that the first view shares with a lazy view (nine
 * files), and each file compresses apart: one chunk is ~3 KB gzip smaller, in fewer requests. Lazy views import
 * what they share from it.
 */
function firstViewChunk(): { plugin: Plugin; test: (id: string) => boolean } {
  const imports = new Map<string, readonly string[]>();
  let reachable: Set<string> | null = null;
  const plugin: Plugin = {
    name: 'first-view-graph',
    apply: 'build',
    moduleParsed: (info) => void imports.set(info.id, info.importedIds),
  };
  const test = (id: string) => {
    if (!reachable) {
      reachable = new Set();
      const stack = [...imports.keys()].filter((module) => module.endsWith('/src/app/main.tsx'));
      for (let module = stack.pop(); module !== undefined; module = stack.pop()) {
        if (reachable.has(module)) continue;
        reachable.add(module);
        stack.push(...(imports.get(module) ?? []));
      }
    }
    return reachable.has(id);
  };
  return { plugin, test };
}
const firstView = firstViewChunk();

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
  plugins: [react(), tailwindcss(), cspMeta, preloadData, firstView.plugin],
  build: {
    // Every browser the reader supports (ES2020 modules, dynamic import) has modulepreload or ignores it harmlessly:
    // the polyfill would be 1 KB of first-view script for none of them.
    modulePreload: { polyfill: false },
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'first-view', test: firstView.test }] } } },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./test/setup.ts'],
    include: ['test/**/*.test.{ts,tsx}'],
  },
}));
