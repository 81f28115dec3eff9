/**
 * A page's glyphs → what a person reads on it (PdfPageReading), as pure passes over plain data:
 *   dedupeGlyphs → layoutLines → layoutBlocks → furniture → headGroups → articleRegions → pageText → parsePage,
 * then each parsed article mapped back to the boxes its lines came from (areas, photos, jumps).
 */
import { parsePage } from '../parsePage.ts';
import type { ParsedChrome } from '../ParsedPage.ts';
import type { Rect } from '../../schema/edition.ts';
import type { Box, PdfPageContent, PdfPageReading } from './PdfContent.ts';
import { dedupeGlyphs } from './dedupeGlyphs.ts';
import { layoutLines } from './layoutLines.ts';
import { layoutBlocks } from './layoutBlocks.ts';
import { bodySize, headGroups, isHeading } from './headGroups.ts';
import { articleRegions, demoteSubheads } from './articleRegions.ts';
import { regionLines, type TextLine } from './pageText.ts';
import { findFurniture } from './pageFurniture.ts';
import { columnBoxes, disjointAreas, toRect } from './areas.ts';
import { splitJumps } from './jumps.ts';
import { placePhotos } from './photos.ts';

export { checkTextLayer } from './checkTextLayer.ts';

export function readPdfLayout(content: PdfPageContent, options: { firstLine?: number } = {}): PdfPageReading {
  const firstLine = options.firstLine ?? 1;
  const blocks = layoutBlocks(layoutLines(dedupeGlyphs(content.glyphs)));
  const body = bodySize(blocks);
  const { furniture, rest } = findFurniture(blocks, content, body);
  const headings = rest.filter((b) => isHeading(b, body));
  const { headlines, subheads } = demoteSubheads(headGroups(headings), body);
  const { regions, orphans } = articleRegions(headlines, [...rest.filter((b) => !headings.includes(b)), ...subheads], body);
  // text with no headline near it opens the page (the parser reads it as it reads any headless text)
  const all = orphans.length > 0 ? [{ head: null, blocks: orphans }, ...regions] : regions;
  const jumps = all.map((r) => splitJumps(r));
  const lines: TextLine[] = jumps.flatMap((j, i) => regionLines(j.region, i));
  const articleText = lines.map((l) => l.text).join('\n');
  const parsed = parsePage(articleText, { firstLine });

  const lineOf = (n: number) => lines[n - firstLine];
  const articleBoxes = parsed.articles.map((a) => {
    const boxes: Box[] = [];
    for (let n = a.startLine; n <= a.endLine; n++) boxes.push(...(lineOf(n)?.boxes ?? []));
    return boxes;
  });
  const articleRegion = parsed.articles.map((a) => lineOf(a.startLine)?.region ?? null);

  const chrome: ParsedChrome[] = [...parsed.chrome];
  const chromeBoxes: Box[][] = parsed.chrome.map(() => []);
  let next = firstLine + lines.length;
  const furnitureText: string[] = [];
  for (const f of furniture) {
    const text = f.lines.join('\n');
    chrome.push({ kind: f.kind, text, startLine: next, endLine: next + f.lines.length - 1 });
    chromeBoxes.push(f.boxes);
    furnitureText.push(text);
    next += f.lines.length;
  }
  const pageJumps = parsed.articles.map((_, i) => {
    const r = articleRegion[i];
    const first = parsed.articles.findIndex((_, j) => articleRegion[j] === r);
    return r === null || r === undefined || first !== i ? [] : jumps[r]!.jumps;
  });
  const jumpText = pageJumps.flat().map((j) => j.text);

  const captionBoxes = (a: number, caption: string): Box[] => {
    const article = parsed.articles[a]!;
    const boxes: Box[] = [];
    for (let n = article.startLine; n <= article.endLine; n++) {
      const l = lineOf(n);
      if (l && caption !== '' && (l.text.includes(caption) || caption.includes(l.text))) boxes.push(...l.boxes);
    }
    return boxes;
  };
  const photos = placePhotos(parsed.articles, content.images, (a) => articleBoxes[a] ?? [], captionBoxes);
  // furniture stands outside every article: its boxes are claimed first
  const owned = disjointAreas(parsed.articles.map((_, i) => columnBoxes([...articleBoxes[i]!, ...photos.boxes[i]!])), furniture.flatMap((f) => f.boxes));
  const rect = (b: Box): Rect => toRect(b, content.width, content.height);
  return {
    ...parsed,
    articles: photos.articles,
    chrome,
    text: [articleText, ...furnitureText, ...jumpText].join('\n'),
    areas: owned.map((bs) => bs.map(rect)),
    chromeAreas: chromeBoxes.map((bs) => bs.map(rect)),
    jumps: pageJumps,
    photos: photos.placements.map((p) => ({ ...p, area: rect(content.images[p.image]!) })),
  };
}
