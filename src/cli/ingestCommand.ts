/**
 * `npm run ingest [-- --strict]`: every paper and edition under data/papers → the reader's JSON in public/data,
 * with the file layout of src/schema/dataPaths.ts. Everything is validated before it is written; output goes to
 * a temporary folder that replaces the old one only when all of it is written. A page PDF that cannot be read
 * stops it; --image-only publishes a page with no usable text layer (a scan) as its image alone, with a note.
 * src/cli/ingest.ts runs it on the process's streams; tests run it in-process.
 */
import { resolve } from 'node:path';
import { cliArgs, type CliIO } from '../node/InputError.ts';
import { publishAll } from './publish.ts';

export async function ingest(args: string[], io: CliIO): Promise<void> {
  const { values } = cliArgs('ingest', 'npm run ingest [-- --data DIR --out DIR --strict --image-only]', {
    args,
    options: {
      data: { type: 'string', default: 'data' },
      out: { type: 'string', default: 'public/data' },
      strict: { type: 'boolean', default: false },
      'image-only': { type: 'boolean', default: false },
    },
  });
  const summary = await publishAll({
    dataDir: resolve(values.data),
    outDir: resolve(values.out),
    strict: values.strict,
    imageOnly: values['image-only'],
  });
  io.stderr(
    `ingest: ${summary.papers} paper(s), ${summary.editions} edition(s), ${summary.articles} articles, ${summary.notes} parser notes` +
      `${summary.notes ? ' (npm run report lists them)' : ''} → ${values.out}\n`,
  );
}
