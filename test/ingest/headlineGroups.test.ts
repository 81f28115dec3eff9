import type { TextToken } from '../../src/ingest/classifyLines.ts';
import { isStackStart, readHeading, readHeadsAboveByline, readStack } from '../../src/ingest/headlineGroups.ts';
import { tokensOf } from './tokens.ts';

describe('readHeading: what a markdown heading does at the head of an article', () => {
  it.each([
    ['# over # is a kicker', ['# 引题', '# 主题'], true, { role: 'kicker', text: '引题' }],
    ['# with ## under it takes a subheadline', ['# 主题', '## ——副题', '正文。'], false, { role: 'story', headline: '主题', subheadline: '——副题', consumed: 2 }],
    ['# with a —— line under it takes a subheadline', ['# 主题', '——副题', '正文。'], false, { role: 'story', subheadline: '——副题', consumed: 2 }],
    ['## over # is a series banner', ['## 专栏', '# 主题'], false, { role: 'series', text: '专栏' }],
    ['## with text under it is a brief', ['## 简讯', '正文。'], true, { role: 'brief', headline: '简讯' }],
    ['### over # is a kicker', ['### 引题', '# 主题'], false, { role: 'kicker', text: '引题' }],
    ['### inside an article is a subhead', ['### 小标题', '正文。'], true, { role: 'subhead', text: '小标题' }],
    ['### before any article is a headline', ['### 小标题', '正文。'], false, { role: 'story', headline: '小标题' }],
  ])('%s', (_name, lines, inArticle, expected) => {
    expect(readHeading(tokensOf(...lines), 0, inArticle)).toMatchObject(expected);
  });

  it.each([
    [['# 引题', '# 主题'], 'headline-over-headline'],
    [['## 栏目', '## 简讯', '正文。'], 'banner-over-brief'],
    [['### 小标题', '正文。'], 'orphan-heading'],
  ])('names its rule when it guesses: %j', (lines, rule) => {
    expect(readHeading(tokensOf(...lines), 0, false).notes[0]?.message).toContain(`rule: ${rule}`);
  });
});

describe('readStack: a headline stacked over plain-text lines', () => {
  const FW = '\u3000\u3000';
  it.each([
    ['one line', [`${FW}某地灾荒严重`, '    【新华社某地十二日电】灾情严重。'], { kicker: null, headline: '某地灾荒严重', subheadline: null, consumed: 1 }],
    ['two lines', [`${FW}国民党军狡黠无耻`, '    密征日俘残杀同胞', '    正文一句。'], { kicker: null, headline: '国民党军狡黠无耻', subheadline: '密征日俘残杀同胞', consumed: 2 }],
    ['three lines', [`${FW}前线捷报声中`, '    敌军士兵厌战', '    哨兵携枪投诚', '    正文一句。'], { kicker: '前线捷报声中', headline: '敌军士兵厌战', subheadline: '哨兵携枪投诚', consumed: 3 }],
  ])('reads %s', (_name, lines, expected) => {
    expect(readStack(tokensOf(...lines), 0, new Set())).toMatchObject(expected);
  });

  it("reads two lines that make one of the site's listed headlines as one headline", () => {
    const tokens = tokensOf('省有关部门新闻发言人', '名单公布', '', '正文一句。');
    expect(readStack(tokens, 0, new Set(['省有关部门新闻发言人名单公布']))).toMatchObject({ headline: '省有关部门新闻发言人名单公布', subheadline: null, consumed: 2 });
    expect(readStack(tokens, 0, new Set())).toMatchObject({ headline: '省有关部门新闻发言人', subheadline: '名单公布' });
  });

  it.each([
    ['a line ending in a comma', ['同时,', '鼓励孩子多阅读。'], false],
    ['a line cutting a word', ['老师进行了哪些宣', '传教育?'], false],
    ['a dateline', ['本报讯 消息', '正文。'], false],
    ['a short line over text', ['国民党区灾荒严重', '大小官大发救济财'], true],
  ])('isStackStart on %s is %s', (_name, lines, expected) => {
    const tokens = tokensOf(...lines);
    expect(isStackStart(tokens[0] as TextToken, tokens[1])).toBe(expected);
  });
});

describe('readHeadsAboveByline: head lines set apart above a byline', () => {
  it.each([
    ['one line', ['山水见青城', '', '文<何晓棠'], { kicker: null, headline: '山水见青城', subheadline: null, consumed: 1 }],
    ['a long line over a short one: kicker and headline', ['青城站·后山—古镇', '', '山水见青城', '', '文<何晓棠'], { kicker: '青城站·后山—古镇', headline: '山水见青城', consumed: 2 }],
    ['a —— line under the headline: subheadline', ['山水见青城', '——一座小城的夏天', '文<何晓棠'], { headline: '山水见青城', subheadline: '——一座小城的夏天', consumed: 2 }],
    ['a longer line under the headline: left to the body', ['灯照回家路', '市民在特刊前驻足观看街灯照片', '◎ 记者 陆一鸣'], { headline: '灯照回家路', subheadline: null, consumed: 1 }],
    ['three lines', ['引题一行', '主题', '副题一行', '■ 记者 张清'], { kicker: '引题一行', headline: '主题', subheadline: '副题一行', consumed: 3 }],
  ])('reads %s', (_name, lines, expected) => {
    expect(readHeadsAboveByline(tokensOf(...lines), 0)).toMatchObject(expected);
  });

  it.each([
    ['no byline under the lines', ['山水见青城', '正文一句。']],
    ['a sentence above the byline', ['正文一句，还没有完。', '■ 记者 张清']],
  ])('is null with %s', (_name, lines) => {
    expect(readHeadsAboveByline(tokensOf(...lines), 0)).toBeNull();
  });
});
