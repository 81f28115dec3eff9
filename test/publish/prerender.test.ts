// @vitest-environment jsdom
/**
 * What the prerender step writes around each page: the <head> (title, description, canonical, Open Graph,
 * JSON-LD), the hydration data, the sitemap and the feeds. The pages themselves are drawn by the app's own
 * components, checked in the browser (test/e2e/prerender.spec.ts).
 */
import { dataPaths } from '../../src/schema/dataPaths.ts';
import type { ArticleFile, EditionIndex, Site } from '../../src/schema/edition.ts';
import { articleHead, editionHead, notFoundHead } from '../../src/app/ui/documentHead.ts';
import { documentHtml, scriptJson } from '../../src/cli/documentHtml.ts';
import { editionPaths, htmlFileOf, sitePaths } from '../../src/cli/sitePaths.ts';
import { atomFeed, hasSitemap, redirectsFile, robotsTxt, sitemapIndex, sitemapYear } from '../../src/cli/siteFeeds.ts';
import { DATE, feature, LSRB, OLDER_DATE, RMRB, siteOf } from '../app/fixtures.ts';

const files = siteOf(LSRB, RMRB);
const site = files.get(dataPaths.site()) as Site;
const index = (paper: string, date: string) => files.get(dataPaths.editionIndex(paper, date)) as EditionIndex;
const latest = index('lsrb', DATE);
const article = (files.get(dataPaths.article('lsrb', DATE, feature.id)) as ArticleFile).article;
const SHELL = `<!doctype html><html lang="zh-CN"><head><meta charset="UTF-8" /><title>报纸阅读</title>
<link rel="preload" as="fetch" crossorigin="" href="/data/site.json">
<script type="module" crossorigin src="/assets/first-view-abc.js"></script></head><body><div id="root"></div></body></html>`;
const links = { base: '/', siteUrl: 'https://paper.example' };

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function parseXml(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

describe('the routes written', () => {
  it('are every URL kind of every edition of every paper', () => {
    const paths = sitePaths(site, [latest, index('lsrb', OLDER_DATE), index('rmrb', DATE)]);
    expect(paths.slice(0, 4)).toEqual(['/', '/search', '/lsrb/', '/rmrb/']);
    expect(paths).toEqual(expect.arrayContaining(['/lsrb/archive/2023', '/lsrb/archive/2024', '/rmrb/archive/2024']));
    expect(paths).toEqual(
      expect.arrayContaining([
        '/lsrb/2024-07-05/',
        '/lsrb/2024-07-05/page/2',
        '/lsrb/2024-07-05/section/economy',
        `/lsrb/2024-07-05/article/${feature.id}`,
        '/rmrb/2024-07-05/article/man-huai',
      ]),
    );
    expect(editionPaths(latest)).toHaveLength(1 + latest.pages.length + latest.sections.length + latest.articles.length);
  });

  it.each([
    ['/', 'index.html'],
    ['/lsrb/', 'lsrb/index.html'],
    ['/lsrb/2024-07-05/', 'lsrb/2024-07-05/index.html'],
    ['/lsrb/2024-07-05/page/2', 'lsrb/2024-07-05/page/2.html'],
    ['/lsrb/2024-07-05/article/1-abc', 'lsrb/2024-07-05/article/1-abc.html'],
  ])('%s is written to %s, as static hosts serve it', (path, file) => {
    expect(htmlFileOf(path)).toBe(file);
  });
});

describe('an article’s document', () => {
  const head = articleHead(latest, article);
  const state = {
    path: head.path,
    loaderData: { root: null },
    queries: { mutations: [], queries: [] },
    shared: [['site'], ['edition', 'lsrb', OLDER_DATE]],
    phrases: [['跑出', '高质量', '发展']],
  };
  const preload = [dataPaths.site(), dataPaths.editionIndex('lsrb', OLDER_DATE)];
  const html = documentHtml(SHELL, { head, html: '<main><h1>x</h1></main>', state, preload }, links);
  const doc = parse(html);
  const meta = (selector: string) => doc.querySelector(selector)?.getAttribute('content');

  it('has its title, the first sentence as description, and an absolute canonical URL', () => {
    expect(doc.title).toBe('夹江县：创新为“核” 跑出高质量发展“加速度” - 乐山日报');
    expect(meta('meta[name="description"]')).toBe('作为国家“三线”建设重镇的夹江,拥有以“核、瓷、纸、茶”为代表的县域特色产业集群。');
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`https://paper.example/lsrb/2024-07-05/article/${feature.id}`);
  });

  it('has Open Graph and Twitter card tags for link previews', () => {
    expect(meta('meta[property="og:type"]')).toBe('article');
    expect(meta('meta[property="og:title"]')).toBe(doc.title);
    expect(meta('meta[property="og:url"]')).toBe(`https://paper.example/lsrb/2024-07-05/article/${feature.id}`);
    expect(meta('meta[property="og:locale"]')).toBe('zh_CN');
    expect(meta('meta[name="twitter:card"]')).toBe('summary');
    expect(meta('meta[name="twitter:description"]')).toBe(meta('meta[name="description"]'));
  });

  it('has JSON-LD NewsArticle: headline, date, author, publisher, and the edition it is part of', () => {
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!) as Record<string, unknown>;
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: '夹江县：创新为“核” 跑出高质量发展“加速度”',
      datePublished: '2024-07-05',
      author: [{ '@type': 'Person', name: '宋雪', jobTitle: '记者' }],
      publisher: { '@type': 'NewsMediaOrganization', name: '乐山日报' },
      isPartOf: {
        '@type': 'PublicationIssue',
        datePublished: '2024-07-05',
        url: 'https://paper.example/lsrb/2024-07-05/',
        isPartOf: { '@type': 'Periodical', name: '乐山日报' },
      },
      printPage: '2',
      articleSection: ['经济'],
    });
  });

  it('carries its hydration data in a JSON script the browser does not run', () => {
    const root = doc.getElementById('root')!;
    expect(root.hasAttribute('data-prerendered')).toBe(true);
    expect(JSON.parse(doc.getElementById('reader-state')!.textContent!)).toEqual(state);
    expect(doc.getElementById('reader-state')?.getAttribute('type')).toBe('application/json');
    expect(doc.querySelectorAll('script:not([type])')).toHaveLength(0);
  });

  it('runs the app only after its first paint: its scripts and shared data are a plan, not tags the parser fetches', () => {
    expect(doc.querySelectorAll('script[type="module"], link[rel="modulepreload"], link[rel="preload"]')).toHaveLength(0);
    const plan = JSON.parse(doc.querySelector('meta[name="reader-after-paint"]')!.getAttribute('content')!) as unknown;
    expect(plan).toEqual({ scripts: ['/assets/first-view-abc.js'], data: ['/data/site.json', `/data/lsrb/${OLDER_DATE}/index.json`] });
  });
});

