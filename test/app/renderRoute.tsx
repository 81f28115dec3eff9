import { render } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createQueryClient } from '../../src/app/queries.ts';
import { createRoutes } from '../../src/app/router.tsx';
import { articleFile, DATE, edition, editionList, OLDER_DATE, olderEdition } from './fixtures.ts';

type Responder = (url: string) => Response | Promise<Response>;

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** Serves the fixtures at the URLs ingest writes under public/data; anything else is a 404. */
export const serveFixtures: Responder = (url) => {
  const path = new URL(url, 'http://localhost').pathname;
  if (path === '/data/editions.json') return json(editionList);
  if (path === `/data/${DATE}/index.json`) return json(edition);
  if (path === `/data/${OLDER_DATE}/index.json`) return json(olderEdition);
  const article = path.match(/^\/data\/(\d{4}-\d{2}-\d{2})\/articles\/([a-z0-9-]+)\.json$/);
  const summary = article && edition.articles.find((candidate) => candidate.id === article[2]);
  if (summary) return json(articleFile(summary));
  return new Response('Not Found', { status: 404 });
};

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

export { json };
