/**
 * The two commands as a publisher runs them, on a representative few of the bad inputs (each run starts a
 * process: about a second, many under load). The rest of the cases call the same functions directly:
 * readText.test.ts, loadEdition.test.ts, and ingest's own command in this process (runInProcess: the same exit code
 * and lines, without the start-up; a spawned ingest below proves the wiring from the process's arguments and streams).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EditionSchema, SiteSchema } from '../../src/schema/edition.ts';
import { dataPaths } from '../../src/schema/dataPaths.ts';
import { ingest as ingestCommand } from '../../src/cli/ingestCommand.ts';
import {
  editionFixture,
  existsSync,
  expectOneLineError,
  expectOutUntouched,
  removeTempDirs,
  runCli,
  runInProcess,
  SEED_FOLDER,
  SEED_PAGE,
  seedText,
  tempDir,
  type EditionFixture,
  type Run,
} from './helpers.ts';

afterAll(removeTempDirs);
// Process start-up is slow on a busy machine, and up to five runs share the cores: a hang still fails, at 60 s.
vi.setConfig({ testTimeout: 60_000 });

const dir = tempDir();
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const SEED = seedText();
const MANIFEST = readFileSync(join(SEED_FOLDER, 'edition.json'), 'utf8');
const SEED_HEADLINES = [
  '产业筑基',
  '成都中医药大学 附属乐山医院签约仪式举行',
  '市总工会八届四次全体会议召开',
  '全市政协提案工作座谈会暨委员讲堂召开',
  '网络对话:快乐过暑假 娃娃安全不放假',
  '夹江县:创新为“核” 跑出高质量发展“加速度”',
];

describe.concurrent('npm run parse on a bad file', () => {
  it.each([
    ['random binary', 'noise.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x13, 0xff, 0xfe, 0x00]), 1, 'contains a NUL byte'],
    [
      'GBK text',
      'gbk.txt',
      Buffer.from([0x23, 0x20, 0xd0, 0xc2, 0xce, 0xc5, 0x0a, 0xd5, 0xfd, 0xce, 0xc4, 0xa1, 0xa3]),
      1,
      'it looks like GBK/GB18030',
    ],
  ])('stops on %s with one line naming the file and line, exit 1, no stack', async (_name, name, bytes, line, reason) => {
    const path = file(name, bytes);
    expect(expectOneLineError(await runCli('parse.ts', [path]), path, line)).toContain(reason);
  });

  it.each([
    ['a missing file', () => join(dir, 'missing.txt'), 'no such file'],
    ['a folder', () => dir, 'is a folder, expected a text file'],
  ])('stops on %s with one line naming it', async (_name, path, reason) => {
    expect(expectOneLineError(await runCli('parse.ts', [path()]), path())).toBe(`error: ${path()}: ${reason}`);
  });

  it('prints valid JSON with no article for an empty file, exit 0', async () => {
    const path = file('empty.txt', '');
    const run = await runCli('parse.ts', [path]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ file: path, articles: [], banners: [], chrome: [], warnings: [] });
  });

  it('reads the seed saved as UTF-16 with a BOM and CRLF: the six articles', async () => {
    const run = await runCli('parse.ts', [file('utf16.txt', utf16(SEED.replace(/\n/g, '\r\n')))]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).articles.map((a: { headline: string }) => a.headline)).toEqual(SEED_HEADLINES);
  });

  it('parses a 10 MB single line within the time limit', async () => {
    const run = await runCli('parse.ts', [file('long-line.txt', `# 长\n${'中文'.repeat(1_750_000)}。\n`)]);
    expect(run.code).toBe(0);
    const [article] = JSON.parse(run.stdout).articles;
    expect(article.blocks[0].text).toHaveLength(3_500_001);
  });
});

/** Runs ingest on the fixture, spawned as `tsx src/cli/ingest.ts`; the out folder must then be untouched (failure) or whole (success). */
const ingest = (f: EditionFixture, ...extra: string[]): Promise<Run> => runCli('ingest.ts', ['--data', f.data, '--out', f.out, ...extra]);
/** The same command in this process. */
const ingestHere = (f: EditionFixture): Promise<Run> => runInProcess(ingestCommand, ['--data', f.data, '--out', f.out]);

