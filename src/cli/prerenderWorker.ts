/**
 * A worker process of the prerenderer (src/cli/prerender.ts): draws the batches of pages it is sent, answers each
 * with the number written, and ends when its parent disconnects.
 */
import { renderPages, type RenderJob } from './prerender.ts';

process.on('message', (job: RenderJob) => {
  renderPages(job).then(
    (pages) => process.send!({ pages }),
    (error: unknown) => process.send!({ error: error instanceof Error ? error.message : String(error) }),
  );
});
