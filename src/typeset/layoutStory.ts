/**
 * A story on the grid: its head (kicker, headline, subheadline, or a vertical headline in its first column) over
 * its text, which flows down one column and into the next, below a photo where the photo stands.
 */
import { breakLines, type Run, type SetLine } from './breakLines.ts';
import { centred, textMark, type Laid } from './setText.ts';
import { baselineIn, type Grid } from './Grid.ts';
import type { Mark } from './Marks.ts';
import type { ArticleReading } from './PageReading.ts';
import type { StorySpec } from './PageSpec.ts';
import type { FontStyle } from './fonts.ts';
import { runWidth } from './measure.ts';

interface Head extends Laid {
  /** Columns left for the text. */
  textCols: [number, number];
  textTop: number;
}

/** One line of the text flow, before it has a place. */
interface FlowLine {
  line: SetLine;
  kind: 'byline' | 'body' | 'subhead' | 'jump';
  align: 'left' | 'right';
  size: number;
  tracking: number;
}

function layoutHead(s: StorySpec, top: number, g: Grid): Head {
  const body = g.spec.bodySize;
  const size = s.headlineSize ?? body * 2.4;
  if (s.verticalHeadline) {
    const { x, w } = g.span([s.cols[0], s.cols[0]]);
    const vs = Math.min(size, w * 0.8);
    const chars = [...s.headline];
    const marks = chars.map((ch, i) => textMark(x + (w - vs) / 2, top + i * vs * 1.08 + 0.88 * vs, vs, 'sansBold', ch));
    return { marks, bottom: top + chars.length * vs * 1.08, textCols: [s.cols[0] + 1, s.cols[1]], textTop: top };
  }
  const { x, w } = g.span(s.cols);
  const marks: Mark[] = [];
  let y = top;
  const add = (laid: Laid) => {
    marks.push(...laid.marks);
    y = laid.bottom;
  };
  if (s.kicker) add(centred(s.kicker, 'sans', body * 1.4, x, w, y, body * 2));
  // a headline a little too long for one line is set a little smaller, as an editor would, not broken before its last word
  const oneLine = Math.floor((2 * w) / runWidth('sansBold', s.headline, 1)) / 2;
  const headSize = oneLine < size && oneLine >= size * 0.78 ? oneLine : size;
  add(centred(s.headline, 'sansBold', headSize, x, w, y, headSize * 1.3));
  if (s.subheadline) add(centred(s.subheadline, 'serifBold', body * 1.5, x, w, y, body * 2.1));
  return { marks, bottom: y, textCols: s.cols, textTop: y + body * 0.6 };
}

function flowLines(s: StorySpec, g: Grid, width: number): FlowLine[] {
  const size = g.spec.bodySize;
  const tracking = (s.letterSpacing ?? 0) * size;
  const out: FlowLine[] = [];
  // a mark hanging past a column's end keeps to its half of the gutter
  const hang = g.spec.gutter / 2;
  const plain = (text: string, kind: FlowLine['kind'], align: FlowLine['align'], font: FontStyle) => {
    for (const line of breakLines([{ text, font }], { width, size, tracking: 0, indent: 0, hang }))
      out.push({ line, kind, align, size, tracking: 0 });
  };
  if (s.jumpFrom) plain(s.jumpFrom, 'jump', 'left', 'sans');
  if (s.byline) plain(bylineText(s.byline), 'byline', 'left', 'sansBold');
  s.paragraphs.forEach((text, i) => {
    if (typeof text !== 'string') return plain(text.subhead, 'subhead', 'left', 'sansBold');
    const runs: Run[] =
      i === 0 && s.dateline
        ? [
            { text: s.dateline, font: 'sansBold' },
            { text, font: 'serif' },
          ]
        : [{ text, font: 'serif' }];
    for (const line of breakLines(runs, { width, size, tracking, indent: 2, hang })) out.push({ line, kind: 'body', align: 'left', size, tracking });
  });
  if (s.jumpTo) plain(s.jumpTo, 'jump', 'right', 'sans');
  return out;
}

export function bylineText(b: NonNullable<StorySpec['byline']>): string {
  return [b.role, ...b.names, b.contribution].filter((part) => !!part).join(' ');
}

