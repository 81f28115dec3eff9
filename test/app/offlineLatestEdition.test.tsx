/**
 * The worker keeps what the reader's pages fetch (src/sw/sw.ts). The latest edition's index is never fetched by a
 * page: it comes inside site.json (resolve.ts, cacheLatestEdition). The next day site.json names a new latest
 * edition, and yesterday's articles need that index: the worker fetched it beside the first of them it kept
 * (editionIndexOf; offlineWorker.test.ts runs the worker itself).
 */
import { screen } from '@testing-library/react';
import { cacheRuleFor, editionIndexOf } from '../../src/offline/cacheRules.ts';
import { json, renderRoute, fetchedPaths } from './renderRoute.tsx';
import { LSRB, OLDER_DATE, siteOf } from './fixtures.ts';

afterEach(() => vi.unstubAllGlobals());

const ARTICLE = `/lsrb/${OLDER_DATE}/article/older-lead`;

/**
 * What the worker keeps: every data file it sees fetched that its rules file (the path below the base `/`), and
 * beside an edition's file the edition's index.
 */
function keeper(files: Map<string, unknown>, kept: Map<string, unknown>, online: () => boolean) {
  return (url: string) => {
    const path = new URL(url, 'http://localhost').pathname.slice(1);
    if (!online()) {
      if (kept.has(path)) return json(kept.get(path));
      throw new TypeError('Failed to fetch');
    }
    const file = path.startsWith('data/') ? files.get(path.slice('data/'.length)) : undefined;
    if (file === undefined) return new Response('Not Found', { status: 404 });
    if (cacheRuleFor(path, false).strategy === 'pass') return json(file);
    kept.set(path, file);
    const index = editionIndexOf(path);
    if (index !== null && !kept.has(index) && files.has(index.slice('data/'.length))) kept.set(index, files.get(index.slice('data/'.length)));
    return json(file);
  };
}

it('an article read online while its edition was the latest opens offline the next day', async () => {
  const kept = new Map<string, unknown>();
  let online = true;

  // Day 1: 07-04 is the latest edition; the reader opens its lead article, online.
  const day1 = siteOf({ ...LSRB, editions: LSRB.editions.filter((edition) => edition.date <= OLDER_DATE) });
  const first = renderRoute(
    ARTICLE,
    keeper(day1, kept, () => online),
  );
  await screen.findByRole('heading', { level: 1, name: '七月四日的头条' });
  expect(fetchedPaths(first.fetchMock)).not.toContain(`/data/lsrb/${OLDER_DATE}/index.json`);
  first.unmount();

  // Day 2: 07-05 is out. The reader's morning page load fetches the new site.json (network first, kept) ...
  const day2 = siteOf(LSRB);
  kept.set('data/site.json', day2.get('site.json'));
  // ... then, offline, opens yesterday's article again (read and kept).
  online = false;
  expect([...kept.keys()]).toContain(`data/lsrb/${OLDER_DATE}/articles/older-lead.json`);
  renderRoute(
    ARTICLE,
    keeper(day2, kept, () => online),
  );
  expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('七月四日的头条');
});
