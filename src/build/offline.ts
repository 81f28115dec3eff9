/**
 * The offline side of the build: the bare shell the service worker precaches, and the worker itself with the web
 * app manifest (docs/deploy.md, "Offline reading").
 */
import type { Plugin, PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { SHELL_FILE } from '../offline/cacheNames.ts';
import { webManifest } from '../app/offline/webManifest.ts';

/**
 * The offline shell: index.html as Vite writes it, before the prerender draws the home page into it. The service
 * worker precaches it for a page never opened online (src/sw/sw.ts); the app then draws that URL from cached data.
 */
export const offlineShell: Plugin = {
  name: 'offline-shell',
  apply: 'build',
  enforce: 'post',
  generateBundle(_, bundle) {
    const index = bundle['index.html'];
    if (index?.type === 'asset') this.emitFile({ type: 'asset', fileName: SHELL_FILE, source: index.source });
  },
};

/**
 * The service worker and the web app manifest; not in the prerenderer's build. The page registers the worker itself,
 * lazily after the first view (src/app/offline/), so nothing is injected into the HTML but the manifest link.
 */
export function serviceWorker(base: string): PluginOption {
  return VitePWA({
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
}
