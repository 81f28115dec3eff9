import type { TextToken } from '../../src/ingest/classifyLines.ts';
import { isStackStart, leadsToHeadline, readHeading, readHeadsAboveByline, readStack } from '../../src/ingest/headlineGroups.ts';
import { tokensOf } from './tokens.ts';

describe('readHeading: what a markdown heading does at the head of an article', () => {
  it.each([
    ['# over # is a kicker', ['# 引题', '# 主题'], true, { role: 'kicker', text: '引题' }],
    [
      '# with ## under it takes a subheadline',
      ['# 主题', '## ——副题', '正文。'],
      false,
      { role: 'story', headline: '主题', subheadline: '——副题', consumed: 2 },
    ],
    ['# with a —— line under it takes a subheadline', ['# 主题', '——副题', '正文。'], false, { role: 'story', subheadline: '——副题', consumed: 2 }],
    ['## over # is a series banner', ['## 专栏', '# 主题'], false, { role: 'series', text: '专栏', notes: [] }],
    ['## with text under it is a brief', ['## 简讯', '正文。'], true, { role: 'brief', headline: '简讯' }],
    ['### over # is a kicker', ['### 引题', '# 主题'], false, { role: 'kicker', text: '引题' }],
    ['### inside an article is a subhead', ['### 小标题', '正文。'], true, { role: 'subhead', text: '小标题' }],
    ['### before any article is a headline', ['### 小标题', '正文。'], false, { role: 'story', headline: '小标题' }],
    [
      '# with ## under it at the end of the page takes a subheadline',
      ['# 主题', '## 副题'],
      false,
      { role: 'story', subheadline: '副题', consumed: 2 },
    ],
    [
      '# with ## and # under it leaves the ## to the next article',
      ['# 主题', '## 专栏', '# 下一篇'],
      false,
      { role: 'story', subheadline: null, consumed: 1 },
    ],
    ['# with ### under it takes no subheadline', ['# 主题', '### 小标题', '正文。'], false, { role: 'story', subheadline: null, consumed: 1 }],
    [
      '# with ## and ## under it takes the first as its subheadline',
      ['# 主题', '## 副题', '## 简讯', '正文。'],
      false,
      { role: 'story', subheadline: '副题', consumed: 2 },
    ],
    ['## over a ### kicker and # is a series banner', ['## 专栏', '### 引题', '# 主题'], false, { role: 'series', text: '专栏', notes: [] }],
    ['## over a **bold** kicker and # is a series banner', ['## 专栏', '**引题**', '# 主题'], false, { role: 'series', text: '专栏', notes: [] }],
    ['## over a short kicker line and # is a series banner', ['## 专栏', '引题一行', '# 主题'], false, { role: 'series', text: '专栏', notes: [] }],
  ])('%s', (_name, lines, inArticle, expected) => {
    expect(readHeading(tokensOf(...lines), 0, inArticle)).toMatchObject(expected);
  });

  it.each([
    [['# 引题', '# 主题'], 'two headlines in a row: read the first as the kicker of the second (rule: headline-over-headline)'],
    [['## 栏目', '## 简讯', '正文。'], 'a banner above another brief: read as its series (rule: banner-over-brief)'],
    [['### 小标题', '正文。'], 'a level-3 heading with no headline above it: read as a headline (rule: orphan-heading)'],
  ])('names its rule when it guesses: %j', (lines, message) => {
    expect(readHeading(tokensOf(...lines), 0, false).notes).toEqual([{ line: 1, message }]);
  });

  it('finds a headline after a kicker from where the kicker stands', () => {
    expect(leadsToHeadline(tokensOf('正文。', '### 引题', '# 主题'), 1)).toBe(true);
    expect(leadsToHeadline(tokensOf('正文。', '### 引题', '正文。'), 1)).toBe(false);
  });
});

