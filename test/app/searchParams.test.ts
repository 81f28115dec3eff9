// @vitest-environment node
import { readSearchParams } from '../../src/app/search/searchParams.ts';
import { createSearch } from '../../src/app/search/search.ts';

describe('readSearchParams: the URL as a query and filters, values a filter cannot take ignored', () => {
  it.each([
    ['from=2023-06-01&to=2023-06-30', { from: '2023-06-01', to: '2023-06-30' }],
    ['from=2024-02-29', { from: '2024-02-29', to: null }],
    ['from=2023-06-99', { from: null, to: null }],
    ['from=2023-06-00', { from: null, to: null }],
    ['to=2023-02-30', { from: null, to: null }],
    ['to=2023-02-29', { from: null, to: null }],
    ['from=2023-13-01', { from: null, to: null }],
    ['from=2023-6-1', { from: null, to: null }],
  ])('%s → %j', (search, dates) => {
    expect(readSearchParams(new URLSearchParams(`q=暑假&${search}`)).filters).toMatchObject(dates);
  });

  it('searches with what it reads: a date that is not a day does not crash the search', async () => {
    const { filters } = readSearchParams(new URLSearchParams('q=暑假&from=2023-06-99'));
    const manifest = {
      version: 3,
      shards: [{ id: '2023', from: '2023-01-01', to: '2023-12-31', documents: 1, titleSlots: 3, hash: 'x', sections: [] }],
    };
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(manifest), { headers: { 'content-type': 'application/json' } })),
    );
    const search = createSearch('/pagefind/', async () => ({
      options: async () => {},
      mergeIndex: async () => {},
      search: async () => ({ results: [] }),
    }));
    await expect(search('暑假', filters)).resolves.toEqual({ results: [], count: 0, complete: true });
    vi.unstubAllGlobals();
  });
});
