/**
 * Which paper an old link (`/2024-07-05/article/x`, from before papers had slugs) means on a site of several papers:
 * the one with an edition that day holding the article, page or section it names (unknownPath.ts), or, for a bare
 * date (`/2024-07-05`, frontPageLoader.ts), the one paper with an edition that day.
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
    const edition = await editionOf(queryClient, paper, date);
    if (edition && holds(edition, kind, key)) return paper;
  }
  return undefined;
}

/** The paper with an edition of `date` when only one has it: a bare date that several papers share means none. */
export async function onlyPaperWith(queryClient: QueryClient, papers: readonly SitePaper[], date: string): Promise<SitePaper | undefined> {
  const editions = await Promise.all(papers.map((paper) => editionOf(queryClient, paper, date)));
  const holders = papers.filter((_, i) => editions[i] !== undefined);
  return holders.length === 1 ? holders[0] : undefined;
}

/** The paper's edition of `date`, or undefined when it has none that day. */
async function editionOf(queryClient: QueryClient, paper: SitePaper, date: string): Promise<EditionIndex | undefined> {
  if (date < paper.first || date > paper.latest.date) return undefined;
  if (date === paper.latest.date) cacheLatestEdition(queryClient, paper);
  try {
    return await queryClient.ensureQueryData(editionQuery(paper.slug, date));
  } catch (error) {
    if (error instanceof NotFoundError) return undefined; // no edition that day
    throw error;
  }
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
