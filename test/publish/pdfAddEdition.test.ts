// @vitest-environment node
/**
 * `npm run add-edition` as a publisher runs it (spawned once, then its command in this process), on page PDFs set in code: the edition folder and its manifest from
 * what the PDFs say (Founder Title, page header, file name), what it guessed on stderr, and a refusal in one line
 * with no folder written when it cannot tell.
 */
import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManifestSchema } from '../../src/schema/manifest.ts';
import { typeset } from '../../src/typeset/typeset.ts';
import { FRONT_PAGE, SECOND_PAGE } from '../pdf/fixtures/pages.ts';
import { expectOneLineError, removeTempDirs, ROOT, runInProcess, tempDir, type Run } from '../hostile/helpers.ts';
import { addEdition as addEditionCommand } from '../../src/cli/addEdition.ts';
import { makeFixture } from '../pdf/fixtures/fixtures.ts';

let front: Uint8Array;
let second: Uint8Array;
let both: Uint8Array;

beforeAll(async () => {
  front = (await typeset([FRONT_PAGE], 'SLA01B20240705C')).pdf;
  second = (await typeset([SECOND_PAGE], 'SLA02B20240705C')).pdf;
  both = (await typeset([FRONT_PAGE, SECOND_PAGE], 'demo')).pdf;
}, 60_000);

afterAll(removeTempDirs);

/** A data folder holding paper `demo`, and the given PDFs in an inbox folder beside it. */
function inbox(files: Record<string, Uint8Array>): { data: string; paths: string[]; edition: string } {
  const root = tempDir();
  const data = join(root, 'data');
  mkdirSync(join(data, 'papers', 'demo'), { recursive: true });
  writeFileSync(join(data, 'papers/demo/paper.json'), JSON.stringify({ name: '示例报' }));
  mkdirSync(join(root, 'today'));
  const paths = Object.entries(files).map(([name, bytes]) => {
    writeFileSync(join(root, 'today', name), bytes);
    return join(root, 'today', name);
  });
  return { data, paths, edition: join(data, 'papers/demo/2024-07-05') };
}

const argsOf = (data: string, files: string[], date: string) => ['--data', data, '--paper', 'demo', '--date', date, ...files];

/** The command in this process: the same exit code and lines as the CLI, without a process's start-up. */
const addEdition = (data: string, files: string[], date = '2024-07-05'): Promise<Run> => runInProcess(addEditionCommand, argsOf(data, files, date));

