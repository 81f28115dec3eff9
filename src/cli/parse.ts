/**
 * `npm run parse -- FILE`: one raw page → its JSON on stdout (articles at the top level), with the sections
 * the taxonomy in data/taxonomy.json gives them. Bad input: one line on stderr naming the file, exit 1.
 */
import { basename } from 'node:path';
import { ArticleSchema, BannerSchema, ChromeSchema, WarningSchema } from '../schema/edition.ts';
import { assembleEdition } from '../ingest/assembleEdition.ts';
import { parsePage } from '../ingest/parsePage.ts';
import { cliArgs, InputError, runCli } from '../node/InputError.ts';
import { loadTaxonomy } from './loadEdition.ts';
import { readText } from './readText.ts';
import { z } from 'zod';

const PageOutputSchema = z.strictObject({
  file: z.string(),
  articles: z.array(ArticleSchema),
  banners: z.array(BannerSchema),
  chrome: z.array(ChromeSchema),
  warnings: z.array(WarningSchema),
});

await runCli(async () => {
  const usage = 'npm run parse -- FILE [--taxonomy FILE]';
  const { positionals, values } = cliArgs('parse', usage, { allowPositionals: true, options: { taxonomy: { type: 'string', default: 'data/taxonomy.json' } } });
  const file = positionals[0];
  if (file === undefined || positionals.length > 1) throw new InputError('parse', null, `usage: ${usage}`);
  const parsed = parsePage(readText(file));
  const name = basename(file);
  const edition = assembleEdition(
    { slug: 'page', name: 'unknown' },
    { date: '1970-01-01', pages: [{ number: 1, file: name }] },
    [{ number: 1, name: null, file: name, parsed }],
    loadTaxonomy(values.taxonomy),
  );
  const output = PageOutputSchema.parse({ file, articles: edition.articles, banners: edition.banners, chrome: edition.chrome, warnings: edition.warnings });
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
});
