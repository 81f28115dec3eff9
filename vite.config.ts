/**
 * The reader's Vite build: React, Tailwind, and the build's own plugins (src/build/: the document head, the first-
 * view chunk, react-router's unused components left out, the offline shell and service worker, the preferences
 * script: minified, after the stylesheet). The tests' config is vitest.config.ts; the prerender runs after this
 * build (src/cli/build.ts).
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { fileURLToPath } from 'node:url';
import { cspMeta, preloadSiteData, themeColor } from './src/build/htmlHead.ts';
import { firstViewChunk } from './src/build/firstViewChunk.ts';
import { pureRouterComponents } from './src/build/routerComponents.ts';
import { minifyPreferences, preferencesAfterStylesheet } from './src/build/readerPreferences.ts';
import { offlineShell, serviceWorker } from './src/build/offline.ts';

// BASE_PATH lets a publisher deploy under a sub-folder: BASE_PATH=/paper/ npm run build
const base = process.env.BASE_PATH ?? '/';

const source = (file: string) => fileURLToPath(new URL(`./src/${file}`, import.meta.url));
// The views a prerendered page hydrates with, and the error views, each one chunk (firstViewChunk.ts): the front page
// and a section share most of their code (the section filter, the front-page layout); what the front page and the
// article share is in the first view's chunk.
const viewChunks = {
  FrontPage: [source('app/front-page/FrontPage.tsx'), source('app/front-page/SectionPage.tsx')],
  ArticlePage: [source('app/article/ArticlePage.tsx')],
  ErrorViews: [source('app/shell/RouteError.tsx'), source('app/shell/RootError.tsx')],
};

const routerBuild = (file: string) => fileURLToPath(new URL(`./node_modules/react-router/dist/production/${file}`, import.meta.url));

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
  plugins: [
    react(),
    tailwindcss(),
    cspMeta(base),
    preloadSiteData(base),
    themeColor,
    offlineShell,
    firstViewChunk(viewChunks),
    pureRouterComponents(),
    minifyPreferences(),
    preferencesAfterStylesheet,
    ...(isSsrBuild ? [] : [serviceWorker(base)]),
  ],
  // The server bundle (the prerenderer, which update-site runs) takes BudouX in rather than importing the package:
  // its Node entry loads linkedom, some 200 modules for an HTML parser the reader never calls, and that was a fifth of
  // an update-site run's CPU. Bundled, only its Parser and the zh-hans model are kept, as in the browser's chunk.
  ssr: { noExternal: ['budoux'] },
  build: {
    // Every browser the reader supports (ES2020 modules, dynamic import) has modulepreload or ignores it harmlessly:
    // the polyfill would be 1 KB of first-view script for none of them.
    modulePreload: { polyfill: false },
  },
}));
