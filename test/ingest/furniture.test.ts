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
    ['·全省春耕备耕有序推进', 'headline-list', false],
    ['第 03 版 ： 要闻', 'page', true],
    ['第12版:文化', 'page', true],
    ['2024 年 5 月 20 日 星期一', 'date', false],
    ['2024年05月20日星期一', 'date', false],
    ['2024年05月20日 星期一', 'date', false],
    ['2024年05月20日　', 'date', false],
    ['第2817期（总第9999期）', 'issue', true],
    ['第 2817 期 （总第 9999 期）', 'issue', true],
    ['第2817期 总第9999期', 'issue', true],
    ['期', 'issue', false],
    ['总第', 'issue', false],
    ['ISSN 1234-567X', 'masthead', true],
    ['ISSN1234-5678', 'masthead', true],
    ['CN 51 - 0001', 'masthead', true],
    ['CN51-0001', 'masthead', true],
    ['国内统一刊号：CN51-0001 2024年5月20日 星期一', 'masthead', true],
  ])('%s is %s (strong: %s)', (line, kind, strong) => {
    expect(furnitureKind(line)).toEqual({ kind, strong });
  });

  it.each([
    ['a sentence that mentions a page', '本报第01版刊发了这篇报道。'],
    ['a dated sentence', '2024年05月20日,会议在青城召开。'],
    ['a cut line ending in 主办', '本次活动由市文化和旅游局与青城晚报社共同主办'],
    ['a headline', '山水见青城'],
    ['a date line holding more than navigation', '2024年05月20日 星期一 晴'],
    ['a page line whose name runs on like a sentence', '第3版:本报讯 省政府昨天召开常务会议研究部署全省春耕生产工作'],
    ['an issue number with words after it', '第2817期读者来信摘登'],
    ['an issue number at the end of a phrase', '截至目前已出版至第2817期'],
    ['a cut line that opens with a paper as organiser', '青城晚报主办的读书节由市图书馆主办'],
    ['a headline that opens with a number', '10个重点项目集中开工'],
    ['a line that ends with a number', '全年新开工项目 128'],
    [
      'a long cut line that mentions 邮发代号',
      '欢迎广大读者到当地邮局订阅本报，邮发代号61-1，全年定价360元，订阅热线12345678，也可登录青城晚报官网或关注青城晚报微信公众号在线订阅，订阅截止日期为每年十二月底',
    ],
  ])('is not furniture: %s', (_name, line) => {
    expect(furnitureKind(line)).toBeNull();
  });
});

describe('furnitureKind: every word of a navigation line', () => {
  // Alone, only the words no article prints alone make a line strong furniture; beside another word, every one does.
  it.each([
    ['上一版', true],
    ['下一版', true],
    ['上一期', true],
    ['下一期', true],
    ['上一篇', true],
    ['下一篇', true],
    ['返回主页', true],
    ['返回首页', true],
    ['返回目录', false],
    ['返回', false],
    ['版面导航', true],
    ['标题导航', true],
    ['版面概览', true],
    ['收藏', false],
    ['打印', false],
    ['推荐', false],
    ['朗读', false],
    ['评论', false],
    ['更多功能', true],
    ['分享', false],
    ['关闭窗口', true],
    ['关闭', false],
    ['文字版', true],
    ['图片版', true],
    ['放大', false],
    ['缩小', false],
    ['默认', false],
    ['字号', false],
    ['往期回顾', false],
    ['往期', false],
    ['首页', false],
    ['PDF下载', true],
    ['PDF', true],
    ['版', false],
  ])('%s (strong alone: %s)', (word, strong) => {
    expect(furnitureKind(word)).toEqual({ kind: 'navigation', strong });
    expect(furnitureKind(`3${word}4`)).toEqual({ kind: 'navigation', strong });
    expect(furnitureKind(`${word} | 返回`)).toEqual({ kind: 'navigation', strong: true });
  });
});

