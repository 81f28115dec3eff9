// @vitest-environment node
/**
 * The demo paper 示例报's page 1 (typeset by src/typeset from the seed, committed under data/papers/demo) as a
 * person reads it (issue 21): the lead's first column under its byline left of the headline, a story beside the
 * bottom band's other headlines though set a little smaller, and every story's area holding its own glyphs.
 */
import { fileURLToPath } from 'node:url';
import { readPdfLayout } from '../../../src/ingest/pdf/readLayout.ts';
import type { PdfPageContent, PdfPageReading } from '../../../src/ingest/pdf/PdfContent.ts';
import { openPdf } from '../../../src/pdf/openPdf.ts';
import { inside, squash } from './compareReading.ts';

const PAGE = fileURLToPath(new URL('../../../data/papers/demo/2024-07-05/p1.pdf', import.meta.url));

/** Each story's headline and how its text starts. */
const STORIES: [headline: string, opening: string][] = [
  ['产业筑基', '连日来，全市上下'],
  ['成都中医药大学附属乐山医院签约仪式举行', '7月4日，成都中医药大学'],
  ['市总工会八届四次全体会议召开', '7月4日，乐山市总工会'],
  ['网络对话：快乐过暑假娃娃安全不放假', '7月4日上午，市教育局'],
  ['全市政协提案工作座谈会暨委员讲堂召开', '为深入学习贯彻全省政协'],
];

/** How many characters of a story's text are looked up on the page at a time. */
const RUN = 8;

let content: PdfPageContent;
let reading: PdfPageReading;

beforeAll(async () => {
  const doc = await openPdf(PAGE);
  content = await doc.readPage(1);
  await doc.close();
  reading = readPdfLayout(content);
}, 60_000);

const paragraphs = (i: number): string[] => reading.articles[i]!.blocks.flatMap((b) => (b.type === 'paragraph' ? [squash(b.text)] : []));

describe('the demo paper page 1', () => {
  it('reads its five stories, each with its text starting right', () => {
    expect(
      reading.articles.map((a) => [squash(a.headline), paragraphs(reading.articles.indexOf(a))[0]?.slice(0, STORIES[0]![1].length + 4)]),
    ).toEqual(STORIES.map(([h, opening]) => [h, expect.stringMatching(`^${opening}`) as unknown as string]));
    expect(reading.articles[0]!.kicker).toBe('学习贯彻市委八届九次全会精神');
  });

  it("holds each story's glyph centres in its own area and no other story's", () => {
    // the page's glyphs in drawing order, which is each story's text order, line after line; the text is looked
    // up in runs of RUN characters: where the typesetter hangs two closing marks into the gutter, over the next
    // column's first glyph (src/typeset/breakLines.ts), that line reads joined across the gutter and the run
    // across the join is drawn nowhere; such runs (3 of 51 in 网络对话) may be a few, never more than 8 %
    const glyphs = content.glyphs.filter((g) => g.ch.trim() !== '');
    const drawn = glyphs.map((g) => g.ch).join('');
    const misplaced: string[] = [];
    reading.articles.forEach((a, i) => {
      const runs = paragraphs(i).flatMap((text) =>
        Array.from({ length: Math.floor(text.length / RUN) }, (_, k) => text.slice(k * RUN, (k + 1) * RUN)),
      );
      const missing = runs.filter((run) => !drawn.includes(run));
      expect(missing.length, `${a.headline}: runs drawn nowhere: ${missing.join(' ')}`).toBeLessThanOrEqual(0.08 * runs.length);
      // a run drawn once stands in one place (a phrase the page repeats could be another story's)
      for (const run of runs.filter((r) => drawn.includes(r) && drawn.indexOf(r) === drawn.lastIndexOf(r))) {
        const at = drawn.indexOf(run);
        for (const g of glyphs.slice(at, at + run.length)) {
          const centre: [number, number] = [(g.x + g.w / 2) / content.width, (g.y + g.h / 2) / content.height];
          const holders = reading.areas.flatMap((area, j) => (inside(area, centre) ? [j] : []));
          if (holders.length !== 1 || holders[0] !== i) misplaced.push(`${a.headline}: ${g.ch} in ${holders.join(',') || 'no area'}`);
        }
      }
    });
    expect(misplaced).toEqual([]);
  });

  it('draws no sliver and leaves the foot line outside every story', () => {
    const slivers = reading.areas.flat().filter((r) => Math.min(r.w, r.h) < 0.01);
    expect(slivers).toEqual([]);
    const foot = content.glyphs.filter((g) => g.y / content.height > 0.95);
    expect(foot.length).toBeGreaterThan(0);
    const inStories = foot.filter((g) =>
      reading.areas.some((area) => inside(area, [(g.x + g.w / 2) / content.width, (g.y + g.h / 2) / content.height])),
    );
    expect(inStories.map((g) => g.ch).join('')).toBe('');
  });
});
