/// <reference lib="webworker" />
/**
 * The reader's service worker (built by vite-plugin-pwa's injectManifest into <base>sw.js). It precaches the
 * app shell (the hashed JS and CSS, the icons, a bare copy of index.html) and caches at run time what the
 * reader opens, by the rules of src/offline/cacheRules.ts:
 *   pages (HTML)                         network first, then the cached copy, then the bare shell
 *   site.json, archive years             network first, then the cached copy
 *   an edition's index                   network first (its 后一期 is filled in the day after), then the cached copy
 *   an edition's other files             the cached copy at once, checked with the network behind it: printed
 *                                        once, but a re-ingest may correct one, and one the host no longer has
 *                                        (404) is dropped from the cache
 *   everything else                      the precache, or the network (the search index)
 * Network first waits NETWORK_TIMEOUT_SECONDS for the host before it serves the cached copy (a stalled
 * connection), and takes a 5xx (a CDN before a stopped origin) as no answer. Each cache keeps at most
 * MAX_ENTRIES, the least recently used going first; when storage is full, the runtime caches are emptied and the
 * file at hand is kept (docs/deploy.md, Offline reading).
 * A new worker waits until a reader asks it to take over (the 有新版本 prompt's 刷新): that tab reloads into the
 * new build, and any other open tab, switched with it, keeps its prompt, whose 刷新 then only reloads.
 */