describe('findFurniture: chrome out of the token stream, kept as data', () => {
  it.each([
    ['the overview page', 'epaper-overview.txt', ['navigation', 'page-list', 'navigation', 'date', 'issue', 'page'], 'text:外婆的竹篮'],
    ['the article page', 'epaper-article.txt', ['masthead', 'date'], 'text:《“灯”照回家路》 让夜归人看见温暖'],
    ['the page with a kicker', 'epaper-kicker.txt', ['date', 'page'], 'text:青城站·后山—古镇'],
    [
      'the page with a headline list',
      'epaper-headline-list.txt',
      ['other', 'page', 'other', 'navigation', 'headline-list', 'navigation', 'masthead', 'navigation', 'date'],
      'text:省有关部门新闻发言人',
    ],
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
    [
      'epaper-headline-list.txt',
      {
        page: { number: 5, name: '本省新闻' },
        date: '2008-04-11',
        pages: 0,
        headlines: ['全省春耕备耕有序推进', '省有关部门新闻发言人名单公布', '最后的渡船', '山区公路改造完成'],
      },
    ],
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
    ['a bare date line after the text', ['# 标题', '正文。', '2024年05月20日', '下文。']],
  ])('leaves weak furniture alone away from the top of the page: %s', (_name, lines) => {
    expect(findFurniture(tokensOf(...lines)).chrome).toEqual([]);
  });

  it.each([
    [
      'a headline list closing a page',
      ['第01版:要闻', '· 全省春耕备耕有序推进'],
      [
        ['page', '第01版:要闻'],
        ['headline-list', '· 全省春耕备耕有序推进'],
      ],
      [],
    ],
    [
      'a headline in the list printed over two lines, closing a page',
      ['第01版:要闻', '· 党中央有关部门新闻发言人', '名单首次公布'],
      [
        ['page', '第01版:要闻'],
        ['headline-list', '· 党中央有关部门新闻发言人\n名单首次公布'],
      ],
      [],
    ],
    [
      'the first headline under the list',
      ['第01版:要闻', '· 全省春耕备耕有序推进', '山水见青城', '正文。'],
      [
        ['page', '第01版:要闻'],
        ['headline-list', '· 全省春耕备耕有序推进'],
      ],
      ['text:山水见青城', 'text:正文。'],
    ],
    [
      'a bold line under the list',
      ['第01版:要闻', '· 全省春耕备耕有序推进', '**本版导读**'],
      [
        ['page', '第01版:要闻'],
        ['headline-list', '· 全省春耕备耕有序推进'],
      ],
      ['bold:本版导读'],
    ],
    [
      'a headline list beside navigation below the text',
      ['# 标题', '正文。', '返回主页 | 版面导航', '· 全省春耕备耕有序推进', '· 山区公路改造完成'],
      [
        ['navigation', '返回主页 | 版面导航'],
        ['headline-list', '· 全省春耕备耕有序推进\n· 山区公路改造完成'],
      ],
      ['heading:标题', 'text:正文。'],
    ],
    [
      'a date line just above navigation below the text',
      ['# 标题', '正文。', '2024年05月20日', '上一篇  下一篇'],
      [
        ['date', '2024年05月20日'],
        ['navigation', '上一篇  下一篇'],
      ],
      ['heading:标题', 'text:正文。'],
    ],
    [
      'a date line just below navigation below the text',
      ['# 标题', '正文。', '上一篇  下一篇', '2024年05月20日'],
      [
        ['navigation', '上一篇  下一篇'],
        ['date', '2024年05月20日'],
      ],
      ['heading:标题', 'text:正文。'],
    ],
    [
      'a page line with its name on the next line',
      ['第8版:', '要闻', '山水见青城', '正文。'],
      [['page', '第8版:\n要闻']],
      ['text:山水见青城', 'text:正文。'],
    ],
    [
      'a headline under a page list whose last page has no name',
      ['第01版:要闻', '第02版:评论', '第03版:', '山水见青城', '正文。'],
      [['page-list', '第01版:要闻\n第02版:评论\n第03版:']],
      ['text:山水见青城', 'text:正文。'],
    ],
    ['a page line with a bold line under it', ['第8版:', '**本版导读**', '正文。'], [['page', '第8版:']], ['bold:本版导读', 'text:正文。']],
    [
      'an issue number over three lines',
      ['第', '3529', '期', '第01版:要闻', '山水见青城', '正文。'],
      [
        ['issue', '第\n3529\n期'],
        ['page', '第01版:要闻'],
      ],
      ['text:山水见青城', 'text:正文。'],
    ],
    [
      'an issue number over two lines',
      ['3529', '期', '第01版:要闻', '山水见青城', '正文。'],
      [
        ['issue', '3529\n期'],
        ['page', '第01版:要闻'],
      ],
      ['text:山水见青城', 'text:正文。'],
    ],
    [
      'an issue number over two lines, without its 期',
      ['第', '3529', '第01版:要闻', '山水见青城', '正文。'],
      [
        ['issue', '第\n3529'],
        ['page', '第01版:要闻'],
      ],
      ['text:山水见青城', 'text:正文。'],
    ],
    [
      'image text above the issue number',
      ['阴影', '第 2817 期', '第01版:要闻', '山水见青城', '正文。'],
      [
        ['other', '阴影'],
        ['issue', '第 2817 期'],
        ['page', '第01版:要闻'],
      ],
      ['text:山水见青城', 'text:正文。'],
    ],
    [
      'a date line right under the page line',
      ['第01版:要闻', '2024年05月20日', '山水见青城', '正文。'],
      [
        ['page', '第01版:要闻'],
        ['date', '2024年05月20日'],
      ],
      ['text:山水见青城', 'text:正文。'],
    ],
    [
      'a headline list beside navigation, then the next article',
      ['# 标题', '正文。', '返回主页 | 版面导航', '· 全省春耕备耕有序推进', '· 山区公路改造完成', '山水见青城', '正文二。'],
      [
        ['navigation', '返回主页 | 版面导航'],
        ['headline-list', '· 全省春耕备耕有序推进\n· 山区公路改造完成'],
      ],
      ['heading:标题', 'text:正文。', 'text:山水见青城', 'text:正文二。'],
    ],
    ['a page of nothing but furniture', ['上一版', '下一版'], [['navigation', '上一版\n下一版']], []],
    ['a column heading that is also a navigation word', ['# 评论', '正文。'], [], ['heading:评论', 'text:正文。']],
    ['a bold line that is also a navigation word', ['**推荐**', '正文。'], [], ['bold:推荐', 'text:正文。']],
    [
      'two navigation lines with text between',
      ['# 标题', '正文。', '上一篇  下一篇', '正文二。', '返回主页 | 版面导航'],
      [
        ['navigation', '上一篇  下一篇'],
        ['navigation', '返回主页 | 版面导航'],
      ],
      ['heading:标题', 'text:正文。', 'text:正文二。'],
    ],
    [
      'an end mark above navigation, after the text',
      ['会议在青城召开。', '（完）', '上一篇  下一篇'],
      [['navigation', '上一篇  下一篇']],
      ['text:会议在青城召开。', 'text:（完）'],
    ],
    [
      'a short line above a long one above the page line',
      ['阴影', '这是一段很长很长的正文开头部分还没有结束', '第01版:要闻'],
      [['page', '第01版:要闻']],
      ['text:阴影', 'text:这是一段很长很长的正文开头部分还没有结束'],
    ],
    ['a short line above a heading above the page line', ['阴影', '# 标题', '第01版:要闻'], [['page', '第01版:要闻']], ['text:阴影', 'heading:标题']],
    [
      'four short lines above the page line',
      ['阴影', '标志', '图片', '说明', '第01版:要闻'],
      [['page', '第01版:要闻']],
      ['text:阴影', 'text:标志', 'text:图片', 'text:说明'],
    ],
  ])('reads %s', (_name, lines, chrome, tokens) => {
    const result = findFurniture(tokensOf(...lines));
    expect(result.chrome.map((c) => [c.kind, c.text])).toEqual(chrome);
    expect(result.tokens.map(show)).toEqual(tokens);
  });

  it.each([
    [
      'a page list',
      ['第01版:要闻', '第02版:评论', '第03版:', '第04版:经济', '山水见青城', '正文。'],
      {
        pages: [
          { number: 1, name: '要闻' },
          { number: 2, name: '评论' },
          { number: 3, name: null },
          { number: 4, name: '经济' },
        ],
      },
    ],
    ['a page named on the next line', ['第8版:', '要闻', '山水见青城', '正文。'], { page: { number: 8, name: '要闻' } }],
    [
      'a page list whose last page has no name',
      ['第01版:要闻', '第02版:评论', '第03版:', '山水见青城', '正文。'],
      {
        page: null,
        pages: [
          { number: 1, name: '要闻' },
          { number: 2, name: '评论' },
          { number: 3, name: null },
        ],
      },
    ],
    ['a date of one-digit month and day', ['2024年5月6日', '山水见青城', '正文。'], { date: '2024-05-06' }],
    [
      'a headline list beside navigation',
      ['# 标题', '正文。', '返回主页 | 版面导航', '· 全省春耕备耕有序推进', '· 山区公路改造完成', '· 最后的渡船'],
      { headlines: ['全省春耕备耕有序推进', '山区公路改造完成', '最后的渡船'] },
    ],
  ])('reads the facts of %s', (_name, lines, expected) => {
    expect(findFurniture(tokensOf(...lines)).facts).toMatchObject(expected);
  });

  it('marks no heading after chrome as a block start: only text lines carry one', () => {
    const { tokens } = findFurniture(tokensOf('上一版', '# 标题', '正文。'));
    expect(tokens[0]).toEqual({ kind: 'heading', level: 1, text: '标题', line: 2 });
  });

  it.each([
    ['第01版:要闻', 'page number and name'],
    ['第01版:要闻\n第02版:评论', 'list of pages'],
    ['2024年05月20日', 'date line'],
    ['第 2817 期', 'issue number'],
    ['上一篇  下一篇', 'navigation'],
    ['国内统一刊号:CN99-0001', 'masthead or 刊号 line'],
  ])('says in its note what %s was', (lines, what) => {
    const { notes } = findFurniture(tokensOf(...lines.split('\n'), '山水见青城', '正文。'));
    expect(notes.map((n) => n.message)).toEqual([
      expect.stringMatching(new RegExp(`^the site's ${what}: kept as page data, not as article text \\(rule: furniture-`)),
    ]);
  });

  it.each([
    [['阴影', '第01版:要闻'], 'furniture (image text, page numbers)'],
    [['第01版:要闻', '· 全省春耕备耕有序推进'], "list of the page's headlines"],
  ])('says in its note what %j held beside a page line was', (lines, what) => {
    const { notes } = findFurniture(tokensOf(...lines, '山水见青城', '正文。'));
    expect(notes.map((n) => n.message)).toContainEqual(expect.stringContaining(`the site's ${what}:`));
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

  it.each([
    [{ number: 6, name: null, date: '2008-04-11' }, 'the page prints itself as page 5, the manifest says page 6'],
    [{ number: 5, name: '要闻', date: '2008-04-11' }, 'the page prints its name as "本省新闻", the manifest says "要闻"'],
    [{ number: 5, name: null, date: '2008-04-12' }, 'the page prints the date 2008-04-11, the manifest says 2008-04-12'],
  ])('says what the page prints and what the manifest says (%j)', (expected, message) => {
    expect(checkFacts(facts, expected, 3)).toEqual([{ line: 3, message: expect.stringContaining(message) }]);
  });

  it("checks the manifest's name against the page list when the page does not print its own", () => {
    const listed = { page: null, pages: [{ number: 2, name: '综合新闻' }], date: null, headlines: [] };
    expect(checkFacts(listed, { number: 2, name: '综合新闻', date: '2024-01-01' }, 1)).toEqual([]);
    expect(checkFacts(listed, { number: 2, name: '要闻', date: '2024-01-01' }, 1)).toEqual([
      { line: 1, message: expect.stringContaining('"综合新闻"') },
    ]);
    const two = {
      page: null,
      pages: [
        { number: 1, name: '要闻' },
        { number: 2, name: '综合新闻' },
      ],
      date: null,
      headlines: [],
    };
    expect(checkFacts(two, { number: 2, name: '综合新闻', date: '2024-01-01' }, 1)).toEqual([]);
  });
});