describe.concurrent('npm run ingest on a bad edition', () => {
  it.each([
    [
      'a date not in the calendar',
      MANIFEST.replace('"2024-07-05"', '"2024-02-30"'),
      { [SEED_PAGE]: SEED },
      'edition.json',
      2,
      'date: expected a real calendar date',
    ],
    [
      'a date that is not its folder’s',
      MANIFEST.replace('"2024-07-05"', '"2024-07-06"'),
      { [SEED_PAGE]: SEED },
      'edition.json',
      2,
      "the manifest's date 2024-07-06 is not its folder's date 2024-07-05",
    ],
    [
      'a page file that does not exist',
      MANIFEST.replace('"to": 70 }', '"to": 70 }, "name": "要闻"').replace(
        '"file": "leshan-daily-2024-07-05.txt", "lines": { "from": 71',
        '"file": "p2.txt", "lines": { "from": 71',
      ),
      { [SEED_PAGE]: SEED },
      'edition.json',
      6,
      'page 2: file "p2.txt" does not exist',
    ],
    ['an unknown field', MANIFEST.replace('"note"', '"editor": "x", "note"'), { [SEED_PAGE]: SEED }, 'edition.json', 3, 'Unrecognized key: "editor"'],
    [
      'a one-line manifest that does not parse',
      '{ "date": "2024-07-05" "pages": [] }',
      { [SEED_PAGE]: SEED },
      'edition.json',
      1,
      ':24: is not valid JSON: a comma is missing',
    ],
    [
      'an empty page file',
      '{ "date": "2024-07-05", "pages": [{ "number": 1, "file": "p1.txt" }] }',
      { 'p1.txt': '' },
      'p1.txt',
      1,
      'page 1 has no article',
    ],
    [
      'a Latin-1 page file',
      '{ "date": "2024-07-05", "pages": [{ "number": 1, "file": "p1.txt" }] }',
      { 'p1.txt': Buffer.from('# Caf\xe9\ncr\xe8me.\n', 'latin1') },
      'p1.txt',
      1,
      'Latin-1',
    ],
  ])('stops on %s with one line naming the file, and leaves the out folder as it was', async (_name, manifest, pages, named, line, reason) => {
    const f = editionFixture(manifest, pages);
    const run = await ingestHere(f);
    expect(expectOneLineError(run, join(f.folder, named), line)).toContain(reason);
    expectOutUntouched(f);
  });

  it('stops on an unknown option before it reads or writes anything', async () => {
    const f = editionFixture(MANIFEST, { [SEED_PAGE]: SEED });
    expect(expectOneLineError(await ingest(f, '--bogus'), 'ingest')).toContain('usage: npm run ingest');
    expectOutUntouched(f);
  });

  it('replaces the out folder with a whole build of the seed saved with a BOM and CRLF', async () => {
    const f = editionFixture(MANIFEST, { [SEED_PAGE]: `\ufeff${SEED.replace(/\n/g, '\r\n')}` });
    const run = await ingest(f);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^ingest: 1 paper\(s\), 1 edition\(s\), 6 articles/);
    expect(existsSync(f.sentinel)).toBe(false);
    expect(readdirSync(join(f.out, '..')).filter((n) => n.startsWith('out.'))).toEqual([]);
    const site = SiteSchema.parse(JSON.parse(readFileSync(join(f.out, dataPaths.site()), 'utf8')));
    expect(site.papers).toMatchObject([{ slug: 'lsrb', name: '乐山日报', editionCount: 1, latest: { date: '2024-07-05' } }]);
    const edition = EditionSchema.parse(JSON.parse(readFileSync(join(f.out, dataPaths.editionFull('lsrb', '2024-07-05')), 'utf8')));
    expect(edition.articles.map((a) => a.headline)).toEqual(SEED_HEADLINES);
    expect(readdirSync(join(f.out, dataPaths.editionFolder('lsrb', '2024-07-05'), 'articles')).sort()).toEqual(
      edition.articles.map((a) => `${a.id}.json`).sort(),
    );
  });
});
