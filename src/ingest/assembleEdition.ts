/** Parsed pages + manifest + taxonomy → one Edition. Pure: the caller reads the files and validates the result. */
import { SCHEMA_VERSION, type Article, type Edition, type PaperRef } from '../schema/edition.ts';
import type { Manifest, Taxonomy } from '../schema/manifest.ts';
import type { ParsedPage } from './parsePage.ts';
import { topicsOf, type Topic } from './sections.ts';

export interface PageInput {
  number: number;
  name: string | null;
  file: string;
  parsed: ParsedPage;
}

export function assembleEdition(paper: PaperRef, manifest: Manifest, pages: readonly PageInput[], taxonomy: Taxonomy): Edition {
  const ids = new Set<string>();
  const sections = new Map<string, Topic & { count: number }>();
  const articles: Article[] = [];
  for (const page of pages) {
    for (const a of page.parsed.articles) {
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
        blocks: a.blocks,
        source: { file: page.file, startLine: a.startLine, endLine: a.endLine },
      });
    }
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    paper,
    date: manifest.date,
    note: manifest.note ?? null,
    pages: pages.map((p) => ({ number: p.number, name: p.name, articleCount: p.parsed.articles.length })),
    // In the taxonomy's order, so the 栏目 row reads the same in every edition.
    sections: taxonomy.sections.flatMap((t) => sections.get(t.slug) ?? []).concat(sections.get(taxonomy.fallback.slug) ?? []),
    articles,
    banners: pages.flatMap((p) =>
      p.parsed.banners.map((b) => ({ text: b.text, page: p.number, source: { file: p.file, startLine: b.startLine, endLine: b.endLine } })),
    ),
    chrome: pages.flatMap((p) =>
      p.parsed.chrome.map((c) => ({ page: p.number, kind: c.kind, text: c.text, source: { file: p.file, startLine: c.startLine, endLine: c.endLine } })),
    ),
    warnings: pages.flatMap((p) => p.parsed.warnings.map((w) => ({ page: p.number, file: p.file, ...w }))),
  };
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
