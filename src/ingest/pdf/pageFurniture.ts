/**
 * A printed page's furniture, found before any article is read: the page header and footer (the band at the
 * top and bottom edge), and boxes that say what they are (天气 tables, 公告 notices, ads), each with the
 * small cells around it. Furniture is kept with its kind, text and area, never as article text.
 */
import type { ChromeKind } from '../ParsedPage.ts';
import type { Box, PdfPageContent } from './PdfContent.ts';
import type { LayoutBlock } from './layoutBlocks.ts';
import { blockText } from './pageText.ts';
import { TOLERANCES } from './tolerances.ts';
import { textFont, usesFont } from './headGroups.ts';
import { holds } from './layoutLines.ts';

export interface Furniture {
  kind: Extract<ChromeKind, 'header' | 'ad' | 'notice' | 'weather' | 'index'>;
  lines: string[];
  boxes: Box[];
}

/** Blocks wholly inside this share of the page height at the top are its header. */
const HEADER_BAND = 0.06;
/** How far down (or up from the bottom) a header (footer) line may stand: a broadsheet's masthead runs to 16 %. */
const HEADER_REACH = 0.18;
/** What a page header or footer prints: the date, the page (第5版, A06), the editors. */
const HEADER_TEXT =
  /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|星期[一二三四五六日天]|^\d{4}\.\d{1,2}\.\d{1,2}|第\s*[A-Z]?\d+\s*版|编辑|责编|美编|校对|版式|检校|^[A-Z]?\d{1,2}$/;

/** The same in a European paper's masthead: `Lunedì 21 ottobre 2024`, `Anno 31 N° 41`, `€ 1,70`, `Fondatore …`. */
const LATIN_HEADER = new RegExp(
  [
    '\\b\\d{1,2}\\s+(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|january|february|march|april|may|june|july|august|september|october|november|december)\\s+\\d{4}\\b',
    '^(?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b',
    '^anno\\s+\\d+',
    '\\bN°\\s*\\d+',
    '^€\\s*\\d+[,.]\\d{2}$',
    '^(?:fondatore|direttore|founder|editor)\\b',
  ].join('|'),
  'iu',
);
const isHeaderText = (text: string): boolean => HEADER_TEXT.test(text) || LATIN_HEADER.test(text);

const KINDS: [Furniture['kind'], RegExp][] = [
  ['weather', /天气(?:预报)?$|空气质量|气象数据/],
  ['notice', /公告|启事|声明|遗失|拍卖会|招标/],
  ['ad', /广告|热线|招商|咨询电话|订购|优惠|扫码/],
  ['index', /导读|今日导读|本期导读/],
];

/** A "scan to read" box: a QR code beside a line that says so. */
const SCAN = /扫码|扫一扫|扫描二维码|二维码/;

export function findFurniture(
  blocks: readonly LayoutBlock[],
  page: Pick<PdfPageContent, 'height'> & { width?: number; images?: readonly Box[] },
  body: number,
): { furniture: Furniture[]; rest: LayoutBlock[] } {
  const used = new Set<LayoutBlock>();
  const furniture: Furniture[] = [];
  const header = edgeBand(
    blocks,
    (b) => b.y + b.h <= HEADER_BAND * page.height || (b.y < HEADER_REACH * page.height && isHeaderText(blockText(b, ' '))),
    (b) => b.y < HEADER_REACH * page.height,
    body,
    'top',
  );
  const footer = edgeBand(
    blocks,
    (b) => b.y > (1 - HEADER_REACH) * page.height && (isHeaderText(blockText(b, ' ')) || footLine(b, blocks, page.height, body)),
    (b) => b.y > (1 - HEADER_REACH) * page.height,
    body,
    'bottom',
  );
  for (const band of [header, footer]) {
    if (band.length === 0) continue;
    band.forEach((b) => used.add(b));
    furniture.push(make('header', band));
  }
  for (const ad of picturedAds(blocks, page, body, used)) {
    ad.blocks.forEach((b) => used.add(b));
    const found = make('ad', ad.blocks);
    furniture.push({ ...found, boxes: [...found.boxes, ad.image] });
  }
  for (const seed of blocks) {
    if (used.has(seed)) continue;
    const kind = KINDS.find(([, re]) => re.test(blockText(seed)) && isTitleLike(seed))?.[0];
    if (!kind) continue;
    const code = SCAN.test(blockText(seed)) ? qrCodeBeside(seed, page.images ?? [], body) : null;
    if (code) {
      used.add(seed);
      furniture.push({ ...make('ad', [seed]), boxes: [seed, code].map(({ x, y, w, h }) => ({ x, y, w, h })) });
      continue;
    }
    const cells = floodCells(seed, blocks, used, body);
    if (cells.length < 3) continue;
    cells.forEach((b) => used.add(b));
    furniture.push(make(kind, cells));
  }
  return { furniture, rest: blocks.filter((b) => !used.has(b)) };
}