describe('readStack: a headline stacked over plain-text lines', () => {
  const FW = '\u3000\u3000';
  it.each([
    [
      'one line',
      [`${FW}某地灾荒严重`, '    【新华社某地十二日电】灾情严重。'],
      { kicker: null, headline: '某地灾荒严重', subheadline: null, consumed: 1 },
    ],
    [
      'two lines',
      [`${FW}国民党军狡黠无耻`, '    密征日俘残杀同胞', '    正文一句。'],
      { kicker: null, headline: '国民党军狡黠无耻', subheadline: '密征日俘残杀同胞', consumed: 2 },
    ],
    [
      'three lines',
      [`${FW}前线捷报声中`, '    敌军士兵厌战', '    哨兵携枪投诚', '    正文一句。'],
      { kicker: '前线捷报声中', headline: '敌军士兵厌战', subheadline: '哨兵携枪投诚', consumed: 3 },
    ],
  ])('reads %s', (_name, lines, expected) => {
    expect(readStack(tokensOf(...lines), 0, new Set())).toMatchObject(expected);
  });

  it.each([
    [
      'six lines: five at most',
      [`${FW}一行`, '二行', '三行', '四行', '五行', '六行', '正文一句。'],
      { kicker: '一行', headline: '二行', subheadline: '三行 四行 五行', consumed: 5 },
    ],
    [
      'a byline under the headline',
      [`${FW}国民党军狡黠无耻`, '记者 张清', '正文一句。'],
      { headline: '国民党军狡黠无耻', subheadline: null, consumed: 1 },
    ],
    [
      'a blank line under the headline',
      [`${FW}某地灾荒严重`, '', '灾民流离失所', '正文一句。'],
      { headline: '某地灾荒严重', subheadline: null, consumed: 1 },
    ],
    ['an editor’s note under the headline', [`${FW}某地灾荒严重`, '【编者按】本文作者为灾区教师', '正文一句。'], { subheadline: null, consumed: 1 }],
    ['a dateline under the headline', [`${FW}某地灾荒严重`, '新华社某地十二日电 灾情严重', '正文一句。'], { subheadline: null, consumed: 1 }],
    [
      'a subheadline with a ； inside',
      [`${FW}国民党军狡黠无耻`, '密征日俘；残杀同胞', '正文一句。'],
      { subheadline: '密征日俘；残杀同胞', consumed: 2 },
    ],
    [
      'a line longer than 40 characters under the headline',
      [`${FW}某地灾荒严重`, `一行很长的副题${'字'.repeat(40)}`, '正文一句。'],
      { subheadline: null, consumed: 1 },
    ],
    [
      'two lines with nothing under them: the second is body',
      [`${FW}某地灾荒严重`, '灾情严重'],
      { headline: '某地灾荒严重', subheadline: null, consumed: 1 },
    ],
    ['one line over a byline', [`${FW}某地灾荒严重`, '■ 记者 张清'], { headline: '某地灾荒严重', subheadline: null, consumed: 1 }],
  ])('stops the stack at %s', (_name, lines, expected) => {
    expect(readStack(tokensOf(...lines), 0, new Set())).toMatchObject(expected);
  });

  it.each([
    ['one line', [`${FW}某地灾荒严重`, '    【新华社某地十二日电】灾情严重。'], []],
    [
      'two lines',
      [`${FW}国民党军狡黠无耻`, '    密征日俘残杀同胞', '    正文一句。'],
      ['a headline stacked over 2 lines: read as headline and subheadline (rule: headline-stack)'],
    ],
    [
      'three lines',
      [`${FW}前线捷报声中`, '    敌军士兵厌战', '    哨兵携枪投诚', '    正文一句。'],
      ['a headline stacked over 3 lines: read as kicker, headline and subheadline (rule: headline-stack)'],
    ],
  ])('notes what it read %s as', (_name, lines, messages) => {
    expect(readStack(tokensOf(...lines), 0, new Set()).notes).toEqual(messages.map((message) => ({ line: 1, message })));
  });

  it('reads three lines as kicker, headline and subheadline even when the first two make a listed headline', () => {
    const tokens = tokensOf('省有关部门新闻发言人', '名单公布', '昨日发布', '正文一句。');
    expect(readStack(tokens, 0, new Set(['省有关部门新闻发言人名单公布']))).toMatchObject({
      kicker: '省有关部门新闻发言人',
      headline: '名单公布',
      subheadline: '昨日发布',
    });
  });

  it("reads two lines that make one of the site's listed headlines as one headline", () => {
    const tokens = tokensOf('省有关部门新闻发言人', '名单公布', '', '正文一句。');
    expect(readStack(tokens, 0, new Set(['省有关部门新闻发言人名单公布']))).toMatchObject({
      headline: '省有关部门新闻发言人名单公布',
      subheadline: null,
      consumed: 2,
      notes: [
        { line: 1, message: "a headline over two lines, as the site's headline list prints it: read as one headline (rule: headline-from-list)" },
      ],
    });
    expect(readStack(tokens, 0, new Set())).toMatchObject({ headline: '省有关部门新闻发言人', subheadline: '名单公布' });
  });

  it.each([
    ['a line ending in a comma', ['同时,', '鼓励孩子多阅读。'], false],
    ['a line cutting a word', ['老师进行了哪些宣', '传教育?'], false],
    ['a dateline', ['本报讯 消息', '正文。'], false],
    ['a short line over text', ['国民党区灾荒严重', '大小官大发救济财'], true],
    ['a sentence end inside the line', ['会议召开。代表出席', '正文继续写下去'], false],
    ['an exclamation without a full-width indent', ['冲刺！', '正文继续写下去'], false],
    ['an exclamation under a full-width indent', ['\u3000\u3000冲刺！', '正文继续写下去。'], true],
    ['a full-width indented line whose last word runs on: the indent decides', ['\u3000\u3000老师进行了哪些宣', '传教育'], true],
  ])('isStackStart on %s is %s', (_name, lines, expected) => {
    const tokens = tokensOf(...lines);
    expect(isStackStart(tokens[0] as TextToken, tokens[1])).toBe(expected);
  });
});

