// @vitest-environment node
/**
 * readPdfLayout on whole pages built from glyph arrays: a page of two stories reads as a person reads it, and
 * fast-check properties over random pages: nothing lost (every character drawn is in some text field of the
 * reading, stacked copies once) and the areas of different articles never overlap.
 */
import fc from 'fast-check';
import type { Glyph, PdfPageContent, PdfPageReading } from '../../../src/ingest/pdf/PdfContent.ts';
import { checkTextLayer, readPdfLayout } from '../../../src/ingest/pdf/readLayout.ts';
import { overlaps } from '../../../src/ingest/pdf/areas.ts';
import { column, set, setTurnedUp } from './glyphs.ts';

const page = (glyphs: Glyph[], images: PdfPageContent['images'] = []): PdfPageContent => ({ width: 600, height: 800, glyphs, images });

function fields(r: PdfPageReading): string {
  return [
    ...r.articles.flatMap((a) => [
      a.kicker,
      a.headline,
      a.subheadline,
      a.byline,
      a.dateline,
      ...a.blocks.map((b) => (b.type === 'figure' ? `${b.caption}${b.credit ?? ''}` : b.text)),
    ]),
    ...r.chrome.map((c) => c.text),
    ...r.banners.map((b) => b.text),
    ...r.jumps.flat().map((j) => j.text),
  ].join('');
}

function count(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const ch of s) if (ch.trim() !== '') m.set(ch, (m.get(ch) ?? 0) + 1);
  return m;
}

const TWO_STORIES = [
  ...set('城区新增三座口袋公园', { x: 20, y: 60, size: 24 }),
  ...set('记者  陈雨', { x: 20, y: 96 }),
  ...column(['近日，西街的三座口袋公园建成开放。', '公园面积都不大，却种植了乔木。'], { x: 20, y: 112, chars: 12 }),
  ...column(['市园林部门表示，今年还将再建设五座口袋公园。（下转第二版）'], { x: 150, y: 112, chars: 12 }),
  ...set('暑期托管服务开课', { x: 300, y: 60, size: 24 }),
  ...set('通讯员  赵敏', { x: 300, y: 96 }),
  ...column(['全市四十二所小学的暑期托管服务同时开课。'], { x: 300, y: 112, chars: 12 }),
];

describe('readPdfLayout', () => {
  const reading = readPdfLayout(page(TWO_STORIES));
  it('reads each story under its headline, with its byline, in column order', () => {
    expect(reading.articles.map((a) => [a.headline, a.authors.map((x) => x.name), a.blocks.map((b) => (b.type === 'figure' ? '' : b.text))])).toEqual(
      [
        [
          '城区新增三座口袋公园',
          ['陈雨'],
          ['近日，西街的三座口袋公园建成开放。', '公园面积都不大，却种植了乔木。', '市园林部门表示，今年还将再建设五座口袋公园。'],
        ],
        ['暑期托管服务开课', ['赵敏'], ['全市四十二所小学的暑期托管服务同时开课。']],
      ],
    );
  });
  it('keeps the jump line as the story’s data, not its text', () => {
    expect(reading.jumps).toEqual([[{ direction: 'to', page: 2, text: '（下转第二版）' }], []]);
  });
  it('gives each story an area that holds its text, as page fractions', () => {
    const inside = (i: number, x: number, y: number) => reading.areas[i]!.some((r) => x >= r.x && x <= r.x + r.w && y >= r.y && y <= r.y + r.h);
    expect([
      inside(0, 60 / 600, 130 / 800),
      inside(0, 200 / 600, 130 / 800),
      inside(1, 340 / 600, 130 / 800),
      inside(0, 340 / 600, 130 / 800),
    ]).toEqual([true, true, true, false]);
  });
  it('attaches an uncaptioned photo to the story whose area holds it', () => {
    const withPhoto = readPdfLayout(page(TWO_STORIES, [{ x: 300, y: 140, w: 120, h: 80 }]));
    expect(withPhoto.photos.map((p) => [p.article, p.block, p.image])).toEqual([[1, withPhoto.articles[1]!.blocks.length - 1, 0]]);
    expect(withPhoto.photos[0]!.area.w).toBeCloseTo(0.2);
    expect(withPhoto.articles[1]!.blocks.at(-1)).toEqual({ type: 'figure', caption: '', credit: null });
  });
  it('takes an image over half the page for a background, not a photo', () => {
    expect(readPdfLayout(page(TWO_STORIES, [{ x: 0, y: 0, w: 600, h: 800 }])).photos).toEqual([]);
  });
  it('makes the page header furniture, never article text', () => {
    const withHeader = readPdfLayout(page([...set('2024年7月5日 星期五  第2版', { x: 20, y: 10, size: 8 }), ...TWO_STORIES]));
    expect(withHeader.chrome.map((c) => [c.kind, c.text])).toEqual([['header', '2024年7月5日 星期五 第2版']]);
    expect(withHeader.articles).toHaveLength(2);
  });
});

