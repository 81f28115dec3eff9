/** Parsed pages + manifest + taxonomy → one Edition. Pure: the caller reads the files and validates the result. */
import {
  SCHEMA_VERSION,
  type Article,
  type Block,
  type Edition,
  type Image,
  type Jump,
  type Page,
  type PaperRef,
  type Rect,
} from '../schema/edition.ts';
import type { Manifest, Taxonomy } from '../schema/manifest.ts';
import type { ParsedPage } from './parsePage.ts';
import { topicsOf, type Topic } from './sections.ts';

export interface PageInput {
  number: number;
  name: string | null;
  /** The page's source as articles name it: a text file, `A05.pdf`, or `A.pdf#page=5`. */
  file: string;
  parsed: ParsedPage;
  /** A PDF page: where everything stands, its photos, and its rendered images and PDF. */
  printed?: PrintedPage;
}

/** What a PDF page adds to its parsed text: geometry (PdfPageReading's) and the files written for it. */
export interface PrintedPage extends Pick<Page, 'image' | 'thumbnail' | 'pdf'> {
  /** Per parsed article, per chrome entry: page fractions. */
  areas: Rect[][];
  chromeAreas: Rect[][];
  jumps: Jump[][];
  /** Photos cut from the page, each for a figure block of an article. */
  photos: { article: number; block: number; image: Image; area: Rect }[];
}

export function assembleEdition(paper: PaperRef, manifest: Manifest, pages: readonly PageInput[], taxonomy: Taxonomy): Edition {
  const ids = new Set<string>();
  const sections = new Map<string, Topic & { count: number }>();
  const articles: Article[] = [];
  for (const page of pages) {
    for (const [i, a] of page.parsed.articles.entries()) {
      const own = topicsOf(a, taxonomy);
      for (const s of own) {
        const known = sections.get(s.slug);
        if (known) known.count++;
        else sections.set(s.slug, { ...s, count: 1 });
      }
      articles.push({
        id: uniqueId(`${page.number}-${hash(`${a.kicker ?? ''}|${a.headline}|${firstText(a.blocks)}`)}`, ids),
        page: page.number,
        kind: a.kind,
        kicker: a.kicker,
        headline: a.headline,
        subheadline: a.subheadline,
        series: a.series,
        byline: a.byline,
        authors: a.authors,
        dateline: a.dateline,
        printedIn: a.printedIn,
        teaser: a.teaser,
        sections: own.map((s) => s.slug),
        blocks: page.printed ? withPhotos(a.blocks, i, page.printed) : a.blocks,
        source: { file: page.file, startLine: a.startLine, endLine: a.endLine },
        ...(page.printed ? { area: page.printed.areas[i] ?? [] } : {}),
        ...(page.printed?.jumps[i]?.length ? { jumps: page.printed.jumps[i] } : {}),
      });
    }
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    paper,
    date: manifest.date,
    note: manifest.note ?? null,
    pages: pages.map((p) => ({ number: p.number, name: p.name, articleCount: p.parsed.articles.length, ...printedFiles(p.printed) })),
    // In the taxonomy's order, so the 栏目 row reads the same in every edition.
    sections: taxonomy.sections.flatMap((t) => sections.get(t.slug) ?? []).concat(sections.get(taxonomy.fallback.slug) ?? []),
    articles,
    banners: pages.flatMap((p) =>
      p.parsed.banners.map((b) => ({ text: b.text, page: p.number, source: { file: p.file, startLine: b.startLine, endLine: b.endLine } })),
    ),
    chrome: pages.flatMap((p) =>
      p.parsed.chrome.map((c, i) => ({
        page: p.number,
        kind: c.kind,
        text: c.text,
        source: { file: p.file, startLine: c.startLine, endLine: c.endLine },
        ...(p.printed ? { area: p.printed.chromeAreas[i] ?? [] } : {}),
      })),
    ),
    warnings: pages.flatMap((p) => p.parsed.warnings.map((w) => ({ page: p.number, file: p.file, ...w }))),
  };
}

/** The article's figure blocks with the photos the layout attached to them. */
function withPhotos(blocks: readonly Block[], article: number, printed: PrintedPage): Block[] {
  return blocks.map((block, b) => {
    const photo = printed.photos.find((p) => p.article === article && p.block === b);
    return photo && block.type === 'figure' ? { ...block, image: photo.image, area: photo.area } : block;
  });
}

function printedFiles(printed: PrintedPage | undefined): Pick<Page, 'image' | 'thumbnail' | 'pdf'> {
  if (!printed) return {};
  const { image, thumbnail, pdf } = printed;
  return { ...(image ? { image } : {}), ...(thumbnail ? { thumbnail } : {}), ...(pdf ? { pdf } : {}) };
}

function firstText(blocks: Article['blocks']): string {
  const b = blocks[0];
  return b === undefined ? '' : b.type === 'figure' ? b.caption : b.text.slice(0, 40);
}

/** FNV-1a, base 36: short ids that stay the same as long as the article's title and lead do. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // Stryker disable next-line MethodExpression: 2^32 - 1 is 1z141z3 in base 36, seven digits, so the slice never cuts
  return (h >>> 0).toString(36).padStart(7, '0').slice(0, 7);
}

function uniqueId(id: string, taken: Set<string>): string {
  let candidate = id;
  for (let n = 2; taken.has(candidate); n++) candidate = `${id}-${n}`;
  taken.add(candidate);
  return candidate;
}
