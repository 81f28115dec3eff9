import { parsePage } from '../../src/ingest/parsePage.ts';

const page = (...lines: string[]) => parsePage(lines.join('\n'));
const only = (...lines: string[]) => {
  const { articles } = page(...lines);
  expect(articles).toHaveLength(1);
  return articles[0]!;
};
const texts = (...lines: string[]) =>
  only(...lines).blocks.map((b) => (b.type === 'figure' ? `[图] ${b.caption}` : b.type === 'heading' ? `## ${b.text}` : b.text));

describe('parsePage: headline stack in markdown pages', () => {
  it.each([
    [
      'a plain line above # is the kicker',
      ['喜迎新春', '', '# 城市灯会开幕', '', '灯会今晚开幕。'],
      { kicker: '喜迎新春', headline: '城市灯会开幕', series: null },
    ],
    [
      'a ### line above # is the kicker',
      ['### 促进乡村风电开发', '# 驭风行动有序推进', '正文一句。'],
      { kicker: '促进乡村风电开发', headline: '驭风行动有序推进' },
    ],
    [
      'a ## line above # is the series banner',
      ['## 奋进新征程', '', '# 某县:创新为先', '', '正文一句。'],
      { series: '奋进新征程', headline: '某县:创新为先', kicker: null },
    ],
    [
      '## right under # is the subheadline',
      ['# 文化根基更牢', '', '## ——二〇二四年文化事业综述', '', '正文一句。'],
      { headline: '文化根基更牢', subheadline: '——二〇二四年文化事业综述' },
    ],
    [
      'a —— line right under # is the subheadline',
      ['# 满怀信心 埋头实干', '——新年首个工作日剪影', '正文一句。'],
      { subheadline: '——新年首个工作日剪影' },
    ],
    [
      'series, kicker, headline and subheadline together',
      ['## 专栏名', '### 引题在此', '# 主题在此', '## ——副题在此', '正文。'],
      { series: '专栏名', kicker: '引题在此', headline: '主题在此', subheadline: '——副题在此' },
    ],
    ['full-width indent and trailing spaces do not matter', ['　　引题  ', '#\t主题\t', '正文。  '], { kicker: '引题', headline: '主题' }],
    ['# with no space before CJK text is still a headline', ['#主题紧贴', '正文。'], { headline: '主题紧贴' }],
  ])('%s', (_name, lines, expected) => {
    expect(only(...lines)).toMatchObject(expected);
  });
});

describe('parsePage: briefs and banners', () => {
  it('reads each ## headline with text under it as a brief of its own', () => {
    const { articles } = page('# 头条', '正文。', '## 简讯一', '本报讯 简讯一正文。', '## 简讯二', '简讯二正文。');
    expect(articles.map((a) => [a.kind, a.headline])).toEqual([
      ['story', '头条'],
      ['brief', '简讯一'],
      ['brief', '简讯二'],
    ]);
  });

  it.each([
    ['a ## banner at the end of the page', ['# 头条', '正文。', '', '## 产业强市 旅游兴市'], '产业强市 旅游兴市', 4],
    ['a # headline at the end of the page', ['# 头条', '正文。', '# 转下版的标题'], '转下版的标题', 3],
    ['a kicker and headline with nothing under them', ['# 头条', '正文。', '引题', '# 主题'], '引题 主题', 3],
  ])('keeps %s as a banner with a warning, never an empty article', (_name, lines, text, line) => {
    const result = page(...lines);
    expect(result.articles).toHaveLength(1);
    expect(result.banners).toEqual([{ text, startLine: line, endLine: lines.length }]);
    expect(result.warnings.some((w) => w.line === line && w.message.includes('banner'))).toBe(true);
  });
});

