import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadEdition, loadTaxonomy } from '../../src/cli/loadEdition.ts';
import { editionFixture, errorLine, removeTempDirs, ROOT, SEED_FOLDER, SEED_PAGE, SEED_PAPER, seedText } from './helpers.ts';

afterAll(removeTempDirs);

const taxonomy = loadTaxonomy(join(ROOT, 'data/taxonomy.json'));
/** The seed manifest as its publisher wrote it: the date on line 2, pages 1 and 2 on lines 5 and 6. */
const MANIFEST = readFileSync(join(SEED_FOLDER, 'edition.json'), 'utf8');
const SEED = seedText();
const load = (manifest: string, pages: Record<string, string | Uint8Array> = { [SEED_PAGE]: SEED }) => {
  const f = editionFixture(manifest, pages);
  return { f, run: () => loadEdition(f.folder, taxonomy, SEED_PAPER) };
};

describe('loadEdition on a manifest that is wrong', () => {
  it.each([
    ['a date that is not in the calendar', MANIFEST.replace('"2024-07-05"', '"2024-02-30"'), ':2: date: expected a real calendar date as YYYY-MM-DD'],
    [
      'a date that is not its folder’s',
      MANIFEST.replace('"2024-07-05"', '"2024-07-06"'),
      ":2: the manifest's date 2024-07-06 is not its folder's date 2024-07-05",
    ],
    [
      'another paper’s name',
      MANIFEST.replace('{', '{ "paper": "人民日报",'),
      ':1: the manifest names the paper "人民日报", but its folder belongs to "乐山日报"',
    ],
    ['a page number given twice', MANIFEST.replace('"number": 2', '"number": 1'), ':6: pages.1.number: page number 1 appears twice'],
    [
      'a page file that does not exist',
      MANIFEST.replace('"file": "leshan-daily-2024-07-05.txt", "lines": { "from": 71', '"file": "page-2.txt", "lines": { "from": 71'),
      ':6: page 2: file "page-2.txt" does not exist',
    ],
    ['an unknown field', MANIFEST.replace('"note"', '"editor": "x", "note"'), ':3: Unrecognized key: "editor"'],
    ['a misspelt field in a page', MANIFEST.replace('"number": 2', '"numbr": 2'), ':6: pages.1: Unrecognized key: "numbr"'],
    [
      'lines past the end of the file',
      MANIFEST.replace('"to": 139', '"to": 400'),
      ':6: page 2: lines 71-400 run past the end of leshan-daily-2024-07-05.txt (139 lines)',
    ],
    [
      'a page file given with a path',
      MANIFEST.replace('"file": "leshan', '"file": "../leshan'),
      ':5: pages.0.file: a file name in the edition folder, without a path',
    ],
    ['JSON with a missing comma', MANIFEST.replace('"2024-07-05",', '"2024-07-05"'), ':3:3: is not valid JSON: a comma is missing'],
    [
      'a one-line manifest with a trailing comma',
      '{ "date": "2024-07-05", "pages": [{ "number": 1, "file": "p1.txt" },] }',
      ':1:69: is not valid JSON: a value was expected',
    ],
    ['a one-line manifest with a bare word', '{ "date": "2024-07-05", "pages": tru }', ':1:34: is not valid JSON: a word that is not JSON'],
    ['an empty manifest', '', ':1:1: is not valid JSON'],
  ])('stops on %s with one line naming edition.json', (_name, manifest, expected) => {
    const { f, run } = load(manifest);
    const line = errorLine(run);
    expect(line.startsWith(`error: ${f.manifest}${expected}`)).toBe(true);
  });

  it('stops on a missing manifest, naming the file it looked for', () => {
    const { f, run } = load(MANIFEST);
    const folder = join(f.folder, '..', '2024-07-06');
    mkdirSync(folder);
    expect(errorLine(() => loadEdition(folder, taxonomy, SEED_PAPER))).toBe(`error: ${join(folder, 'edition.json')}: no such file`);
    expect(run).not.toThrow();
  });
});

describe('loadEdition on page files that are wrong', () => {
  const page = (name: string) => join('', name);
  it.each([
    ['an empty page', '', ':1: page 1 has no article: is it empty, or not page text?'],
    ['a page of white space', ' \n\t\n\u3000\n', ':1: page 1 has no article'],
    ['a page of # marks', '#\n##\n###\n', ':1: page 1 has no article'],
    ['a page that is only a headline', '# 转下版的标题\n', ':1: page 1 has no article'],
    ['a Latin-1 page', Buffer.from('# Caf\xe9\nbody.\n', 'latin1'), ':1: is not UTF-8 text: invalid byte 0xe9'],
    ['a page with NUL bytes', '# 标题\n正\0文。', ':2: contains a NUL byte'],
  ])('stops on %s, naming the page file', (_name, content, expected) => {
    const manifest = JSON.stringify({ date: '2024-07-05', pages: [{ number: 1, file: 'p1.txt' }] });
    const { f, run } = load(manifest, { 'p1.txt': content });
    expect(errorLine(run).startsWith(`error: ${join(f.folder, page('p1.txt'))}${expected}`)).toBe(true);
  });

  it('stops on a folder where the page file should be', () => {
    const manifest = JSON.stringify({ date: '2024-07-05', pages: [{ number: 1, file: 'p1.txt' }] });
    const { f, run } = load(manifest, {});
    mkdirSync(join(f.folder, 'p1.txt'));
    expect(errorLine(run)).toBe(`error: ${join(f.folder, 'p1.txt')}: is a folder, expected a text file`);
  });
});

describe('loadEdition on the seed as other tools save it', () => {
  const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  // Loaded inside each test: a parse while the tests are collected makes every parser mutant "static" for Stryker.
  const seedArticles = () => loadEdition(SEED_FOLDER, taxonomy, SEED_PAPER).articles.map((a) => [a.page, a.headline, a.source.startLine]);

  it.each([
    ['CRLF', SEED.replace(/\n/g, '\r\n')],
    ['CR only', SEED.replace(/\n/g, '\r')],
    ['a UTF-8 BOM', `\ufeff${SEED}`],
    ['UTF-16LE with a BOM', utf16(SEED)],
    ['UTF-16LE with a BOM and CRLF', utf16(SEED.replace(/\n/g, '\r\n'))],
    ['tabs and trailing spaces', SEED.replace(/^(.+)$/gm, '\t$1  \t')],
  ])('loads the same six articles, on the same pages and lines, from %s', (_name, content) => {
    const { run } = load(MANIFEST, { [SEED_PAGE]: content });
    const edition = run() as ReturnType<typeof loadEdition>;
    const expected = seedArticles();
    expect(edition.articles.map((a) => [a.page, a.headline, a.source.startLine])).toEqual(expected);
    expect(expected).toHaveLength(6);
  });
});
