/** A page description → everything drawn on the page, and the table of what a person reads on it. Pure layout: no PDF. */
import { makeGrid } from './Grid.ts';
import { layoutAd, layoutFooter, layoutHeader, layoutNotice, layoutWeather } from './layoutFurniture.ts';
import { layoutStory } from './layoutStory.ts';
import type { Mark } from './Marks.ts';
import type { ArticleReading, NotArticleReading, PageReadingTable } from './PageReading.ts';
import type { BlockSpec, PageSpec } from './PageSpec.ts';

export interface LaidPage {
  marks: Mark[];
  reading: PageReadingTable;
}

export function layoutPage(spec: PageSpec): LaidPage {
  const g = makeGrid(spec);
  const marks: Mark[] = [];
  const articles: ArticleReading[] = [];
  const notArticles: NotArticleReading[] = [];
  for (const laid of [spec.header ? layoutHeader(g) : null, spec.footer ? layoutFooter(g, spec.footer) : null]) {
    if (!laid) continue;
    marks.push(...laid.marks);
    notArticles.push(...laid.reading);
  }
  const bottoms = new Map<string, number>();
  for (const block of spec.blocks) {
    const top = topOf(block, bottoms, g.top);
    const laid = layoutBlock(block, top, g);
    if (laid.bottom > g.bottom + 0.5)
      throw new Error(
        `typeset: ${block.kind} ${block.id} ends ${Math.round(laid.bottom - g.bottom)} pt below the text area of page ${spec.page.number}`,
      );
    bottoms.set(block.id, laid.bottom);
    marks.push(...laid.marks);
    if ('article' in laid) articles.push(laid.article);
    else notArticles.push(...laid.furniture);
  }
  const reading: PageReadingTable = {
    paper: spec.paper,
    date: spec.date,
    page: String(spec.page.number),
    pageName: spec.page.name,
    articles,
    notArticles,
  };
  return { marks, reading };
}

function topOf(block: BlockSpec, bottoms: ReadonlyMap<string, number>, textTop: number): number {
  if (typeof block.top === 'number') return textTop + block.top;
  const ids = typeof block.top.below === 'string' ? [block.top.below] : block.top.below;
  const above = ids.map((id) => {
    const bottom = bottoms.get(id);
    if (bottom === undefined) throw new Error(`typeset: ${block.kind} ${block.id} stands below ${id}, which is not laid out before it`);
    return bottom;
  });
  return Math.max(...above) + (block.top.gap ?? 14);
}

function layoutBlock(
  block: BlockSpec,
  top: number,
  g: ReturnType<typeof makeGrid>,
): { marks: Mark[]; bottom: number } & ({ article: ArticleReading } | { furniture: NotArticleReading[] }) {
  switch (block.kind) {
    case 'story': {
      const laid = layoutStory(block, top, g);
      return { marks: laid.marks, bottom: laid.bottom, article: laid.reading };
    }
    case 'ad': {
      const laid = layoutAd(block, top, g);
      return { marks: laid.marks, bottom: laid.bottom, furniture: laid.reading };
    }
    case 'notice': {
      const laid = layoutNotice(block, top, g);
      return { marks: laid.marks, bottom: laid.bottom, furniture: laid.reading };
    }
    case 'weather': {
      const laid = layoutWeather(block, top, g);
      return { marks: laid.marks, bottom: laid.bottom, furniture: laid.reading };
    }
  }
}
