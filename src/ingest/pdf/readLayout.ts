/**
 * A page's glyphs → what a person reads on it (PdfPageReading), as pure passes over plain data:
 *   dedupeGlyphs → layoutLines → layoutBlocks → joinDropCaps → furniture → headGroups → articleRegions → pageText → parsePage,
 * then each parsed article mapped back to the boxes its lines came from (areas, photos, jumps).
 */
import { parsePage } from '../parsePage.ts';
import type { ParsedArticle, ParsedChrome } from '../ParsedPage.ts';
import type { Jump, Rect } from '../../schema/edition.ts';
import type { Box, PdfPageContent, PdfPageReading } from './PdfContent.ts';
import { dedupeGlyphs } from './dedupeGlyphs.ts';
import { holds, layoutLines } from './layoutLines.ts';
import { layoutBlocks } from './layoutBlocks.ts';
import { joinDropCaps } from './dropCaps.ts';
import { bodySize, headGroups, isHeading, smallKickers, standfirsts, textFont } from './headGroups.ts';
import { articleRegions, demoteSubheads, type Region } from './articleRegions.ts';
import { blockText, readingOrder, regionLines, type TextLine } from './pageText.ts';

const NOTICE_HEAD = /(?:公告|启事|声明|通告)$/;
import { findFurniture, type Furniture } from './pageFurniture.ts';
import { columnBoxes, disjointAreas, toRect } from './areas.ts';
import { splitJumps } from './jumps.ts';
import { isPhoto, placePhotos } from './photos.ts';
import { takeCaptions, type PhotoCaption } from './captions.ts';

export { checkTextLayer } from './checkTextLayer.ts';

export function readPdfLayout(content: PdfPageContent, options: { firstLine?: number } = {}): PdfPageReading {
  const firstLine = options.firstLine ?? 1;
  const { furniture, regions, captions } = pageRegions(content);
  const jumps = regions.map((r) => splitJumps(r));
  const lines: TextLine[] = jumps.flatMap((j, i) => regionLines(j.region, i));
  const articleText = lines.map((l) => l.text).join('\n');
  const parsed = parsePage(articleText, { firstLine });

  const lineOf = (n: number) => lines[n - firstLine];
  const articleBoxes = parsed.articles.map((a) => boxesOfLines(a, lineOf));
  const { chrome, chromeBoxes, furnitureText } = withFurniture(parsed.chrome, furniture, firstLine + lines.length);
  const pageJumps = jumpsByArticle(
    jumps.map((j) => j.jumps),
    lines,
    parsed.articles,
    firstLine,
  );
  const jumpText = pageJumps.flat().map((j) => j.text);
  const captionText = captions.map((c) => [c.caption, c.credit ?? ''].join(' ').trim());

  const captionBoxes = (a: number, caption: string): Box[] =>
    boxesOfLines(parsed.articles[a]!, lineOf, (l) => caption !== '' && (l.text.includes(caption) || caption.includes(l.text)));
  // an image inside furniture (a QR code) or holding some of it (a weather table's logo behind its source line)
  // is no article's photo: an empty box keeps the images' numbering
  const furnitureImage = (im: Box) => furniture.some((f) => f.boxes.some((b) => holds(b, im) || holds(im, b)));
  const images = content.images.map((im) => (furnitureImage(im) ? { ...im, w: 0, h: 0 } : im));
  const photos = placePhotos(parsed.articles, images, (a) => articleBoxes[a] ?? [], captionBoxes, backgroundArea(content), captions);
  // furniture stands outside every article: its boxes are claimed first
  const owned = disjointAreas(
    parsed.articles.map((_, i) => columnBoxes([...articleBoxes[i]!, ...photos.boxes[i]!])),
    furniture.flatMap((f) => f.boxes),
  );
  const rect = (b: Box): Rect => toRect(b, content.width, content.height);
  return {
    ...parsed,
    articles: photos.articles,
    chrome,
    text: [articleText, ...furnitureText, ...jumpText, ...captionText].join('\n'),
    areas: owned.map((bs) => bs.map(rect)),
    chromeAreas: chromeBoxes.map((bs) => bs.map(rect)),
    jumps: pageJumps,
    photos: photos.placements.map((p) => ({ ...p, area: rect(content.images[p.image]!) })),
  };
}

/**
 * The page's blocks as furniture and story regions, in reading order: a story headed 公告 or 启事 joins the
 * furniture, and text with no headline near it comes first, as a region with no head.
 */
