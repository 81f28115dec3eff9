/**
 * A page's reading (readPdfLayout) against what a person reads on it (a reading table): which stories are
 * found with their heads and authors, whether each point stands in its story's area, which runs of text are
 * missing, and which furniture landed in a story. Used by the fixture tests; plain data out, so a failure says
 * what was read.
 */
import type { ParsedArticle } from '../../../src/ingest/ParsedPage.ts';
import type { PdfPageReading } from '../../../src/ingest/pdf/PdfContent.ts';
import type { Rect } from '../../../src/schema/edition.ts';

export interface ExpectedArticle {
  headline: string;
  kicker?: string;
  subheadline?: string;
  authors: string[];
  point: [number, number];
  textIncludes: string[];
}
export interface ExpectedFurniture {
  kind: string;
  text: string;
  point: [number, number];
}

export const squash = (s: string | null | undefined): string => (s ?? '').replace(/[\s\u3000]/g, '');

export function articleText(a: ParsedArticle): string {
  return [
    a.kicker,
    a.headline,
    a.subheadline,
    a.byline,
    a.dateline,
    ...a.blocks.map((b) => (b.type === 'figure' ? `${b.caption}${b.credit ?? ''}` : b.text)),
  ].join('\n');
}

export const inside = (areas: readonly Rect[], [px, py]: [number, number]): boolean =>
  areas.some((r) => px >= r.x && px <= r.x + r.w && py >= r.y && py <= r.y + r.h);

export interface ArticleCheck {
  headline: string;
  found: boolean;
  kicker: string | null;
  subheadline: string | null;
  authors: string[];
  pointInArea: boolean;
  missingRuns: string[];
}

export function checkArticles(reading: PdfPageReading, expected: readonly ExpectedArticle[]): ArticleCheck[] {
  return expected.map((want) => {
    const i = reading.articles.findIndex((a) => squash(a.headline) === squash(want.headline));
    const a = reading.articles[i];
    if (!a)
      return {
        headline: want.headline,
        found: false,
        kicker: null,
        subheadline: null,
        authors: [],
        pointInArea: false,
        missingRuns: want.textIncludes,
      };
    const text = squash(articleText(a));
    return {
      headline: want.headline,
      found: true,
      kicker: a.kicker,
      subheadline: a.subheadline,
      authors: a.authors.map((x) => x.name),
      pointInArea: inside(reading.areas[i] ?? [], want.point),
      missingRuns: want.textIncludes.filter((t) => !text.includes(squash(t))),
    };
  });
}

/** The furniture a person sees that the reading put inside a story (by its point or its text). */
export function furnitureInStories(reading: PdfPageReading, expected: readonly ExpectedFurniture[]): string[] {
  return expected
    .filter((f) => reading.articles.some((a, i) => inside(reading.areas[i] ?? [], f.point) || squash(articleText(a)).includes(squash(f.text))))
    .map((f) => `${f.kind}: ${f.text}`);
}
