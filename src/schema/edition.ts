/**
 * The one contract between ingest and the reader. Ingest produces these shapes and validates them before
 * writing; the prerenderer validates every file it draws a page from; the browser checks each file's
 * schemaVersion (src/schema/version.ts) and leaves zod out of its first view. Bump SCHEMA_VERSION on any change
 * that an older reader could not read.
 */
import { z } from 'zod/mini';
import { SCHEMA_VERSION } from './version.ts';

export { SCHEMA_VERSION };

const text = z.string();
const nonEmpty = z.string().check(z.minLength(1));
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'));
const lineNumber = z.int().check(z.gte(1));
const count = z.int().check(z.gte(0));
/** A URL path segment we write ourselves: lower-case letters, digits and hyphens. */
const slug = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a slug of a-z, 0-9 and -'));

/** Which paper an edition belongs to: its slug (the first URL segment) and its printed name. */
export const PaperRefSchema = z.strictObject({
  slug,
  name: nonEmpty,
});

export const AuthorSchema = z.strictObject({
  name: nonEmpty,
  /** 记者, 本报记者, 通讯员 … as printed; null when the page gives none. */
  role: z.nullable(text),
  /** What this person contributed when printed: 文/图, 摄. */
  contribution: z.nullable(text),
});

/** A rectangle on a printed page, as fractions of the page's width and height, origin top-left. */
export const RectSchema = z.strictObject({
  x: z.number().check(z.gte(0), z.lte(1)),
  y: z.number().check(z.gte(0), z.lte(1)),
  w: z.number().check(z.gte(0), z.lte(1)),
  h: z.number().check(z.gte(0), z.lte(1)),
});

/** One encoded file of an image: its path under the data folder (dataPaths) and its pixel width. */
export const ImageFileSchema = z.strictObject({
  path: nonEmpty,
  width: z.int().check(z.gte(1)),
  bytes: count,
});

/**
 * An image cut from or rendered off a printed page, at several widths (smallest first). `width`/`height` are the
 * largest file's pixels, so a view can reserve the box before the image loads.
 */
export const ImageSchema = z.strictObject({
  width: z.int().check(z.gte(1)),
  height: z.int().check(z.gte(1)),
  files: z.array(ImageFileSchema).check(z.minLength(1)),
});

export const BlockSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('paragraph'), text: nonEmpty }),
  z.strictObject({ type: z.literal('heading'), text: nonEmpty }),
  z.strictObject({
    type: z.literal('figure'),
    caption: text,
    credit: z.nullable(text),
    /** The photo as the printed page showed it (PDF pages only); a text page's figure is a caption alone. */
    image: z.optional(ImageSchema),
    /** Where the photo stands on its page. */
    area: z.optional(RectSchema),
  }),
]);

export const SourceRangeSchema = z.strictObject({
  /** The raw page file, relative to the edition folder. */
  file: text,
  startLine: lineNumber,
  endLine: lineNumber,
});

/** A topic section (栏目) of the taxonomy, with how many of the edition's articles it holds (counted at ingest). */
export const SectionSchema = z.strictObject({
  /** URL-safe identifier, stable across editions. */
  slug,
  name: nonEmpty,
  count,
});

/** A printed page (版): its number, its name when known (要闻, 产经), and how many articles it holds. */
export const PageSchema = z.strictObject({
  number: lineNumber,
  name: z.nullable(text),
  articleCount: count,
  /** The page as printed (PDF pages only): rendered at several widths, plus a thumbnail. */
  image: z.optional(ImageSchema),
  thumbnail: z.optional(ImageSchema),
  /** The page's PDF, copied into the site for download. */
  pdf: z.optional(z.strictObject({ path: nonEmpty, bytes: count })),
});

export const WarningSchema = z.strictObject({
  /** The page (版) the note is about. */
  page: lineNumber,
  file: text,
  line: lineNumber,
  message: nonEmpty,
});

/** A series or column banner that stood on the page with no article under it (a story continued elsewhere). */
export const BannerSchema = z.strictObject({
  text: nonEmpty,
  page: lineNumber,
  source: SourceRangeSchema,
});

/**
 * Page furniture of a page saved from an e-paper site (数字报): the page list, date line, navigation, the page's
 * headline list, masthead and 刊号 lines, and text the site printed twice. Kept as data, never as article text.
 */
export const ChromeSchema = z.strictObject({
  page: lineNumber,
  /** The e-paper site's chrome (page … repeat), or a printed page's furniture (header … index): never an article. */
  kind: z.enum([
    'page',
    'page-list',
    'date',
    'issue',
    'navigation',
    'headline-list',
    'masthead',
    'other',
    'repeat',
    'header',
    'ad',
    'notice',
    'weather',
    'index',
  ]),
  /** The lines as printed, joined with line breaks. */
  text: text,
  source: SourceRangeSchema,
  /** Where it stands on a printed page (PDF pages only). */
  area: z.optional(z.array(RectSchema)),
});

/** A jump line printed with an article: `（下转第二版）`, `（上接第一版）`. */
export const JumpSchema = z.strictObject({
  direction: z.enum(['to', 'from']),
  /** The page it names, when the line says a number. */
  page: z.nullable(lineNumber),
  text: nonEmpty,
});