function pageRegions(content: PdfPageContent): { furniture: Furniture[]; regions: Region[]; captions: PhotoCaption[] } {
  const maxArea = backgroundArea(content);
  const photoBoxes = content.images.filter((im) => isPhoto(im, maxArea));
  const blocks = joinDropCaps(layoutBlocks(layoutLines(dedupeGlyphs(content.glyphs), photoBoxes)));
  const body = bodySize(blocks);
  const found = findFurniture(blocks, content, body);
  const furniture = found.furniture;
  const { captions, rest } = takeCaptions(found.rest, content.images, body, (image) => isPhoto(image, maxArea));
  const headings = rest.filter((b) => isHeading(b, body));
  const groups = headGroups(headings);
  const font = textFont(rest, body);
  const kickers = smallKickers(groups, rest, body, font);
  const unheaded = rest.filter((b) => !headings.includes(b) && !kickers.includes(b));
  const decks = standfirsts(groups, unheaded, body, font);
  const { headlines, subheads } = demoteSubheads(groups, body);
  const text = unheaded.filter((b) => !decks.taken.includes(b));
  const assigned = articleRegions(headlines, [...text, ...decks.subheads, ...subheads], body);
  // a story headed 公告 or 启事 is a notice: the page's furniture, with everything under its head
  const notices = assigned.regions.filter((r) => r.head && NOTICE_HEAD.test(r.head.headline.map((b) => blockText(b)).join('')));
  const regions = assigned.regions.filter((r) => !notices.includes(r));
  const orphans = assigned.orphans;
  for (const r of notices) {
    const blocks = [...(r.head ? [...r.head.kicker, ...r.head.headline, ...r.head.subheadline] : []), ...readingOrder(r.blocks)];
    furniture.push({ kind: 'notice', lines: blocks.map((b) => blockText(b, ' ')), boxes: blocks.map(({ x, y, w, h }) => ({ x, y, w, h })) });
  }
  // text with no headline near it opens the page (the parser reads it as it reads any headless text)
  return { furniture, captions, regions: orphans.length > 0 ? [{ head: null, blocks: orphans }, ...regions] : regions };
}

/** An image over half the page is its background or frame, not a photo. */
const backgroundArea = (content: PdfPageContent): number => 0.5 * content.width * content.height;

/** The boxes of an article's lines (those `keep` accepts), in line order. */
function boxesOfLines(
  article: Pick<ParsedArticle, 'startLine' | 'endLine'>,
  lineOf: (n: number) => TextLine | undefined,
  keep: (line: TextLine) => boolean = () => true,
): Box[] {
  const boxes: Box[] = [];
  for (let n = article.startLine; n <= article.endLine; n++) {
    const l = lineOf(n);
    if (l && keep(l)) boxes.push(...l.boxes);
  }
  return boxes;
}

/**
 * The parser's chrome, then each piece of furniture as chrome numbered on from `next` (after the article text's
 * lines), with the boxes of each and the furniture's text.
 */
function withFurniture(parsedChrome: readonly ParsedChrome[], furniture: readonly Furniture[], next: number) {
  const chrome: ParsedChrome[] = [...parsedChrome];
  const chromeBoxes: Box[][] = parsedChrome.map(() => []);
  const furnitureText: string[] = [];
  for (const f of furniture) {
    const text = f.lines.join('\n');
    chrome.push({ kind: f.kind, text, startLine: next, endLine: next + f.lines.length - 1 });
    chromeBoxes.push(f.boxes);
    furnitureText.push(text);
    next += f.lines.length;
  }
  return { chrome, chromeBoxes, furnitureText };
}

/**
 * Each region's jump lines to the article read from it: the article whose lines hold the region's first line,
 * else the last one before it (text with no headline of its own continues the story above), else the first.
 */
function jumpsByArticle(regionJumps: readonly Jump[][], lines: readonly TextLine[], articles: readonly ParsedArticle[], firstLine: number): Jump[][] {
  const out: Jump[][] = articles.map(() => []);
  if (articles.length === 0) return out;
  regionJumps.forEach((jumps, r) => {
    if (jumps.length === 0) return;
    const at = lines.findIndex((l) => l.region === r) + firstLine;
    let i = articles.findIndex((a) => a.startLine <= at && at <= a.endLine);
    if (i === -1)
      i = Math.max(
        0,
        articles.findLastIndex((a) => a.startLine <= at),
      );
    out[i]!.push(...jumps);
  });
  return out;
}
