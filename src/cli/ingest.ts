/**
 * `npm run ingest`: every edition folder under data/editions → static JSON for the app, in public/data:
 *   editions.json                 the archive's list, latest first
 *   <date>/index.json             the front page: every article but its body
 *   <date>/articles/<id>.json     one article body each, fetched on demand
 *   <date>/edition.json           the whole edition, for other tools
 * Everything is validated before it is written; output goes to a temporary folder that replaces the old one
 * only when all of it is written, so a bad edition leaves the previous output as it was.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  ArticleFileSchema,
  EditionIndexSchema,
  EditionListSchema,
  SCHEMA_VERSION,
  type Edition,
} from '../schema/edition.ts';
import { summarize } from '../ingest/summarize.ts';
import { cliArgs, InputError, runCli } from './InputError.ts';
import { loadEdition, loadTaxonomy } from './loadEdition.ts';

await runCli(async () => {
  const { values } = cliArgs('ingest', 'npm run ingest [-- --data DIR --out DIR]', {
    options: { data: { type: 'string', default: 'data' }, out: { type: 'string', default: 'public/data' } },
  });
  const dataDir = resolve(values.data);
  const outDir = resolve(values.out);
  const editionsDir = join(dataDir, 'editions');
  if (!existsSync(editionsDir)) throw new InputError(editionsDir, null, 'no such folder: put each edition in data/editions/<YYYY-MM-DD>/');
  const taxonomy = loadTaxonomy(join(dataDir, 'taxonomy.json'));
  const folders = readdirSync(editionsDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  if (folders.length === 0) throw new InputError(editionsDir, null, 'holds no edition folder');

  const editions: Edition[] = [];
  for (const folder of folders) {
    const edition = loadEdition(join(editionsDir, folder), taxonomy);
    const twin = editions.find((e) => e.date === edition.date);
    if (twin) throw new InputError(join(editionsDir, folder, 'edition.json'), null, `date ${edition.date} is already the date of another edition folder`);
    editions.push(edition);
  }
  editions.sort((a, b) => b.date.localeCompare(a.date));

  const files = new Map<string, unknown>();
  files.set(
    'editions.json',
    EditionListSchema.parse({
      schemaVersion: SCHEMA_VERSION,
      editions: editions.map((e) => ({ date: e.date, paper: e.paper, pages: e.pages, articleCount: e.articles.length })),
    }),
  );
  for (const e of editions) {
    const { articles, chrome: _chrome, warnings: _warnings, ...meta } = e;
    files.set(`${e.date}/index.json`, EditionIndexSchema.parse({ ...meta, articles: articles.map(summarize) }));
    files.set(`${e.date}/edition.json`, e);
    for (const article of articles) {
      files.set(`${e.date}/articles/${article.id}.json`, ArticleFileSchema.parse({ schemaVersion: SCHEMA_VERSION, date: e.date, paper: e.paper, article }));
    }
  }

  const tmp = `${outDir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  try {
    for (const [name, value] of files) {
      const path = join(tmp, name);
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, JSON.stringify(value));
    }
    const old = `${outDir}.old-${process.pid}`;
    if (existsSync(outDir)) renameSync(outDir, old);
    renameSync(tmp, outDir);
    rmSync(old, { recursive: true, force: true });
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
  const warnings = editions.reduce((n, e) => n + e.warnings.length, 0);
  const articles = editions.reduce((n, e) => n + e.articles.length, 0);
  process.stderr.write(`ingest: ${editions.length} edition(s), ${articles} articles, ${warnings} parser notes → ${values.out}\n`);
});
