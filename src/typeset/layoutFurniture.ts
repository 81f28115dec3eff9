/** A page's furniture: an ad (with stacked shadow glyphs), a notice (公告), a weather table, the header and footer. */
import { breakLines } from './breakLines.ts';
import { baselineIn, type Grid } from './Grid.ts';
import { centred, textMark, type Laid } from './setText.ts';
import { advance, runWidth } from './measure.ts';
import type { Mark } from './Marks.ts';
import type { NotArticleReading } from './PageReading.ts';
import type { AdSpec, NoticeSpec, WeatherSpec } from './PageSpec.ts';

type WithReading = Laid & { reading: NotArticleReading[] };

export function layoutAd(a: AdSpec, top: number, g: Grid): WithReading {
  const { x, w } = g.span(a.cols);
  const marks: Mark[] = [{ type: 'rect', x, y: top, w, h: a.height, stroke: 1.5, gray: 0 }];
  const total = a.lines.reduce((sum, l) => sum + l.size * 1.4, 0);
  let y = top + (a.height - total) / 2;
  let first: NotArticleReading | null = null;
  for (const line of a.lines) {
    const width = runWidth(line.style, line.text, line.size);
    let cx = x + (w - width) / 2;
    const baseline = baselineIn(y, line.size * 1.4, line.size);
    for (const ch of line.text) {
      // a display face's shadow as ad makers build it: the same glyph drawn again and again, a hair apart
      for (let k = line.shadow ?? 0; k > 0; k--) marks.push(textMark(cx + k * 0.3, baseline + k * 0.3, line.size, line.style, ch, 0, 0.65));
      marks.push(textMark(cx, baseline, line.size, line.style, ch));
      cx += advance(line.style, ch) * line.size;
    }
    first ??= { kind: 'ad', text: line.text, point: g.point(x + w / 2, y + line.size * 0.7), area: g.area(x, top, w, a.height) };
    y += line.size * 1.4;
  }
  return { marks, bottom: top + a.height, reading: first ? [first] : [] };
}

export function layoutNotice(n: NoticeSpec, top: number, g: Grid): WithReading {
  const { x, w } = g.span(n.cols);
  const size = g.spec.bodySize * 0.9;
  const title = centred(n.title, 'sansBold', size * 1.5, x, w, top + 6, size * 2.2);
  const marks: Mark[] = [...title.marks];
  let y = title.bottom;
  for (const p of n.paragraphs) {
    for (const line of breakLines([{ text: p, font: 'serif' }], { width: w - 12, size, tracking: 0, indent: 2, hang: 0 })) {
      for (const s of line.segments) marks.push(textMark(x + 6 + s.x, baselineIn(y, size * 1.45, size), size, s.font, s.text));
      y += size * 1.45;
    }
  }
  const bottom = y + 6;
  marks.push({ type: 'rect', x, y: top, w, h: bottom - top, stroke: 0.8, gray: 0 });
  return {
    marks,
    bottom,
    reading: [{ kind: 'notice', text: n.title, point: g.point(x + w / 2, top + 6 + size * 1.1), area: g.area(x, top, w, bottom - top) }],
  };
}

export function layoutWeather(t: WeatherSpec, top: number, g: Grid): WithReading {
  const { x, w } = g.span(t.cols);
  const size = g.spec.bodySize * 0.9;
  const title = centred(t.title, 'sansBold', size * 1.3, x, w, top, size * 2.2);
  const marks: Mark[] = [{ type: 'rect', x, y: top, w, h: title.bottom - top, stroke: 0, gray: 0.88 }, ...title.marks];
  const widths = t.rows[0]!.map(() => w / t.rows[0]!.length);
  const rowH = size * 1.8;
  let y = title.bottom;
  for (const row of t.rows) {
    let cx = x;
    row.forEach((cell, i) => {
      const cw = widths[i] ?? 0;
      marks.push({ type: 'rect', x: cx, y, w: cw, h: rowH, stroke: 0.5, gray: 0 });
      marks.push(textMark(cx + (cw - runWidth('sans', cell, size)) / 2, baselineIn(y, rowH, size), size, 'sans', cell));
      cx += cw;
    });
    y += rowH;
  }
  return {
    marks,
    bottom: y,
    reading: [{ kind: 'weather', text: t.title, point: g.point(x + w / 2, top + size * 1.1), area: g.area(x, top, w, y - top) }],
  };
}

const WEEKDAYS = '日一二三四五六';

/** 2024-07-05 → 2024年7月5日 星期五 (computed in UTC, so the same everywhere). */
export function printedDate(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 星期${WEEKDAYS[d.getUTCDay()]}`;
}

export function layoutHeader(g: Grid): WithReading {
  const { spec } = g;
  const top = spec.margin;
  const left = spec.margin;
  const right = spec.width - spec.margin;
  const pageLabel = `第${spec.page.number}版　${spec.page.name}`;
  const date = printedDate(spec.date);
  const marks: Mark[] = [
    textMark(left, top + 22, 13, 'sansBold', pageLabel),
    textMark(right - runWidth('sans', date, 10), top + 22, 10, 'sans', date),
    ...centred(spec.paper, 'sansBold', 16, left, right - left, top, 20).marks,
    { type: 'rect', x: left, y: top + 32, w: right - left, h: 1.2, stroke: 0, gray: 0 },
  ];
  const reading: NotArticleReading[] = [
    {
      kind: 'header',
      text: pageLabel,
      point: g.point(left + runWidth('sansBold', pageLabel, 13) / 2, top + 17),
      area: g.area(left, top + 8, runWidth('sansBold', pageLabel, 13), 18),
    },
    {
      kind: 'header',
      text: date,
      point: g.point(right - runWidth('sans', date, 10) / 2, top + 18),
      area: g.area(right - runWidth('sans', date, 10), top + 10, runWidth('sans', date, 10), 14),
    },
  ];
  if (spec.latinLine) {
    // tracked capitals, as mastheads set them: the gaps between letters are spacing, the word gaps real spaces
    const tracking = 7 * 0.35;
    const width = runWidth('sans', spec.latinLine, 7, tracking);
    const lx = left + (right - left - width) / 2;
    marks.push(textMark(lx, top + 28, 7, 'sans', spec.latinLine, tracking));
    reading.push({ kind: 'header', text: spec.latinLine, point: g.point(lx + width / 2, top + 25.5), area: g.area(lx, top + 21, width, 9) });
  }
  return { marks, bottom: top + 34, reading };
}

export function layoutFooter(g: Grid, footer: string): WithReading {
  const { spec } = g;
  const y = spec.height - spec.margin;
  const left = spec.margin;
  const width = runWidth('sans', footer, 8);
  const marks: Mark[] = [
    { type: 'rect', x: left, y: y - 14, w: spec.width - 2 * left, h: 0.6, stroke: 0, gray: 0 },
    textMark(left, y - 3, 8, 'sans', footer),
  ];
  return {
    marks,
    bottom: y,
    reading: [{ kind: 'header', text: footer, point: g.point(left + width / 2, y - 6), area: g.area(left, y - 12, width, 11) }],
  };
}
