/**
 * The pool of worker processes that draws a large site's pages: one per core, since drawing a page is all CPU. A
 * small batch (update-site's few pages, a test's site) is drawn in this process, where starting workers would cost
 * more than it saves.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { renderPages, type RenderJob } from './renderPages.ts';

/** Below this many pages the pages are drawn in this process; above it, by one worker process per core. */
const POOL_MIN_PAGES = 400;
/** Paths a worker is handed at a time: consecutive paths are mostly one edition's, whose files stay warm. */
const BATCH = 200;

/** Draws the paths, in workers when there are enough of them; returns the number of pages written. */
export function renderPaths(job: Omit<RenderJob, 'paths'>, paths: readonly string[]): Promise<number> {
  const workers = Math.min(availableParallelism(), Math.ceil(paths.length / BATCH));
  return paths.length >= POOL_MIN_PAGES && workers > 1 ? renderInWorkers(job, paths, workers) : renderPages({ ...job, paths });
}

/**
 * Draws the paths in `count` worker processes (src/cli/prerenderWorker.ts), handing each a batch at a time until
 * none are left. A worker's error stops them all and is thrown here.
 */
function renderInWorkers(job: Omit<RenderJob, 'paths'>, paths: readonly string[], count: number): Promise<number> {
  const batches: string[][] = [];
  for (let i = 0; i < paths.length; i += BATCH) batches.push(paths.slice(i, i + BATCH));
  const workerFile = fileURLToPath(new URL('./prerenderWorker.ts', import.meta.url));
  const children: ChildProcess[] = [];
  return new Promise<number>((done, fail) => {
    let pages = 0;
    let running = count;
    let failure: Error | null = null;
    // Stops every worker, and fails once they have all exited: the caller then removes the folder they wrote in.
    const stop = (error: Error) => {
      if (failure) return;
      failure = error;
      for (const child of children) child.kill();
    };
    const exited = () => {
      if (--running > 0) return;
      if (failure) fail(failure);
      else if (pages !== paths.length) fail(new Error(`prerender: the workers drew ${pages} of ${paths.length} pages`));
      else done(pages);
    };
    const next = (child: ChildProcess) => {
      const batch = batches.shift();
      if (batch) child.send({ ...job, paths: batch } satisfies RenderJob);
      else child.disconnect();
    };
    for (let i = 0; i < count; i++) {
      // The worker runs with this process's flags (tsx's loader), in React's production mode.
      const child = fork(workerFile, { env: { ...process.env, NODE_ENV: 'production' }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      children.push(child);
      child.on('message', (message: { pages?: number; error?: string }) => {
        if (message.error !== undefined) return stop(new Error(message.error));
        pages += message.pages ?? 0;
        next(child);
      });
      child.on('error', (error) => stop(error));
      child.on('exit', (code, signal) => {
        if (code !== 0 || signal) stop(new Error(`prerender: a worker stopped (${signal ?? `exit code ${code}`})`));
        exited();
      });
      next(child);
    }
  });
}
