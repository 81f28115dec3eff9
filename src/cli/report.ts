/**
 * `npm run report [-- --strict]`: every parser note, by paper, edition, page and line, so a publisher can read
 * what ingest guessed without opening JSON. --strict exits 1 when there is any a person must fix (a page that
 * contradicts its manifest: noteRules.ts); the parser's sure-enough guesses are listed, not refused.
 */
import { relative, resolve } from 'node:path';
import { mustFix } from '../ingest/noteRules.ts';
import { cliArgs, runCli } from '../node/InputError.ts';
import { listSite, loadPaperEdition } from './loadSite.ts';

await runCli(async () => {
  const { values } = cliArgs('report', 'npm run report [-- --data DIR --strict]', {
    options: { data: { type: 'string', default: 'data' }, strict: { type: 'boolean', default: false } },
  });
  const site = listSite(resolve(values.data));
  let total = 0;
  let toFix = 0;
  const out: string[] = [];
  for (const paper of site.papers) {
    out.push(`${paper.config.name} (${paper.slug})`);
    for (const folder of paper.editions) {
      // the notes only: PDF pages are read, not rendered; a page with no text layer is reported as its note
      const { edition } = await loadPaperEdition(site, paper, folder, { imageOnly: true, images: false });
      out.push(`  ${edition.date}: ${edition.warnings.length === 0 ? 'no notes' : `${edition.warnings.length} note(s)`}`);
      for (const page of edition.pages) {
        const notes = edition.warnings.filter((w) => w.page === page.number);
        if (notes.length === 0) continue;
        out.push(`    第${page.number}版${page.name ? ` ${page.name}` : ''}`);
        for (const w of notes) {
          out.push(`      ${relative(process.cwd(), resolve(folder.folder, w.file))}:${w.line}  ${mustFix(w.message) ? 'TO FIX: ' : ''}${w.message}`);
        }
      }
      total += edition.warnings.length;
      toFix += edition.warnings.filter((w) => mustFix(w.message)).length;
    }
  }
  out.push('', `${total} parser note(s) in ${site.papers.reduce((n, p) => n + p.editions.length, 0)} edition(s), ${toFix} to fix`);
  process.stdout.write(`${out.join('\n')}\n`);
  if (values.strict && toFix > 0) {
    process.stderr.write(`error: --strict: ${toFix} parser note(s) to fix\n`);
    process.exitCode = 1;
  }
});
