/**
 * A generation's copy of the site made of hard links (src/cli/generations.ts): made afresh, or brought up to date
 * from an older copy by comparing folders changed since a time. No byte is copied but across file systems.
 */
import { copyFileSync, linkSync, lstatSync, mkdirSync, readdirSync, readlinkSync, rmSync, symlinkSync, type Dirent, type Stats } from 'node:fs';
import { join } from 'node:path';

/** The entry at `path` (not followed if a link), or null when there is none. */
export function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Brings the folder `to` (a copy of `from` as it was when `from`'s run began) up to `from`: every folder of `from`
 * whose status changed since `since` has its entries compared with `to`'s (same inode: the same file; else linked
 * again), and every other folder is the same in both but for its sub-folders, which are visited in turn.
 */
export function catchUp(from: string, to: string, since: number): void {
  const entries = readdirSync(from, { withFileTypes: true });
  if (lstatSync(from).ctimeMs < since) {
    for (const entry of entries) {
      if (!entry.isDirectory()) continue;
      const target = join(to, entry.name);
      if (lstatOrNull(target)?.isDirectory()) catchUp(join(from, entry.name), target, since);
      else replaceWith(entry, join(from, entry.name), target); // not as recorded: made again
    }
    return;
  }
  const names = new Set(entries.map((entry) => entry.name));
  for (const name of readdirSync(to)) if (!names.has(name)) rmSync(join(to, name), { recursive: true, force: true });
  for (const entry of entries) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    const there = lstatOrNull(target);
    if (entry.isDirectory()) {
      if (there?.isDirectory()) catchUp(source, target, since);
      else replaceWith(entry, source, target);
    } else if (entry.isSymbolicLink()) {
      if (!there?.isSymbolicLink() || readlinkSync(target) !== readlinkSync(source)) replaceWith(entry, source, target);
    } else if (!there?.isFile() || !sameFile(source, target)) {
      replaceWith(entry, source, target);
    }
  }
}

/** Two names of one file (a hard link): the same device and inode, read as bigints (a 64-bit inode number may not fit a double). */
function sameFile(a: string, b: string): boolean {
  const [x, y] = [lstatSync(a, { bigint: true }), lstatSync(b, { bigint: true })];
  return x.ino === y.ino && x.dev === y.dev;
}

/** `target` (whatever is there, if anything) made again from `source`: a folder linked afresh, a link, a file. */
function replaceWith(entry: Dirent, source: string, target: string): void {
  rmSync(target, { recursive: true, force: true });
  if (entry.isDirectory()) linkTree(source, target);
  else linkEntry(entry, source, target);
}

/** Every folder recreated and every file hard-linked (copied only across file systems, where links cannot go). */
export function linkTree(from: string, to: string): void {
  mkdirSync(to);
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) linkTree(source, target);
    else linkEntry(entry, source, target);
  }
}

/** A symbolic link made again, or a file hard-linked (copied across file systems, where links cannot go). */
function linkEntry(entry: Dirent, source: string, target: string): void {
  if (entry.isSymbolicLink()) {
    symlinkSync(readlinkSync(source), target);
    return;
  }
  try {
    linkSync(source, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV' && (error as NodeJS.ErrnoException).code !== 'EPERM') throw error;
    copyFileSync(source, target);
  }
}
