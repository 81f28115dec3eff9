// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dataPaths } from '../../src/schema/dataPaths.ts';
import { urls } from '../../src/schema/urls.ts';
import { CACHES } from '../../src/offline/cacheNames.ts';
import { cacheRuleFor, pathInScope } from '../../src/offline/cacheRules.ts';
import { editionFiles, failureOf, SaveError } from '../../src/app/offline/saveEdition.ts';

const data = (path: string) => `data/${path}`;

describe('what the service worker caches, and how', () => {
  it.each([
    ['a page load', 'lsrb/2024-07-05/article/abc', true, { strategy: 'network-first', cache: CACHES.pages }],
    ['the home page', '', true, { strategy: 'network-first', cache: CACHES.pages }],
    ['site.json, which changes every day', data(dataPaths.site()), false, { strategy: 'network-first', cache: CACHES.live }],
    ['an archive year', data(dataPaths.archiveYear('lsrb', 2024)), false, { strategy: 'network-first', cache: CACHES.live }],
    ['an edition index', data(dataPaths.editionIndex('lsrb', '2024-07-05')), false, { strategy: 'network-first', cache: CACHES.editions }],
    ['an article', data(dataPaths.article('lsrb', '2024-07-05', 'a1b2c3d')), false, { strategy: 'stale-while-revalidate', cache: CACHES.editions }],
    [
      'an article of a hyphenated paper',
      data(dataPaths.article('san-jiang', '2024-07-05', 'x')),
      false,
      { strategy: 'stale-while-revalidate', cache: CACHES.editions },
    ],
    ['原文', data(dataPaths.articleSource('lsrb', '2024-07-05', 'a1b2c3d')), false, { strategy: 'stale-while-revalidate', cache: CACHES.editions }],
    ['the whole edition', data(dataPaths.editionFull('lsrb', '2024-07-05')), false, { strategy: 'stale-while-revalidate', cache: CACHES.editions }],
    ['update-site’s memory', data(dataPaths.publishState()), false, { strategy: 'pass' }],
    ['the search index', 'pagefind/2024/pagefind.js', false, { strategy: 'pass' }],
    ['an app chunk (the precache’s)', 'assets/app-abc.js', false, { strategy: 'pass' }],
    ['a folder that only looks like an edition', data('lsrb/20240705/index.json'), false, { strategy: 'pass' }],
    ['JSON outside the data folder', 'lsrb/2024-07-05/index.json', false, { strategy: 'pass' }],
  ])('%s', (_, path, navigation, rule) => {
    expect(cacheRuleFor(path, navigation)).toEqual(rule);
  });

  it('reads paths below the scope, and nothing outside it', () => {
    const scope = new URL('https://example.org/sub/');
    expect(pathInScope(new URL('https://example.org/sub/data/site.json'), scope)).toBe('data/site.json');
    expect(pathInScope(new URL('https://example.org/other/data/site.json'), scope)).toBeNull();
    expect(pathInScope(new URL('https://elsewhere.example/sub/data/site.json'), scope)).toBeNull();
  });
});

describe('保存本期', () => {
  const edition = {
    paper: { slug: 'lsrb', name: '乐山日报' },
    date: '2024-07-05',
    pages: [
      { number: 1, name: '要闻', articleCount: 2 },
      { number: 2, name: null, articleCount: 1 },
    ],
    sections: [{ slug: 'economy', name: '经济', count: 1 }],
    articles: [{ id: 'a1' }, { id: 'a2' }, { id: 'b1' }],
  } as Parameters<typeof editionFiles>[0];

  it('stores the index, every article and the HTML of every page of the edition, each in its cache', () => {
    const files = editionFiles(edition, '/');
    const base = import.meta.env.BASE_URL;
    expect(files).toEqual([
      { url: `${base}data/${dataPaths.site()}`, cache: CACHES.live },
      { url: `${base}data/${dataPaths.editionIndex('lsrb', '2024-07-05')}`, cache: CACHES.editions },
      ...['a1', 'a2', 'b1'].map((id) => ({ url: `${base}data/${dataPaths.article('lsrb', '2024-07-05', id)}`, cache: CACHES.editions })),
      { url: urls.edition('lsrb', '2024-07-05'), cache: CACHES.pages },
      { url: urls.page('lsrb', '2024-07-05', 1), cache: CACHES.pages },
      { url: urls.page('lsrb', '2024-07-05', 2), cache: CACHES.pages },
      { url: urls.section('lsrb', '2024-07-05', 'economy'), cache: CACHES.pages },
      ...['a1', 'a2', 'b1'].map((id) => ({ url: urls.article('lsrb', '2024-07-05', id), cache: CACHES.pages })),
    ]);
  });

  it('puts the pages under the base path', () => {
    const pages = editionFiles(edition, '/sub').filter((file) => file.cache === CACHES.pages);
    expect(pages.map((file) => file.url)).toContain('/sub/lsrb/2024-07-05/page/2');
    expect(pages.every((file) => file.url.startsWith('/sub/'))).toBe(true);
  });

  it.each([
    ['a full quota', new DOMException('quota', 'QuotaExceededError'), 'full'],
    ['storage refused', new DOMException('denied', 'SecurityError'), 'refused'],
    ['no Cache API', new SaveError('refused', 'no Cache API'), 'refused'],
    ['the network gone half-way', new TypeError('Failed to fetch'), 'network'],
    ['a file missing on the host', new SaveError('network', 'HTTP 404'), 'network'],
  ])('names %s', (_, error, reason) => {
    expect(failureOf(error)).toBe(reason);
  });
});