/**
 * The seeds, and every short block near the edge that shares a row with one or stands nearer the edge than the
 * seeds' innermost line (a masthead's title, its ad boxes, over its date line).
 */
function edgeBand(
  blocks: readonly LayoutBlock[],
  seed: (b: LayoutBlock) => boolean,
  near: (b: LayoutBlock) => boolean,
  body: number,
  side: 'top' | 'bottom',
): LayoutBlock[] {
  // a header's lines are short: body text that names a date is no header; small print (an imprint) may run longer
  const short = (b: LayoutBlock) =>
    (b.lines.length <= 2 && blockText(b).length <= 60) || (b.size <= 0.8 * body && b.lines.length <= 4 && blockText(b).length <= 240);
  const band = blocks.filter((b) => short(b) && seed(b));
  if (band.length === 0) return [];
  const rowOf = (b: LayoutBlock) => band.some((s) => Math.min(s.y + s.h, b.y + b.h) - Math.max(s.y, b.y) > 0.3 * Math.min(s.h, b.h));
  const inner = side === 'top' ? Math.max(...band.map((b) => b.y + b.h)) : Math.min(...band.map((b) => b.y));
  const outside = (b: LayoutBlock) => (side === 'top' ? b.y + b.h <= inner : b.y >= inner);
  return blocks.filter((b) => band.includes(b) || (near(b) && short(b) && (rowOf(b) || outside(b))));
}

/**
 * A line in the page's bottom band set smaller than the text, with white above it: the page's foot line (an
 * imprint, a note on the edition), not a story's last line, though it names no date or page.
 */
function footLine(b: LayoutBlock, blocks: readonly LayoutBlock[], height: number, body: number): boolean {
  if (b.y < (1 - HEADER_BAND) * height || b.size * TOLERANCES.sameSize > body) return false;
  return !blocks.some((o) => o !== b && o.y < b.y && b.y - (o.y + o.h) < 2 * body && Math.min(o.x + o.w, b.x + b.w) > Math.max(o.x, b.x));
}

