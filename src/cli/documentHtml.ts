/**
 * One prerendered page's HTML: the shell (src/cli/shellParts.ts) with the route's head (title, description,
 * canonical, Open Graph, JSON-LD), its markup, the data the browser needs to hydrate it without fetching again, and
 * the plan of what to load after the first paint.
 */
import { DATA_FOLDER } from '../schema/dataPaths.ts';
import type { DocumentHead } from '../app/ui/documentHead.ts';
import type { HydrationState } from '../app/server.tsx';
import { escapeMarkup } from '../node/files.ts';
import { link, type Links } from './siteFeeds.ts';
import { shellParts } from './shellParts.ts';

/** JSON inside a <script> element: `<` escaped, so no `</script>` or `<!--` in the data can end or bend it. */
export const scriptJson = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/** One route's page as the prerenderer drew it; `state` is null for a page the app draws itself (404.html). */
export interface PageParts {
  head: DocumentHead;
  html: string;
  state: HydrationState | null;
  /** Data files (relative to the data folder) the page shares with others: fetched beside the script. */
  preload: readonly string[];
}

/** The shell with one route's head, markup, hydration data and the preloads of the data files it shares. */
export function documentHtml(shell: string, { head, html: body, state, preload }: PageParts, options: Links): string {
  const tags = headTags(head, options).join('\n    ');
  const root = state
    ? `<div id="root" data-prerendered="">${body}</div>\n    <script type="application/json" id="reader-state">${scriptJson(state)}</script>`
    : `<div id="root">${body}</div>`;
  // A prerendered page paints from its HTML alone: the app's script and the data files it shares are asked for
  // only after the first frame (public/reader-preferences.js reads this plan), so nothing competes with the page
  // and its CSS while it paints. Its links work before the app runs. The 404 page (no state) loads the app at once.
  const parts = shellParts(shell, state !== null);
  const plan = state
    ? `  <meta name="reader-after-paint" content="${escapeMarkup(JSON.stringify({ scripts: parts.scripts, data: preload.map((file) => `${options.base}${DATA_FOLDER}${file}`) }))}" />\n  `
    : '';
  return `${parts.beforeTitle}${tags}${parts.beforeHeadEnd}${plan}${parts.beforeRoot}${root}${parts.rest}`;
}

/** The head's title, description, canonical URL, Open Graph and Twitter tags and JSON-LD. */
function headTags(head: DocumentHead, options: Links): string[] {
  const url = link(options, head.path);
  return [
    `<title>${escapeMarkup(head.title)}</title>`,
    `<meta name="description" content="${escapeMarkup(head.description)}" />`,
    `<link rel="canonical" href="${escapeMarkup(url)}" />`,
    `<meta property="og:type" content="${head.type}" />`,
    `<meta property="og:title" content="${escapeMarkup(head.title)}" />`,
    `<meta property="og:description" content="${escapeMarkup(head.description)}" />`,
    `<meta property="og:url" content="${escapeMarkup(url)}" />`,
    `<meta property="og:site_name" content="报纸阅读" />`,
    `<meta property="og:locale" content="zh_CN" />`,
    ...(head.image ? [`<meta property="og:image" content="${escapeMarkup(link(options, head.image))}" />`] : []),
    `<meta name="twitter:card" content="summary" />`,
    `<meta name="twitter:title" content="${escapeMarkup(head.title)}" />`,
    `<meta name="twitter:description" content="${escapeMarkup(head.description)}" />`,
    ...(head.jsonLd ? [`<script type="application/ld+json">${scriptJson(absoluteUrls(head.jsonLd, options))}</script>`] : []),
  ];
}

/** JSON-LD `url` fields are written as paths; with SITE_URL they become absolute. */
function absoluteUrls(value: Record<string, unknown>, options: Links): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value), (key, v: unknown) =>
    key === 'url' && typeof v === 'string' && v.startsWith('/') ? link(options, v) : v,
  ) as Record<string, unknown>;
}
