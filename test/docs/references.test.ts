/**
 * Docs and comments name source files; a rename or a removal leaves them pointing at nothing. Every `src/…` or
 * `test/…` path named in the README, docs/ and the code's own comments must exist (patterns with `*` or `<…>`
 * aside).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
const PATH = /(?<![\w./-])(?:src|test)\/[\w./-]*[\w/]/g;

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && ext.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

/** The paths a file names, with the line each stands on. */
export function namedPaths(text: string): { path: string; line: number }[] {
  return text.split('\n').flatMap((line, i) =>
    [...line.matchAll(PATH)]
      .map((m) => m[0].replace(/[.]+$/, ''))
      .filter(
        (path) =>
          !/[*<>]/.test(path) &&
          !line.slice(line.indexOf(path) + path.length).startsWith('<') &&
          !line.slice(line.indexOf(path) + path.length).startsWith('*'),
      )
      .map((path) => ({ path, line: i + 1 })),
  );
}

describe('paths named in docs and comments', () => {
  it('finds the paths a text names, and passes over patterns', () => {
    expect(namedPaths('see `src/ingest/bylines.ts` and test/app/*.test.tsx\nand src/schema/ (the contracts); data/papers/<slug>/')).toEqual([
      { path: 'src/ingest/bylines.ts', line: 1 },
      { path: 'src/schema/', line: 2 },
    ]);
    expect(namedPaths('[a](src/app/main.tsx). Then src/cli/<command>.ts')).toEqual([{ path: 'src/app/main.tsx', line: 1 }]);
  });

  const sources = ['README.md', ...files('docs', /\.md$/), ...files('src', /\.(ts|tsx|mjs|js)$/), ...files('test', /\.(ts|tsx)$/)];
  it.each(sources.map((file) => [file]))('%s names only paths that exist', (file) => {
    const missing = namedPaths(readFileSync(join(ROOT, file), 'utf8')).filter(({ path }) => !existsSync(join(ROOT, path)));
    expect(missing.map(({ path, line }) => `${file}:${line}: ${path}`)).toEqual([]);
  });
});
