/**
 * What the build adds to index.html's head (production builds only, but the theme colour): the Content-Security-
 * Policy, the preload of site.json, and the browser toolbar's theme colour.
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { dataPaths } from '../schema/dataPaths.ts';
import { CSP, headersFile } from '../cli/securityHeaders.ts';
import { THEME_COLORS } from '../app/offline/webManifest.ts';

/** The policy in every page's <meta>, and the same in the _headers file beside them (src/cli/securityHeaders.ts). */
export function cspMeta(base: string): Plugin {
  return {
    name: 'csp-meta',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(base) });
    },
  };
}

/**
 * Every first view needs site.json (each paper's latest edition is inside it): ask for it with the HTML, not after
 * the script has run, so it downloads beside the JS. Its URL never changes, so adding a day's edition
 * (npm run update-site) needs no new index.html.
 */
export function preloadSiteData(base: string): Plugin {
  return {
    name: 'preload-site-data',
    apply: 'build',
    transformIndexHtml: (): HtmlTagDescriptor[] => [
      { tag: 'link', attrs: { rel: 'preload', as: 'fetch', crossorigin: '', href: `${base}data/${dataPaths.site()}` }, injectTo: 'head' },
    ],
  };
}

/** Theme colour of the browser's toolbar, light and dark (the same colours as the page, styles.css). */
export const themeColor: Plugin = {
  name: 'theme-color',
  transformIndexHtml: (): HtmlTagDescriptor[] =>
    (['light', 'dark'] as const).map((scheme) => ({
      tag: 'meta',
      attrs: { name: 'theme-color', media: `(prefers-color-scheme: ${scheme})`, content: THEME_COLORS[scheme] },
      injectTo: 'head',
    })),
};