describe('parsePage: bylines and datelines', () => {
  it.each([
    ['■ 记者 张清', '记者 张清', null, [['张清', '记者', null]]],
    ['■ 记者 宋雪 文/图', '记者 宋雪 文/图', null, [['宋雪', '记者', '文/图']]],
    ['> 本报记者  王  政《人民日报》（2025年01月08日第 18 版）', '本报记者 王政', null, [['王政', '本报记者', null]]],
    [
      '> 本报记者 钱某某、林某某',
      '本报记者 钱某某、林某某',
      null,
      [
        ['钱某某', '本报记者', null],
        ['林某某', '本报记者', null],
      ],
    ],
    [
      '本报记者 甲乙 通讯员 丙丁',
      '本报记者 甲乙 通讯员 丙丁',
      null,
      [
        ['甲乙', '本报记者', null],
        ['丙丁', '通讯员', null],
      ],
    ],
    ['本报讯(记者 戴余乐)7月4日,会议召开。', '(记者 戴余乐)', '本报讯', [['戴余乐', '记者', null]]],
    ['本报讯（罗曦）7月4日，会议召开。', '（罗曦）', '本报讯', [['罗曦', null, null]]],
    [
      '本报讯(羊科 记者 杨心梅)为深入学习,会议召开。',
      '(羊科 记者 杨心梅)',
      '本报讯',
      [
        ['羊科', null, null],
        ['杨心梅', '记者', null],
      ],
    ],
    ['【新华社延安十四日电】本社记者陈某报导：前线消息。', null, '【新华社延安十四日电】', [['陈某', '本社记者', null]]],
    ['新华社北京1月2日电（记者 李四）消息全文。', '（记者 李四）', '新华社北京1月2日电', [['李四', '记者', null]]],
    ['◎ 青城晚报记者 陆一鸣', '青城晚报记者 陆一鸣', null, [['陆一鸣', '青城晚报记者', null]]],
    ['● 林晓雨', '林晓雨', null, [['林晓雨', null, null]]],
    ['● 林晓雨 在我的记忆里，外婆总是很忙。', '林晓雨', null, [['林晓雨', null, null]]],
    ['文<何晓棠', '文<何晓棠', null, [['何晓棠', null, '文']]],
    ['文/何晓棠', '文/何晓棠', null, [['何晓棠', null, '文']]],
    ['> 新华社记者《某某日报》（2025年01月01日第 01 版）', '新华社记者', null, []],
  ])('reads %s', (line, byline, dateline, authors) => {
    const a = only('# 标题', line, '正文收尾。');
    expect(a).toMatchObject({ byline, dateline });
    expect(a.authors.map((x) => [x.name, x.role, x.contribution])).toEqual(authors);
  });

  it('keeps the text a byline ran into as the lead paragraph', () => {
    expect(texts('# 标题', '● 林晓雨 在我的记忆里，外婆总是很忙。', '正文收尾。')).toEqual(['在我的记忆里，外婆总是很忙。', '正文收尾。']);
  });

  it('strips the dateline and its byline from the lead paragraph, and only from the lead', () => {
    const a = only('# 标题', '本报讯(记者 某某)7月4日,第一段。', '【新华社延安十四日电】第二条电讯。');
    expect(a.blocks).toEqual([
      { type: 'paragraph', text: '7月4日,第一段。' },
      { type: 'paragraph', text: '【新华社延安十四日电】第二条电讯。' },
    ]);
  });

  it('gives a byline after the lead paragraphs to the same article', () => {
    const a = only('# 标题', '第一段。', '第二段。', '■ 记者 宋雪 文/图', '### 小标题', '第三段。');
    expect(a.byline).toBe('记者 宋雪 文/图');
    expect(texts('# 标题', '第一段。', '第二段。', '■ 记者 宋雪 文/图', '### 小标题', '第三段。')).toEqual([
      '第一段。',
      '第二段。',
      '## 小标题',
      '第三段。',
    ]);
  });

  it('does not read a lead that opens with 记者 as a byline', () => {
    expect(texts('# 标题', '记者从市教育局获悉,今年暑假将开放场馆。')).toEqual(['记者从市教育局获悉,今年暑假将开放场馆。']);
  });
});

