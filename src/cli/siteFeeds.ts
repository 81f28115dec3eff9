/**
 * The site's files for machines: a sitemap (an index with one file per paper and year, so adding a day
 * rewrites one small file), an Atom feed per paper holding its latest editions' articles, robots.txt, and the
 * host fallbacks (_redirects) built from the base path. The sitemap and robots.txt's `Sitemap:` line need absolute
 * URLs, so they are written only with SITE_URL (`hasSitemap`); the feed is valid without it (relative links; its ids
 * never depend on SITE_URL).
 */
import { formatEditionDate } from '../app/ui/dates.ts';
import { displayHeadline } from '../app/ui/displayHeadline.ts';
import type { EditionIndex, Site } from '../schema/edition.ts';
import { urls } from '../schema/urls.ts';
import { editionPaths } from './sitePaths.ts';
import { escapeMarkup } from '../node/files.ts';

export interface Links {
  base: string;
  siteUrl: string;
}

export const FEED_EDITIONS = 3;
export const sitemapFile = (paper: string, year: number) => `sitemaps/${paper}-${year}.xml`;
export const feedFile = (paper: string) => `feeds/${paper}.xml`;

const xml = escapeMarkup;
export const link = ({ base, siteUrl }: Links, path: string) => `${siteUrl.replace(/\/$/, '')}${base.replace(/\/$/, '')}${path}`;

/** Whether the sitemap can be written: its format allows only absolute URLs, which need SITE_URL. */
export const hasSitemap = ({ siteUrl }: Links) => siteUrl !== '';

/** What SITE_URL would add to a site built without it, for the build's output. */
export const withoutSiteUrl =
  'no SITE_URL: no sitemap, and canonical URLs and feed links are relative; SITE_URL=https://… adds the sitemap (and its line in robots.txt) and makes them absolute';

/**
 * An article's (or a feed's) Atom id: a tag: URI (RFC 4151) from its path under the paper alone, so it never changes
 * for an article: not when an older edition arrives (an id from the paper's first date would move), and not when
 * SITE_URL is set later or the site moves to another host or BASE_PATH (an id from the URL would change with them,
 * and feed readers would show every story again as new).
 */
const tagId = (path: string) => `tag:newspaper-reader,2024:${path}`;

/** One paper's year: every page of every edition of it. */
export function sitemapYear(links: Links, editions: readonly EditionIndex[]): string {
  const entries = editions.flatMap((edition) =>
    editionPaths(edition).map((path) => `  <url><loc>${xml(link(links, path))}</loc><lastmod>${edition.date}</lastmod></url>`),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</urlset>\n`;
}

export function sitemapIndex(links: Links, site: Site, files: readonly { file: string; lastmod: string }[]): string {
  const home = [urls.home(), ...site.papers.map((p) => urls.paper(p.slug))].map((path) => link(links, path));
  const entries = files.map((f) => `  <sitemap><loc>${xml(link(links, `/${f.file}`))}</loc><lastmod>${f.lastmod}</lastmod></sitemap>`);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<!-- The home page and each paper's latest edition: ${home.map(xml).join(' ')} -->\n` +
    `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</sitemapindex>\n`
  );
}

/** Atom: the latest editions' articles, newest edition first, in printed order within an edition. */
export function atomFeed(links: Links, paper: Site['papers'][number], latest: readonly EditionIndex[]): string {
  const updated = `${paper.latest.date}T00:00:00+08:00`;
  const entries = latest.flatMap((edition) =>
    edition.articles.map((article) => {
      const path = urls.article(paper.slug, edition.date, article.id);
      const authors = article.authors.map((a) => `    <author><name>${xml(a.name)}</name></author>`);
      return [
        '  <entry>',
        `    <title>${xml(displayHeadline(article.headline))}</title>`,
        `    <link rel="alternate" type="text/html" href="${xml(link(links, path))}"/>`,
        `    <id>${xml(tagId(path))}</id>`,
        `    <updated>${edition.date}T00:00:00+08:00</updated>`,
        ...authors,
        `    <summary>${xml(article.summary)}</summary>`,
        `    <category term="${xml(`第${article.page}版`)}"/>`,
        '  </entry>',
      ].join('\n');
    }),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <title>${xml(paper.name)}</title>`,
    ...(paper.description ? [`  <subtitle>${xml(paper.description)}</subtitle>`] : []),
    `  <link rel="alternate" type="text/html" href="${xml(link(links, urls.paper(paper.slug)))}"/>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(link(links, `/${feedFile(paper.slug)}`))}"/>`,
    `  <id>${xml(tagId(urls.paper(paper.slug)))}</id>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${xml(paper.name)}</name></author>`,
    `  <generator>报纸阅读 (${xml(formatEditionDate(paper.latest.date))})</generator>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

export function robotsTxt(links: Links): string {
  const sitemap = hasSitemap(links)
    ? `Sitemap: ${link(links, '/sitemap.xml')}`
    : '# No Sitemap line: it must be an absolute URL; build with SITE_URL=https://… to add it.';
  return `User-agent: *\nAllow: /\n\n${sitemap}\n`;
}

/**
 * Netlify / Cloudflare Pages: every route is a prerendered file, served before these rules; anything else is the
 * reader's 404 page with a 404 status, under the base path. No rewrite to a page with a 200, so no loop.
 */
export function redirectsFile(base: string): string {
  return `# Built from BASE_PATH=${base} by npm run build. Prerendered pages and data files are served first.\n${base}*    ${base}404.html    404\n`;
}
