import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { hydrate } from '@tanstack/react-query';
import { createBrowserRouter, matchRoutes, type DataRouter, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { AppRoot } from './AppRoot.tsx';
import { routerBasename } from './data/dataUrl.ts';
import { loadRootError, loadRouteError } from './data/lazyPages.ts';
import { chunkGone, NewBuildError, reloadFor } from './data/newBuild.ts';
import { createQueryClient, ensureShared, siteQuery } from './data/queries.ts';
import { cacheLatestEdition } from './data/resolve.ts';
import { nextTask } from './ui/nextTask.ts';
import { whenReady } from './ui/whenReady.ts';
import { remember } from './ui/phrases.ts';
import { createRoutes } from './router.tsx';
import type { HydrationState } from './server.tsx';
import { applyPreferences, readPreferences } from './shell/preferences.ts';
import './styles.css';
import './offline/start.ts';

// public/reader-preferences.js already did this before paint; repeat in case it was blocked or cached stale.
applyPreferences(readPreferences());
document.documentElement.classList.add('js');

const queryClient = createQueryClient();
const routes = createRoutes(queryClient);
const basename = routerBasename();
const container = document.getElementById('root')!;
const state = document.getElementById('reader-state');

const app = (router: DataRouter) => (
  <AppRoot queryClient={queryClient}>
    <RouterProvider router={router} />
  </AppRoot>
);

/** The views of the first URL that live in chunks of their own, loaded before hydrating so nothing suspends. */
async function loadLazyRoutes(list: RouteObject[]): Promise<void> {
  const matches = matchRoutes(list, window.location, basename) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      Object.assign(route, { ...(await route.lazy()), lazy: undefined });
    }),
  );
}

const prerendered = container.hasAttribute('data-prerendered') && state?.textContent ? (JSON.parse(state.textContent) as HydrationState) : null;
// A prerendered page is drawn for its path alone: a query (an old ?section= link) is for the router to read, and a
// host that answers an unknown URL with some page's file (an SPA fallback) must not have that page hydrated there.
const trim = (path: string) => path.replace(/\/+$/, '');
const own =
  prerendered !== null &&
  window.location.search === '' &&
  (prerendered.path === undefined || trim(`${basename === '/' ? '' : basename}${prerendered.path}`) === trim(window.location.pathname));
/**
 * Hydrates the prerendered page once the files it shares with other pages are in (it preloads them). On a slow
 * phone each step is a long task of its own (bench:web, test/bench/longTasks.ts: evaluating the app chunk is ~100
 * ms at 4× CPU), so they are kept apart by task boundaries, and React hydrates in a transition: in slices that
 * let input in, where a plain hydrateRoot renders the whole page in one task (React 19 does not slice the default
 * hydration lane).
 */
async function hydratePage({ loaderData, queries, shared, phrases }: HydrationState): Promise<void> {
  await nextTask();
  hydrate(queryClient, queries);
  remember(phrases);
  // site.json first: it holds each paper's latest index, which then needs no fetch of its own.
  const isSite = (key: readonly unknown[]) => key[0] === 'site';
  await Promise.all(shared.filter(isSite).map((key) => ensureShared(queryClient, key)));
  for (const paper of queryClient.getQueryData(siteQuery().queryKey)?.papers ?? []) cacheLatestEdition(queryClient, paper);
  await Promise.all(shared.filter((key) => !isSite(key)).map((key) => ensureShared(queryClient, key)));
  await loadLazyRoutes(routes);
  await nextTask();
  const router = createBrowserRouter(routes, { basename, hydrationData: { loaderData } });
  await nextTask();
  startTransition(() => {
    hydrateRoot(container, app(router));
  });
}

/** The 404 page, or a page written since the last prerender (not this one): the router loads and draws the real URL. */
function renderPage(): void {
  container.replaceChildren();
  createRoot(container).render(app(createBrowserRouter(routes, { basename })));
}

/**
 * A prerendered page (src/cli/prerender.ts) is taken over with the data it was drawn from. One the app could not
 * take over (its shared files cannot be had: offline, a deploy in between) stays as it is: readable, its links plain
 * links to other pages, and its controls those of a page without script (the 往期 and 搜索 stand-ins), since
 * nothing would answer the script's ones. Code of another build (a deploy since the page was written) or data of
 * another schema version: one reload into the build the host serves now (newBuild.ts).
 */
function keepAsPrerendered(error: unknown): void {
  if (error instanceof NewBuildError) void reloadFor(error);
  else document.documentElement.classList.remove('js');
}

// The error views' code (lazyPages.ts), at hand before an error needs it: offline, or after a deploy removed it. A
// chunk already gone is claimed (chunkGone): nothing the reader asked for failed, so no reload comes unasked.
whenReady(() => void Promise.all([loadRouteError().catch(chunkGone), loadRootError().catch(chunkGone)]).catch(() => {}));

// Not awaited at the top level: this module is in the first view's chunk, which the lazy views import from, so
// awaiting one of them here would wait on itself.
if (prerendered && own) void hydratePage(prerendered).catch(keepAsPrerendered);
else renderPage();