/**
 * 辽沈晚报 A05's shape, invented text: a story's last column starts beside the end of the next story's headline
 * (under it, not under the headline above); a paragraph cut at a column's foot on a short line; a photo whose
 * caption has its credit set apart on its row.
 */
const SIDE_COLUMN = [
  ...set('海葬有补贴树葬等减千元购墓费用', { x: 20, y: 20, size: 30 }),
  ...column(['沈阳的海葬活动从每年三月份开始至十月末停止。'], { x: 20, y: 60, chars: 12 }),
  ...set('早市附近发生车祸民警菜市场揪出', { x: 20, y: 200, size: 30 }),
  ...column(['目前，嫌疑人胡某已被依法采取强制措施。'], { x: 420, y: 216, chars: 12 }),
  ...column(['八旬老人在医院住院，清晨出来想回家吃饭。', '据胡某交代，他清晨从'], { x: 20, y: 240, chars: 12 }),
  ...set('家中赶往庄头蔬菜批发市场', { x: 150, y: 240 }),
  ...set('上菜，上完菜后去早市卖菜。', { x: 150, y: 255 }),
  ...set('经过侦查，警方将逃逸者抓获。', { x: 150, y: 394 }),
  ...set('警方供图', { x: 350, y: 394 }),
];
const SIDE_PHOTO = [{ x: 150, y: 290, w: 240, h: 100 }];

describe('readPdfLayout on a page shaped like 辽沈晚报 A05', () => {
  const reading = readPdfLayout(page(SIDE_COLUMN, SIDE_PHOTO));
  const texts = (i: number) => reading.articles[i]!.blocks.map((b) => (b.type === 'figure' ? `[${b.caption}|${b.credit}]` : b.text));
  it('gives a column that starts beside a headline’s end to that headline’s story', () => {
    expect(reading.articles.map((a) => a.headline)).toEqual(['海葬有补贴树葬等减千元购墓费用', '早市附近发生车祸民警菜市场揪出']);
    expect(texts(0)).toEqual(['沈阳的海葬活动从每年三月份开始至十月末停止。']);
  });
  it('joins a paragraph cut at a column’s foot, reads the columns in order and the caption as its photo’s figure', () => {
    expect(texts(1)).toEqual([
      '八旬老人在医院住院，清晨出来想回家吃饭。',
      '据胡某交代，他清晨从家中赶往庄头蔬菜批发市场上菜，上完菜后去早市卖菜。',
      '目前，嫌疑人胡某已被依法采取强制措施。',
      '[经过侦查，警方将逃逸者抓获。|警方供图]',
    ]);
    expect(reading.photos.map((p) => [p.article, p.block])).toEqual([[1, 3]]);
  });
});

describe('furniture beside a story', () => {
  it('makes a "scan to read" box (a QR code and its line) an ad, and the code no photo', () => {
    const glyphs = [...TWO_STORIES, ...set('有什么想说的？', { x: 380, y: 300 }), ...set('扫码聊聊吧', { x: 380, y: 312 })];
    const reading = readPdfLayout(page(glyphs, [{ x: 320, y: 290, w: 50, h: 50 }]));
    expect(reading.chrome.map((c) => [c.kind, c.text])).toEqual([['ad', '有什么想说的？ 扫码聊聊吧']]);
    expect(reading.photos).toEqual([]);
    expect(fields({ ...reading, chrome: [] })).not.toContain('扫码');
  });
  it('takes a weather table’s source line, set smaller under it, and the logo behind it with the table', () => {
    const cells = ['沈阳', '晴', '17~4', '大连', '多云', '14~7'].flatMap((t, i) =>
      set(t, { x: 440 + (i % 3) * 50, y: 300 + Math.floor(i / 3) * 14 }),
    );
    const glyphs = [
      ...TWO_STORIES,
      ...set('全省城市今明两天天气', { x: 440, y: 286, size: 12 }),
      ...cells,
      ...set('气象数据来源：中国天气网', { x: 440, y: 344, size: 7 }),
    ];
    // the source line is printed over the weather service's logo: the logo is the table's, no story's photo
    const reading = readPdfLayout(page(glyphs, [{ x: 430, y: 336, w: 110, h: 40 }]));
    expect(reading.chrome.find((c) => c.kind === 'weather')?.text).toContain('气象数据来源：中国天气网');
    expect(reading.photos).toEqual([]);
  });
});

