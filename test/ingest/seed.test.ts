import { readFileSync } from 'node:fs';
import { parsePage, type ParsedArticle } from '../../src/ingest/parsePage.ts';

const SEED = 'data/papers/lsrb/2024-07-05/leshan-daily-2024-07-05.txt';
const raw = readFileSync(SEED, 'utf8');
// Parsed inside each test, not when the file loads: mutation testing (docs/testing.md) then sees which test reads which code.
const page = () => parsePage(raw);
const paragraphs = (a: ParsedArticle) => a.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text);
const byHeadline = (start: string) => {
  const a = page().articles.find((x) => x.headline.startsWith(start));
  if (!a) throw new Error(`no article headed ${start}`);
  return a;
};

describe('the seed edition (乐山日报, 2 pages)', () => {
  it('has its six articles in page order, with kinds', () => {
    expect(page().articles.map((a) => [a.kind, a.headline])).toEqual([
      ['story', '产业筑基'],
      ['brief', '成都中医药大学 附属乐山医院签约仪式举行'],
      ['brief', '市总工会八届四次全体会议召开'],
      ['brief', '全市政协提案工作座谈会暨委员讲堂召开'],
      ['brief', '网络对话:快乐过暑假 娃娃安全不放假'],
      ['story', '夹江县:创新为“核” 跑出高质量发展“加速度”'],
    ]);
  });

  it('reads the kicker above the lead and the series banner above the feature', () => {
    expect(byHeadline('产业筑基')).toMatchObject({ kicker: '学习贯彻市委八届九次全会精神', series: null, subheadline: null });
    expect(byHeadline('夹江县')).toMatchObject({ kicker: null, series: '向新而行 以质致远' });
  });

  it.each([
    ['产业筑基', '记者 张清', null, [{ name: '张清', role: '记者', contribution: null }]],
    ['成都中医药大学', '(记者 戴余乐)', '本报讯', [{ name: '戴余乐', role: '记者', contribution: null }]],
    ['市总工会', '(罗曦)', '本报讯', [{ name: '罗曦', role: null, contribution: null }]],
    [
      '全市政协',
      '(羊科 记者 杨心梅)',
      '本报讯',
      [
        { name: '羊科', role: null, contribution: null },
        { name: '杨心梅', role: '记者', contribution: null },
      ],
    ],
    ['网络对话', '(记者 张波)', '本报讯', [{ name: '张波', role: '记者', contribution: null }]],
    ['夹江县', '记者 宋雪 文/图', null, [{ name: '宋雪', role: '记者', contribution: '文/图' }]],
  ])('reads the byline of %s', (headline, byline, dateline, authors) => {
    expect(byHeadline(headline)).toMatchObject({ byline, dateline, authors });
  });

  it.each([
    ['产业筑基', 6],
    ['成都中医药大学', 4],
    ['市总工会', 3],
    ['全市政协', 3],
    ['网络对话', 3],
    ['夹江县', 22],
  ])('gives %s %i paragraphs', (headline, count) => {
    expect(paragraphs(byHeadline(headline))).toHaveLength(count);
  });

  it.each([
    ['产业筑基', '预计今年9月正式进场安装。'],
    ['产业筑基', '加快构建具有高新特色的现代化产业体系。'],
    ['产业筑基', '着力打造中国高端威士忌产区、中国西部最大饮用水产业基地。'],
    ['市总工会', '在市委和省总工会的坚强领导下'],
    ['全市政协', '起到重要参考作用。'],
    ['网络对话', '老师在放假前进行了哪些宣传教育和安全提示?'],
    ['网络对话', '做客嘉宾根据学生暑假活动特点,围绕出行安全'],
    ['网络对话', '鼓励孩子多阅读'],
    ['夹江县', '待全球首座溶液型医用同位素生产堆项目'],
    ['夹江县', '建成园区外联道路、交付园区安置房'],
    ['夹江县', '持续完善产业生态。'],
    ['夹江县', '降低生产成本。持续强化品牌建设推广'],
  ])('rejoins the paragraph cut by a column break in %s: %s', (headline, joined) => {
    expect(paragraphs(byHeadline(headline)).some((p) => p.includes(joined))).toBe(true);
  });

  it('starts the lead paragraph of a brief after its dateline and byline', () => {
    expect(paragraphs(byHeadline('成都中医药大学'))[0]).toMatch(/^7月4日,成都中医药大学·乐山市人民政府/);
  });

  it('turns the caption dropped inside the cut into a figure after the rejoined paragraph', () => {
    const blocks = byHeadline('夹江县').blocks;
    const figure = blocks.findIndex((b) => b.type === 'figure');
    expect(blocks[figure]).toEqual({ type: 'figure', caption: '夹江核技术应用产业园', credit: null });
    const before = blocks[figure - 1];
    expect(before?.type === 'paragraph' && before.text.endsWith('世界一流的放射源创新高地……')).toBe(true);
    expect(blocks.filter((b) => b.type === 'figure')).toHaveLength(1);
  });

  it('keeps the three ### subheads as headings, in order, between the paragraphs', () => {
    const blocks = byHeadline('夹江县').blocks;
    expect(blocks.filter((b) => b.type === 'heading').map((b) => b.type === 'heading' && b.text)).toEqual([
      '厚植沃土 中国堆谷成链成群',
      '智改数转 特色陶瓷绿色升级',
      '创新驱动 研发转化全面发力',
    ]);
    // the byline after the three lead paragraphs belongs to the feature, and the first subhead follows them
    expect(blocks.slice(0, 4).map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'paragraph', 'heading']);
  });

  it('keeps the trailing banner as data with a warning, not as an article', () => {
    expect(page().banners).toEqual([{ text: '产业强市 旅游兴市', startLine: 139, endLine: 139 }]);
    expect(page().warnings).toContainEqual({ line: 139, message: expect.stringContaining('产业强市 旅游兴市') });
    expect(page().articles.some((a) => a.headline.includes('产业强市'))).toBe(false);
  });

  it('records where each article stands in the file', () => {
    expect(page().articles.map((a) => [a.startLine, a.endLine])).toEqual([
      [3, 25],
      [27, 35],
      [37, 45],
      [47, 55],
      [57, 69],
      [71, 137],
    ]);
  });

  it('warns at each guess it made, with the line', () => {
    expect(page().warnings).toContainEqual({ line: 93, message: expect.stringContaining('photo caption') });
    expect(page().warnings).toContainEqual({ line: 15, message: expect.stringContaining('line 13') });
  });
});
