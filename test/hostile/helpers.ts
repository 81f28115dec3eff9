/** Temp fixtures and CLI runs for the hostile-input tests. Every folder is made under os.tmpdir() and removed. */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { InputError, runCommand, type CliIO } from '../../src/node/InputError.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
export const SEED_FOLDER = join(ROOT, 'data/papers/lsrb/2024-07-05');
export const SEED_PAGE = 'leshan-daily-2024-07-05.txt';
/** The seed's paper, as loadEdition takes it. */
export const SEED_PAPER = { slug: 'lsrb', name: '乐山日报' };
export const SEED_MANIFEST = JSON.parse(readFileSync(join(SEED_FOLDER, 'edition.json'), 'utf8')) as Record<string, unknown>;

const made: string[] = [];

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a command's main in this process, as its CLI would run it (src/node/InputError.ts runCommand), capturing
 * what it writes: the same exit code and lines as a spawned `tsx src/cli/…`, without a process's start-up.
 */
export async function runInProcess(command: (args: string[], io: CliIO) => Promise<void>, args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text) };
  const code = await runCommand(() => command(args, io), io);
  return { code, stdout, stderr };
}

/** Runs `tsx src/cli/<script>` as a publisher would, with a time limit: a hang fails the test, not the suite. */
export function runCli(script: 'parse.ts' | 'ingest.ts' | 'update-site.ts' | 'report.ts' | 'serve.ts', args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(
      TSX,
      [join(ROOT, 'src/cli', script), ...args],
      { cwd: ROOT, timeout: 60_000, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

/** The one-line error contract: exit 1, exactly one stderr line `error: …` naming `names`, and no stack. */
export function expectOneLineError(run: Run, names: string, line?: number): string {
  expect(run.code).toBe(1);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.stderr.endsWith('\n')).toBe(true);
  const lines = run.stderr.slice(0, -1).split('\n');
  expect(lines).toHaveLength(1);
  const [only] = lines as [string];
  expect(only.startsWith(`error: ${names}${line === undefined ? '' : `:${line}`}`)).toBe(true);
  expect(run.stdout).toBe('');
  return only;
}

/** What runCli would print for an InputError thrown by `fn`; fails the test when `fn` throws anything else or nothing. */
export function errorLine(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return `error: ${error.message}`;
    throw error;
  }
  throw new Error('expected an InputError, but nothing was thrown');
}

export interface EditionFixture {
  data: string;
  folder: string;
  manifest: string;
  out: string;
  sentinel: string;
}

/**
 * A data folder with the seed taxonomy and one edition: the manifest (an object, or raw text) and the page files
 * given (Buffer or string). An `out` folder holding a sentinel file stands next to it, as a previous build would.
 */
export function editionFixture(
  manifest: Record<string, unknown> | string,
  pages: Record<string, string | Uint8Array>,
  date = '2024-07-05',
): EditionFixture {
  const root = tempDir();
  const data = join(root, 'data');
  const folder = join(data, 'papers', 'lsrb', date);
  mkdirSync(folder, { recursive: true });
  cpSync(join(ROOT, 'data/taxonomy.json'), join(data, 'taxonomy.json'));
  cpSync(join(ROOT, 'data/papers/lsrb/paper.json'), join(data, 'papers', 'lsrb', 'paper.json'));
  const manifestFile = join(folder, 'edition.json');
  writeFileSync(manifestFile, typeof manifest === 'string' ? manifest : `${JSON.stringify(manifest, null, 2)}\n`);
  for (const [name, content] of Object.entries(pages)) writeFileSync(join(folder, name), content);
  const out = join(root, 'out');
  mkdirSync(out);
  const sentinel = join(out, 'previous-build.json');
  writeFileSync(sentinel, '{"kept":true}');
  return { data, folder, manifest: manifestFile, out, sentinel };
}

/** The out folder as a previous build left it: only the sentinel, unchanged; and no temp folder beside it. */
export function expectOutUntouched(f: EditionFixture): void {
  expect(readdirSync(f.out)).toEqual(['previous-build.json']);
  expect(readFileSync(f.sentinel, 'utf8')).toBe('{"kept":true}');
  expect(readdirSync(join(f.out, '..')).filter((n) => n.startsWith('out.'))).toEqual([]);
}

/** A data folder holding the seed paper (taxonomy and paper.json) and no edition yet. */
export function seedDataFolder(): string {
  const data = join(tempDir(), 'data');
  mkdirSync(join(data, 'papers', 'lsrb'), { recursive: true });
  cpSync(join(ROOT, 'data/taxonomy.json'), join(data, 'taxonomy.json'));
  cpSync(join(ROOT, 'data/papers/lsrb/paper.json'), join(data, 'papers/lsrb/paper.json'));
  return data;
}

/** The seed edition again under another date (its lead under another headline when given); returns its folder. */
export function addSeedEdition(data: string, date: string, headline?: string, paper = 'lsrb'): string {
  const folder = join(data, 'papers', paper, date);
  cpSync(SEED_FOLDER, folder, { recursive: true });
  const manifest = join(folder, 'edition.json');
  writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('"2024-07-05"', `"${date}"`));
  if (headline !== undefined) {
    const page = join(folder, SEED_PAGE);
    writeFileSync(page, readFileSync(page, 'utf8').replace('产业筑基', headline));
  }
  return folder;
}

export function seedText(): string {
  return readFileSync(join(SEED_FOLDER, SEED_PAGE), 'utf8');
}

export { existsSync, join };
