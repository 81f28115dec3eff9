/**
 * The one contract between ingest and the reader. Ingest produces these shapes, the build validates them
 * before writing, and the app validates everything it fetches before rendering. Bump SCHEMA_VERSION on any
 * change that an older reader could not read.
 */
import { z } from 'zod';

export const SCHEMA_VERSION = 1;

const text = z.string();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

export const AuthorSchema = z.strictObject({
  name: text.min(1),
  /** 记者, 本报记者, 通讯员 … as printed; null when the page gives none. */
  role: text.nullable(),
  /** What this person contributed when printed: 文/图, 摄. */
  contribution: text.nullable(),
});

export const BlockSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('paragraph'), text: text.min(1) }),
  z.strictObject({ type: z.literal('heading'), text: text.min(1) }),
  z.strictObject({ type: z.literal('figure'), caption: text, credit: text.nullable() }),
]);

export const SourceRangeSchema = z.strictObject({
  /** The raw page file, relative to the edition folder. */
  file: text,
  startLine: z.number().int().min(1),
  endLine: z.number().int().min(1),
});

export const SectionSchema = z.strictObject({
  /** URL-safe identifier, stable across editions. */
  slug: z.string().regex(/^[a-z0-9-]+$|^[^\s/?#%]+$/, 'slug must be URL-safe'),
  name: text.min(1),
});

export const PageSchema = z.strictObject({
  number: z.number().int().min(1),
  name: text.nullable(),
});

export const WarningSchema = z.strictObject({
  file: text,
  line: z.number().int().min(1),
  message: text.min(1),
});

/** A series or column banner that stood on the page with no article under it (a story continued elsewhere). */
export const BannerSchema = z.strictObject({
  text: text.min(1),
  page: z.number().int().min(1),
  source: SourceRangeSchema,
});

export const ArticleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  page: z.number().int().min(1),
  /** story: a `#`-level article; brief: a short `##`-level item (简讯). */
  kind: z.enum(['story', 'brief']),
  kicker: text.nullable(),
  /** Empty only when the page printed text with no headline above it. */
  headline: text,
  subheadline: text.nullable(),
  series: text.nullable(),
  /** The byline exactly as printed, markup aside: `记者 宋雪 文/图`, `(羊科 记者 杨心梅)`. */
  byline: text.nullable(),
  authors: z.array(AuthorSchema),
  /** As printed: `本报讯`, `【新华社延安十四日电】`, `新华社北京1月2日电`. */
  dateline: text.nullable(),
  sections: z.array(text.min(1)).min(1),
  blocks: z.array(BlockSchema),
  source: SourceRangeSchema,
});

export const EditionSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  paper: text.min(1),
  date: isoDate,
  /** Free text from the manifest: how sure the date is, where the pages came from. */
  note: text.nullable(),
  pages: z.array(PageSchema).min(1),
  sections: z.array(SectionSchema),
  articles: z.array(ArticleSchema),
  banners: z.array(BannerSchema),
  warnings: z.array(WarningSchema),
});

/** What the front page needs of an article: everything but the body. */
export const ArticleSummarySchema = ArticleSchema.omit({ blocks: true, source: true }).extend({
  summary: text,
  /** Characters of body text, for reading time. */
  length: z.number().int().min(0),
  figures: z.number().int().min(0),
});

export const EditionIndexSchema = EditionSchema.omit({ articles: true, warnings: true }).extend({
  articles: z.array(ArticleSummarySchema),
});

export const EditionListSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** Latest first. */
  editions: z.array(
    z.strictObject({
      date: isoDate,
      paper: text.min(1),
      pages: z.array(PageSchema).min(1),
      articleCount: z.number().int().min(0),
    }),
  ),
});

/** One article file as the app fetches it: the article plus where it sits in its edition. */
export const ArticleFileSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  date: isoDate,
  paper: text.min(1),
  article: ArticleSchema,
});

export type Author = z.infer<typeof AuthorSchema>;
export type Block = z.infer<typeof BlockSchema>;
export type SourceRange = z.infer<typeof SourceRangeSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type Page = z.infer<typeof PageSchema>;
export type IngestWarning = z.infer<typeof WarningSchema>;
export type Banner = z.infer<typeof BannerSchema>;
export type Article = z.infer<typeof ArticleSchema>;
export type Edition = z.infer<typeof EditionSchema>;
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;
export type EditionIndex = z.infer<typeof EditionIndexSchema>;
export type EditionList = z.infer<typeof EditionListSchema>;
export type ArticleFile = z.infer<typeof ArticleFileSchema>;
