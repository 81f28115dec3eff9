/**
 * What a publisher writes: one paper.json per paper folder, one manifest per edition folder, and one taxonomy
 * for the whole site:
 *   data/papers/<slug>/paper.json
 *   data/papers/<slug>/<YYYY-MM-DD>/edition.json + the raw page files
 *   data/taxonomy.json
 */
import { z } from 'zod';

function isCalendarDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export const ManifestPageSchema = z.strictObject({
  /** The page (版) number as printed. */
  number: z.number().int().min(1),
  /** The page name when known (要闻, 产经); it becomes a section of every article on the page. */
  name: z.string().min(1).optional(),
  /** The raw text file or the page's PDF, relative to the manifest. */
  file: z
    .string()
    .min(1)
    .regex(/^[^/\\]+$/, 'a file name in the edition folder, without a path'),
  /** When `file` is a PDF of several pages: which of its pages (1-based) this is. */
  pdfPage: z.number().int().min(1).optional(),
  /**
   * A page PDF with no usable text layer (a scan, fonts without Unicode maps): publish it as its image and PDF alone,
   * with no articles and a note, on every run. add-edition writes it when it finds such a page; without it, ingest
   * refuses the page unless it is run with --image-only.
   */
  imageOnly: z.literal(true).optional(),
  /** When one file holds several pages: the lines (1-based, inclusive) that belong to this page. */
  lines: z
    .strictObject({ from: z.number().int().min(1), to: z.number().int().min(1) })
    .refine((l) => l.from <= l.to, 'lines.from must not be after lines.to')
    .optional(),
});

export const ManifestSchema = z
  .strictObject({
    $schema: z.string().optional(),
    /** Optional: the paper is its folder's paper.json. When given, it must name the same paper (a copy-paste check). */
    paper: z.string().min(1).optional(),
    date: z.string().refine(isCalendarDate, 'expected a real calendar date as YYYY-MM-DD'),
    note: z.string().optional(),
    pages: z.array(ManifestPageSchema).min(1),
  })
  .superRefine((m, ctx) => {
    const seen = new Set<number>();
    m.pages.forEach((p, i) => {
      if (seen.has(p.number)) ctx.addIssue({ code: 'custom', path: ['pages', i, 'number'], message: `page number ${p.number} appears twice` });
      seen.add(p.number);
    });
  });

/** URL names we use ourselves: a paper may not take them. */
export const RESERVED_SLUGS = ['search', 'data', 'assets', 'archive', 'pagefind'] as const;

export const PaperSlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a paper folder is named by its URL slug: a-z, 0-9 and -, like lsrb')
  .refine(
    (s) => !(RESERVED_SLUGS as readonly string[]).includes(s),
    `is a URL the reader uses itself (${RESERVED_SLUGS.join(', ')}); choose another slug`,
  );

/** A paper's own facts, written once: data/papers/<slug>/paper.json. */
export const PaperConfigSchema = z.strictObject({
  $schema: z.string().optional(),
  /** The name as the masthead prints it: 乐山日报. */
  name: z.string().min(1),
  /** One line under the masthead: 中共乐山市委机关报. */
  description: z.string().min(1).optional(),
});

export const TaxonomySchema = z.strictObject({
  $comment: z.string().optional(),
  sections: z.array(
    z.strictObject({
      slug: z.string().regex(/^[a-z0-9-]+$/),
      name: z.string().min(1),
      keywords: z.array(z.string().min(1)).min(1),
    }),
  ),
  fallback: z.strictObject({ slug: z.string().regex(/^[a-z0-9-]+$/), name: z.string().min(1) }),
});

export type Manifest = z.infer<typeof ManifestSchema>;
export type ManifestPage = z.infer<typeof ManifestPageSchema>;
export type Taxonomy = z.infer<typeof TaxonomySchema>;
export type PaperConfig = z.infer<typeof PaperConfigSchema>;

/** A page given as its PDF (read by src/cli/pdfPages.ts), not as text. */
export function isPdfPage(page: ManifestPage): boolean {
  return page.file.toLowerCase().endsWith('.pdf');
}
