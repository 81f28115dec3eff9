// First: must run before any zod schema is defined (see the file).
import './data/zodJitless.ts';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { hydrate, QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, matchRoutes, type DataRouter, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { routerBasename } from './data/dataUrl.ts';
import { createQueryClient } from './data/queries.ts';
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
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>
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
if (prerendered && own) {
  // A prerendered page (src/cli/prerender.ts): take over its HTML with the data it was drawn from, fetching
  // nothing the page already holds.
  const { loaderData, queries } = prerendered;
  hydrate(queryClient, queries);
  await loadLazyRoutes(routes);
  hydrateRoot(container, app(createBrowserRouter(routes, { basename, hydrationData: { loaderData } })));
} else {
  // The 404 page, or a page written since the last prerender: the router loads and draws the real URL.
  container.replaceChildren();
  createRoot(container).render(app(createBrowserRouter(routes, { basename })));
}
