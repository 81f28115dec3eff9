import { dataPaths } from '../../src/schema/dataPaths.ts';
import { archiveFiles, neighboursIn, siteFiles } from '../../src/ingest/siteFiles.ts';
import { LSRB, RMRB } from '../app/fixtures.ts';

describe('neighboursIn', () => {
  const dates = ['2023-12-29', '2024-07-04', '2024-07-05'];
  it.each([
    ['2023-12-29', null, '2024-07-04'],
    ['2024-07-04', '2023-12-29', '2024-07-05'],
    ['2024-07-05', '2024-07-04', null],
    ['2024-01-01', null, null],
  ])('%s: previous %s, next %s', (date, previous, next) => {
    expect(neighboursIn(dates, date)).toEqual({ previous, next });
  });
});

describe('archiveFiles', () => {
  const entries = [
    { date: '2023-12-29', pages: 1, articleCount: 3 },
    { date: '2024-07-04', pages: 2, articleCount: 5 },
    { date: '2024-07-05', pages: 2, articleCount: 6 },
  ];
  it('writes one file per year, oldest edition first', () => {
    const files = archiveFiles('lsrb', entries);
    expect([...files.keys()]).toEqual([dataPaths.archiveYear('lsrb', 2023), dataPaths.archiveYear('lsrb', 2024)]);
    expect(files.get(dataPaths.archiveYear('lsrb', 2024))?.editions.map((e) => e.date)).toEqual(['2024-07-04', '2024-07-05']);
  });
  it('writes only the years asked for, and an empty file for a year left with none', () => {
    const files = archiveFiles('lsrb', entries, new Set([2024, 2022]));
    expect([...files.keys()].sort()).toEqual([dataPaths.archiveYear('lsrb', 2022), dataPaths.archiveYear('lsrb', 2024)]);
    expect(files.get(dataPaths.archiveYear('lsrb', 2022))?.editions).toEqual([]);
  });
});

describe('siteFiles', () => {
  // Written inside each test, not when the file loads: mutation testing (docs/testing.md) then sees which test reads which code.
  const files = () => siteFiles([RMRB, LSRB]);
  const site = () =>
    files().get(dataPaths.site()) as {
      papers: { slug: string; first: string; editionCount: number; latest: { date: string; previous: string | null } }[];
    };

  it('lists papers by name, each with its first date, its count and its latest edition’s index inside', () => {
    expect(site().papers.map((p) => [p.slug, p.first, p.editionCount, p.latest.date, p.latest.previous])).toEqual([
      ['lsrb', '2023-12-29', 3, '2024-07-05', '2024-07-04'],
      ['rmrb', '2024-07-05', 1, '2024-07-05', null],
    ]);
  });

  it('keeps two papers’ editions of one date apart', () => {
    expect(files().has(dataPaths.editionIndex('lsrb', '2024-07-05'))).toBe(true);
    expect(files().has(dataPaths.editionIndex('rmrb', '2024-07-05'))).toBe(true);
    expect(files().has(dataPaths.article('rmrb', '2024-07-05', 'man-huai'))).toBe(true);
    expect(files().has(dataPaths.article('lsrb', '2024-07-05', 'man-huai'))).toBe(false);
  });

  it('gives each edition its prev/next, and the latest index in site.json equals its own file', () => {
    expect(files().get(dataPaths.editionIndex('lsrb', '2024-07-04'))).toMatchObject({ previous: '2023-12-29', next: '2024-07-05' });
    expect(files().get(dataPaths.editionIndex('lsrb', '2024-07-05'))).toEqual(site().papers[0]!.latest);
  });

  it('leaves bodies out of the index and the notes out of everything the reader fetches', () => {
    const index = files().get(dataPaths.editionIndex('lsrb', '2024-07-05')) as Record<string, unknown>;
    expect(index).not.toHaveProperty('warnings');
    expect((index.articles as object[])[0]).not.toHaveProperty('blocks');
  });
});
