import { isPrintedIn, looksLikeBylineLine, matchDateline, parseAuthors, splitPrintedIn, splitRunIn } from '../../src/ingest/bylines.ts';

const people = (byline: string) => parseAuthors(byline).map((a) => [a.name, a.role, a.contribution]);

describe('parseAuthors: people, roles and contributions', () => {
  it.each([
    ['记者 张清', [['张清', '记者', null]]],
    ['本报记者  王  政', [['王政', '本报记者', null]]],
    ['青城晚报记者 陆一鸣', [['陆一鸣', '青城晚报记者', null]]],
    ['青城晚报记者陆一鸣', [['陆一鸣', '青城晚报记者', null]]],
    ['青城日报全媒体记者 甲乙 丙丁', [['甲乙', '青城日报全媒体记者', null], ['丙丁', '青城日报全媒体记者', null]]],
    ['某县融媒体中心记者 甲乙', [['甲乙', '某县融媒体中心记者', null]]],
    ['文<何晓棠', [['何晓棠', null, '文']]],
    ['文/何晓棠', [['何晓棠', null, '文']]],
    ['文／何晓棠', [['何晓棠', null, '文']]],
    ['摄影：甲乙', [['甲乙', null, '摄影']]],
    ['文/图 宋雪', [['宋雪', null, '文/图']]],
    ['记者 宋雪 文/图', [['宋雪', '记者', '文/图']]],
    ['春山 邹一帆 摄'.slice(3), [['邹一帆', null, '摄']]],
    ['新华社记者《某某日报》（2025年01月01日第 01 版）', []],
  ])('reads %s', (byline, expected) => {
    expect(people(byline)).toEqual(expected);
  });
});

describe('splitPrintedIn: the source citation is not part of the byline', () => {
  it.each([
    ['新华社记者《某某日报》（2025年01月01日第 01 版）', '新华社记者', '《某某日报》（2025年01月01日第 01 版）'],
    ['本报记者  甲乙丙  丁戊《某某日报》（2025年03月05日第 02 版）', '本报记者  甲乙丙  丁戊', '《某某日报》（2025年03月05日第 02 版）'],
    ['甲乙丙《某某日报》(2025年01月08日第18版)', '甲乙丙', '《某某日报》(2025年01月08日第18版)'],
    ['《某某日报》（2025年01月01日第 01 版）', '', '《某某日报》（2025年01月01日第 01 版）'],
    ['记者 张清', '记者 张清', null],
    ['读《某某》有感', '读《某某》有感', null],
  ])('splits %s', (line, byline, printedIn) => {
    expect(splitPrintedIn(line)).toEqual({ byline, printedIn });
  });

  it.each([
    ['《某某日报》（2025年01月01日第 01 版）', true],
    ['新华社记者《某某日报》（2025年01月01日第 01 版）', false],
    ['《野牛图》', false],
  ])('isPrintedIn(%s) is %s', (line, expected) => {
    expect(isPrintedIn(line)).toBe(expected);
  });
});

describe('splitRunIn: a byline run into the text', () => {
  it.each([
    ['林晓雨 在我的记忆里，外婆总是很忙。', false, { name: '林晓雨', text: '在我的记忆里，外婆总是很忙。', guessed: false }],
    ['林晓雨去年冬天回老家时看见了竹篮...', true, { name: '林晓雨', text: '去年冬天回老家时看见了竹篮...', guessed: true }],
    ['周明远小城的老街不长...', true, { name: '周明远', text: '小城的老街不长...', guessed: true }],
    ['白若被风吹弯的柳条此刻正垂在河面上', true, { name: '白若', text: '被风吹弯的柳条此刻正垂在河面上', guessed: true }],
    ['山岚我的家乡在川南的丘陵里...', true, { name: '山岚', text: '我的家乡在川南的丘陵里...', guessed: true }],
  ])('splits %s', (rest, allowGuess, expected) => {
    expect(splitRunIn(rest, allowGuess)).toEqual(expected);
  });

  it.each([
    ['without a space, outside an overview', '林晓雨去年冬天回老家时看见了竹篮。', false],
    ['a list item whose first word is no name', '坚持 创新驱动发展战略。', false],
    ['too short to hold a name and text', '甲乙', true],
    ['a colon after the name (splitting would drop it)', '林晓雨：在我的记忆里，外婆总是很忙。', false],
  ])('does not split %s', (_name, rest, allowGuess) => {
    expect(splitRunIn(rest, allowGuess)).toBeNull();
  });
});

describe('looksLikeBylineLine', () => {
  it.each([
    ['本报记者 甲乙', true],
    ['青城晚报记者 陆一鸣', true],
    ['文<何晓棠', true],
    ['文/图 宋雪', true],
    ['记者从市教育局获悉,今年暑假将开放场馆', true],
    ['文化是一个民族的灵魂。', false],
    ['文/这是一句很长的话，不是署名，而是正文中的一句话。', false],
  ])('%s → %s', (line, expected) => {
    expect(looksLikeBylineLine(line)).toBe(expected);
  });
});

describe('matchDateline', () => {
  it.each([
    ['本报讯(记者 甲乙)7月4日,会议召开。', '本报讯', '(记者 甲乙)', '7月4日,会议召开。'],
    ['本报综合新华社4月10日消息 省政府新闻办公布了名单。', '本报综合新华社4月10日消息', null, '省政府新闻办公布了名单。'],
    ['新华社北京1月2日电（记者 李四）消息全文。', '新华社北京1月2日电', '（记者 李四）', '消息全文。'],
  ])('reads %s', (line, dateline, byline, rest) => {
    expect(matchDateline(line)).toEqual({ dateline, byline, rest });
  });
});