describe('readHeadsAboveByline: head lines set apart above a byline', () => {
  it.each([
    ['one line', ['山水见青城', '', '文<何晓棠'], { kicker: null, headline: '山水见青城', subheadline: null, consumed: 1 }],
    [
      'a long line over a short one: kicker and headline',
      ['青城站·后山—古镇', '', '山水见青城', '', '文<何晓棠'],
      { kicker: '青城站·后山—古镇', headline: '山水见青城', consumed: 2 },
    ],
    [
      'a —— line under the headline: subheadline',
      ['山水见青城', '——一座小城的夏天', '文<何晓棠'],
      { headline: '山水见青城', subheadline: '——一座小城的夏天', consumed: 2 },
    ],
    [
      'a longer line under the headline: left to the body',
      ['灯照回家路', '市民在特刊前驻足观看街灯照片', '◎ 记者 陆一鸣'],
      { headline: '灯照回家路', subheadline: null, consumed: 1 },
    ],
    ['three lines', ['引题一行', '主题', '副题一行', '■ 记者 张清'], { kicker: '引题一行', headline: '主题', subheadline: '副题一行', consumed: 3 }],
    [
      'two lines of one length: the second is left to the body',
      ['山水见青城', '', '灯照回家路', '', '文<何晓棠'],
      { kicker: null, headline: '山水见青城', consumed: 1 },
    ],
  ])('reads %s', (_name, lines, expected) => {
    expect(readHeadsAboveByline(tokensOf(...lines), 0)).toMatchObject(expected);
  });

  it.each([
    ['one line', ['山水见青城', '', '文<何晓棠'], []],
    [
      'kicker and headline',
      ['青城站·后山—古镇', '', '山水见青城', '', '文<何晓棠'],
      ['2 head lines set apart above a byline: read as kicker, headline (rule: heads-above-byline)'],
    ],
    [
      'headline and subheadline',
      ['山水见青城', '——一座小城的夏天', '文<何晓棠'],
      ['2 head lines set apart above a byline: read as headline, subheadline (rule: heads-above-byline)'],
    ],
    ['a caption left to the body', ['灯照回家路', '市民在特刊前驻足观看街灯照片', '◎ 记者 陆一鸣'], []],
    [
      'three lines',
      ['引题一行', '主题', '副题一行', '■ 记者 张清'],
      ['3 head lines set apart above a byline: read as kicker, headline, subheadline (rule: heads-above-byline)'],
    ],
  ])('notes what it read as %s', (_name, lines, messages) => {
    expect(readHeadsAboveByline(tokensOf(...lines), 0)?.notes).toEqual(messages.map((message) => ({ line: 1, message })));
  });

  it.each([
    ['no byline under the lines', ['山水见青城', '正文一句。']],
    ['a sentence above the byline', ['正文一句，还没有完。', '■ 记者 张清']],
    ['a dateline above the byline', ['本报讯 全市召开会议', '■ 记者 张清']],
    ['four short lines above the byline (three at most)', ['一行', '二行', '三行', '四行', '■ 记者 张清']],
    ['the byline itself', ['■ 记者 张清', '正文。']],
  ])('is null with %s', (_name, lines) => {
    expect(readHeadsAboveByline(tokensOf(...lines), 0)).toBeNull();
  });
});
