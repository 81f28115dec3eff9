/**
 * A worker process of the prerenderer (src/cli/renderPaths.ts): draws the batches of pages it is sent, answers each
 * with the number written, and ends when its parent disconnects.
 */
import { renderPages, type RenderJob } from './renderPages.ts';

let busy = false;
process.on('message', (job: RenderJob) => {
  busy = true;
  renderPages(job).then(
    (pages) => {
      busy = false;
      process.send!({ pages });
    },
    (error: unknown) => process.send!({ error: error instanceof Error ? error.message : String(error) }),
  );
});
// The parent disconnects when there is no batch left; gone in the middle of one (killed), this worker stops too,
// rather than go on writing into a folder the next run will remove.
process.on('disconnect', () => process.exit(busy ? 1 : 0));
