/**
 * The demo paper's two pages: the seed's articles (data/papers/lsrb/2024-07-05, lines 1–70 and 71–139, read with
 * the text parser) placed on a seven-column page. Which story goes where is decided here, by hand, as an editor
 * would; the words are the seed's, with its half-width punctuation set full-width as a printed page has it.
 */
import type { ParsedArticle } from '../../ingest/ParsedPage.ts';
import { cjkPunctuation } from '../../app/ui/cjkPunctuation.ts';
import type { PageSpec, StorySpec } from '../PageSpec.ts';
import { DEMO_PAPER } from './demoPaper.ts';

const GRID = { width: 842, height: 1191, margin: 36, columns: 7, gutter: 10, bodySize: 9.5, leading: 1.5 } as const;
const COMMON = { ...GRID, paper: DEMO_PAPER.name, date: '2024-07-05', header: true, latinLine: 'SHILI BAO · DEMO EDITION' } as const;

/** Where a story stands and how it is dressed; the words come from the parsed article. */
type Placement = Pick<StorySpec, 'cols' | 'top' | 'headlineSize' | 'box'> & { photoCols?: [number, number]; photoHeight?: number };

/** A parsed article as a story on the page. */
export function storyOf(a: ParsedArticle, id: string, place: Placement, seed: number): StorySpec {
  const p = cjkPunctuation;
  const names = a.authors.map((author) => author.name);
  const figure = a.blocks.find((b) => b.type === 'figure');
  const paragraphs: StorySpec['paragraphs'] = a.blocks.flatMap((b): StorySpec['paragraphs'] =>
    b.type === 'paragraph' ? [p(b.text)] : b.type === 'heading' ? [{ subhead: p(b.text) }] : [],
  );
  const first = a.authors[0];
  return {
    kind: 'story',
    id,
    cols: place.cols,
    top: place.top,
    ...(place.headlineSize ? { headlineSize: place.headlineSize } : {}),
    ...(place.box ? { box: true } : {}),
    ...(a.kicker || a.series ? { kicker: p((a.kicker ?? a.series)!) } : {}),
    headline: p(a.headline),
    ...(a.subheadline ? { subheadline: p(a.subheadline) } : {}),
    // a dateline story names its writers in the dateline, as the seed prints it: 本报讯（记者 戴余乐）
    ...(a.dateline
      ? { dateline: p(`${a.dateline}${a.byline ?? ''}`), authors: names }
      : first
        ? { byline: { role: `■ ${first.role ?? ''}`.trim(), names, ...(first.contribution ? { contribution: first.contribution } : {}) } }
        : {}),
    paragraphs,
    ...(figure && figure.type === 'figure' && place.photoCols
      ? {
          photo: {
            cols: place.photoCols,
            height: place.photoHeight ?? 180,
            caption: p(figure.caption),
            ...(figure.credit ? { credit: figure.credit } : {}),
            seed,
          },
        }
      : {}),
  };
}

export function demoPages(page1: readonly ParsedArticle[], page2: readonly ParsedArticle[]): [PageSpec, PageSpec] {
  const [lead, hospital, union, cppcc, summer] = exactly(page1, 5, 'page 1');
  const [jiajiang] = exactly(page2, 1, 'page 2');
  return [
    {
      ...COMMON,
      page: { number: 1, name: '要闻' },
      footer: '示例报 · 本版由本项目的排版程序根据种子文字排成，并非原报印刷版面',
      blocks: [
        storyOf(lead!, 'lead', { cols: [0, 4], top: 0, headlineSize: 40 }, 1),
        storyOf(hospital!, 'hospital', { cols: [5, 6], top: 0, headlineSize: 17 }, 2),
        storyOf(union!, 'union', { cols: [5, 6], top: { below: 'hospital' }, headlineSize: 17 }, 3),
        storyOf(cppcc!, 'cppcc', { cols: [0, 2], top: { below: 'lead' }, headlineSize: 19 }, 4),
        storyOf(summer!, 'summer', { cols: [3, 4], top: { below: 'lead' }, headlineSize: 17, box: true }, 5),
      ],
    },
    {
      ...COMMON,
      page: { number: 2, name: '综合' },
      footer: '示例报 · 本版由本项目的排版程序根据种子文字排成，并非原报印刷版面',
      blocks: [storyOf(jiajiang!, 'jiajiang', { cols: [0, 6], top: 0, headlineSize: 30, photoCols: [2, 4], photoHeight: 300 }, 6)],
    },
  ];
}

/** The page's articles, when there are as many as the layout places; the layout is made for the seed as it is. */
function exactly(articles: readonly ParsedArticle[], count: number, page: string): ParsedArticle[] {
  if (articles.length !== count) throw new Error(`typeset-demo: the seed's ${page} has ${articles.length} articles, the demo layout places ${count}`);
  return [...articles];
}