/**
 * A weather table set wide (the fixture's second page): four columns of short cells far more than an em apart,
 * their rows on the same baselines, its title over the middle two; a story under it, its first column under no
 * headline.
 */
const WIDE_TABLE = [
  ...set('本市今明两天天气', { x: 392, y: 300, size: 12 }),
  ...[
    ['日期', '今天', '明天'],
    ['天气', '多云转阵雨', '小雨'],
    ['气温', '24～31℃', '23～28℃'],
    ['风力', '微风', '东北风2级'],
  ].flatMap((cells, c) => cells.flatMap((t, r) => set(t, { x: 300 + 90 * c, y: 320 + 15 * r }))),
  ...set('高温天气注意防暑', { x: 420, y: 390, size: 20 }),
  ...set('记者  陈雨', { x: 300, y: 416 }),
  ...column(['气象部门预计，下周我市将出现持续高温天气。'], { x: 300, y: 432, chars: 11 }),
  ...column(['市疾控中心提醒市民，尽量避免在中午前后长时间户外活动。'], { x: 420, y: 416, chars: 11 }),
];

describe('a weather table set wide', () => {
  const reading = readPdfLayout(page([...TWO_STORIES.filter((g) => g.x < 290), ...WIDE_TABLE]));
  it('is one piece of furniture, every column of it', () => {
    expect(reading.chrome.filter((c) => c.kind === 'weather').map((c) => c.text.split('\n'))).toEqual([
      ['本市今明两天天气', '日期 今天 明天', '天气 多云转阵雨 小雨', '气温 24～31℃ 23～28℃', '风力 微风 东北风2级'],
    ]);
    expect(fields({ ...reading, chrome: [] })).not.toMatch(/今天|风力|多云/);
  });
  it('leaves the story under it whole, with its byline', () => {
    const story = reading.articles.find((a) => a.headline === '高温天气注意防暑');
    expect(story?.authors.map((a) => a.name)).toEqual(['陈雨']);
    expect(story?.blocks.map((b) => (b.type === 'figure' ? '' : b.text))).toEqual([
      '气象部门预计，下周我市将出现持续高温天气。',
      '市疾控中心提醒市民，尽量避免在中午前后长时间户外活动。',
    ]);
  });
  it('does not reach a column of text level with its rows', () => {
    const beside = [
      ...set('口袋公园建成开放', { x: 360, y: 290, size: 20 }),
      ...column(['近日，西街的三座口袋公园建成开放，市民出门就能见到绿地。'], { x: 360, y: 320, chars: 11 }),
    ];
    const glyphs = [...WIDE_TABLE.filter((g) => g.y < 380).map((g) => ({ ...g, x: g.x - 280 })), ...beside];
    const narrowed = readPdfLayout(page(glyphs));
    expect(narrowed.chrome.find((c) => c.kind === 'weather')?.text).toContain('风力 微风 东北风2级');
    expect(narrowed.articles.map((a) => a.blocks.map((b) => (b.type === 'figure' ? '' : b.text)))).toEqual([
      ['近日，西街的三座口袋公园建成开放，市民出门就能见到绿地。'],
    ]);
  });
});

/**
 * A headline set vertically, its glyphs stacked one a line (the fixture's second page): it heads the columns
 * that start beside it, not the last column of the story to its left, nor the columns of the story under its foot.
 */
