/** The site's files for machines written into dist/ after its pages (their text is src/cli/siteFeeds.ts's). */
import { join } from 'node:path';
import type { EditionIndex, Site } from '../schema/edition.ts';
import { paperYears } from '../schema/urls.ts';
import { writeFileAtomically } from '../node/files.ts';
import { readIndex, readYear } from './prerenderData.ts';
import {
  atomFeed,
  FEED_EDITIONS,
  feedFile,
  hasSitemap,
  redirectsFile,
  robotsTxt,
  sitemapFile,
  sitemapIndex,
  sitemapYear,
  type Links,
} from './siteFeeds.ts';

export interface FeedOptions extends Links {
  dist: string;
  /** Only these papers' years get their sitemap rewritten (update-site); all when omitted. */
  years?: readonly { paper: string; year: number }[];
}

/** Sitemaps (the years asked for, and the index), each paper's feed, robots.txt and _redirects. */
export function writeFeeds(options: FeedOptions, site: Site): void {
  const dataDir = join(options.dist, 'data');
  if (hasSitemap(options)) writeSitemaps(options, site);
  for (const paper of site.papers) {
    const latest: EditionIndex[] = [];
    for (let date: string | null = paper.latest.date; date && latest.length < FEED_EDITIONS; date = latest.at(-1)!.previous) {
      latest.push(date === paper.latest.date ? paper.latest : readIndex(dataDir, paper.slug, date));
    }
    writeFileAtomically(join(options.dist, feedFile(paper.slug)), atomFeed(options, paper, latest));
  }
  writeFileAtomically(join(options.dist, 'robots.txt'), robotsTxt(options));
  writeFileAtomically(join(options.dist, '_redirects'), redirectsFile(options.base));
}

function writeSitemaps(options: FeedOptions, site: Site): void {
  const dataDir = join(options.dist, 'data');
  for (const { paper, year } of options.years ?? paperYears(site)) {
    writeFileAtomically(join(options.dist, sitemapFile(paper, year)), sitemapYear(options, readYear(dataDir, paper, year)));
  }
  const years = paperYears(site).map(({ paper, year }) => ({
    file: sitemapFile(paper, year),
    lastmod: site.papers.find((p) => p.slug === paper)!.latest.date,
  }));
  writeFileAtomically(join(options.dist, 'sitemap.xml'), sitemapIndex(options, site, years));
}