import type { RouteHandlerCallbackOptions, WorkboxPlugin } from 'workbox-core/types.js';
import { ExpirationPlugin } from 'workbox-expiration';
import { addRoute, cleanupOutdatedCaches, matchPrecache, precache, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { NetworkFirst, StaleWhileRevalidate, type Strategy } from 'workbox-strategies';
import { CACHES, SHELL_FILE } from '../offline/cacheNames.ts';
import { cacheRuleFor, editionIndexOf, pathInScope, type CacheRule } from '../offline/cacheRules.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };

/** The bare app shell (vite.config.ts writes it): a page never opened online still draws from cached data. */
const SHELL = SHELL_FILE;

const scope = new URL(self.registration.scope);

/** How long network first waits for the host before it serves the cached copy. */
const NETWORK_TIMEOUT_SECONDS = 3;

/**
 * Entries each cache keeps, the least recently used going first: a year of daily reading and a few saved editions.
 * Only what passes through the worker is counted: what 保存本期 put there counts once the reader opens it.
 */
const MAX_ENTRIES: Record<(typeof CACHES)[keyof typeof CACHES], number> = {
  [CACHES.pages]: 1000,
  [CACHES.live]: 100,
  [CACHES.editions]: 5000,
};

type Rule = Exclude<CacheRule, { strategy: 'pass' }>;
type Cache = Rule['cache'];

/** One per cache, shared by its strategies; on a QuotaExceededError every one empties its cache. */
const expirations = new Map<Cache, ExpirationPlugin>(
  Object.entries(MAX_ENTRIES).map(([cache, maxEntries]) => [cache as Cache, new ExpirationPlugin({ maxEntries, purgeOnQuotaError: true })]),
);

/** A 5xx is no answer: network first serves the cached copy, or, for a page, the catch handler's bare shell. */
const serverErrorIsNoAnswer: WorkboxPlugin = {
  fetchDidSucceed: ({ response }) => {
    if (response.status >= 500) return Promise.reject(new Error(`HTTP ${response.status}`));
    return Promise.resolve(response);
  },
};

/**
 * What is filed in a cache: a 200 only (what Workbox files when no plugin says otherwise). A file the host no longer
 * has (404, an article a re-ingest dropped) leaves the cache when `dropGone`. And the file that met a full storage
 * is filed again once the purge has made room (Workbox files nothing after its purge).
 */
function filing(cache: Cache, { dropGone }: { dropGone: boolean }): WorkboxPlugin {
  const toFile = new WeakMap<Request, Response>();
  return {
    cacheWillUpdate: async ({ request, response }) => {
      if (dropGone && response.status === 404) await (await caches.open(cache)).delete(request);
      if (response.status !== 200) return null;
      toFile.set(request, response.clone());
      return response;
    },
    handlerDidComplete: async ({ request, error }) => {
      const response = toFile.get(request);
      toFile.delete(request);
      if (response && error?.name === 'QuotaExceededError') await (await caches.open(cache)).put(request, response).catch(() => {});
    },
  };
}

/** The indexes being fetched, so that the edition's files filed together fetch it once. */
const fetching = new Set<string>();
/**
 * An edition's file, once filed, brings its edition's index if the cache has none (the latest edition's index comes
 * inside site.json, so no page fetches it): the edition still opens offline after site.json has named the next one.
 * And again when the file changed (a re-ingest, a new schema version): its index may have changed with it, and no
 * page would ask for the latest edition's.
 */
const editionIndexBeside: WorkboxPlugin = {
  cacheDidUpdate: async ({ request, event, oldResponse, newResponse }) => {
    const path = editionIndexOf(pathInScope(new URL(request.url), scope) ?? '');
    if (path === null) return;
    const url = new URL(path, scope).href;
    const rule = cacheRuleFor(path, false);
    if (rule.strategy === 'pass' || fetching.has(url)) return;
    const changed = oldResponse && newResponse && (await oldResponse.text()) !== (await newResponse.text());
    if (!changed && (await caches.match(url, { cacheName: rule.cache }))) return;
    fetching.add(url);
    try {
      await run(strategyOf(rule), { request: new Request(url), event });
    } catch {
      // Offline or refused: the next file of the edition tries again.
    } finally {
      fetching.delete(url);
    }
  },
};

const strategies = new Map<string, Strategy>();
/** The Workbox strategy of a rule, one per strategy and cache. */
function strategyOf(rule: Rule): Strategy {
  const key = `${rule.strategy} ${rule.cache}`;
  let strategy = strategies.get(key);
  if (!strategy) {
    const expiration = expirations.get(rule.cache)!;
    strategy =
      rule.strategy === 'network-first'
        ? new NetworkFirst({
            cacheName: rule.cache,
            networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
            plugins: [serverErrorIsNoAnswer, filing(rule.cache, { dropGone: false }), expiration],
          })
        : new StaleWhileRevalidate({ cacheName: rule.cache, plugins: [filing(rule.cache, { dropGone: true }), expiration, editionIndexBeside] });
    strategies.set(key, strategy);
  }
  return strategy;
}

/** The strategy's answer; what it does behind it (filing, its failure) stays inside the event's lifetime. */
function run(strategy: Strategy, options: Pick<RouteHandlerCallbackOptions, 'request' | 'event'>): Promise<Response> {
  const [response, done] = strategy.handleAll(options);
  done.catch(() => {}); // A file not kept (storage full or refused): the reader still has the answer.
  return response;
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
    return run(strategyOf(rule), options);
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
    event.waitUntil(
      keep(
        event,
        message.page,
        message.urls.filter((url): url is string => typeof url === 'string'),
      ),
    );
  }
});

/**
 * The page's first view, loaded before this worker ran (src/app/offline/register.ts): the page itself and the files
 * it fetched, each filed by the rules above as if it had come through here. A file the caches already hold stays
 * as it is, and is not fetched again; an address that is not one is passed over.
 */
async function keep(event: ExtendableEvent, page: string, urls: readonly string[]): Promise<void> {
  const seen = new Set<string>();
  for (const [address, navigation] of [[page, true] as const, ...urls.map((url) => [url, false] as const)]) {
    try {
      const url = new URL(address);
      url.hash = '';
      if (seen.has(url.href)) continue;
      seen.add(url.href);
      const path = pathInScope(url, scope);
      if (path === null) continue;
      const rule = cacheRuleFor(path, navigation);
      if (rule.strategy === 'pass' || (await caches.match(url.href, { cacheName: rule.cache }))) continue;
      await run(strategyOf(rule), { request: new Request(url.href), event });
    } catch {
      // Not an address, storage refused or full, or offline already: this file is simply not kept. 保存本期 says so when asked.
    }
  }
}

// The first worker takes the open page at once, so what the reader opens next is cached; a later one waits.
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