const STACKED = [
  ...set('滨江步道', { x: 60, y: 40, size: 20 }),
  ...[20, 130, 240].flatMap((x, i) => column([`第${'一二三'[i]}栏的正文写在这里。`], { x, y: 70, chars: 10 })),
  ...Array.from('古镇老街焕新颜').flatMap((ch, i) => set(ch, { x: 380, y: 50 + 28 * i, size: 26 })),
  ...column(['走进西坝古镇，青石板路干净整洁，沿街木楼修缮一新。'], { x: 420, y: 50, chars: 8 }),
  ...set('高温天气注意防暑', { x: 425, y: 300, size: 20 }),
  ...[345, 425, 505].flatMap((x, i) => column([`高温第${'一二三'[i]}栏的正文。`], { x, y: 330, chars: 7 })),
];

describe('a headline stacked one glyph a line', () => {
  const reading = readPdfLayout(page(STACKED));
  const texts = (head: string) =>
    reading.articles.find((a) => a.headline.replace(/\s/g, '') === head)?.blocks.map((b) => (b.type === 'figure' ? '' : b.text).slice(0, 4));
  it('heads the text beside it, and no other story’s column', () => {
    expect(texts('滨江步道')).toEqual(['第一栏的', '第二栏的', '第三栏的']);
    expect(texts('古镇老街焕新颜')).toEqual(['走进西坝']);
    expect(texts('高温天气注意防暑')).toEqual(['高温第一', '高温第二', '高温第三']);
  });
});

describe('a column right under a headline, beside another headline’s row', () => {
  it('is the story’s whose headline stands right over it, though the other row ends nearer (la Repubblica)', () => {
    const glyphs = [
      ...set('全市暴雨一人遇难数千人转移', { x: 40, y: 116, size: 20 }),
      ...column(['暴雨造成河水漫堤，城区多处积水。'], { x: 40, y: 150, chars: 26 }),
      ...set('高温天气注意防暑', { x: 310, y: 100, size: 20 }),
      ...column(['气象部门预计，下周我市将出现持续高温天气。'], { x: 310, y: 133, chars: 12 }),
    ];
    const reading = readPdfLayout(page(glyphs));
    expect(reading.articles.map((a) => [a.headline, a.blocks.map((b) => (b.type === 'figure' ? '' : b.text))])).toEqual([
      ['高温天气注意防暑', ['气象部门预计，下周我市将出现持续高温天气。']],
      ['全市暴雨一人遇难数千人转移', ['暴雨造成河水漫堤，城区多处积水。']],
    ]);
  });
});

describe('an Italian story', () => {
  // la Repubblica's shape: a headline, its byline set large under it, a drop cap, the jump line at the column's foot
  const glyphs = [
    ...set('La nostra povera Carta', { x: 40, y: 100, size: 20 }),
    ...set('di Michele Ainis', { x: 60, y: 128, size: 14 }),
    ...set('L', { x: 40, y: 156, size: 27 }),
    ...set('a madre delle riforme', { x: 56, y: 150, size: 9 }),
    ...set('come la madre dei', { x: 56, y: 161, size: 9 }),
    ...set('cretini evocata.', { x: 56, y: 172, size: 9 }),
    ...set('● a pagina 24', { x: 40, y: 183, size: 9 }),
  ];
  const reading = readPdfLayout(page(glyphs));
  it('reads the byline under the headline, the drop cap in its word and the jump as data', () => {
    expect(
      reading.articles.map((a) => [
        a.headline,
        a.subheadline,
        a.authors.map((x) => x.name),
        a.blocks.map((b) => (b.type === 'figure' ? '' : b.text)),
      ]),
    ).toEqual([['La nostra povera Carta', null, ['Michele Ainis'], ['La madre delle riforme come la madre dei cretini evocata.']]]);
    expect(reading.jumps).toEqual([[{ direction: 'to', page: 24, text: '● a pagina 24' }]]);
  });
});

