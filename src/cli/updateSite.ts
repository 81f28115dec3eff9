/**
 * `npm run update-site [-- --data DIR --dist DIR --strict]` (src/cli/update-site.ts runs it): the publisher's daily step. Adds or updates the
 * editions whose files changed in an already-built site, without typechecking or bundling the app: drop the
 * day's pages into data/papers/<slug>/<date>/, run this, deploy dist/.
 *
 * It never writes into the site being served: it makes the next generation of dist/ (hard links to the current
 * one), writes the data, the search index and the pages into that, and switches dist/ to it with one rename
 * (src/cli/generations.ts). Killed at any moment, dist/ is the old site or the new one; a rerun finishes the job.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cliArgs, type CliIO } from '../node/InputError.ts';
import { stage } from '../node/faults.ts';
import { beginGeneration, commitGeneration, discardGeneration, tidyGenerations } from './generations.ts';
import { checkPrerenderer } from './prerender.ts';
import { prerenderChanges } from './prerenderChanges.ts';
import { diskError, withLock } from '../node/lock.ts';
import { publishUpdate, updatePending, type PublishSummary } from './publish.ts';
import { requirePublished } from './publishState.ts';
import { buildSiteSearch, searchDirOf, type SiteSearchReport } from './siteSearch.ts';

const NO_SEARCH: SiteSearchReport = { shards: [], full: false, documents: 0, ms: 0 };
const NOTHING: PublishSummary = {
  papers: 0,
  editions: 0,
  parsed: 0,
  articles: 0,
  notes: 0,
  removed: 0,
  filesWritten: 0,
  touched: [],
  removedEditions: [],
  removedPapers: [],
  years: [],
  indexed: [],
};

/** The command, given its arguments and where to write; throws InputError on bad input (runCommand reports it). */
export async function updateSite(args: string[], io: CliIO): Promise<void> {
  const { values } = cliArgs('update-site', 'npm run update-site [-- --data DIR --dist DIR --strict --data-only --image-only]', {
    args,
    options: {
      data: { type: 'string', default: 'data' },
      dist: { type: 'string', default: 'dist' },
      strict: { type: 'boolean', default: false },
      'data-only': { type: 'boolean', default: false },
      'image-only': { type: 'boolean', default: false },
    },
  });
  const dist = resolve(values.dist);
  const started = performance.now();
  const { summary, search, pages, withPages } = await withLock(`${dist}.lock`, 'running update-site on this site', async () => {
    // First what a killed run left: dist/ put back if a kill took it mid-switch, its half-written generation removed.
    tidyGenerations(dist);
    requirePublished(join(dist, 'data'));
    // The search index always; the changed pages where the site has the app (a data-only folder has no pages).
    // --data-only writes the data alone (data for other tools, or a benchmark of the data step).
    const withPages = existsSync(join(dist, 'index.html'));
    if (withPages && !values['data-only']) checkPrerenderer(dist);
    // A day with nothing new: no new generation (linking and removing a large site's files costs seconds).
    const { pending, editions } = updatePending({ dataDir: resolve(values.data), outDir: join(dist, 'data') });
    if (!pending) return { summary: { ...NOTHING, editions }, search: NO_SEARCH, pages: 0, withPages };
    const next = await beginGeneration(dist);
    try {
      // Data first, then the search index and the pages drawn from it, all into the next generation.
      const published = await publishUpdate({
        dataDir: resolve(values.data),
        outDir: join(next.dir, 'data'),
        strict: values.strict,
        imageOnly: values['image-only'],
      });
      await stage('data');
      if (published.parsed === 0 && published.removed === 0) {
        discardGeneration(next);
        return { summary: published, search: NO_SEARCH, pages: 0, withPages };
      }
      const indexed = !values['data-only']
        ? await buildSiteSearch(join(next.dir, 'data'), searchDirOf(join(next.dir, 'data')), published.indexed)
        : NO_SEARCH;
      await stage('search');
      const rendered = withPages && !values['data-only'] ? (await prerenderChanges(next.dir, published)).pages : 0;
      await stage('prerendered');
      await commitGeneration(next);
      return { summary: published, search: indexed, pages: rendered, withPages };
    } catch (error) {
      discardGeneration(next);
      throw diskError(error, dist);
    }
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  io.stderr(
    summary.parsed === 0 && summary.removed === 0
      ? `update-site: nothing changed in ${summary.editions} edition(s) (${seconds} s)\n`
      : `update-site: ${summary.parsed} edition(s) parsed, ${summary.removed} removed, ${summary.filesWritten} files written, ${withPages ? `${pages} pages rendered, ` : ''}` +
          `${summary.notes} parser notes${summary.notes ? ' (npm run report lists them)' : ''} (${seconds} s) → ${values.dist}\n`,
  );
  if (search.shards.length > 0)
    io.stderr(
      `search: ${search.full ? 'every shard' : search.shards.map((s) => (s.reused ? `${s.id} (unchanged)` : s.id)).join(', ')} re-indexed (${search.documents} ${search.documents === 1 ? 'article' : 'articles'}, ${(search.ms / 1000).toFixed(1)} s)\n`,
    );
}
