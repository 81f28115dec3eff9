/** A lock file for the commands that write a published site: one writer at a time, never interleaved. */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { InputError } from './InputError.ts';

/**
 * Runs `run` holding `lockFile` (created exclusively, holding our process id). A second run refuses at once with
 * a message naming what holds it; a lock left by a process that is gone (killed) is taken over.
 */
export async function withLock<T>(lockFile: string, holding: string, run: () => Promise<T>): Promise<T> {
  let fd: number;
  try {
    mkdirSync(dirname(lockFile), { recursive: true });
    fd = openSync(lockFile, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw diskError(error, lockFile);
    const holder = readFileSync(lockFile, 'utf8').trim();
    if (holder && !isAlive(Number(holder))) {
      rmSync(lockFile, { force: true });
      return withLock(lockFile, holding, run);
    }
    throw new InputError(lockFile, null, `another process (${holder || '?'}) is ${holding}; wait for it to finish`);
  }
  writeSync(fd, String(process.pid));
  closeSync(fd);
  try {
    return await run();
  } finally {
    rmSync(lockFile, { force: true });
  }
}

/** Whether a process of this id runs (one this user may signal). */
export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const DISK_ERRORS: Record<string, string> = {
  ENOSPC: 'no space left on the device (ENOSPC)',
  EDQUOT: 'the disk quota is used up (EDQUOT)',
  EROFS: 'the file system is read-only (EROFS)',
  EACCES: 'permission denied (EACCES): the folder is not writable by this user',
  EPERM: 'operation not permitted (EPERM): the folder is not writable by this user',
};

/**
 * A full disk or a folder we may not write to, as one line naming the file (an InputError; `fallback` when the
 * error names none); any other error as it was.
 */
export function diskError(error: unknown, fallback: string): unknown {
  const { code, path } = error as NodeJS.ErrnoException;
  const what = code ? DISK_ERRORS[code] : undefined;
  if (!what) return error;
  return new InputError(path ?? fallback, null, `cannot write: ${what}; nothing was published, the site is left as it was: fix that and run again`);
}