describe('a drop cap sunk over two lines (la Repubblica’s Cappellini story)', () => {
  // the cap's two lines set right of it, the third back at its edge: the first line is the paragraph's, not a subhead
  const glyphs = [
    ...set('La politica della cattiveria', { x: 40, y: 100, size: 21 }),
    ...set('di Stefano Cappellini', { x: 60, y: 128, size: 14 }),
    ...set('M', { x: 40, y: 156, size: 27 }),
    ...set('atteo Salvini ha oltrepassato', { x: 56, y: 150, size: 9 }),
    ...set('un altro confine, paradossale', { x: 56, y: 160.5, size: 9 }),
    ...set('per chi i confini li sogna tutti', { x: 40, y: 171, size: 9 }),
    ...set('blindati e impenetrabili, ed è', { x: 40, y: 181.5, size: 9 }),
    ...set('giunto ancora più in là.', { x: 40, y: 192, size: 9 }),
  ];
  it('reads the line beside the cap as the first line of its paragraph', () => {
    expect(readPdfLayout(page(glyphs)).articles.map((a) => [a.headline, a.authors.map((x) => x.name), a.blocks])).toEqual([
      [
        'La politica della cattiveria',
        ['Stefano Cappellini'],
        [
          {
            type: 'paragraph',
            text: 'Matteo Salvini ha oltrepassato un altro confine, paradossale per chi i confini li sogna tutti blindati e impenetrabili, ed è giunto ancora più in là.',
          },
        ],
      ],
    ]);
  });
});

describe('a block set large under a headline, before the text', () => {
  // la Repubblica's lead: a 40-pt headline, two lines at 13.5 pt in a face of their own, a second headline at
  // 22 pt (the interview in the lead's package), then the text at 9.3 pt
  const deck = [
    'Il richiamo del presidente dopo lo scontro: le istituzioni non si limitino',
    'Il governo ancora all’attacco delle toghe. Oggi in cdm il decreto',
  ];
  const text = [
    'Mentre il governo prepara il decreto sul caso dei',
    'migranti, il presidente invita al dialogo. Il',
    'presidente del Senato nell’intervista: «Vogliamo',
    'rispetto dai magistrati. Riscrivere nella Costituzione',
    'i confini tra i poteri», dice il presidente del Senato.',
  ];
  const lead = (lines: string[], { x = 40, size = 13.5, font = 'Light' } = {}): Glyph[] => [
    ...set('L’altolà di Mattarella', { x: 40, y: 40, size: 40, font: 'Poster' }),
    ...lines.flatMap((t, i) => set(t, { x: x + 4 * i, y: 84 + i * 15, size, font })),
    ...set('Intervista a La Russa: i magistrati', { x: 40, y: 120, size: 22, font: 'Head' }),
    ...text.flatMap((t, i) => set(t, { x: 40, y: 150 + i * 10.5, size: 9.3 })),
  ];
  const closed = [deck[0]!, `${deck[1]!}.`];
  const interview = 'Intervista a La Russa: i magistrati';
  const read = (glyphs: Glyph[]) => {
    const [story] = readPdfLayout(page(glyphs)).articles;
    const body = story!.blocks.map((b) => (b.type === 'figure' ? '' : b.text)).join('\n');
    return { story: story!, deckInText: body.includes('Il richiamo del presidente') };
  };
  it.each([
    ['in a face of its own, two lines, no sentence closed: the standfirst', lead(deck), deck.join(' '), false],
    ['closing a sentence: a lead set large, the text', lead(closed), interview, true],
    ['in the text’s face: a lead set large, the text', lead(deck, { font: 'Body' }), interview, true],
    ['at the text’s size: the text', lead(deck, { size: 9.3 }), interview, true],
    ['over the headline’s first column only: the text', lead(['Il richiamo del presidente'], { size: 12 }), interview, true],
  ])('%s', (_, glyphs, subheadline, deckInText) => {
    const { story, deckInText: inText } = read(glyphs);
    expect([story.headline, story.subheadline, inText]).toEqual(['L’altolà di Mattarella', subheadline, deckInText]);
  });
  it('makes the headline set under a standfirst a subhead of the story, before its text', () => {
    expect(read(lead(deck)).story.blocks.map((b) => b.type === 'heading' && b.text)).toEqual([interview, false]);
  });
  it('is a 副题 in Chinese too, set a little larger than the text (under the heading size) across the headline', () => {
    const glyphs = [
      ...set('城区新增三座口袋公园', { x: 20, y: 40, size: 30, font: 'Head' }),
      ...set('西街三座口袋公园建成开放 市民在家门口走进绿色', { x: 20, y: 76, size: 12, font: 'Kai' }),
      ...column(['近日，西街的三座口袋公园建成开放。', '公园面积都不大，却种植了乔木。'], { x: 20, y: 100, chars: 12 }),
      ...column(['市园林部门表示，今年还将再建设五座口袋公园。'], { x: 150, y: 100, chars: 12 }),
    ];
    const [story] = readPdfLayout(page(glyphs)).articles;
    expect([story!.headline, story!.subheadline, story!.blocks[0]]).toEqual([
      '城区新增三座口袋公园',
      '西街三座口袋公园建成开放 市民在家门口走进绿色',
      { type: 'paragraph', text: '近日，西街的三座口袋公园建成开放。' },
    ]);
  });
});