export function layoutStory(s: StorySpec, top: number, g: Grid): Laid & { reading: ArticleReading } {
  const head = layoutHead(s, top, g);
  const marks = [...head.marks];
  const cols: number[] = [];
  for (let c = head.textCols[0]; c <= head.textCols[1]; c++) cols.push(c);
  if (cols.length === 0) throw new Error(`typeset: story ${s.id} has no column left for its text`);
  const starts = new Map(cols.map((c) => [c, head.textTop]));
  const photos: NonNullable<ArticleReading['photos']> = [];
  if (s.photo) {
    const photo = layoutPhoto(s, head.textTop, g);
    marks.push(...photo.marks);
    photos.push(photo.reading);
    for (let c = s.photo.cols[0]; c <= s.photo.cols[1]; c++) starts.set(c, photo.bottom);
  }
  const lines = flowLines(s, g, g.colW);
  const bottom = s.bottom === undefined ? balancedBottom(starts, lines.length, g, s.id) : g.top + s.bottom;
  const placed = placeLines(lines, cols, starts, bottom, g, s.id);
  marks.push(...placed.marks);
  const storyBottom = Math.max(head.bottom, placed.bottom, ...starts.values());
  const { x, w } = g.span(s.cols);
  if (s.box) marks.push({ type: 'rect', x: x - 4, y: top - 4, w: w + 8, h: storyBottom - top + 8, stroke: 0.8, gray: 0 });
  const reading: ArticleReading = {
    headline: s.headline,
    ...(s.kicker ? { kicker: s.kicker } : {}),
    ...(s.subheadline ? { subheadline: s.subheadline } : {}),
    authors: s.byline?.names ?? s.authors ?? [],
    point: placed.point,
    textIncludes: placed.runs,
    area: g.area(x, top, w, storyBottom - top),
    ...(s.jumpFrom || s.jumpTo ? { jumps: [s.jumpFrom, s.jumpTo].filter((j): j is string => !!j) } : {}),
    ...(photos.length > 0 ? { photos } : {}),
  };
  return { marks, bottom: storyBottom, reading };
}

function capacity(starts: ReadonlyMap<number, number>, bottom: number, lh: number): number {
  let n = 0;
  for (const start of starts.values()) n += Math.max(0, Math.floor((bottom - start + 0.01) / lh));
  return n;
}

/** The lowest bottom at which the columns hold every line: columns as even as the text allows. */
function balancedBottom(starts: ReadonlyMap<number, number>, lines: number, g: Grid, id: string): number {
  let bottom = Math.min(...starts.values()) + g.lh;
  while (capacity(starts, bottom, g.lh) < lines) {
    bottom += g.lh;
    if (bottom > g.bottom + g.lh) throw new Error(`typeset: story ${id} does not fit above the page's foot (${lines} lines)`);
  }
  return bottom;
}

function placeLines(lines: readonly FlowLine[], cols: readonly number[], starts: ReadonlyMap<number, number>, bottom: number, g: Grid, id: string) {
  const marks: Mark[] = [];
  let i = 0;
  let lowest = 0;
  let point: [number, number] = [0, 0];
  const body: string[] = [];
  for (const c of cols) {
    const x = g.colX(c);
    for (let y = starts.get(c)!; y + g.lh <= bottom + 0.01 && i < lines.length; y += g.lh, i++) {
      const f = lines[i]!;
      const left = f.align === 'right' ? x + g.colW - f.line.width : x;
      const baseline = baselineIn(y, g.lh, f.size);
      for (const s of f.line.segments) marks.push(textMark(left + s.x, baseline, f.size, s.font, s.text, f.kind === 'body' ? f.tracking : 0));
      if (f.kind === 'body') {
        // the middle of the first line's last segment: the text after a dateline, whose closing 　 (a short line
        // leaves the middle there) pdf.js reports as no text
        const last = f.line.segments[f.line.segments.length - 1]!;
        if (body.length === 0) point = g.point(left + (last.x + f.line.width) / 2, y + g.lh / 2);
        body.push(f.line.text);
      }
      lowest = Math.max(lowest, y + g.lh);
    }
  }
  if (i < lines.length) throw new Error(`typeset: story ${id} needs ${lines.length - i} more lines than its columns hold`);
  const last = [...body].reverse().find((t) => [...t].length >= 8) ?? body[body.length - 1] ?? '';
  const runs = [...new Set([body[0] ?? '', last].map((t) => [...t].slice(0, 12).join('')))].filter((t) => t.length > 0);
  return { marks, bottom: lowest, point, runs };
}

function layoutPhoto(s: StorySpec, top: number, g: Grid) {
  const p = s.photo!;
  if (p.cols[0] < s.cols[0] || p.cols[1] > s.cols[1]) throw new Error(`typeset: story ${s.id}'s photo stands outside its columns`);
  const { x, w } = g.span(p.cols);
  const marks: Mark[] = [{ type: 'image', x, y: top, w, h: p.height, seed: p.seed }];
  const size = g.spec.bodySize * 0.85;
  const captionLines = breakLines([{ text: p.caption, font: 'sans' }], { width: w, size, tracking: 0, indent: 0, hang: g.spec.gutter / 2 });
  let y = top + p.height + 3;
  for (const line of captionLines) {
    for (const seg of line.segments) marks.push(textMark(x + seg.x, baselineIn(y, size * 1.4, size), size, seg.font, seg.text));
    y += size * 1.4;
  }
  if (p.credit) {
    const credit = breakLines([{ text: p.credit, font: 'sans' }], { width: w, size, tracking: 0, indent: 0, hang: 0 })[0]!;
    marks.push(textMark(x + w - credit.width, baselineIn(y, size * 1.4, size), size, 'sans', credit.text));
    y += size * 1.4;
  }
  const reading = { area: g.area(x, top, w, p.height), caption: p.caption, ...(p.credit ? { credit: p.credit } : {}) };
  return { marks, bottom: y + g.lh * 0.5, reading };
}
