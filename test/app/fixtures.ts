/**
 * Editions for the route tests, shaped like the seed (乐山日报 2024-07-05) and turned into the files the app
 * fetches by ingest's own pure step (siteFiles), so the tests read the same file layout a build writes.
 */
import type { Article, ArticleSummary, Edition, Image } from '../../src/schema/edition.ts';
import { dataPaths } from '../../src/schema/dataPaths.ts';
import { SCHEMA_VERSION } from '../../src/schema/edition.ts';
import { siteFiles, type PaperEditions } from '../../src/ingest/siteFiles.ts';
import { summarize } from '../../src/ingest/summarize.ts';
import { cjkPunctuation } from '../../src/app/ui/cjkPunctuation.ts';

/** Text as the reader shows it: Chinese punctuation full-width (the data keeps it as printed). */
export const shown = cjkPunctuation;

export const PAPER = 'lsrb';
export const DATE = '2024-07-05';
export const OLDER_DATE = '2024-07-04';
/** Last year's edition, for the calendar's year steps. */
export const LAST_YEAR_DATE = '2023-12-29';

const SECTION_NAMES: Record<string, string> = { economy: '经济', politics: '时政', education: '教育', health: '医疗健康' };

function article(fields: Partial<Article> & Pick<Article, 'id' | 'page' | 'headline'>, text: string): Article {
  return {
    kind: 'story',
    kicker: null,
    subheadline: null,
    series: null,
    byline: null,
    authors: [],
    dateline: null,
    printedIn: null,
    teaser: false,
    sections: ['economy'],
    blocks: [{ type: 'paragraph', text }],
    source: { file: 'p.txt', startLine: 1, endLine: 10 },
    ...fields,
  };
}

const leadArticle = article(
  {
    id: 'chan-ye-zhu-ji',
    page: 1,
    kicker: '学习贯彻市委八届九次全会精神',
    headline: '产业筑基',
    byline: '记者 张清',
    authors: [{ name: '张清', role: '记者', contribution: null }],
    sections: ['economy', 'politics'],
  },
  '连日来,全市上下掀起了学习宣传贯彻市委八届九次全会精神的热潮。',
);

const brief = (id: string, headline: string, sections: string[], byline: string, name: string) =>
  article(
    { id, page: 1, kind: 'brief', headline, byline, authors: [{ name, role: '记者', contribution: null }], dateline: '本报讯', sections },
    `${headline}的简讯摘要。`,
  );

const briefArticles = [
  brief('zhong-yi-yao-da-xue', '成都中医药大学附属乐山医院签约仪式举行', ['health'], '(记者 戴余乐)', '戴余乐'),
  brief('zong-gong-hui', '市总工会八届四次全体会议召开', ['politics'], '(罗曦)', '罗曦'),
  brief('zheng-xie-ti-an', '全市政协提案工作座谈会暨委员讲堂召开', ['politics'], '(羊科 记者 杨心梅)', '杨心梅'),
  brief('wang-luo-dui-hua', '网络对话:快乐过暑假 娃娃安全不放假', ['education'], '(记者 张波)', '张波'),
];

const featureArticle: Article = {
  ...article(
    {
      id: 'jia-jiang-xian',
      page: 2,
      headline: '夹江县:创新为“核” 跑出高质量发展“加速度”',
      subheadline: '乐山市推进高质量发展系列主题新闻发布会夹江县专场',
      series: '向新而行 以质致远',
      byline: '记者 宋雪 文/图',
      authors: [{ name: '宋雪', role: '记者', contribution: '文/图' }],
      sections: ['economy'],
    },
    '',
  ),
  blocks: [
    { type: 'paragraph', text: '作为国家“三线”建设重镇的夹江,拥有以“核、瓷、纸、茶”为代表的县域特色产业集群。' },
    { type: 'heading', text: '厚植沃土 中国堆谷成链成群' },
    { type: 'paragraph', text: '刚刚过去的6月,2024乐山核技术应用产业发展恳谈会暨重大项目签约仪式在夹江县举行。' },
    { type: 'figure', caption: '夹江核技术应用产业园', credit: null },
    { type: 'heading', text: '智改数转 特色陶瓷绿色升级' },
    { type: 'paragraph', text: '作为“西部瓷都”的夹江,因瓷而兴、因瓷而盛、因瓷而名。' },
    { type: 'heading', text: '创新驱动 研发转化全面发力' },
    { type: 'paragraph', text: '培育发展新质生产力,科技是第一生产力、人才是第一资源、创新是第一动力。' },
  ],
};

function edition(
  paper: { slug: string; name: string },
  date: string,
  pages: { number: number; name: string | null }[],
  articles: Article[],
): Edition {
  const counts = new Map<string, number>();
  for (const a of articles) for (const s of a.sections) counts.set(s, (counts.get(s) ?? 0) + 1);
  return {
    schemaVersion: SCHEMA_VERSION,
    paper,
    date,
    note: null,
    pages: pages.map((p) => ({ ...p, articleCount: articles.filter((a) => a.page === p.number).length })),
    sections: [...counts].map(([slug, count]) => ({ slug, name: SECTION_NAMES[slug] ?? slug, count })),
    articles,
    banners: [{ text: '产业强市 旅游兴市', page: pages.at(-1)!.number, source: { file: 'p.txt', startLine: 12, endLine: 12 } }],
    chrome: [],
    warnings: [],
  };
}