describe('a byline set apart at the foot of a lead’s column (la Repubblica’s L’altolà story)', () => {
  // the byline in italic and bold, indented alike on its two lines (no paragraph indent parts it from the text),
  // a jump naming a page range after it, and a photo's caption on its row starting a little more than an em on
  const size = 9.3;
  const runs = (parts: [string, string][], x: number, y: number): Glyph[] => {
    const out: Glyph[] = [];
    let at = x;
    for (const [text, font] of parts) {
      const glyphs = set(text, { x: at, y, size, font, bold: font === 'Bold' });
      out.push(...glyphs);
      at = glyphs[glyphs.length - 1]!.x + 1.5 * size;
    }
    return out;
  };
  const body = [
    'Mentre il governo prepara il decreto sul caso dei',
    'migranti, il presidente invita al dialogo. Il',
    'presidente del Senato nell’intervista: «Vogliamo',
    'rispetto. Riscrivere i confini tra i poteri».',
  ];
  const byline1 = runs(
    [
      ['di', 'Italic'],
      ['Candito, Cerami, Ciriaco, Foschini', 'Bold'],
    ],
    60,
    100 + 4 * 10.5,
  );
  const byline2 = runs(
    [
      ['Scaramuzzi', 'Bold'],
      ['e', 'Italic'],
      ['Vecchio', 'Bold'],
      ['● da pagina 2 a 7', 'Italic'],
    ],
    60,
    100 + 5 * 10.5,
  );
  const captionX = byline2[byline2.length - 1]!.x + byline2[byline2.length - 1]!.w + 1.1 * size;
  const glyphs = [
    ...set('L’altolà di Mattarella', { x: 40, y: 40, size: 40 }),
    ...set('Intervista a La Russa: i magistrati', { x: 40, y: 70, size: 20 }),
    ...body.flatMap((t, i) => set(t, { x: 40, y: 100 + i * 10.5, size })),
    ...byline1,
    ...byline2,
    ...set('Sergio Mattarella', { x: captionX, y: 100 + 5 * 10.5 + 0.5, size: 9.1, font: 'Sans' }),
  ];
  const photo = { x: captionX - 0.1, y: 100, w: 150, h: 100 + 5 * 10.5 - 100 - 7 };
  const reading = readPdfLayout(page(glyphs, [photo]));
  it('is the story’s byline, its names parted at the line break, and the page range a jump to its first page', () => {
    const [story] = reading.articles;
    expect(story!.authors.map((a) => a.name)).toEqual(['Candito', 'Cerami', 'Ciriaco', 'Foschini', 'Scaramuzzi', 'Vecchio']);
    expect(reading.jumps[0]).toEqual([{ direction: 'to', page: 2, text: '● da pagina 2 a 7' }]);
    expect(story!.blocks[0]).toMatchObject({ text: expect.stringMatching(/tra i poteri»\.$/) as unknown });
  });
  it('leaves the caption under the photo out of the byline’s line', () => {
    expect(reading.text.split('\n')).toContain('Sergio Mattarella');
  });
});

