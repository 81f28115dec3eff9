/**
 * Edition + its raw page files → each article's 原文 file (src/schema/articleSource.ts). Pure: the caller reads
 * the files and passes their lines.
 */
import { ArticleSourceSchema, type ArticleSource } from '../schema/articleSource.ts';
import { dataPaths } from '../schema/dataPaths.ts';
import { SCHEMA_VERSION, type Edition } from '../schema/edition.ts';
import { readerNote } from './noteRules.ts';

/** `linesOf(file)`: the lines of a raw page file named as the edition names it (relative to its folder). */
export function articleSourceFiles(edition: Edition, linesOf: (file: string) => readonly string[]): Map<string, ArticleSource> {
  const files = new Map<string, ArticleSource>();
  for (const article of edition.articles) {
    const { file, startLine, endLine } = article.source;
    const notes = edition.warnings
      .filter((warning) => warning.file === file && warning.line >= startLine && warning.line <= endLine)
      .map(({ line, message }) => ({ line, message: readerNote(message) })); // for a reader: in Chinese
    files.set(
      dataPaths.articleSource(edition.paper.slug, edition.date, article.id),
      ArticleSourceSchema.parse({ schemaVersion: SCHEMA_VERSION, file, startLine, lines: linesOf(file).slice(startLine - 1, endLine), notes }),
    );
  }
  return files;
}