/** `tsx src/cli/add-edition.ts` as a publisher runs it (the first case): the wiring from the process's arguments and streams. */
function spawnAddEdition(data: string, files: string[], date = '2024-07-05'): Promise<Run> {
  const args = [join(ROOT, 'src/cli/add-edition.ts'), ...argsOf(data, files, date)];
  return new Promise((done) => {
    execFile(join(ROOT, 'node_modules/.bin/tsx'), args, { cwd: ROOT, timeout: 60_000, encoding: 'utf8' }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

const manifestOf = (folder: string) => ManifestSchema.parse(JSON.parse(readFileSync(join(folder, 'edition.json'), 'utf8')));

describe('add-edition', () => {
  it('numbers pages from their Founder Title, names them from their header, and says so', async () => {
    const f = inbox({ 'x.pdf': second, 'y.pdf': front });
    const run = await spawnAddEdition(f.data, f.paths);
    expect(run.code).toBe(0);
    expect(manifestOf(f.edition)).toEqual({
      date: '2024-07-05',
      pages: [
        { number: 1, name: '要闻', file: 'y.pdf' },
        { number: 2, name: expect.any(String), file: 'x.pdf' },
      ],
    });
    expect(run.stderr).toContain('第1版 要闻  ← y.pdf: A01 from its Title "SLA01B20240705C", its name from its page header');
    // the PDFs are copied in as they are
    expect(new Uint8Array(readFileSync(join(f.edition, 'y.pdf')))).toEqual(front);
  }, 60_000);

  it('reads the page header when there is no Title, and each page of a PDF of several', async () => {
    const f = inbox({ 'all.pdf': both });
    const run = await addEdition(f.data, f.paths);
    expect(run.code).toBe(0);
    const pages = manifestOf(f.edition).pages;
    expect(pages.map((p) => [p.number, p.file, p.pdfPage])).toEqual([
      [1, 'all.pdf', 1],
      [2, 'all.pdf', 2],
    ]);
    expect(pages[0]!.name).toBe('要闻');
    expect(run.stderr).toMatch(/第1版 要闻 {2}← all\.pdf page 1: 01 from its page header/);
  }, 60_000);

  it('falls back on the file name, and marks a page with no text layer imageOnly, with a note', async () => {
    const f = inbox({ 'A07.pdf': await makeFixture('scan') });
    const run = await addEdition(f.data, f.paths);
    expect(run.code).toBe(0);
    expect(manifestOf(f.edition).pages).toEqual([{ number: 7, file: 'A07.pdf', imageOnly: true }]);
    expect(run.stderr).toMatch(/A07 from its file name/);
    expect(run.stderr).toMatch(/note: A07\.pdf: no text layer.*"imageOnly": true/);
  }, 60_000);

  it('writes edition.json with a final newline, and copies a read-only PDF as a file it can edit, byte for byte', async () => {
    const f = inbox({ 'lswb-2024-07-05-pA01-final.pdf': front });
    chmodSync(f.paths[0]!, 0o444);
    const run = await addEdition(f.data, f.paths);
    expect(run.code).toBe(0);
    expect(readFileSync(join(f.edition, 'edition.json'), 'utf8')).toMatch(/\}\n$/);
    const copy = join(f.edition, 'lswb-2024-07-05-pA01-final.pdf');
    // a normal file as the umask makes it (0644 under the usual 022), owner-writable whatever the source's mode
    expect(statSync(copy).mode & 0o777).toBe(statSync(join(f.data, 'papers/demo/paper.json')).mode & 0o777);
    expect(statSync(copy).mode & 0o200).toBe(0o200);
    expect(new Uint8Array(readFileSync(copy))).toEqual(front);
  }, 60_000);

  it('reads a page label followed by a suffix in the file name', async () => {
    const f = inbox({ 'lswb-2021-03-23-pC01-garbled.pdf': await makeFixture('scan') });
    const run = await addEdition(f.data, f.paths);
    expect(run.code).toBe(0);
    expect(manifestOf(f.edition).pages).toEqual([{ number: 1, file: 'lswb-2021-03-23-pC01-garbled.pdf', imageOnly: true }]);
    expect(run.stderr).toMatch(/C01 from its file name/);
  }, 60_000);

  it.each<[string, () => Promise<Record<string, Uint8Array>>, string, RegExp]>([
    [
      'a page it cannot number',
      async () => ({ 'scan.pdf': await makeFixture('scan') }),
      'scan.pdf',
      /cannot tell which page this is.*name it like A05\.pdf\)$/,
    ],
    ['two files of one page', async () => ({ 'a.pdf': front, 'b.pdf': front }), 'b.pdf', /is page A01 .*and so is a\.pdf/],
    ['another day’s page', async () => ({ 'a.pdf': front }), 'a.pdf', /dates it 2024-07-05, not 2024-07-06/],
    ['a file that is not a PDF', async () => ({ 'a.pdf': new TextEncoder().encode('not a pdf') }), 'a.pdf', /not a PDF/],
  ])(
    'refuses %s in one line, and writes no folder',
    async (name, files, culprit, message) => {
      const f = inbox(await files());
      const date = name.startsWith('another') ? '2024-07-06' : '2024-07-05';
      const run = await addEdition(f.data, f.paths, date);
      const line = expectOneLineError(run, f.paths.find((p) => p.endsWith(culprit)) ?? culprit);
      expect(line).toMatch(message);
      expect(readdirSync(join(f.data, 'papers/demo'))).toEqual(['paper.json']);
    },
    60_000,
  );

  it.each([
    ['2024-02-30', /--date "2024-02-30" is not a calendar date/],
    ['5 July', /--date "5 July" is not a calendar date/],
  ])(
    'refuses the date %j before reading any PDF',
    async (date, message) => {
      const f = inbox({ 'a.pdf': new TextEncoder().encode('not read') });
      expect(expectOneLineError(await addEdition(f.data, f.paths, date), 'add-edition')).toMatch(message);
      expect(readdirSync(join(f.data, 'papers/demo'))).toEqual(['paper.json']);
    },
    60_000,
  );

  it('refuses an edition that is already there, and leaves it as it was', async () => {
    const f = inbox({ 'a.pdf': front });
    mkdirSync(f.edition);
    writeFileSync(join(f.edition, 'edition.json'), '{"kept":true}');
    const run = await addEdition(f.data, f.paths);
    expectOneLineError(run, f.edition);
    expect(readFileSync(join(f.edition, 'edition.json'), 'utf8')).toBe('{"kept":true}');
    expect(existsSync(join(f.edition, 'a.pdf'))).toBe(false);
  }, 60_000);
});
