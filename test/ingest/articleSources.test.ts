import { articleSourceFiles } from '../../src/ingest/articleSources.ts';
import { dataPaths } from '../../src/schema/dataPaths.ts';
import { SCHEMA_VERSION } from '../../src/schema/version.ts';
import { latestEdition } from '../app/fixtures.ts';

describe('articleSourceFiles (原文)', () => {
  const lines = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`);
  const edition = {
    ...latestEdition,
    articles: latestEdition.articles.slice(0, 1).map((a) => ({ ...a, source: { file: 'p.txt', startLine: 4, endLine: 6 } })),
    warnings: [
      { page: 1, file: 'p.txt', line: 3, message: 'before the article' },
      { page: 1, file: 'p.txt', line: 5, message: 'inside it' },
      { page: 1, file: 'other.txt', line: 5, message: 'another file' },
      { page: 1, file: 'p.txt', line: 4, message: 'on its first line' },
      { page: 1, file: 'p.txt', line: 6, message: 'on its last line' },
      { page: 1, file: 'p.txt', line: 7, message: 'after it' },
    ],
  };

  it('writes, per article, its raw lines from its source range and the notes on those lines only', () => {
    const files = articleSourceFiles(edition, (file) => (file === 'p.txt' ? lines : []));
    const id = edition.articles[0]!.id;
    expect([...files.keys()]).toEqual([dataPaths.articleSource('lsrb', '2024-07-05', id)]);
    expect(files.get(dataPaths.articleSource('lsrb', '2024-07-05', id))).toEqual({
      schemaVersion: SCHEMA_VERSION,
      file: 'p.txt',
      startLine: 4,
      lines: ['line 4', 'line 5', 'line 6'],
      notes: [
        { line: 5, message: 'inside it' },
        { line: 4, message: 'on its first line' },
        { line: 6, message: 'on its last line' },
      ],
    });
  });
});
