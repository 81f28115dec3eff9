/**
 * register.ts on a repeat visit: the page loaded through the worker (it is the controller), which kept the page and
 * every file it fetched as they passed. docs/deploy.md: only a first visit hands its files to the worker.
 */
import { startOffline } from '../../src/app/offline/register.ts';

/**
 * The files the page fetched, as Resource Timing lists them (register.ts reads `performance.getEntriesByType`):
 * jsdom's performance has no entries and no such method, so the test gives it one for the test's length.
 */
function fetchedByThePage(urls: string[]): void {
  Object.defineProperty(performance, 'getEntriesByType', {
    configurable: true,
    value: (type: string) => (type === 'resource' ? urls.map((name) => ({ name })) : []),
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
  delete (performance as { getEntriesByType?: unknown }).getEntriesByType;
});

it('asks the worker to keep nothing on a page load it served, so nothing is fetched twice', async () => {
  const postMessage = vi.fn();
  const active = { postMessage, state: 'activated' };
  const registration = { waiting: null, installing: null, active, addEventListener: vi.fn(), update: vi.fn(async () => {}) };
  Object.defineProperty(navigator, 'serviceWorker', {
    configurable: true,
    value: { controller: active, register: vi.fn(async () => registration), ready: Promise.resolve(registration), addEventListener: vi.fn() },
  });
  fetchedByThePage([`${location.origin}/data/site.json`]);
  await startOffline();
  expect(postMessage.mock.calls.filter(([message]) => (message as { type: string }).type === 'KEEP')).toEqual([]);
});

it('hands a first visit’s page, site.json and fetched files to the worker, which loaded after them', async () => {
  const postMessage = vi.fn();
  const active = { postMessage, state: 'activated' };
  const registration = { waiting: null, installing: null, active, addEventListener: vi.fn(), update: vi.fn(async () => {}) };
  Object.defineProperty(navigator, 'serviceWorker', {
    configurable: true,
    value: { controller: null, register: vi.fn(async () => registration), ready: Promise.resolve(registration), addEventListener: vi.fn() },
  });
  fetchedByThePage([`${location.origin}/data/lsrb/2024-07-05/articles/a.json`]);
  await startOffline();
  expect(postMessage).toHaveBeenCalledWith({
    type: 'KEEP',
    page: location.href.split('#')[0],
    urls: [`${location.origin}/data/site.json`, `${location.origin}/data/lsrb/2024-07-05/articles/a.json`],
  });
});
