/**
 * One article's 原文: the raw lines of the page file it was parsed from (its `source` range) and the parser's
 * notes on those lines. A file of its own beside the article, so the article itself stays small and only a
 * reader who opens 原文 downloads the raw text.
 */
import { z } from 'zod/mini';
import { SCHEMA_VERSION } from './edition.ts';

export const ArticleSourceSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** The raw page file, relative to the edition folder. */
  file: z.string(),
  /** The line number of `lines[0]` in that file. */
  startLine: z.int().check(z.gte(1)),
  lines: z.array(z.string()),
  /** The parser's notes (edition.json `warnings`) on these lines, in Chinese for the reader (src/ingest/noteRules.ts). */
  notes: z.array(z.strictObject({ line: z.int().check(z.gte(1)), message: z.string().check(z.minLength(1)) })),
});

export type ArticleSource = z.infer<typeof ArticleSourceSchema>;