describe('serialised JSON in HTML', () => {
  it.each([
    ['a closing script tag', '</script><script>alert(1)</script>'],
    ['an HTML comment', '<!-- x'],
    ['line separators', '\u2028\u2029'],
  ])('cannot end or bend its script element: %s', (_what, text) => {
    const json = scriptJson({ headline: text });
    expect(json).not.toMatch(/</);
    expect(json).not.toMatch(/[\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual({ headline: text });
    const state = { loaderData: { x: text }, queries: { mutations: [], queries: [] }, shared: [], phrases: [[text]] };
    const doc = parse(
      documentHtml(SHELL, { head: { ...notFoundHead('/x'), title: text, jsonLd: { headline: text } }, html: '', state, preload: [] }, links),
    );
    expect(doc.querySelectorAll('script:not([type])')).toHaveLength(0);
    expect(doc.title).toBe(text);
  });
});

describe('a front page’s document', () => {
  const doc = parse(documentHtml(SHELL, { head: editionHead(latest), html: '', state: null, preload: [] }, { base: '/sub/', siteUrl: '' }));
  it('says which issue it is, in JSON-LD, with URLs under the base path', () => {
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent!) as Record<string, unknown>;
    expect(ld).toMatchObject({ '@type': 'PublicationIssue', datePublished: DATE, url: '/sub/lsrb/2024-07-05/', isPartOf: { name: '乐山日报' } });
    expect(doc.title).toBe('乐山日报 2024年7月5日 星期五');
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')).toContain('产业筑基');
  });
  it('is left to the app to draw when it carries no data (the 404 page): the shell’s preload of site.json and its script stay', () => {
    expect(doc.getElementById('root')!.hasAttribute('data-prerendered')).toBe(false);
    expect(doc.getElementById('reader-state')).toBeNull();
    expect(doc.querySelector('link[rel="preload"]')?.getAttribute('href')).toBe('/data/site.json');
    expect(doc.querySelector('script[type="module"]')?.getAttribute('src')).toBe('/assets/first-view-abc.js');
  });
});

describe('the feed, the sitemap and robots.txt', () => {
  it('the Atom feed parses as XML and holds the latest editions’ articles, newest first', () => {
    const doc = parseXml(atomFeed(links, site.papers[0]!, [latest, index('lsrb', OLDER_DATE)]));
    const entries = [...doc.getElementsByTagName('entry')];
    expect(entries).toHaveLength(latest.articles.length + 1);
    expect(entries[0]!.getElementsByTagName('title')[0]!.textContent).toBe('产业筑基');
    expect(entries[0]!.getElementsByTagName('link')[0]!.getAttribute('href')).toBe(`https://paper.example/lsrb/2024-07-05/article/chan-ye-zhu-ji`);
    expect(entries.at(-1)!.getElementsByTagName('updated')[0]!.textContent).toBe('2024-07-04T00:00:00+08:00');
    expect(doc.documentElement.getAttribute('xml:lang')).toBe('zh-CN');
  });

  it('the sitemap index and a year’s sitemap parse as XML and list absolute URLs', () => {
    const year = parseXml(sitemapYear(links, [index('lsrb', OLDER_DATE), latest]));
    const locs = [...year.getElementsByTagName('loc')].map((l) => l.textContent);
    expect(locs).toContain('https://paper.example/lsrb/2024-07-05/page/2');
    expect(locs.every((l) => l!.startsWith('https://paper.example/'))).toBe(true);
    const sitemapIndexDoc = parseXml(sitemapIndex(links, site, [{ file: 'sitemaps/lsrb-2024.xml', lastmod: DATE }]));
    expect(sitemapIndexDoc.getElementsByTagName('loc')[0]!.textContent).toBe('https://paper.example/sitemaps/lsrb-2024.xml');
  });

  describe('without SITE_URL', () => {
    const relative = { base: '/', siteUrl: '' };
    const ids = (feed: string) => [...parseXml(feed).getElementsByTagName('id')].map((id) => id.textContent);

    it('gives every feed entry an absolute id that never changes for its article, even when an older edition arrives', () => {
      const paper = site.papers[0]!;
      const before = ids(atomFeed(relative, paper, [latest]));
      expect(before.every((id) => /^[a-z][a-z0-9+.-]*:/.test(id!) && !id!.startsWith('/'))).toBe(true);
      const older = { ...paper, first: '2019-01-01', editionCount: paper.editionCount + 1 };
      expect(ids(atomFeed(relative, older, [latest]))).toEqual(before);
    });

    it('gives the same ids once SITE_URL is set, or under another host or base path: setting it later re-announces nothing', () => {
      const paper = site.papers[0]!;
      const before = ids(atomFeed(relative, paper, [latest]));
      expect(ids(atomFeed(links, paper, [latest]))).toEqual(before);
      expect(ids(atomFeed({ base: '/paper/', siteUrl: 'https://other.example' }, paper, [latest]))).toEqual(before);
    });

    it('writes no sitemap and no relative Sitemap line in robots.txt: the formats need absolute URLs', () => {
      expect(hasSitemap(relative)).toBe(false);
      expect(robotsTxt(relative)).not.toMatch(/^Sitemap:/m);
      expect(robotsTxt(relative)).toMatch(/^User-agent: \*$/m);
      expect(hasSitemap(links)).toBe(true);
    });
  });

  it('robots.txt points at the sitemap; _redirects sends what is not a file to the 404 page under the base path', () => {
    expect(robotsTxt(links)).toContain('Sitemap: https://paper.example/sitemap.xml');
    expect(redirectsFile('/sub/')).toMatch(/^\/sub\/\* {4}\/sub\/404\.html {4}404$/m);
  });
});
