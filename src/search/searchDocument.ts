/**
 * What the search index knows of one article: the fields a query matches (headline, kicker, subheadline, byline,
 * text) and the ones a result shows or a filter narrows by. Pure: shared by the build-time indexer and tests.
 */
import type { Article, Edition } from '../schema/edition.ts';
import { urls } from '../schema/urls.ts';

export interface SearchDocument {
  /** The article's URL in the app (urls.article), without the base path: the router adds it. */
  url: string;
  paper: string;
  /** The paper's URL name, for the paper filter. */
  paperSlug: string;
  /** YYYY-MM-DD */
  date: string;
  /** The page (版) number. */
  page: number;
  /** The page's name (要闻), null when the manifest gives none. */
  pageName: string | null;
  /** The article's topic sections (栏目): the slug filters, the name is shown. */
  sections: { slug: string; name: string }[];
  /** Empty only when the page printed no headline. */
  headline: string;
  /** The series banner and the kicker (引题), as one line; null when there is neither. */
  kicker: string | null;
  subheadline: string | null;
  byline: string | null;
  /** The dateline, then every paragraph, subhead and caption, one per line. */
  text: string;
  /** The article's first photo, its smallest file (a data path), for a result's thumbnail (PDF editions only). */
  image?: string;
}

/** One search document per article of an edition. */
export function searchDocumentsOf(edition: Edition): SearchDocument[] {
  const pageNames = new Map(edition.pages.map((page) => [page.number, page.name]));
  const sectionNames = new Map(edition.sections.map((section) => [section.slug, section.name]));
  return edition.articles.map((article) => ({
    url: urls.article(edition.paper.slug, edition.date, article.id),
    paper: edition.paper.name,
    paperSlug: edition.paper.slug,
    date: edition.date,
    page: article.page,
    pageName: pageNames.get(article.page) ?? null,
    sections: article.sections.map((slug) => ({ slug, name: sectionNames.get(slug) ?? slug })),
    headline: article.headline,
    kicker: [article.series, article.kicker].filter(Boolean).join(' ') || null,
    subheadline: article.subheadline,
    byline: article.byline,
    text: bodyText(article),
    ...photoOf(article),
  }));
}

function photoOf(article: Article): { image?: string } {
  const photo = article.blocks.find((block) => block.type === 'figure' && block.image);
  return photo?.type === 'figure' && photo.image ? { image: photo.image.files[0]!.path } : {};
}

function bodyText(article: Article): string {
  const lines = article.blocks.map((block) => (block.type === 'figure' ? [block.caption, block.credit].filter(Boolean).join(' ') : block.text));
  return [article.dateline, ...lines].filter(Boolean).join('\n');
}