describe('a kicker and a caption at the text’s size, each in a face of its own (la Repubblica)', () => {
  const text = [
    'Con le macchine meno attrezzate dell’arena, senza',
    'aggiornamenti, ma solo pezzi maturi e ambizioni.',
    'E un pensiero all’Emilia-Romagna sott’acqua. Tutto',
    'vale più delle evoluzioni degli altri, dice Leclerc.',
  ];
  const glyphs = [
    // centred over the headline, 0.9 of its em above it
    ...set('Gp di Austin', { x: 277, y: 69, size: 9, font: 'WideCaps' }),
    ...set('Leclerc e Sainz, doppietta Ferrari', { x: 100, y: 100, size: 24 }),
    ...text.flatMap((t, i) => set(t, { x: 40, y: 150 + i * 10.5, size: 9 })),
    // one line 8 pt under a photo, from its left edge
    ...set('Charles Leclerc e Carlos Sainz', { x: 300.1, y: 292, size: 9, font: 'Sans' }),
    ...set('Il rodeo lo vince Charles Leclerc davanti', { x: 40, y: 300, size: 9 }),
    ...set('a Carlos Sainz, e il Texas applaude.', { x: 40, y: 310.5, size: 9 }),
  ];
  const reading = readPdfLayout(page(glyphs, [{ x: 300, y: 190, w: 140, h: 94 }]));
  it('reads the small line centred over the headline as its kicker', () => {
    expect(reading.articles.map((a) => [a.kicker, a.headline])).toEqual([['Gp di Austin', 'Leclerc e Sainz, doppietta Ferrari']]);
  });
  it('reads the line in its own face under the photo as the photo’s caption', () => {
    expect(reading.articles[0]!.blocks.filter((b) => b.type === 'figure')).toEqual([
      { type: 'figure', caption: 'Charles Leclerc e Carlos Sainz', credit: null },
    ]);
  });
});

describe('a picture with text over it in faces of its own (la Repubblica’s Montura ad)', () => {
  const story = [
    ...set('Leclerc e Sainz, doppietta Ferrari', { x: 260, y: 100, size: 20 }),
    ...['Il rodeo lo vince Charles Leclerc davanti a', 'Carlos Sainz. Con le macchine meno attrezzate.'].flatMap((t, i) =>
      set(t, { x: 260, y: 130 + i * 10.5, size: 9 }),
    ),
  ];
  const picture = { x: 20, y: 80, w: 220, h: 200 };
  const over = (address: string) => [
    ...set('Wherever you go.', { x: 40, y: 110, size: 24, font: 'Haas-Medium' }),
    ...set('“È l’ignoto che mi attrae”.', { x: 30, y: 230, size: 12, font: 'Utopia-Italic' }),
    ...set('Scopri l’avventura, dalla Mongolia', { x: 30, y: 250, size: 10, font: 'Haas' }),
    ...set(`al Nepal, su ${address}`, { x: 30, y: 262, size: 10, font: 'Haas' }),
  ];
  it('is an ad with its picture, no story, and the story beside it reads whole', () => {
    const reading = readPdfLayout(page([...story, ...over('montura.com')], [picture]));
    expect(reading.chrome.map((c) => [c.kind, c.text.split('\n')])).toEqual([
      ['ad', ['Wherever you go.', '“È l’ignoto che mi attrae”.', 'Scopri l’avventura, dalla Mongolia al Nepal, su montura.com']],
    ]);
    expect(reading.articles.map((a) => a.headline)).toEqual(['Leclerc e Sainz, doppietta Ferrari']);
    expect(reading.photos).toEqual([]);
  });
  it('is no ad when it names no web address (a headline set over a photo)', () => {
    const reading = readPdfLayout(page([...story, ...over('la montagna')], [picture]));
    expect(reading.chrome).toEqual([]);
  });
  it('is no ad when some of its text is in the page’s text face', () => {
    const reading = readPdfLayout(page([...story, ...over('montura.com'), ...set('Testo del servizio', { x: 30, y: 200, size: 9 })], [picture]));
    expect(reading.chrome).toEqual([]);
  });
});

describe('a European masthead', () => {
  it('is the page header down to its date line at 15 % of the page, with what stands above it', () => {
    const glyphs = [
      ...set('Wherever you go.', { x: 440, y: 20, size: 15 }),
      ...set('Fondatore Eugenio Scalfari', { x: 150, y: 80, size: 11 }),
      ...set('Lunedì 21 ottobre 2024', { x: 140, y: 118, size: 14 }),
      ...set('Oggi con Affari&Finanza', { x: 330, y: 118, size: 14 }),
      ...set('€ 1,70', { x: 520, y: 118, size: 14 }),
      ...set('La nostra povera Carta', { x: 40, y: 200, size: 20 }),
      ...column(['La madre delle riforme è sempre incinta, come la madre dei cretini evocata da Flaiano.'], { x: 40, y: 230, chars: 30 }),
    ];
    const reading = readPdfLayout(page(glyphs));
    expect(reading.chrome.map((c) => [c.kind, c.text.split('\n')])).toEqual([
      ['header', ['Wherever you go.', 'Fondatore Eugenio Scalfari', 'Lunedì 21 ottobre 2024', 'Oggi con Affari&Finanza', '€ 1,70']],
    ]);
    expect(reading.articles.map((a) => a.headline)).toEqual(['La nostra povera Carta']);
  });
});