const lsrb = { slug: PAPER, name: '乐山日报' };
export const latestEdition = edition(
  lsrb,
  DATE,
  [
    { number: 1, name: '要闻' },
    { number: 2, name: '产经' },
  ],
  [leadArticle, ...briefArticles, featureArticle],
);
export const olderEdition = edition(
  lsrb,
  OLDER_DATE,
  [{ number: 1, name: null }],
  [{ ...leadArticle, headline: '七月四日的头条', id: 'older-lead' }],
);
export const lastYearEdition = edition(
  lsrb,
  LAST_YEAR_DATE,
  [{ number: 1, name: null }],
  [{ ...leadArticle, headline: '岁末的头条', id: 'year-end' }],
);

const summaryOf = (a: Article): ArticleSummary => summarize(a);
export const lead = summaryOf(leadArticle);
export const briefs = briefArticles.map(summaryOf);
export const feature = summaryOf(featureArticle);

export const LSRB: PaperEditions = {
  slug: PAPER,
  config: { name: '乐山日报', description: '中共乐山市委机关报' },
  editions: [lastYearEdition, olderEdition, latestEdition],
};

/** A second paper, for the sites that hold several. */
export const RMRB: PaperEditions = {
  slug: 'rmrb',
  config: { name: '人民日报' },
  editions: [
    edition(
      { slug: 'rmrb', name: '人民日报' },
      DATE,
      [{ number: 1, name: '要闻' }],
      [
        article(
          {
            id: 'man-huai',
            page: 1,
            headline: '满怀信心迎接新的一年',
            byline: '本报记者  王  政',
            authors: [{ name: '王政', role: '本报记者', contribution: null }],
            printedIn: '《人民日报》（2024年07月05日第 01 版）',
            sections: ['politics'],
          },
          '新年贺词的简讯。',
        ),
      ],
    ),
  ],
};

/** Every file of a site, path → JSON value, as ingest writes them under data/. */
export function siteOf(...papers: PaperEditions[]): Map<string, unknown> {
  return siteFiles(papers);
}

/** An image's files as ingest names them: three widths of a page, or of a photo. */
function image(path: (width: number) => string, width: number, height: number, widths = [400, 800, width]): Image {
  return { width, height, files: widths.map((w) => ({ path: path(w), width: w, bytes: w * 40 })) };
}

export const PRINTED = 'demo';
const demoPage = (n: number) => (width: number) => dataPaths.pageImage(PRINTED, DATE, n, width, 'webp');
const demoPhoto = (page: number, n: number) => (width: number) => dataPaths.photo(PRINTED, DATE, page, n, width, 'webp');

/** The lead of the printed paper: two rectangles (headline across, text below left) and a photo. */
const printedLead: Article = {
  ...leadArticle,
  id: 'printed-lead',
  area: [
    { x: 0.05, y: 0.1, w: 0.9, h: 0.1 },
    { x: 0.05, y: 0.2, w: 0.45, h: 0.3 },
  ],
  blocks: [
    {
      type: 'figure',
      caption: '产业园区一角',
      credit: '记者 张清 摄',
      image: image(demoPhoto(1, 1), 1200, 800),
      area: { x: 0.5, y: 0.2, w: 0.45, h: 0.3 },
    },
    ...leadArticle.blocks,
    { type: 'figure', caption: '', credit: null, image: image(demoPhoto(1, 2), 900, 600, [300, 900]) },
  ],
};
const printedSecond: Article = { ...briefArticles[1]!, id: 'printed-second', kind: 'story', area: [{ x: 0.05, y: 0.55, w: 0.9, h: 0.2 }] };
/** Printed on the page, but ingest found no area for it: listed, not on the image. */
const printedUnplaced: Article = { ...briefArticles[2]!, id: 'printed-unplaced' };

function printedEdition(): Edition {
  const base = edition(
    { slug: PRINTED, name: '示例报' },
    DATE,
    [
      { number: 1, name: '要闻' },
      { number: 2, name: null },
    ],
    [printedLead, printedSecond, printedUnplaced, { ...featureArticle, id: 'printed-feature' }],
  );
  return {
    ...base,
    pages: base.pages.map((page) => ({
      ...page,
      // Page 2 was a text page: no image, no PDF.
      ...(page.number === 1
        ? {
            image: image(demoPage(1), 1600, 2240),
            thumbnail: image(demoPage(1), 240, 336, [120, 240]),
            pdf: { path: dataPaths.pagePdf(PRINTED, DATE, 1), bytes: 1_258_291 },
          }
        : {}),
    })),
  };
}

export const printedLeadSummary = summarize(printedLead);

/** A paper whose edition came from PDF pages: page images, areas, photos (PDF pages only carry them). */
export const DEMO: PaperEditions = {
  slug: PRINTED,
  config: { name: '示例报' },
  editions: [printedEdition()],
};
