/** Making a generation durable on disk before it is published (src/cli/generations.ts). */
import { spawnSync } from 'node:child_process';
import { closeSync, fsyncSync, openSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Makes everything in `dir` durable before it is published. One syncfs(2) of its file system (`sync -f`, GNU
 * coreutils): at ten years a generation holds some 250,000 files in 25,000 folders, and an fsync of each new file
 * and every folder took tens of seconds. Where `sync -f` is not to be had (macOS, BusyBox), file by file.
 */
export function syncGeneration(dir: string): void {
  const synced = spawnSync('sync', ['-f', dir], { stdio: 'ignore' });
  if (synced.error || synced.status !== 0) syncNewFiles(dir);
}

/** fsync of the files this run wrote (those not linked to the generation before: one link) and of every folder. */
function syncNewFiles(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) syncNewFiles(path);
    else if (entry.isFile() && statSync(path).nlink === 1) syncFile(path);
  }
  syncFolder(dir);
}

function syncFile(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export function syncFolder(path: string): void {
  try {
    syncFile(path);
  } catch (error) {
    // Some systems refuse fsync on a folder (EISDIR, EINVAL): renames there are ordered by the file system itself.
    if (!['EISDIR', 'EINVAL', 'EPERM', 'EBADF'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
  }
}
