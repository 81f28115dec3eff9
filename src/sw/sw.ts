/// <reference lib="webworker" />
/**
 * The reader's service worker (built by vite-plugin-pwa's injectManifest into <base>sw.js). It precaches the
 * app shell (the hashed JS and CSS, the icons, a bare copy of index.html) and caches at run time what the
 * reader opens, by the rules of src/app/offline/cacheRules.ts:
 *   pages (HTML)                         network first, then the cached copy, then the bare shell
 *   site.json, archive years             network first, then the cached copy
 *   an edition's index                   network first (its 后一期 is filled in the day after), then the cached copy
 *   an edition's other files             the cached copy at once, checked with the network behind it: printed
 *                                        once, but a re-ingest may correct one
 *   everything else                      the precache, or the network (the search index)
 * A new worker waits until a reader asks it to take over (the 有新版本 prompt's 刷新): that tab reloads into the
 * new build, and any other open tab, switched with it, keeps its prompt, whose 刷新 then only reloads.
 */
import { addRoute, cleanupOutdatedCaches, matchPrecache, precache, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { NetworkFirst, StaleWhileRevalidate, type Strategy } from 'workbox-strategies';
import { SHELL_FILE } from '../app/offline/cacheNames.ts';
import { cacheRuleFor, pathInScope, type CacheRule } from '../app/offline/cacheRules.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

/** The bare app shell (vite.config.ts writes it): a page never opened online still draws from cached data. */
const SHELL = SHELL_FILE;

const scope = new URL(self.registration.scope);
const strategies = new Map<string, Strategy>();
/** The Workbox strategy of a rule, one per strategy and cache. */
function strategyOf(rule: Exclude<CacheRule, { strategy: 'pass' }>): Strategy {
  const key = `${rule.strategy} ${rule.cache}`;
  let strategy = strategies.get(key);
  if (!strategy) {
    strategy = rule.strategy === 'network-first' ? new NetworkFirst({ cacheName: rule.cache }) : new StaleWhileRevalidate({ cacheName: rule.cache });
    strategies.set(key, strategy);
  }
  return strategy;
}

// Registered before the precache's route: the first route that matches answers, and a page load must go to the
// network first even at a URL the precache holds (index.html, which update-site rewrites every day).
registerRoute(
  ({ request, url }) => {
    const path = pathInScope(url, scope);
    return path !== null && cacheRuleFor(path, request.mode === 'navigate').strategy !== 'pass';
  },
  (options) => {
    const path = pathInScope(options.url, scope) ?? '';
    const rule = cacheRuleFor(path, options.request.mode === 'navigate');
    if (rule.strategy === 'pass') return fetch(options.request);
    return strategyOf(rule).handle(options);
  },
);

precache(self.__WB_MANIFEST);
addRoute();
cleanupOutdatedCaches();

// Offline at a page that was never opened: the bare shell draws it from whatever data is cached.
setCatchHandler(async ({ request }) => {
  if (request.mode === 'navigate') {
    const shell = await matchPrecache(SHELL);
    if (shell) return shell;
  }
  return Response.error();
});

self.addEventListener('message', (event) => {
  const message = event.data as { type?: unknown; page?: unknown; urls?: unknown } | null;
  if (message?.type === 'SKIP_WAITING') void self.skipWaiting();
  if (message?.type === 'KEEP' && typeof message.page === 'string' && Array.isArray(message.urls)) {
    event.waitUntil(keep(message.page, message.urls.filter((url): url is string => typeof url === 'string')));
  }
});

/**
 * The page's first view, loaded before this worker ran (src/app/offline/register.ts): the page itself and the files
 * it fetched, each filed by the rules above as if it had come through here. A file served from the cache first
 * (an article) that is already cached stays.
 */
async function keep(page: string, urls: readonly string[]): Promise<void> {
  for (const [url, navigation] of [[page, true] as const, ...urls.map((url) => [url, false] as const)]) {
    const path = pathInScope(new URL(url), scope);
    if (path === null) continue;
    const rule = cacheRuleFor(path, navigation);
    if (rule.strategy === 'pass') continue;
    try {
      const cache = await caches.open(rule.cache);
      if (rule.strategy !== 'stale-while-revalidate' || !(await cache.match(url))) await cache.add(url);
    } catch {
      // Storage refused or full, or offline already: this file is simply not kept. 保存本期 says so when asked.
    }
  }
}

// The first worker takes the open page at once, so what the reader opens next is cached; a later one waits.
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
