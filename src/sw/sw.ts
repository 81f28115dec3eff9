/// <reference lib="webworker" />
/**
 * The reader's service worker (built by vite-plugin-pwa's injectManifest into <base>sw.js). It precaches the
 * app shell (the hashed JS and CSS, the icons, a bare copy of index.html) and caches at run time what the
 * reader opens, by the rules of src/app/offline/cacheRules.ts:
 *   pages (HTML)                         network first, then the cached copy, then the bare shell
 *   site.json, archive years             network first, then the cached copy
 *   an edition's files                   the cached copy at once, checked with the network behind it: printed
 *                                        once, but a re-ingest may correct one
 *   everything else                      the precache, or the network (the search index)
 * A new worker waits until the page asks it to take over (the 有新版本 prompt), so a reader is never switched to
 * a new shell under an open page.
 */
import { addRoute, cleanupOutdatedCaches, matchPrecache, precache, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { NetworkFirst, StaleWhileRevalidate, type Strategy } from 'workbox-strategies';
import { CACHES, SHELL_FILE } from '../app/offline/cacheNames.ts';
import { cacheRuleFor, pathInScope } from '../app/offline/cacheRules.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

/** The bare app shell (vite.config.ts writes it): a page never opened online still draws from cached data. */
const SHELL = SHELL_FILE;

const scope = new URL(self.registration.scope);
const strategies: Record<string, Strategy> = {
  [CACHES.pages]: new NetworkFirst({ cacheName: CACHES.pages }),
  [CACHES.live]: new NetworkFirst({ cacheName: CACHES.live }),
  [CACHES.editions]: new StaleWhileRevalidate({ cacheName: CACHES.editions }),
};

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
    return strategies[rule.cache]!.handle(options);
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
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// The first worker takes the open page at once, so what the reader opens next is cached; a later one waits.
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