describe('a credit up a photo’s side', () => {
  it('is that photo’s credit, not the text of the story after it', () => {
    const glyphs = [...TWO_STORIES, ...setTurnedUp('Massimo Gennari / Eikon', { x: 423, y: 220, size: 5 })];
    const reading = readPdfLayout(page(glyphs, [{ x: 300, y: 140, w: 120, h: 80 }]));
    expect(reading.articles[1]!.blocks.at(-1)).toEqual({ type: 'figure', caption: '', credit: 'Massimo Gennari / Eikon' });
    expect(reading.articles.map((a) => a.kicker)).toEqual([null, null]);
  });
});

describe('checkTextLayer', () => {
  it.each([
    ['no glyphs: a scan', [], 'no-text'],
    ['ASCII junk where Chinese should be', set('!"#$%&\'()*+,-./0123456789:;<=>?@'.repeat(8)), 'junk'],
    ['private-use characters', set('\ue001\ue002\ue003\ue004'.repeat(20)), 'junk'],
  ] as const)('refuses %s', (_, glyphs, kind) => {
    expect(checkTextLayer(page([...glyphs]))).toMatchObject({ ok: false, kind });
  });
  it.each([
    ['a Chinese page', column(['近日，西街的三座口袋公园建成开放。'.repeat(20)], { chars: 20 })],
    ['an Italian page', set('Il richiamo del presidente della Repubblica dopo lo scontro sulla giustizia '.repeat(4))],
  ])('accepts %s', (_, glyphs) => {
    expect(checkTextLayer(page(glyphs))).toEqual({ ok: true });
  });
});

describe('readPdfLayout properties', () => {
  const HAN = '城区新增三座口袋公园市民记者近日开放建设五暑期托管服务同时开课全小学';
  const sentence = fc.array(fc.constantFrom(...Array.from(HAN)), { minLength: 4, maxLength: 40 }).map((cs) => `${cs.join('')}。`);
  const story = fc.record({
    headline: fc.array(fc.constantFrom(...Array.from(HAN)), { minLength: 3, maxLength: 10 }).map((cs) => cs.join('')),
    paragraphs: fc.array(sentence, { minLength: 1, maxLength: 4 }),
    shadow: fc.integer({ min: 1, max: 4 }),
  });
  const pages = fc.array(story, { minLength: 1, maxLength: 4 }).map((stories) => {
    const glyphs: Glyph[] = [];
    stories.forEach((s, i) => {
      const x = 20 + (i % 2) * 290;
      const y = 40 + Math.floor(i / 2) * 380;
      // the headline drawn `shadow` times a hair apart: stacked copies count once
      for (let k = 0; k < s.shadow; k++) glyphs.push(...set(s.headline, { x: x + k * 0.3, y: y + k * 0.3, size: 22 }));
      glyphs.push(...column(s.paragraphs, { x, y: y + 34, chars: 12 }), ...column(s.paragraphs, { x: x + 140, y: y + 34, chars: 12 }));
    });
    return { glyphs, stories };
  });

  it('loses no character: every glyph drawn is in some text field (stacked copies once)', () => {
    fc.assert(
      fc.property(pages, ({ glyphs, stories }) => {
        const reading = readPdfLayout(page(glyphs));
        const drawn = count(stories.map((s) => s.headline + s.paragraphs.join('').repeat(2)).join(''));
        const read = count(fields(reading));
        return [...drawn].every(([ch, n]) => (read.get(ch) ?? 0) >= n);
      }),
      { numRuns: 40 },
    );
  });

  it('never gives two articles overlapping areas', () => {
    fc.assert(
      fc.property(pages, ({ glyphs }) => {
        const { areas } = readPdfLayout(page(glyphs));
        return areas.every((mine, i) => areas.every((theirs, j) => j <= i || mine.every((a) => theirs.every((b) => !overlaps(a, b)))));
      }),
      { numRuns: 40 },
    );
  });
});
