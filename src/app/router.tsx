import type { QueryClient } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useLoaderData, type LoaderFunctionArgs, type RouteObject } from 'react-router';
import {
  loadArchivePage,
  loadArticlePage,
  loadFrontPage,
  loadPageView,
  loadPaperList,
  loadRootError,
  loadRouteError,
  loadSearchPage,
  loadSectionPage,
} from './data/lazyPages.ts';
import { archiveLoader } from './archive/archiveLoader.ts';
import { ROUTES, type RouteId } from '../schema/urls.ts';
import { siteQuery } from './data/queries.ts';
import { registerViewCode } from './data/viewCode.ts';
import { resolveEdition } from './data/resolve.ts';
import { articleLoader } from './article/articleLoader.ts';
import { editionLoader, paperLatestLoader, type FrontPageData } from './front-page/frontPageLoader.ts';
import { sectionLoader } from './front-page/sectionLoader.ts';
import { pageLoader } from './page-view/pageLoader.ts';
import { AppShell } from './shell/AppShell.tsx';
import { LoadingState } from './shell/LoadingState.tsx';
import { MarkReady } from './shell/MarkReady.tsx';
import { unknownPathLoader } from './shell/unknownPath.ts';

/** `/`: one paper → its latest edition, in place; several → the list of papers. */
const homeLoader =
  (queryClient: QueryClient) =>
  async (_: LoaderFunctionArgs): Promise<FrontPageData | null> => {
    const site = await queryClient.ensureQueryData(siteQuery());
    const only = site.papers.length === 1 ? site.papers[0] : undefined;
    if (!only) return null;
    await resolveEdition(queryClient, only, only.latest.date);
    return { paper: only.slug, date: only.latest.date };
  };

const RootError = lazy(async () => ({ default: (await loadRootError()).RootError }));
const RouteError = lazy(async () => ({ default: (await loadRouteError()).RouteError }));

const PaperList = lazy(async () => ({ default: (await loadPaperList()).PaperList }));

/** `/`'s view: the front page's code is its own chunk (lazyPages.ts), so the view is made once it is in. */
async function loadHome() {
  const { FrontPage } = await loadFrontPage();
  return function Home() {
    return useLoaderData<FrontPageData | null>() ? <FrontPage /> : <PaperList />;
  };
}
const loadFrontPageView = async () => ({ Component: (await loadFrontPage()).FrontPage });

/** Each route of the table (src/schema/urls.ts) with its loader and view. */
type RouteView = Pick<RouteObject, 'loader' | 'element' | 'lazy'>;

function routeViews(queryClient: QueryClient): Record<RouteId, RouteView> {
  return {
    home: { loader: homeLoader(queryClient), lazy: async () => ({ Component: await loadHome() }) },
    // Reads its query itself.
    search: { lazy: async () => ({ Component: (await loadSearchPage()).SearchPage }) },
    paper: { loader: paperLatestLoader(queryClient), lazy: loadFrontPageView },
    edition: { loader: editionLoader(queryClient), lazy: loadFrontPageView },
    archive: { loader: archiveLoader(queryClient), lazy: async () => ({ Component: (await loadArchivePage()).ArchivePage }) },
    page: { loader: pageLoader(queryClient), lazy: async () => ({ Component: (await loadPageView()).PageView }) },
    section: { loader: sectionLoader(queryClient), lazy: async () => ({ Component: (await loadSectionPage()).SectionPage }) },
    article: { loader: articleLoader(queryClient), lazy: async () => ({ Component: (await loadArticlePage()).ArticlePage }) },
    // The loader redirects an old URL or throws the 404; the element only silences the router's warning.
    notFound: { loader: unknownPathLoader(queryClient), element: null },
  };
}

const ROUTE_IDS = Object.keys(ROUTES) as RouteId[];

/** The route table is src/schema/urls.ts. Loaders start the fetches; pages read the same queries from the cache. */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  registerViewCode('article', loadArticlePage);
  const views = routeViews(queryClient);
  return [
    {
      id: 'root',
      path: '/',
      // The pages read site.json from the cache; the loader only makes sure it is there (returning it would put a
      // second copy in every prerendered page's hydration data).
      loader: async () => {
        await queryClient.ensureQueryData(siteQuery());
        return null;
      },
      element: <AppShell />,
      errorElement: (
        <Suspense fallback={<LoadingState />}>
          <RootError />
          <MarkReady />
        </Suspense>
      ),
      hydrateFallbackElement: <LoadingState />,
      children: [
        {
          // Pathless: catches the pages' errors inside the shell, so a 404 keeps the masthead and footer. While its
          // code loads it suspends to the shell's boundary, where MarkReady waits for it.
          errorElement: <RouteError />,
          children: [...ROUTE_IDS.map((id) => ({ id, ...(id === 'home' ? { index: true } : { path: ROUTES[id].path }), ...views[id] }))],
        },
      ],
    },
  ];
}
