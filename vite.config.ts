import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { fileURLToPath } from 'node:url';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minifySync, type HtmlTagDescriptor, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { dataPaths } from './src/schema/dataPaths.ts';
import { CSP, headersFile } from './src/cli/securityHeaders.ts';
import { SHELL_FILE } from './src/app/offline/cacheNames.ts';
import { THEME_COLORS, webManifest } from './src/app/offline/webManifest.ts';

// BASE_PATH lets a publisher deploy under a sub-folder: BASE_PATH=/paper/ npm run build
const base = process.env.BASE_PATH ?? '/';

// The policy in every page's <meta>, and the same in the _headers file beside them (src/cli/securityHeaders.ts).
const cspMeta: Plugin = {
  name: 'csp-meta',
  apply: 'build',
  transformIndexHtml: () => [
    { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' },
  ],
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(base) });
  },
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

// The offline shell: index.html as Vite writes it, before the prerender draws the home page into it. The service
// worker precaches it for a page never opened online (src/sw/sw.ts); the app then draws that URL from cached data.
const offlineShell: Plugin = {
  name: 'offline-shell',
  apply: 'build',
  enforce: 'post',
  generateBundle(_, bundle) {
    const index = bundle['index.html'];
    if (index?.type === 'asset') this.emitFile({ type: 'asset', fileName: SHELL_FILE, source: index.source });
  },
};

// Theme colour of the browser's toolbar, light and dark (the same colours as the page, styles.css).
const themeColor: Plugin = {
  name: 'theme-color',
  transformIndexHtml: (): HtmlTagDescriptor[] =>
    (['light', 'dark'] as const).map((scheme) => ({
      tag: 'meta',
      attrs: { name: 'theme-color', media: `(prefers-color-scheme: ${scheme})`, content: THEME_COLORS[scheme] },
      injectTo: 'head',
    })),
};

// The service worker and the web app manifest (docs/deploy.md, "Offline reading"); not in the prerenderer's build.
// The page registers the worker itself, lazily after the first view (src/app/offline/), so nothing is injected into
// the HTML but the manifest link.
const pwa = VitePWA({
  strategies: 'injectManifest',
  srcDir: 'src/sw',
  filename: 'sw.ts',
  registerType: 'prompt',
  injectRegister: false,
  manifest: webManifest(base),
  includeManifestIcons: false,
  injectManifest: {
    // The app shell alone: hashed JS and CSS, icons, the bare shell. Not the data, not the search index.
    globPatterns: ['assets/**/*.{js,css}', '*.{svg,png,js}', 'icons/*.{svg,png}', SHELL_FILE],
    globIgnores: ['sw.js', 'data/**', 'pagefind/**'],
    rollupFormat: 'iife',
  },
});

// Every module the entry imports statically is loaded by the first view anyway; without this, each new set of
// lazy chunks that shares some of them (保存本期, the service worker's registration) splits them into more small
// common chunks, and the first view pays a request and a runtime wrapper for each. One chunk holds them all, the
// entry script (main.tsx) too: it has no top-level await, so a lazy chunk importing from it never waits on itself.
const firstView = new Set<string>();
const firstViewChunk: Plugin = {
  name: 'first-view-chunk',
  apply: 'build',
  config: (_, env) =>
    env.isSsrBuild
      ? {}
      : { build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'app', test: (id: string) => firstView.has(id) }] } } } } },
  buildEnd() {
    firstView.clear();
    const visit = (id: string) => {
      if (firstView.has(id)) return;
      firstView.add(id);
      for (const imported of this.getModuleInfo(id)?.importedIds ?? []) visit(imported);
    };
    for (const id of this.getModuleIds()) {
      const info = this.getModuleInfo(id);
      if (!info?.isEntry) continue;
      visit(id);
    }
  },
};

// public/reader-preferences.js runs before first paint on every page (a blocking script, so that a Content-Security-
// Policy can forbid inline ones): the build ships it minified, half its gzip size. Kept readable in public/.
let outDir = 'dist';
const minifyPreferences: Plugin = {
  name: 'minify-reader-preferences',
  apply: 'build',
  configResolved: (config) => void (outDir = config.build.outDir),
  closeBundle() {
    const file = join(outDir, 'reader-preferences.js');
    if (!existsSync(file)) return;
    const { code, errors } = minifySync(file, readFileSync(file, 'utf8'));
    if (errors.length > 0) throw new Error(`${file}: ${errors[0]!.message}`);
    writeFileSync(file, code);
  },
};

// The blocking reader-preferences.js goes after the stylesheet Vite adds at the end of <head>: the parser then meets
// the stylesheet first and asks for both at once. Before it, the CSS was only asked for once the script had
// arrived, a round trip later (150 ms on a phone's network; test/e2e/preferences.spec.ts). Still in <head>, so it
// still runs before the first paint.
const preferencesAfterStylesheet: Plugin = {
  name: 'reader-preferences-after-stylesheet',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler(html) {
      const script = /[ \t]*<!--[^>]*-->\s*<script src="[^"]*reader-preferences\.js"><\/script>\n?/.exec(html);
      const stylesheets = [...html.matchAll(/<link rel="stylesheet"[^>]*>/g)];
      const last = stylesheets.at(-1);
      if (!script || !last || last.index < script.index) return html;
      const without = html.replace(script[0], '');
      const at = without.indexOf(last[0]) + last[0].length;
      return `${without.slice(0, at)}\n${script[0].trimEnd()}${without.slice(at)}`;
    },
  },
};

const routerBuild = (file: string) =>
  fileURLToPath(new URL(`./node_modules/react-router/dist/production/${file}`, import.meta.url));

export default defineConfig(({ mode, isSsrBuild }) => ({
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
  plugins: [react(), tailwindcss(), cspMeta, preloadData, themeColor, offlineShell, firstViewChunk, minifyPreferences, preferencesAfterStylesheet, ...(isSsrBuild ? [] : [pwa])],
  build: {
    // Every browser the reader supports (ES2020 modules, dynamic import) has modulepreload or ignores it harmlessly:
    // the polyfill would be 1 KB of first-view script for none of them.
    modulePreload: { polyfill: false },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./test/setup.ts'],
    include: ['test/**/*.test.{ts,tsx}'],
  },
}));
