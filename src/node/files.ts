/**
 * How the Node side writes what a site serves: a file, or a whole folder, replaced in one rename, so a reader (or
 * a host syncing the folder) meets the old version or the new one, never half of one. Writes go through
 * writeFileChecked, so the fault hooks (faults.ts) can fail them as a full disk would.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { writeFileChecked } from './faults.ts';

/** Writes beside the target and renames over it. */
export function writeFileAtomically(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileChecked(tmp, data, path);
  renameSync(tmp, path);
}

/** Puts a fully written folder in place of `target` (two renames), then removes the old one. */
export function swapFolderIn(staging: string, target: string): void {
  const old = `${target}.old-${process.pid}`;
  rmSync(old, { recursive: true, force: true });
  if (existsSync(target)) renameSync(target, old);
  renameSync(staging, target);
  rmSync(old, { recursive: true, force: true });
}

/** Text for HTML or XML, in element content or a quoted attribute. */
export function escapeMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
