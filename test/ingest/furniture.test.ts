import { checkFacts, findFurniture, furnitureKind } from '../../src/ingest/furniture.ts';
import { fixture, show, tokensOf } from './tokens.ts';

describe('furnitureKind: a line on its own', () => {
  it.each([
    ['第01版:要闻', 'page', true],
    ['第00005版：本省新闻', 'page', true],
    ['第4版:', 'page', true],
    ['上一版', 'navigation', true],
    ['收藏 打印 推荐  更多功能', 'navigation', true],
    ['返回主页 | 版面导航 | 标题导航', 'navigation', true],
    ['5上一篇  下一篇6', 'navigation', true],
    ['PDF 版', 'navigation', true],
    ['评论', 'navigation', false],
    ['2024年05月20日', 'date', false],
    ['2008年04月11日     收藏 打印 推荐 朗读 评论 更多功能', 'date', true],
    ['第 2817 期', 'issue', true],
    ['第', 'issue', false],
    ['2817', 'other', false],
    ['5  6', 'other', false],
    ['国内统一刊号:CN99-0001 青城晚报社主办', 'masthead', true],
    ['青城日报报业集团主办', 'masthead', true],
    ['· 全省春耕备耕有序推进', 'headline-list', false],
  ])('%s is %s (strong: %s)', (line, kind, strong) => {
    expect(furnitureKind(line)).toEqual({ kind, strong });
  });

  it.each([
    ['a sentence that mentions a page', '本报第01版刊发了这篇报道。'],
    ['a dated sentence', '2024年05月20日,会议在青城召开。'],
    ['a cut line ending in 主办', '本次活动由市文化和旅游局与青城晚报社共同主办'],
    ['a headline', '山水见青城'],
    ['a date line holding more than navigation', '2024年05月20日 星期一 晴'],
  ])('is not furniture: %s', (_name, line) => {
    expect(furnitureKind(line)).toBeNull();
  });
});

describe('findFurniture: chrome out of the token stream, kept as data', () => {
  it.each([
    ['the overview page', 'epaper-overview.txt', ['navigation', 'page-list', 'navigation', 'date', 'issue', 'page'], 'text:外婆的竹篮'],
    ['the article page', 'epaper-article.txt', ['masthead', 'date'], 'text:《“灯”照回家路》 让夜归人看见温暖'],
    ['the page with a kicker', 'epaper-kicker.txt', ['date', 'page'], 'text:青城站·后山—古镇'],
    ['the page with a headline list', 'epaper-headline-list.txt', ['other', 'page', 'other', 'navigation', 'headline-list', 'navigation', 'masthead', 'navigation', 'date'], 'text:省有关部门新闻发言人'],
  ])('takes the chrome of %s', (_name, file, kinds, first) => {
    const result = findFurniture(tokensOf(...fixture(file)));
    expect(result.chrome.map((c) => c.kind)).toEqual(kinds);
    expect(result.tokens.map(show)[0]).toBe(first);
    expect(result.notes).toHaveLength(kinds.length);
    for (const n of result.notes) expect(n.message).toMatch(/rule: furniture-/);
  });

  it.each([
    ['epaper-overview.txt', { page: { number: 4, name: '副刊/青城夜话' }, date: '2024-03-06', pages: 4, headlines: [] }],
    ['epaper-kicker.txt', { page: { number: 7, name: '文旅周刊07版' }, date: '2022-08-09', pages: 0, headlines: [] }],
    ['epaper-headline-list.txt', { page: { number: 5, name: '本省新闻' }, date: '2008-04-11', pages: 0, headlines: ['全省春耕备耕有序推进', '省有关部门新闻发言人名单公布', '最后的渡船', '山区公路改造完成'] }],
  ])('reads the facts of %s', (file, expected) => {
    const { facts } = findFurniture(tokensOf(...fixture(file)));
    expect({ ...facts, pages: facts.pages.length }).toEqual(expected);
  });

  it('marks the token after chrome as a block start, as a blank line would', () => {
    const { tokens } = findFurniture(tokensOf('2024年05月20日', '山水见青城', '正文。'));
    expect(tokens[0]).toMatchObject({ kind: 'text', text: '山水见青城', blockStart: true });
  });

  it.each([
    ['a date line closing an essay', ['# 标题', '正文。', '2024年05月20日']],
    ['a bulleted list inside an article', ['# 标题', '正文如下：', '· 第一条措施', '· 第二条措施']],
    ['a number in the body', ['# 标题', '正文。', '2817', '下文。']],
  ])('leaves weak furniture alone away from the top of the page: %s', (_name, lines) => {
    expect(findFurniture(tokensOf(...lines)).chrome).toEqual([]);
  });

  it('takes strong furniture wherever it stands, grouping lines of one kind', () => {
    const { chrome, tokens } = findFurniture(tokensOf('# 标题', '正文。', '上一篇  下一篇', '返回主页 | 版面导航'));
    expect(chrome).toEqual([{ kind: 'navigation', text: '上一篇  下一篇\n返回主页 | 版面导航', startLine: 3, endLine: 4 }]);
    expect(tokens.map(show)).toEqual(['heading:标题', 'text:正文。']);
  });
});

describe('checkFacts: the furniture against the manifest', () => {
  const facts = { page: { number: 5, name: '本省新闻' }, pages: [], date: '2008-04-11', headlines: [] };
  it.each([
    ['all agree', { number: 5, name: '本省新闻', date: '2008-04-11' }, []],
    ['the manifest gives no name', { number: 5, name: null, date: '2008-04-11' }, []],
    ['another page number', { number: 6, name: null, date: '2008-04-11' }, ['furniture-page-mismatch']],
    ['another name', { number: 5, name: '要闻', date: '2008-04-11' }, ['furniture-name-mismatch']],
    ['another date', { number: 5, name: null, date: '2008-04-12' }, ['furniture-date-mismatch']],
  ])('warns when %s', (_name, expected, rules) => {
    expect(checkFacts(facts, expected, 3).map((w) => /rule: ([\w-]+)/.exec(w.message)?.[1])).toEqual(rules);
  });

  it("checks the manifest's name against the page list when the page does not print its own", () => {
    const listed = { page: null, pages: [{ number: 2, name: '综合新闻' }], date: null, headlines: [] };
    expect(checkFacts(listed, { number: 2, name: '综合新闻', date: '2024-01-01' }, 1)).toEqual([]);
    expect(checkFacts(listed, { number: 2, name: '要闻', date: '2024-01-01' }, 1)).toEqual([{ line: 1, message: expect.stringContaining('"综合新闻"') }]);
  });
});
