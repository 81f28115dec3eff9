/**
 * What each page says about itself in its prerendered <head>: title, description, and the structured data that
 * search engines and link previews read. Server only (src/app/server.tsx): the reader's bundle needs the titles
 * alone (titles.ts).
 */
import type { Article, ArticleSummary, EditionIndex, Image, Page, Section, Site } from '../../schema/edition.ts';
import { DATA_FOLDER } from '../../schema/dataPaths.ts';
import { urls } from '../../schema/urls.ts';
import { formatEditionDate } from './dates.ts';
import { displayHeadline } from './displayHeadline.ts';
import { archiveTitle, articleTitle, editionTitle, notFoundTitle, pageTitle, papersTitle, searchTitle, sectionTitle } from './titles.ts';

export interface DocumentHead {
  title: string;
  description: string;
  /** Open Graph type. */
  type: 'website' | 'article';
  /** The page's URL path, for canonical and og:url. */
  path: string;
  /** schema.org data, serialised into <script type="application/ld+json">. */
  jsonLd: Record<string, unknown> | null;
  /** The link preview's picture (og:image), a path like `path`: a photo or a printed page, when the edition has them. */
  image?: string;
}

/** Link previews want a picture of about 1200 px: the smallest file that wide, else the largest. */
const PREVIEW_WIDTH = 1200;

function previewOf(...images: (Image | undefined)[]): { image?: string } {
  const image = images.find((candidate) => candidate !== undefined);
  if (!image) return {};
  const file = image.files.find((candidate) => candidate.width >= PREVIEW_WIDTH) ?? image.files.at(-1)!;
  return { image: `/${DATA_FOLDER}${file.path}` };
}

const DESCRIPTION_MAX = 120;

function clip(text: string): string {
  const chars = [...text];
  return chars.length <= DESCRIPTION_MAX ? text : `${chars.slice(0, DESCRIPTION_MAX - 1).join('')}…`;
}

/** The headlines of a list of articles, as a description: 产业筑基；市总工会八届四次全体会议召开；… */
function headlines(articles: readonly ArticleSummary[]): string {
  return clip(articles.map((a) => displayHeadline(a.headline)).join('；'));
}

/** The first sentence of a text, or its start. */
export function firstSentence(text: string): string {
  const end = text.search(/[。！？!?]/);
  return clip(end === -1 ? text : text.slice(0, end + 1));
}

function issue(edition: EditionIndex) {
  return {
    '@type': 'PublicationIssue',
    datePublished: edition.date,
    name: `${edition.paper.name} ${formatEditionDate(edition.date)}`,
    url: urls.edition(edition.paper.slug, edition.date),
    isPartOf: { '@type': 'Periodical', name: edition.paper.name },
  };
}

export function editionHead(edition: EditionIndex, path = urls.edition(edition.paper.slug, edition.date)): DocumentHead {
  const first = edition.pages[0]?.number;
  const lead = edition.articles.find((a) => a.page === first);
  return {
    ...previewOf(lead?.image, edition.pages[0]?.image),
    title: editionTitle(edition),
    description: headlines(edition.articles.filter((a) => a.page === first)),
    type: 'website',
    path,
    jsonLd: { '@context': 'https://schema.org', ...issue(edition) },
  };
}

export function pageHead(edition: EditionIndex, page: Pick<Page, 'number' | 'name' | 'image'>): DocumentHead {
  return {
    ...previewOf(page.image),
    title: pageTitle(edition, page),
    description: headlines(edition.articles.filter((a) => a.page === page.number)),
    type: 'website',
    path: urls.page(edition.paper.slug, edition.date, page.number),
    jsonLd: null,
  };
}

export function sectionHead(edition: EditionIndex, section: Pick<Section, 'slug' | 'name'>): DocumentHead {
  return {
    title: sectionTitle(edition, section),
    description: headlines(edition.articles.filter((a) => a.sections.includes(section.slug))),
    type: 'website',
    path: urls.section(edition.paper.slug, edition.date, section.slug),
    jsonLd: null,
  };
}

export function articleHead(edition: EditionIndex, article: Article): DocumentHead {
  const lead = article.blocks.find((b) => b.type === 'paragraph');
  const path = urls.article(edition.paper.slug, edition.date, article.id);
  const photo = article.blocks.find((b) => b.type === 'figure' && b.image);
  const page = edition.pages.find((p) => p.number === article.page);
  return {
    ...previewOf(photo?.type === 'figure' ? photo.image : undefined, page?.thumbnail, page?.image),
    title: articleTitle(edition, article),
    description: lead ? firstSentence(lead.text) : displayHeadline(article.headline),
    type: 'article',
    path,
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: displayHeadline(article.headline),
      ...(article.subheadline ? { alternativeHeadline: article.subheadline } : {}),
      datePublished: edition.date,
      url: path,
      author: article.authors.map((a) => ({ '@type': 'Person', name: a.name, ...(a.role ? { jobTitle: a.role } : {}) })),
      publisher: { '@type': 'NewsMediaOrganization', name: edition.paper.name },
      isPartOf: issue(edition),
      printEdition: formatEditionDate(edition.date),
      printPage: String(article.page),
      ...(article.sections.length
        ? { articleSection: article.sections.map((slug) => edition.sections.find((s) => s.slug === slug)?.name ?? slug) }
        : {}),
    },
  };
}

export function archiveHead(paper: Site['papers'][number], year: number, editions: number): DocumentHead {
  return {
    title: archiveTitle(paper.name, year),
    description: `${paper.name}${year}年的${editions}期报纸，按月份排列。`,
    type: 'website',
    path: urls.archive(paper.slug, year),
    jsonLd: null,
  };
}

export function papersHead(site: Site): DocumentHead {
  return {
    title: papersTitle(),
    description: clip(site.papers.map((p) => `${p.name}（最新：${formatEditionDate(p.latest.date)}）`).join('；')),
    type: 'website',
    path: urls.home(),
    jsonLd: null,
  };
}

export function notFoundHead(path: string): DocumentHead {
  return { title: notFoundTitle(), description: '没有这个页面。', type: 'website', path, jsonLd: null };
}

/** `/search`, prerendered without a query: its static HTML says that search needs JavaScript. */
export function searchHead(): DocumentHead {
  return { title: searchTitle(''), description: '搜索本站所有报纸的每一期文章。', type: 'website', path: urls.search(), jsonLd: null };
}
