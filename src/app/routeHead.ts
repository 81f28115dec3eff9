/**
 * The <head> of a page the prerenderer draws (src/app/server.tsx): the leaf route's head, from its loader's data and
 * the cache the loaders filled, one head a route of the table.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { StaticHandlerContext } from 'react-router';
import type { RouteId } from '../schema/urls.ts';
import type { ArchiveYear, ArticleFile, EditionIndex, Site } from '../schema/edition.ts';
import { archiveYearQuery, articleQuery, editionQuery, siteQuery } from './data/queries.ts';
import {
  archiveHead,
  articleHead,
  editionHead,
  notFoundHead,
  pageHead,
  papersHead,
  searchHead,
  sectionHead,
  type DocumentHead,
} from './ui/documentHead.ts';

function cached<T>(queryClient: QueryClient, queryKey: readonly unknown[]): T {
  const value = queryClient.getQueryData(queryKey);
  if (value === undefined) throw new Error(`prerender: ${JSON.stringify(queryKey)} is not in the cache`);
  return value as T;
}

/** The leaf route's head, from its loader's data and the cache the loaders filled: one head a route of the table. */
export function routeHead(context: StaticHandlerContext, queryClient: QueryClient): DocumentHead {
  const leaf = context.matches.at(-1)!;
  const data = context.loaderData[leaf.route.id] as Record<string, unknown> | null;
  const edition = () => cached<EditionIndex>(queryClient, editionQuery(String(data!.paper), String(data!.date)).queryKey);
  const site = () => cached<Site>(queryClient, siteQuery().queryKey);
  const heads: Record<RouteId, () => DocumentHead> = {
    home: () => (data ? editionHead(edition()) : papersHead(site())),
    search: () => searchHead(),
    paper: () => editionHead(edition()),
    edition: () => editionHead(edition()),
    archive: () => {
      const year = Number(data!.year);
      const archive = cached<ArchiveYear>(queryClient, archiveYearQuery(String(data!.paper), year).queryKey);
      return archiveHead(
        site().papers.find((p) => p.slug === data!.paper)!,
        year,
        archive.editions.length,
      );
    },
    page: () =>
      pageHead(
        edition(),
        edition().pages.find((p) => p.number === data!.page)!,
      ),
    section: () => sectionHead(edition(), data!.section as { slug: string; name: string }),
    article: () =>
      articleHead(
        edition(),
        cached<ArticleFile>(queryClient, articleQuery(String(data!.paper), String(data!.date), String(data!.id)).queryKey).article,
      ),
    notFound: () => notFoundHead(leaf.pathname),
  };
  const id = leaf.route.id as RouteId;
  return (heads[id] ?? heads.notFound)();
}