/** A web address or an e-mail: a brand's, where an ad prints it (`montura.com`). */
const WEB_ADDRESS = /(?:^|[\s(])(?:www\.)?[\p{L}\d-]+\.(?:com|net|org|it|cn|de|fr|es|eu|co\.uk|io)\b|@[\w-]+\.[a-z]{2,}/u;

/**
 * A picture with text printed over it — two or more blocks wholly inside it, none of them in the page's text
 * face, one naming a web address (la Repubblica's Montura ad: a photo, `Wherever you go.`, a quote, `Scopri
 * l’avventura … su montura.com`): an ad, the picture with it. A photo with a story's headline over it keeps
 * the story's text (in the text's face) and names no brand's address.
 */
function picturedAds(
  blocks: readonly LayoutBlock[],
  page: { width?: number; height: number; images?: readonly Box[] },
  body: number,
  used: ReadonlySet<LayoutBlock>,
): { image: Box; blocks: LayoutBlock[] }[] {
  const font = textFont(blocks, body);
  const background = 0.5 * (page.width ?? Infinity) * page.height;
  const out: { image: Box; blocks: LayoutBlock[] }[] = [];
  for (const image of page.images ?? []) {
    if (image.w * image.h > background) continue;
    const held = blocks.filter((b) => !used.has(b) && holds(image, b));
    if (held.length < 2 || held.some((b) => usesFont(b, font))) continue;
    if (!held.some((b) => WEB_ADDRESS.test(blockText(b, ' ')))) continue;
    out.push({ image, blocks: held });
  }
  return out;
}

function isTitleLike(b: LayoutBlock): boolean {
  return b.lines.length <= 2 && blockText(b).length <= 20;
}

/** A small square image within two ems of the block: the QR code of a "scan to read" box. */
function qrCodeBeside(block: LayoutBlock, images: readonly Box[], body: number): Box | null {
  return images.find((im) => im.w > 2 * body && im.w < 12 * body && Math.abs(im.w - im.h) <= 0.2 * im.w && distance(im, block) <= 2 * body) ?? null;
}

/** Short blocks within an em of one another from `seed`: a table's cells; a smaller line within two (its source). */
function floodCells(seed: LayoutBlock, blocks: readonly LayoutBlock[], used: ReadonlySet<LayoutBlock>, body: number): LayoutBlock[] {
  const cells = [seed];
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    for (const b of blocks) {
      if (used.has(b) || cells.includes(b) || !isCell(b)) continue;
      // a table's footnote (气象数据来源：中国天气网) is set smaller, a little apart
      if (distance(c, b) <= (b.size < 0.9 * body ? 2 : 1.2) * body || rowMate(c, b, body)) cells.push(b);
    }
  }
  return cells;
}

/** A table's cell: short lines (city names, temperatures), not a column of text. */
const isCell = (b: LayoutBlock): boolean => b.lines.every((l) => l.text.length <= 14);

/** How far (in body ems) a table's columns may stand apart when their rows line up. */
const TABLE_COLUMN_GAP = 7;
/** A grid cell's lines are shorter than any column of text: 今天, 多云转阵雨, 24～31℃, 东北风2级. */
const GRID_CELL_CHARS = 8;

/**
 * Two columns of one table: short cells whose lines stand row by row on the same baselines, apart across the
 * row by less than `TABLE_COLUMN_GAP`. A table set wide (日期 今天 明天 | 天气 … | 风力 …) leaves more white
 * between its columns than between the lines of a column, so nearness alone does not join it.
 */
function rowMate(a: LayoutBlock, b: LayoutBlock, body: number): boolean {
  const short = (x: LayoutBlock) => x.lines.every((l) => l.text.replace(/\s/g, '').length <= GRID_CELL_CHARS);
  if (a.vertical || b.vertical || a.lines.length !== b.lines.length || !short(a) || !short(b)) return false;
  const gap = Math.max(a.x - (b.x + b.w), b.x - (a.x + a.w));
  if (gap > TABLE_COLUMN_GAP * body) return false;
  const em = Math.min(a.size, b.size);
  return a.lines.every((l, i) => Math.abs(l.y + l.h / 2 - (b.lines[i]!.y + b.lines[i]!.h / 2)) <= TOLERANCES.lineY * em);
}

function distance(a: Box, b: Box): number {
  const dx = Math.max(0, a.x - (b.x + b.w), b.x - (a.x + a.w));
  const dy = Math.max(0, a.y - (b.y + b.h), b.y - (a.y + a.h));
  return Math.hypot(dx, dy);
}

function make(kind: Furniture['kind'], blocks: readonly LayoutBlock[]): Furniture {
  const sorted = [...blocks].sort((a, b) => a.y - b.y || a.x - b.x);
  return { kind, lines: sorted.map((b) => blockText(b, ' ')), boxes: sorted.map(({ x, y, w, h }) => ({ x, y, w, h })) };
}
