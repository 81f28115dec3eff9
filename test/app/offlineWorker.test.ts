// @vitest-environment node
/**
 * The service worker (src/sw/sw.ts) itself, with the real Workbox strategies and expiration over a fake Cache API
 * and network (swHarness.ts): what a reader gets from it when the host answers badly or not at all, when storage is
 * full, and what a first visit's KEEP files.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CACHES } from '../../src/offline/cacheNames.ts';
import { browse, html, installGlobals, jsonFile, network, post, SCOPE, storage } from './swHarness.ts';

vi.mock('workbox-routing', async () => {
  const { routing } = await import('./swHarness.ts');
  return {
    registerRoute: (match: never, handler: never) => void routing.routes.push({ match, handler }),
    setCatchHandler: (handler: never) => void (routing.catchHandler = handler),
  };
});
// workbox-expiration's record of when each entry was last used lives in IndexedDB, which Node lacks: the same record
// in memory, so the real ExpirationPlugin and CacheExpiration run over it.
vi.mock('workbox-expiration/models/CacheTimestampsModel.js', async () => {
  const { CacheTimestampsModel } = await import('./swHarness.ts');
  return { CacheTimestampsModel };
});
vi.mock('workbox-precaching', () => ({
  precache: () => {},
  addRoute: () => {},
  cleanupOutdatedCaches: () => {},
  matchPrecache: async (url: string) => (url === 'offline.html' ? new Response('<!doctype html><title>shell</title>', { status: 200 }) : undefined),
}));

const ARTICLE = '/lsrb/2024-07-05/article/chan-ye-zhu-ji';
const articleData = (date: string, id = 'a') => `/data/lsrb/${date}/articles/${id}.json`;
const indexData = (date: string) => `/data/lsrb/${date}/index.json`;
const fetchedTimes = (path: string) => network.fetched.filter((url) => url === new URL(path, SCOPE).href).length;

beforeAll(async () => {
  installGlobals();
  await import('../../src/sw/sw.ts');
});

beforeEach(() => {
  storage.caches.clear();
  storage.limit = Infinity;
  network.files.clear();
  network.fetched.length = 0;
  network.down = false;
});

describe('reading offline (as the e2e spec checks it in Chromium)', () => {
  it('serves a page opened online from the cache offline, and the bare shell for one never opened', async () => {
    network.files.set(ARTICLE, html('<p>产业筑基</p>'));
    expect((await browse(ARTICLE, { navigate: true }))?.status).toBe(200);
    network.down = true;
    expect(await (await browse(ARTICLE, { navigate: true }))!.text()).toBe('<p>产业筑基</p>');
    expect(await (await browse('/lsrb/2024-07-04/', { navigate: true }))!.text()).toContain('shell');
  });

  it('keeps no 404 and no 500', async () => {
    network.files.set(articleData('2024-07-05'), () => new Response('oops', { status: 500 }));
    await browse(articleData('2024-07-05'));
    await browse('/nowhere', { navigate: true });
    expect(storage.size()).toBe(0);
  });
});

describe('a host that answers with an error (a CDN in front of a stopped origin: 502, 503)', () => {
  it('serves the page read before, not the 503', async () => {
    network.files.set(ARTICLE, html('<p>产业筑基</p>'));
    await browse(ARTICLE, { navigate: true });
    network.files.set(ARTICLE, () => new Response('Service Unavailable', { status: 503 }));
    const response = await browse(ARTICLE, { navigate: true });
    expect(response?.status).toBe(200);
    expect(await response!.text()).toBe('<p>产业筑基</p>');
  });

  it('serves the bare shell for a page never opened, which draws it from the cached data', async () => {
    network.files.set(ARTICLE, () => new Response('Service Unavailable', { status: 503 }));
    expect(await (await browse(ARTICLE, { navigate: true }))!.text()).toContain('shell');
  });

  it('serves the cached site.json, which every page needs, not the 502', async () => {
    network.files.set('/data/site.json', jsonFile({ schemaVersion: 1, papers: [] }));
    await browse('/data/site.json');
    network.files.set('/data/site.json', () => new Response('Bad Gateway', { status: 502 }));
    expect((await browse('/data/site.json'))?.status).toBe(200);
  });
});

describe('a stalled connection (connected, and nothing comes back)', () => {
  it('shows a page read before within a few seconds, from the cache', async () => {
    network.files.set(ARTICLE, html('<p>产业筑基</p>'));
    await browse(ARTICLE, { navigate: true });
    network.files.set(ARTICLE, () => new Promise<Response>(() => {}));
    const answer = await Promise.race([
      browse(ARTICLE, { navigate: true }).then((response) => response?.status),
      new Promise((resolve) => setTimeout(() => resolve('still waiting after 4 s'), 4000)),
    ]);
    expect(answer).toBe(200);
  }, 10_000);
});

describe('years of daily reading', () => {
  it('keeps the hundred site.json and archive years opened last, and lets the older go', async () => {
    for (let year = 1900; year < 2001; year++) {
      network.files.set(`/data/lsrb/archive/${year}.json`, jsonFile({ year }));
      await browse(`/data/lsrb/archive/${year}.json`);
    }
    const kept = storage.urls(CACHES.live);
    expect(kept).toHaveLength(100);
    expect(kept).not.toContain(`${SCOPE}data/lsrb/archive/1900.json`);
    expect(kept).toContain(`${SCOPE}data/lsrb/archive/2000.json`);
  });

  it('makes room once storage is full, and keeps today’s article', async () => {
    // Three hundred days of articles opened, then the browser's quota is reached.
    for (let day = 0; day < 300; day++) {
      const date = new Date(Date.UTC(2021, 0, 1 + day)).toISOString().slice(0, 10);
      network.files.set(articleData(date), jsonFile({ day }));
      await browse(articleData(date));
    }
    expect(storage.urls(CACHES.editions)).toHaveLength(300);
    storage.limit = storage.size();

    network.files.set(articleData('2026-01-01'), jsonFile({ today: true }));
    expect((await browse(articleData('2026-01-01')))?.status).toBe(200);
    network.down = true;
    // The runtime caches were emptied (purgeOnQuotaError), and today's article filed after.
    expect(await (await browse(articleData('2026-01-01')))!.json()).toEqual({ today: true });
  });
});

describe('an article withdrawn upstream (a re-ingest drops it: the host answers 404)', () => {
  it('is no longer served once the host has said it is gone', async () => {
    const url = articleData('2024-07-05', 'withdrawn');
    network.files.set(url, jsonFile({ text: '已撤稿' }));
    await browse(url);
    network.files.set(url, () => new Response('Not Found', { status: 404 }));
    await browse(url); // served from the cache; the check behind it meets the 404
    expect((await browse(url))?.status).toBe(404);
  });
});

describe('the latest edition, whose index comes inside site.json and is never fetched by a page', () => {
  it('opens offline after site.json has moved on: its first article kept brings its index', async () => {
    network.files.set(indexData('2024-07-05'), jsonFile({ date: '2024-07-05' }));
    network.files.set(articleData('2024-07-05', 'a'), jsonFile({ id: 'a' }));
    network.files.set(articleData('2024-07-05', 'b'), jsonFile({ id: 'b' }));
    await browse(articleData('2024-07-05', 'a'));
    await browse(articleData('2024-07-05', 'b'));
    expect(fetchedTimes(indexData('2024-07-05'))).toBe(1);
    network.down = true;
    expect(await (await browse(indexData('2024-07-05')))!.json()).toEqual({ date: '2024-07-05' });
  });

  it('brings its index again when one of its files changed (a re-ingest, a new schema version), and not otherwise', async () => {
    network.files.set(indexData('2024-07-05'), jsonFile({ date: '2024-07-05', v: 1 }));
    network.files.set(articleData('2024-07-05'), jsonFile({ id: 'a', v: 1 }));
    await browse(articleData('2024-07-05'));
    await browse(articleData('2024-07-05')); // the same file again: nothing more
    expect(fetchedTimes(indexData('2024-07-05'))).toBe(1);
    network.files.set(indexData('2024-07-05'), jsonFile({ date: '2024-07-05', v: 2 }));
    network.files.set(articleData('2024-07-05'), jsonFile({ id: 'a', v: 2 }));
    await browse(articleData('2024-07-05')); // the cached copy at once; the new one filed behind it
    expect(fetchedTimes(indexData('2024-07-05'))).toBe(2);
    network.down = true;
    expect(await (await browse(indexData('2024-07-05')))!.json()).toEqual({ date: '2024-07-05', v: 2 });
  });

  it('costs an older edition no fetch: its pages fetched its index already', async () => {
    network.files.set(indexData('2024-07-04'), jsonFile({ date: '2024-07-04' }));
    network.files.set(articleData('2024-07-04'), jsonFile({ id: 'a' }));
    await browse(indexData('2024-07-04'));
    await browse(articleData('2024-07-04'));
    expect(fetchedTimes(indexData('2024-07-04'))).toBe(1);
  });
});

describe('KEEP (what a first visit posts, and any page of the origin can)', () => {
  it('files the first view’s page and data, and the index of the edition they belong to', async () => {
    network.files.set(ARTICLE, html('<p>产业筑基</p>'));
    network.files.set('/data/site.json', jsonFile({}));
    network.files.set(articleData('2024-07-05'), jsonFile({ id: 'a' }));
    network.files.set(indexData('2024-07-05'), jsonFile({ date: '2024-07-05' }));
    await post({
      type: 'KEEP',
      page: `${SCOPE}${ARTICLE.slice(1)}#top`,
      urls: [`${SCOPE}data/site.json`, `${SCOPE}${articleData('2024-07-05').slice(1)}`],
    });
    expect(storage.urls(CACHES.pages)).toEqual([`${SCOPE}${ARTICLE.slice(1)}`]);
    expect(storage.urls(CACHES.live)).toEqual([`${SCOPE}data/site.json`]);
    expect(storage.urls(CACHES.editions).sort()).toEqual([
      `${SCOPE}${articleData('2024-07-05').slice(1)}`,
      `${SCOPE}${indexData('2024-07-05').slice(1)}`,
    ]);
  });

  it('files nothing of another origin or outside the scope', async () => {
    network.files.set('/data/site.json', jsonFile({}));
    await post({ type: 'KEEP', page: 'https://evil.example/x', urls: ['https://evil.example/data/site.json'] });
    expect(storage.size()).toBe(0);
  });

  it('passes over an address it cannot read, and files the rest', async () => {
    network.files.set(ARTICLE, html('<p>产业筑基</p>'));
    network.files.set('/data/site.json', jsonFile({}));
    await post({ type: 'KEEP', page: `${SCOPE}${ARTICLE.slice(1)}`, urls: ['not a url', `${SCOPE}data/site.json`] });
    expect(storage.urls(CACHES.live)).toEqual([`${SCOPE}data/site.json`]);
  });

  it('fetches nothing the worker already holds (a page load it served, then a KEEP)', async () => {
    network.files.set(ARTICLE, html('<p>产业筑基</p>'));
    network.files.set('/data/site.json', jsonFile({}));
    await browse(ARTICLE, { navigate: true });
    await browse('/data/site.json');
    await post({ type: 'KEEP', page: `${SCOPE}${ARTICLE.slice(1)}`, urls: [`${SCOPE}data/site.json`, `${SCOPE}data/site.json`] });
    expect(fetchedTimes(ARTICLE)).toBe(1);
    expect(fetchedTimes('/data/site.json')).toBe(1);
  });
});