describe('parsePage: paragraphs cut by column and page breaks', () => {
  it.each([
    ['mid-sentence', ['项目已基本完成厂房建设。预计今年9月', '', '正式进场安装。'], ['项目已基本完成厂房建设。预计今年9月正式进场安装。']],
    ['mid-word', ['着力打造中国高端威', '', '士忌产区。'], ['着力打造中国高端威士忌产区。']],
    [
      'a short line that starts a paragraph and cuts a word',
      ['第一段。', '老师进行了哪些宣', '', '传教育?家长怎么办。'],
      ['第一段。', '老师进行了哪些宣传教育?家长怎么办。'],
    ],
    [
      'across several breaks in a row',
      ['根据特点,围', '', '绕出行安全、交', '', '', '通安全等进行解答。'],
      ['根据特点,围绕出行安全、交通安全等进行解答。'],
    ],
    ['after a comma', ['同时,', '', '鼓励孩子多阅读。'], ['同时,鼓励孩子多阅读。']],
    ['with CRLF line ends', ['第二段。预计今年9月\r', '\r', '正式进场安装。\r'], ['第二段。预计今年9月正式进场安装。']],
    ['full-width punctuation ends a paragraph', ['第一句，完。', '第二句：', '列表项。'], ['第一句，完。', '第二句：', '列表项。']],
    ['a closing quote ends a paragraph', ['他说:“好。”', '下一段。'], ['他说:“好。”', '下一段。']],
    [
      'Latin words get a space back',
      ['第二段。The reader opened the paper and said', 'hello world.'],
      ['第二段。The reader opened the paper and said hello world.'],
    ],
  ])('rejoins a paragraph cut %s', (_name, body, expected) => {
    expect(texts('# 标题', ...body)).toEqual(expected);
  });

  it('makes a caption dropped inside a cut a figure, and rejoins the sentence around it', () => {
    expect(
      texts('# 标题', '建设景象。待全球首座溶', '', '', '', '夹江核技术应用产业园', '', '液型同位素项目建成后,夹江将成为基地。', '下一段。'),
    ).toEqual(['建设景象。待全球首座溶液型同位素项目建成后,夹江将成为基地。', '[图] 夹江核技术应用产业园', '下一段。']);
  });

  it('does not take a short fragment that cuts a word for a caption', () => {
    expect(texts('# 标题', '加快构建具有特色的现代化产', '业', '体系。')).toEqual(['加快构建具有特色的现代化产业体系。']);
  });

  it('keeps a first paragraph with no closing mark apart, as a standfirst', () => {
    expect(texts('# 标题', '> 刘某某', '经济韧性强。努力一定会有收获', '', '岁月流转，时序更替。')).toEqual([
      '经济韧性强。努力一定会有收获',
      '岁月流转，时序更替。',
    ]);
  });
});

describe('parsePage: subheads and figures', () => {
  it.each([
    ['### subheads', ['第一段。', '### 厚植沃土', '第二段。'], ['第一段。', '## 厚植沃土', '第二段。']],
    [
      'two **bold** lines as one subhead',
      ['第一段。', '**加强理论建设**', '', '**夯实思想基础**', '第二段。'],
      ['第一段。', '## 加强理论建设 夯实思想基础', '第二段。'],
    ],
    [
      'a short plain line between paragraphs',
      ['第一段。', '', '调整能源结构，行动带来多重效益', '', '国家能源局介绍,项目有助于实现目标。'],
      ['第一段。', '## 调整能源结构，行动带来多重效益', '国家能源局介绍,项目有助于实现目标。'],
    ],
  ])('reads %s', (_name, body, expected) => {
    expect(texts('# 标题', ...body)).toEqual(expected);
  });

  it('reads 图① captions with their credit lines as figures', () => {
    const a = only('# 标题', '> 本报记者 王某', '图①：工厂里的机器人。', '徐  杨摄', '图②：展会上的机器人。', '新华社记者  毛某某摄', '正文。');
    expect(a.blocks).toEqual([
      { type: 'figure', caption: '图①：工厂里的机器人。', credit: '徐杨摄' },
      { type: 'figure', caption: '图②：展会上的机器人。', credit: '新华社记者 毛某某摄' },
      { type: 'paragraph', text: '正文。' },
    ]);
    expect(a.authors.map((x) => x.name)).toEqual(['王某']);
  });
});

describe('parsePage: pages without markdown', () => {
  const FW = '\u3000\u3000';
  it('reads headlines stacked over lines, the first indented with full-width spaces', () => {
    const { articles } = page(
      `${FW}前线捷报声中`,
      '    敌军士兵厌战',
      '    哨兵携枪投诚夜话何时是尽头',
      '    【新华社某地十四日电】本社记者陈某报导：进攻之敌军，现已厌战。',
      '',
      `${FW}某地灾荒严重`,
      '    【新华社延安十二日电】灾情严重。',
      '    于此可见，救济不力。',
      '',
      `${FW}把悲痛变为力量，与人民密切结合！`,
      '    某同志在追悼会上的报告',
      '    我们以最大的悲痛来追悼。',
    );
    expect(articles.map((a) => [a.kicker, a.headline, a.subheadline, a.dateline, a.blocks.length])).toEqual([
      ['前线捷报声中', '敌军士兵厌战', '哨兵携枪投诚夜话何时是尽头', '【新华社某地十四日电】', 1],
      [null, '某地灾荒严重', null, '【新华社延安十二日电】', 2],
      [null, '把悲痛变为力量，与人民密切结合！', '某同志在追悼会上的报告', null, 1],
    ]);
  });

  it('keeps text before any headline as an article without a headline, with a warning', () => {
    const result = page('没有标题的一段文字，照样保留。');
    expect(result.articles.map((a) => a.headline)).toEqual(['']);
    expect(result.warnings[0]?.message).toContain('before any headline');
  });
});

