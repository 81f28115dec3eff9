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

  it("draws each story's paragraphs whole, in order, every glyph inside its own area and no other story's", () => {
    // the page's glyphs in drawing order, which is each story's text order, line after line: every paragraph the
    // reading holds is drawn as one run of glyphs, found after the story's previous one, and each of its glyphs
    // stands in its story's area alone (a line pdf.js joined across a gutter would break the run)
    const glyphs = content.glyphs.filter((g) => g.ch.trim() !== '');
    const drawn = glyphs.map((g) => g.ch).join('');
    const wrong: string[] = [];
    reading.articles.forEach((a, i) => {
      let from = 0;
      for (const text of paragraphs(i)) {
        const at = drawn.indexOf(text, from);
        if (at < 0) {
          wrong.push(`${a.headline}: paragraph drawn nowhere after the one before: ${text.slice(0, 24)}…`);
          continue;
        }
        from = at + text.length;
        for (const g of glyphs.slice(at, from)) {
          const centre: [number, number] = [(g.x + g.w / 2) / content.width, (g.y + g.h / 2) / content.height];
          const holders = reading.areas.flatMap((area, j) => (inside(area, centre) ? [j] : []));
          if (holders.length !== 1 || holders[0] !== i) wrong.push(`${a.headline}: ${g.ch} in ${holders.join(',') || 'no area'}`);
        }
      }
    });
    expect(wrong).toEqual([]);
    expect(reading.articles.every((_, i) => paragraphs(i).length > 0)).toBe(true);
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