export const ArticleSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  page: lineNumber,
  /** story: a `#`-level article; brief: a short `##`-level item (简讯). */
  kind: z.enum(['story', 'brief']),
  kicker: z.nullable(text),
  /** Empty only when the page printed text with no headline above it. */
  headline: text,
  subheadline: z.nullable(text),
  series: z.nullable(text),
  /** The byline as printed, markup aside, a name spaced for width closed up (`本报记者  王  政` → `本报记者 王政`): `记者 宋雪 文/图`, `(羊科 记者 杨心梅)`. */
  byline: z.nullable(text),
  authors: z.array(AuthorSchema),
  /** As printed: `本报讯`, `【新华社延安十四日电】`, `新华社北京1月2日电`. */
  dateline: z.nullable(text),
  /** The source citation printed with the byline, as printed: `《人民日报》（2025年01月03日第 01 版）`. */
  printedIn: z.nullable(text),
  /** A cut excerpt from the page's overview of its articles (数字报 版面概览), not the full text. */
  teaser: z.boolean(),
  /** Slugs of the edition's topic sections; the names live once, in the edition's `sections`. */
  sections: z.array(slug).check(z.minLength(1)),
  blocks: z.array(BlockSchema),
  source: SourceRangeSchema,
  /** Where the article stands on its printed page (PDF pages only): headline, text and photos. Never overlaps another article's. */
  area: z.optional(z.array(RectSchema)),
  /** Jump lines printed with it (PDF pages only). */
  jumps: z.optional(z.array(JumpSchema)),
});

export const EditionSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  paper: PaperRefSchema,
  date: isoDate,
  /** Free text from the manifest: how sure the date is, where the pages came from. */
  note: z.nullable(text),
  pages: z.array(PageSchema).check(z.minLength(1)),
  sections: z.array(SectionSchema),
  articles: z.array(ArticleSchema),
  banners: z.array(BannerSchema),
  chrome: z.array(ChromeSchema),
  warnings: z.array(WarningSchema),
});

/** What the front page needs of an article: everything but the body. */
export const ArticleSummarySchema = z.extend(z.omit(ArticleSchema, { blocks: true, source: true }), {
  summary: text,
  /** Characters of body text, for reading time. */
  length: count,
  figures: count,
  /** The article's first photo, for lists and search results (PDF pages only). */
  image: z.optional(ImageSchema),
});

/**
 * One edition's table of contents: every article but its body, and the paper's editions on either side. Page
 * furniture and parser notes stay in edition.json, out of the first view.
 */
export const EditionIndexSchema = z.extend(z.omit(EditionSchema, { articles: true, chrome: true, warnings: true }), {
  articles: z.array(ArticleSummarySchema),
  /** The paper's edition before and after this one, when there is one. */
  previous: z.nullable(isoDate),
  next: z.nullable(isoDate),
});

/** One paper's editions of one year, for the calendar (往期): fetched only when the calendar shows that year. */
export const ArchiveYearSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  paper: slug,
  year: z.int(),
  /** Oldest first. */
  editions: z.array(z.strictObject({ date: isoDate, pages: count, articleCount: count })),
});

/**
 * The site: each paper with its latest edition's index inside, so the first view of any paper needs this one
 * file. Its size grows with the number of papers, never with the number of editions.
 */
export const SiteSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  papers: z.array(
    z.strictObject({
      slug,
      name: nonEmpty,
      /** One line under the masthead: 中共乐山市委机关报. */
      description: z.nullable(text),
      /** The oldest edition's date: the calendar's lower bound. */
      first: isoDate,
      editionCount: count,
      latest: EditionIndexSchema,
    }),
  ),
});

/** One article file as the app fetches it: the article plus where it sits in its edition. */
export const ArticleFileSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  date: isoDate,
  paper: PaperRefSchema,
  article: ArticleSchema,
});

export type Author = z.infer<typeof AuthorSchema>;
export type Block = z.infer<typeof BlockSchema>;
export type Rect = z.infer<typeof RectSchema>;
export type Image = z.infer<typeof ImageSchema>;
export type ImageFile = z.infer<typeof ImageFileSchema>;
export type Jump = z.infer<typeof JumpSchema>;
export type SourceRange = z.infer<typeof SourceRangeSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type Page = z.infer<typeof PageSchema>;
export type IngestWarning = z.infer<typeof WarningSchema>;
export type Banner = z.infer<typeof BannerSchema>;
export type Chrome = z.infer<typeof ChromeSchema>;
export type Article = z.infer<typeof ArticleSchema>;
export type Edition = z.infer<typeof EditionSchema>;
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;
export type EditionIndex = z.infer<typeof EditionIndexSchema>;
export type ArchiveYear = z.infer<typeof ArchiveYearSchema>;
export type Site = z.infer<typeof SiteSchema>;
export type SitePaper = Site['papers'][number];
export type PaperRef = z.infer<typeof PaperRefSchema>;
export type ArticleFile = z.infer<typeof ArticleFileSchema>;