describe('parsePage: line numbers', () => {
  it('numbers lines from the start of the file, or from firstLine for a slice of it', () => {
    const text = ['', '# 标题', '正文。'].join('\n');
    expect(parsePage(text).articles[0]).toMatchObject({ startLine: 2, endLine: 3 });
    expect(parsePage(text, { firstLine: 71 }).articles[0]).toMatchObject({ startLine: 72, endLine: 73 });
  });

  it.each([
    ['CR', '\r'],
    ['CRLF', '\r\n'],
  ])('counts %s line ends like LF', (_name, eol) => {
    expect(parsePage(['\ufeff', '# 标题', '正文。'].join(eol)).articles[0]).toMatchObject({ startLine: 2, endLine: 3 });
  });
});

describe('parsePage: the passes together', () => {
  const rules = (warnings: { line: number; message: string }[]) => warnings.map((w) => [w.line, /rule: ([\w-]+)/.exec(w.message)?.[1]]);

  it('gives the notes of every pass in line order', () => {
    const { warnings } = page('正文一句。', '甲篇', '● 林晓雨去年冬天回到老家...', '乙篇', '● 周明远小城的老街不长...');
    expect(rules(warnings)).toEqual([
      [1, 'text-before-headline'],
      [2, 'teaser-overview'],
      [3, 'byline-run-in'],
      [5, 'byline-run-in'],
    ]);
  });

  it('gives the articles in page order when an overview of teasers stands above an article', () => {
    const { articles } = page('甲篇', '● 林晓雨去年冬天回到老家...', '乙篇', '● 周明远小城的老街不长...', '', '# 新闻', '正文。');
    expect(articles.map((a) => [a.headline, a.startLine])).toEqual([
      ['甲篇', 1],
      ['乙篇', 3],
      ['新闻', 6],
    ]);
  });

  it('gives the page data in page order when a repeated paragraph stands above furniture', () => {
    const { chrome } = page('# 标题', '会议指出，要进一步做好防汛工作。', '会议指出，要进一步做好防汛工作。', '上一篇  下一篇');
    expect(chrome.map((c) => [c.kind, c.startLine])).toEqual([
      ['repeat', 3],
      ['navigation', 4],
    ]);
  });

  it('notes a line of markup alone', () => {
    expect(page('#', '# 标题', '正文。').warnings).toEqual([{ line: 1, message: 'a line of markup with no text: ignored (rule: markup-only)' }]);
  });

  it('reads a byline run into the text as the byline, then the text as a paragraph, and notes it', () => {
    const { articles, warnings } = page('# 标题', '● 林晓雨 在我的记忆里，外婆总是很忙。');
    expect(articles[0]).toMatchObject({
      byline: '林晓雨',
      blocks: [{ type: 'paragraph', text: '在我的记忆里，外婆总是很忙。' }],
      startLine: 1,
      endLine: 2,
    });
    expect(warnings).toEqual([{ line: 2, message: 'a byline runs into the text: read "林晓雨" as the name (rule: byline-run-in)' }]);
  });

  it('reads a **bold** line right above # as the kicker', () => {
    expect(only('**引题**', '# 主题', '正文。')).toMatchObject({ kicker: '引题', headline: '主题', blocks: [{ type: 'paragraph', text: '正文。' }] });
  });

  it('reads a short line inside a plain-text article, with no blank line above it, as a subhead, not a new article', () => {
    expect(texts('　　某地灾荒严重', '灾民流离失所。', '救济粮已运到', '各地开仓放粮。')).toEqual([
      '灾民流离失所。',
      '## 救济粮已运到',
      '各地开仓放粮。',
    ]);
  });

  it('joins a short line to a paragraph left open above #, instead of holding it as the next kicker', () => {
    const { articles } = page('# 甲', '会议指出，要进一步做好防汛工作。各地要加强值守，确保', '短行', '# 乙', '正文。');
    expect(articles.map((a) => [a.kicker, a.headline])).toEqual([
      [null, '甲'],
      [null, '乙'],
    ]);
    expect(articles[0]!.blocks).toEqual([{ type: 'paragraph', text: '会议指出，要进一步做好防汛工作。各地要加强值守，确保短行' }]);
  });
});
