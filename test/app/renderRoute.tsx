import { render } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createQueryClient } from '../../src/app/data/queries.ts';
import { createRoutes } from '../../src/app/router.tsx';
import { LSRB, siteOf } from './fixtures.ts';

type Responder = (url: string) => Response | Promise<Response>;

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** Serves a site's files at the URLs the app fetches (/data/<path>); anything else is a 404. */
export function serveSite(files: Map<string, unknown>): Responder {
  return (url) => {
    const path = new URL(url, 'http://localhost').pathname;
    const file = path.startsWith('/data/') ? files.get(path.slice('/data/'.length)) : undefined;
    return file === undefined ? new Response('Not Found', { status: 404 }) : json(file);
  };
}

/** The one-paper site of the fixtures: 乐山日报 with three editions. */
export const serveFixtures: Responder = serveSite(siteOf(LSRB));

/** Renders the app's real routes at `url` with a fresh cache and the given fetch. */
export function renderRoute(url: string, respond: Responder = serveFixtures) {
  const fetchMock = vi.fn((input: RequestInfo | URL) => Promise.resolve(respond(String(input))));
  vi.stubGlobal('fetch', fetchMock);
  const queryClient = createQueryClient({ retryDelay: () => 0 });
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [url] });
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...view, router, queryClient, fetchMock };
}

/** The URLs fetched so far, as paths. */
export function fetchedPaths(fetchMock: ReturnType<typeof renderRoute>['fetchMock']): string[] {
  return fetchMock.mock.calls.map(([input]) => new URL(String(input), 'http://localhost').pathname);
}

export { json };
