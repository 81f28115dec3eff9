/**
 * The reader rendered to HTML at build time: the same routes, loaders and components as in the browser (react-
 * router's static handler and StaticRouterProvider, React's prerender), so there is one way to draw a page. Built
 * by `vite build --ssr` and driven by src/cli/renderPages.ts, which gives it the data folder as `fetch`.
 */
import './data/zodJitless.ts';
import { dehydrate, type DehydratedState, type QueryClient } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { prerender } from 'react-dom/static';
import { createStaticHandler, createStaticRouter, StaticRouterProvider, type RouteObject, type StaticHandlerContext } from 'react-router';
import { ArchiveYearSchema, ArticleFileSchema, EditionIndexSchema, SiteSchema } from '../schema/edition.ts';
import { AppRoot } from './AppRoot.tsx';
import { routerBasename } from './data/dataUrl.ts';
import { checkShapesWith, createQueryClient, sharedFileOf } from './data/queries.ts';
import { routeHead } from './routeHead.ts';
import { createRoutes } from './router.tsx';
import { forgetSharedData, preloadOf, readShared, sharedQueries } from './sharedData.ts';
import { notFoundHead, type DocumentHead } from './ui/documentHead.ts';
import { recordSplits, setSegmenter } from './ui/phrases.ts';

/**
 * What the browser needs to hydrate the page: the router's loader data, the queries this page alone uses (held
 * here, so they are not fetched again), and the keys of the files it shares with other pages (site.json, its
 * edition's index: see sharedFileOf), which the page preloads and the browser fetches once for every page it opens.
 * A paper's latest index is listed but not preloaded: it is inside site.json (see preloadOf).
 */
export interface HydrationState {
  /** The path the page was drawn for: a host that answers another URL with this file must not hydrate it. */
  path?: string;
  loaderData: StaticHandlerContext['loaderData'];
  queries: DehydratedState;
  shared: (readonly unknown[])[];
  /** Each text split into phrases on the page (src/app/ui/phrases.ts), so the browser draws them without BudouX. */
  phrases: string[][];
}

export type RenderResult =
  | {
      kind: 'page';
      status: number;
      /** What went wrong, when a loader failed (a data file missing or malformed): the prerenderer reports it. */
      error?: string;
      html: string;
      head: DocumentHead;
      state: HydrationState;
      /** The data files the page shares with others, relative to the data folder: preloaded with the HTML. */
      preload: string[];
    }
  | { kind: 'redirect'; location: string };

const ORIGIN = 'http://prerender.invalid';

// Every file a page is drawn from is checked against the full schema here (the browser checks its version only).
checkShapesWith({ site: SiteSchema, edition: EditionIndexSchema, article: ArticleFileSchema, archive: ArchiveYearSchema });

// The prerenderer splits headlines into phrases itself; the browser gets the splits with each page. A headline is
// drawn on several pages (its front page, page, sections, article), so each text is split once.
const { segmentPhrases } = await import('./ui/phraseSegmenter.ts');
const splitTexts = new Map<string, string[]>();
setSegmenter((text) => {
  let phrases = splitTexts.get(text);
  if (!phrases) {
    if (splitTexts.size >= 20_000) splitTexts.clear();
    splitTexts.set(text, (phrases = segmentPhrases(text)));
  }
  return phrases;
});

/** Starts a run of pages: the data files may have changed since the last (another site, a day added). */
export function forgetData(): void {
  forgetSharedData();
}

/** Each view's code is imported once for a run of pages, not once a page (route `lazy` runs on every render). */
const lazyViews = new Map<string, Promise<unknown>>();
function importViewsOnce(routes: RouteObject[], parent = ''): RouteObject[] {
  return routes.map((route, i) => {
    const key = `${parent}/${route.id ?? route.path ?? i}`;
    const lazy = route.lazy;
    const children = route.children ? importViewsOnce(route.children, key) : undefined;
    const copy = { ...route, ...(children && { children }) } as RouteObject;
    if (typeof lazy === 'function') {
      copy.lazy = () => {
        if (!lazyViews.has(key)) lazyViews.set(key, lazy());
        return lazyViews.get(key)! as ReturnType<typeof lazy>;
      };
    }
    return copy;
  });
}

/**
 * The page's markup. renderToString is a quarter cheaper than waiting for a stream, and the loaders have fetched
 * everything, so nothing suspends, except a React.lazy view the first time it is drawn in this process: a boundary
 * left unfinished (`<!--$!-->`) or a suspension outside any boundary sends that page through `prerender`, which waits.
 */
async function renderHtml(element: ReactElement): Promise<string> {
  try {
    const html = renderToString(element);
    if (!html.includes('<!--$!-->')) return html;
  } catch {
    // Suspended outside a boundary, or a real error: `prerender` below waits for the one and throws the other.
  }
  const { prelude } = await prerender(element);
  return new Response(prelude).text();
}

/**
 * The page being drawn's query client. The routes, and the static handler that ranks them, are made once for a run
 * of pages (making them took a tenth of a page's time); their loaders reach each page's own client through this.
 */
let pageClient: QueryClient | null = null;
const currentClient = new Proxy({} as QueryClient, {
  get(_, key) {
    if (!pageClient) throw new Error('prerender: a loader ran outside renderPath');
    const value = Reflect.get(pageClient, key, pageClient) as unknown;
    return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(pageClient) : value;
  },
});
let staticHandler: ReturnType<typeof createStaticHandler> | null = null;

/** Renders one URL path (without the base path) of the reader. One at a time: pages share the handler above. */
export async function renderPath(path: string): Promise<RenderResult> {
  if (pageClient) throw new Error('prerender: renderPath was called while another page was being drawn');
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, persister: readShared } });
  pageClient = queryClient;
  try {
    return await renderWith(queryClient, path);
  } finally {
    pageClient = null;
  }
}

async function renderWith(queryClient: QueryClient, path: string): Promise<RenderResult> {
  const basename = routerBasename();
  staticHandler ??= createStaticHandler(importViewsOnce(createRoutes(currentClient)), { basename });
  const handler = staticHandler;
  const context = await handler.query(new Request(`${ORIGIN}${basename === '/' ? '' : basename}${path}`));
  if (context instanceof Response) return { kind: 'redirect', location: context.headers.get('Location') ?? '/' };
  const router = createStaticRouter(handler.dataRoutes, context);
  const splits = recordSplits();
  const html = await renderHtml(
    <AppRoot queryClient={queryClient}>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </AppRoot>,
  );
  const phrases = splits();
  const shared = sharedQueries(queryClient);
  return {
    kind: 'page',
    status: context.statusCode,
    ...(context.errors && { error: Object.values(context.errors).map(errorText).join('; ') }),
    html,
    head: context.errors ? notFoundHead(path) : routeHead(context, queryClient),
    state: {
      path,
      loaderData: context.loaderData,
      queries: dehydrate(queryClient, { shouldDehydrateQuery: (query) => query.state.status === 'success' && sharedFileOf(query.queryKey) === null }),
      shared,
      phrases,
    },
    preload: preloadOf(queryClient, shared),
  };
}

function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && 'status' in error)
    return `HTTP ${String(error.status)} ${JSON.stringify((error as { data?: unknown }).data ?? '')}`;
  return String(error);
}
