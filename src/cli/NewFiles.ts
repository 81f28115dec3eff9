import { mkdirSync } from 'node:fs';
import { unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { faultFor } from '../node/faults.ts';

/**
 * A page of a site no reader sees yet (a build's new dist/), written as a new file, in the background: creating
 * files is most of the time on a busy disk, so it runs in libuv's threads while the next page is drawn. (Replacing
 * files by rename made ext4 flush each one first: a third of the time.) A file already there (a copy or a hard
 * link of an older site) is unlinked first, so its other links keep their own content.
 */
export class NewFiles {
  private readonly pending = new Set<Promise<void>>();
  private readonly folders = new Set<string>();
  /** The first write that failed: thrown by the next write() and by done(), so no failure goes unseen. */
  private failed: Error | null = null;

  async write(path: string, text: string): Promise<void> {
    if (this.failed) throw this.failed;
    const folder = dirname(path);
    if (!this.folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.folders.add(folder);
    }
    while (this.pending.size >= 16) await Promise.race(this.pending);
    const fault = faultFor(path);
    const written: Promise<void> = (fault ? Promise.reject(fault) : writeFile(path, text, { flag: 'wx' }))
      .catch(async (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EEXIST') throw error;
        await unlink(path);
        await writeFile(path, text, { flag: 'wx' });
      })
      .catch(async (error: unknown) => {
        // A page half written (the disk full part-way) is not left to look whole.
        await unlink(path).catch(() => undefined);
        this.failed ??= error instanceof Error ? error : new Error(String(error));
      })
      .finally(() => this.pending.delete(written));
    this.pending.add(written);
  }

  /** Every write finished; the first failure is thrown. */
  async done(): Promise<void> {
    await Promise.all(this.pending);
    if (this.failed) throw this.failed;
  }
}
