import type { ArticleFile, ArticleSummary, EditionIndex, EditionList } from '../../src/schema/edition.ts';

// Shaped like the seed edition (乐山日报 2024-07-05) until ingest writes the real files.
export const DATE = '2024-07-05';
export const OLDER_DATE = '2024-07-04';

const source = { file: 'leshan-daily-2024-07-05.txt', startLine: 1, endLine: 10 };

export const lead: ArticleSummary = {
  id: 'chan-ye-zhu-ji',
  page: 1,
  kind: 'story',
  kicker: '学习贯彻市委八届九次全会精神',
  headline: '产业筑基',
  subheadline: null,
  series: null,
  byline: '记者 张清',
  authors: [{ name: '张清', role: '记者', contribution: null }],
  dateline: null,
  printedIn: null,
  teaser: false,
  sections: ['经济', '时政'],
  summary: '连日来,全市上下掀起了学习宣传贯彻市委八届九次全会精神的热潮。',
  length: 1800,
  figures: 0,
};

const brief = (id: string, headline: string, sections: string[], byline: string, name: string): ArticleSummary => ({
  id,
  page: 1,
  kind: 'brief',
  kicker: null,
  headline,
  subheadline: null,
  series: null,
  byline,
  authors: [{ name, role: '记者', contribution: null }],
  dateline: '本报讯',
  printedIn: null,
  teaser: false,
  sections,
  summary: `${headline}的简讯摘要。`,
  length: 600,
  figures: 0,
});

export const briefs: ArticleSummary[] = [
  brief('zhong-yi-yao-da-xue', '成都中医药大学附属乐山医院签约仪式举行', ['医疗健康'], '(记者 戴余乐)', '戴余乐'),
  brief('zong-gong-hui', '市总工会八届四次全体会议召开', ['时政'], '(罗曦)', '罗曦'),
  brief('zheng-xie-ti-an', '全市政协提案工作座谈会暨委员讲堂召开', ['时政'], '(羊科 记者 杨心梅)', '杨心梅'),
  brief('wang-luo-dui-hua', '网络对话:快乐过暑假 娃娃安全不放假', ['教育'], '(记者 张波)', '张波'),
];

export const feature: ArticleSummary = {
  id: 'jia-jiang-xian',
  page: 2,
  kind: 'story',
  kicker: null,
  headline: '夹江县:创新为“核” 跑出高质量发展“加速度”',
  subheadline: '乐山市推进高质量发展系列主题新闻发布会夹江县专场',
  series: '向新而行 以质致远',
  byline: '记者 宋雪 文/图',
  authors: [{ name: '宋雪', role: '记者', contribution: '文/图' }],
  dateline: null,
  printedIn: null,
  teaser: false,
  sections: ['经济'],
  summary: '作为国家“三线”建设重镇的夹江,拥有以“核、瓷、纸、茶”为代表的县域特色产业集群。',
  length: 3600,
  figures: 1,
};

export const edition: EditionIndex = {
  schemaVersion: 1,
  paper: '乐山日报',
  date: DATE,
  note: null,
  pages: [
    { number: 1, name: null },
    { number: 2, name: null },
  ],
  sections: [
    { slug: 'jingji', name: '经济' },
    { slug: 'shizheng', name: '时政' },
    { slug: 'jiaoyu', name: '教育' },
    { slug: 'yiliao-jiankang', name: '医疗健康' },
    { slug: 'tiyu', name: '体育' },
  ],
  articles: [lead, ...briefs, feature],
  banners: [{ text: '产业强市 旅游兴市', page: 2, source }],
};

export const olderEdition: EditionIndex = { ...edition, date: OLDER_DATE, articles: [lead], banners: [] };

export const editionList: EditionList = {
  schemaVersion: 1,
  editions: [
    { date: DATE, paper: '乐山日报', pages: edition.pages, articleCount: edition.articles.length },
    { date: OLDER_DATE, paper: '乐山日报', pages: edition.pages, articleCount: 1 },
  ],
};

const { summary: _summary, length: _length, figures: _figures, ...featureArticle } = feature;

export const featureFile: ArticleFile = {
  schemaVersion: 1,
  date: DATE,
  paper: '乐山日报',
  article: {
    ...featureArticle,
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
    source,
  },
};

/** Every article of the edition as a file, so any link can be followed. */
export function articleFile(summary: ArticleSummary): ArticleFile {
  if (summary.id === feature.id) return featureFile;
  const { summary: text, length: _l, figures: _f, ...rest } = summary;
  return {
    schemaVersion: 1,
    date: DATE,
    paper: '乐山日报',
    article: { ...rest, blocks: [{ type: 'paragraph', text }], source },
  };
}
