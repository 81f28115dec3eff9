import type { QueryClient } from '@tanstack/react-query';
import { data, type LoaderFunctionArgs } from 'react-router';
import type { EditionIndex } from '../../schema/edition.ts';
import type { Missing } from '../components/NotFoundState.tsx';
import { ISO_DATE } from '../lib/dates.ts';
import { NotFoundError } from '../lib/fetchJson.ts';
import { articleQuery, editionQuery, editionsQuery } from '../queries.ts';

export interface FrontPageData {
  date: string;
}

export interface ArticlePageData {
  date: string;
  id: string;
}

/** `retry`: the file the list promised was missing (a deploy half done, a cache); the 404 page offers a retry. */
function notFound(missing: Missing, retry = false): never {
  throw data({ missing, retry }, { status: 404 });
}

/** A missing file is a 404 page, not an error page. */
async function orNotFound<T>(promise: Promise<T>, missing: Missing): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof NotFoundError) notFound(missing, true);
    throw error;
  }
}

// Dates and ids are checked against the index before anything is fetched: a static host's SPA fallback would
// otherwise answer a made-up URL with index.html and a 200.
async function loadEdition(queryClient: QueryClient, date: string): Promise<EditionIndex> {
  if (!ISO_DATE.test(date)) notFound('edition');
  const list = await queryClient.ensureQueryData(editionsQuery());
  if (!list.editions.some((edition) => edition.date === date)) notFound('edition');
  return orNotFound(queryClient.ensureQueryData(editionQuery(date)), 'edition');
}

function checkSection(edition: EditionIndex, request: Request): void {
  const slug = new URL(request.url).searchParams.get('section');
  if (slug !== null && !edition.sections.some((section) => section.slug === slug)) notFound('section');
}

export const rootLoader = (queryClient: QueryClient) => () => queryClient.ensureQueryData(editionsQuery());

export const latestEditionLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs): Promise<FrontPageData> => {
    const list = await queryClient.ensureQueryData(editionsQuery());
    const latest = list.editions[0];
    if (!latest) notFound('edition');
    checkSection(await loadEdition(queryClient, latest.date), request);
    return { date: latest.date };
  };

export const editionLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs): Promise<FrontPageData> => {
    const date = params.date ?? '';
    checkSection(await loadEdition(queryClient, date), request);
    return { date };
  };

export const articleLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs): Promise<ArticlePageData> => {
    const date = params.date ?? '';
    const id = params.id ?? '';
    const edition = await loadEdition(queryClient, date);
    if (!edition.articles.some((article) => article.id === id)) notFound('article');
    await orNotFound(queryClient.ensureQueryData(articleQuery(date, id)), 'article');
    return { date, id };
  };

export const unknownPathLoader = () => notFound('page');
