/**
 * Test hooks for the publishing commands, read from the environment; without these variables they do nothing.
 * test/e2e/publish-crash.spec.ts and test/publish/newFiles.test.ts use them to stop update-site at a named
 * point (and SIGKILL it there) and to make a write fail as a full or read-only disk would.
 *
 *   PUBLISH_PAUSE_AT=<stage>       at that stage, print `paused at <stage>` on stderr and wait for a line on stdin
 *   PUBLISH_FAULT=<CODE>:<text>    the first write of a file whose path holds <text> fails with that errno code
 *                                  (ENOSPC, EROFS, EACCES), as Node's fs would fail it
 */
import { writeFileSync } from 'node:fs';

/** The named points of a publishing run, in order (see src/cli/update-site.ts and src/cli/generations.ts). */
export const STAGES = ['linked', 'data', 'search', 'prerender-page', 'prerendered', 'synced', 'converting', 'switched'] as const;
export type Stage = (typeof STAGES)[number];

/** Pauses at `name` when PUBLISH_PAUSE_AT names it; resumes on a line (or the end) of stdin. */
export async function stage(name: Stage): Promise<void> {
  if (process.env.PUBLISH_PAUSE_AT !== name) return;
  process.stderr.write(`paused at ${name}\n`);
  await new Promise<void>((resume) => {
    // Keeps the event loop alive while the test decides: SIGKILL, or a line to go on.
    const alive = setInterval(() => {}, 1 << 30);
    const done = () => {
      clearInterval(alive);
      process.stdin.pause();
      resume();
    };
    process.stdin.once('data', done);
    process.stdin.once('end', done);
  });
}

/** An error shaped as Node's fs gives it: `code`, `syscall`, `path`. */
function fsError(code: string, syscall: string, path: string): NodeJS.ErrnoException {
  const text: Record<string, string> = { ENOSPC: 'no space left on device', EROFS: 'read-only file system', EACCES: 'permission denied' };
  return Object.assign(new Error(`${code}: ${text[code] ?? 'error'}, ${syscall} '${path}'`), { code, syscall, path, errno: -1 });
}

let faulted = false;

/** The error PUBLISH_FAULT makes the write of `target` fail with (the first such write of the process), or null. */
export function faultFor(target: string): NodeJS.ErrnoException | null {
  const fault = process.env.PUBLISH_FAULT;
  const colon = fault ? fault.indexOf(':') : -1;
  if (!fault || colon <= 0 || faulted || !target.includes(fault.slice(colon + 1))) return null;
  faulted = true;
  return fsError(fault.slice(0, colon), 'write', target);
}

/**
 * Writes `tmp` (to be renamed over `target` by the caller), unless PUBLISH_FAULT makes this write fail (once per
 * process). A failure, real or simulated, names `target`: the file the publisher knows, not its temporary twin.
 */
export function writeFileChecked(tmp: string, data: string | Uint8Array, target: string): void {
  const fault = faultFor(target);
  if (fault) throw fault;
  try {
    writeFileSync(tmp, data);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code) (error as NodeJS.ErrnoException).path = target;
    throw error;
  }
}
