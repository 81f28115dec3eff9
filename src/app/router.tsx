import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppShell } from './components/AppShell.tsx';
import { LoadingState } from './components/LoadingState.tsx';
import { routerBasename } from './lib/dataUrl.ts';
import { FrontPage } from './routes/FrontPage.tsx';
import { loadArticlePage } from './routes/loadArticlePage.ts';
import {
  articleLoader,
  editionLoader,
  latestEditionLoader,
  rootLoader,
  unknownPathLoader,
} from './routes/loaders.ts';
import { RootError } from './routes/RootError.tsx';
import { RouteError } from './routes/RouteError.tsx';

/**
 * `/` latest edition · `/:date` an edition · `?section=<slug>` narrows either to one 栏目 ·
 * `/:date/article/:id` one article. Loaders start the fetches; pages read the same queries from the cache.
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      id: 'root',
      path: '/',
      loader: rootLoader(queryClient),
      element: <AppShell />,
      errorElement: <RootError />,
      hydrateFallbackElement: <LoadingState />,
      children: [
        {
          // Pathless: catches the pages' errors inside the shell, so a 404 keeps the footer and skip link.
          errorElement: <RouteError />,
          children: [
            { index: true, loader: latestEditionLoader(queryClient), element: <FrontPage /> },
            { path: ':date', loader: editionLoader(queryClient), element: <FrontPage /> },
            {
              path: ':date/article/:id',
              loader: articleLoader(queryClient),
              lazy: async () => ({ Component: (await loadArticlePage()).ArticlePage }),
            },
            // The loader always throws, so RouteError renders the 404; the element only silences the router's warning.
            { path: '*', loader: unknownPathLoader, element: null },
          ],
        },
      ],
    },
  ];
}

export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter(createRoutes(queryClient), { basename: routerBasename() });
}
