/** Adds each article's 原文 file (src/ingest/articleSources.ts) to an edition's files, reading its raw pages once. */
import { join } from 'node:path';
import type { Edition } from '../schema/edition.ts';
import { articleSourceFiles } from '../ingest/articleSources.ts';
import { readText } from './readText.ts';

/** `texts`: the PDF pages' text as read, by the source name articles give (`A05.pdf`): not files to read. */
export function addSourceFiles(
  files: Map<string, unknown>,
  edition: Edition,
  folder: string,
  texts: ReadonlyMap<string, string[]> = new Map(),
): void {
  const read = new Map<string, string[]>(texts);
  const linesOf = (file: string) => {
    let lines = read.get(file);
    if (!lines) {
      lines = readText(join(folder, file)).split(/\r\n|\r|\n/);
      read.set(file, lines);
    }
    return lines;
  };
  for (const [path, value] of articleSourceFiles(edition, linesOf)) files.set(path, value);
}
