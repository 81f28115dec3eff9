/** A lock file for the commands that write a published site: one writer at a time, never interleaved. */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { InputError } from './InputError.ts';

/**
 * Runs `run` holding `lockFile` (created exclusively, holding our process id). A second run refuses at once with
 * a message naming what holds it; a lock left by a process that is gone (killed) is taken over.
 */
export async function withLock<T>(lockFile: string, holding: string, run: () => Promise<T>): Promise<T> {
  mkdirSync(dirname(lockFile), { recursive: true });
  let fd: number;
  try {
    fd = openSync(lockFile, 'wx');
  } catch {
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

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
