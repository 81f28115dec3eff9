/**
 * Which paper an old link (`/2024-07-05/article/x`, from before papers had slugs) means on a site of several papers:
 * the one with an edition that day holding the article, page or section it names (unknownPath.ts).
 */
import type { QueryClient } from '@tanstack/react-query';
import type { EditionIndex, SitePaper } from '../../schema/edition.ts';
import { NotFoundError } from '../data/fetchJson.ts';
import { editionQuery } from '../data/queries.ts';
import { cacheLatestEdition } from '../data/resolve.ts';

/** The first paper (in the site's order) with an edition of `date` that holds the article, page or section named. */
export async function paperHolding(
  queryClient: QueryClient,
  papers: readonly SitePaper[],
  date: string,
  kind?: string,
  key?: string,
): Promise<SitePaper | undefined> {
  for (const paper of papers) {
    if (date < paper.first || date > paper.latest.date) continue;
    if (date === paper.latest.date) cacheLatestEdition(queryClient, paper);
    let edition: EditionIndex;
    try {
      edition = await queryClient.ensureQueryData(editionQuery(paper.slug, date));
    } catch (error) {
      if (error instanceof NotFoundError) continue; // no edition that day
      throw error;
    }
    if (holds(edition, kind, key)) return paper;
  }
  return undefined;
}

function holds(edition: EditionIndex, kind?: string, key?: string): boolean {
  switch (kind) {
    case 'article':
      return edition.articles.some((article) => article.id === key);
    case 'page':
      return edition.pages.some((page) => String(page.number) === key);
    case 'section':
      return edition.sections.some((section) => section.slug === key);
    default:
      return true; // the edition itself (`/2024-07-05`), or a path its route will answer with the 404 view
  }
}
