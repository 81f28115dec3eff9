import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { notFound, orNotFound } from '../data/notFound.ts';
import { articleQuery } from '../data/queries.ts';
import { resolvePaperEdition } from '../data/resolve.ts';

// Apart from ArticlePage.tsx: the router needs the loader in the first view, the page's code only on the way.
export interface ArticlePageData {
  paper: string;
  date: string;
  id: string;
}

/** `/<paper>/<date>/article/<id>`. The id is checked against the edition's index before its file is fetched. */
export const articleLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs): Promise<ArticlePageData> => {
    const { paper, edition } = await resolvePaperEdition(queryClient, params);
    const id = params.id ?? '';
    if (!edition.articles.some((article) => article.id === id)) notFound('article');
    await orNotFound(queryClient.ensureQueryData(articleQuery(paper.slug, edition.date, id)), 'article', () => Promise.resolve(true));
    return { paper: paper.slug, date: edition.date, id };
  };
