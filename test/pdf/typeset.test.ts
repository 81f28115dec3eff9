// @vitest-environment node
/**
 * The typesetter's fixtures as pdf.js reads them: every readable fixture holds the text its reading table says a
 * person reads (letter-spacing and shadow copies aside) and reports its photos where the table puts them; every
 * bad one fails the way a PDF reader must meet it; the committed demo paper is what the typesetter makes today.
 */
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { getDocument, OPS, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { breakLines } from '../../src/typeset/breakLines.ts';
import { FONT_DIR, FONT_FILES } from '../../src/typeset/fonts.ts';
import { runWidth } from '../../src/typeset/measure.ts';
import type { Area, PageReadingTable } from '../../src/typeset/PageReading.ts';
import { typesetDemo } from '../../src/typeset/demo/typesetDemo.ts';
import { ENCRYPTED_PASSWORD, ENCRYPTED_TEXT } from './fixtures/encryptedPdf.ts';
import { FIXTURE_LIST, fixtureReading, makeFixture } from './fixtures/fixtures.ts';

const pdfjs = fileURLToPath(new URL('../../node_modules/pdfjs-dist/', import.meta.url));

function open(bytes: Uint8Array, password?: string): Promise<PDFDocumentProxy> {
  return getDocument({
    data: bytes.slice(),
    password,
    cMapUrl: `${pdfjs}cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${pdfjs}standard_fonts/`,
    verbosity: 0,
  }).promise;
}

async function pageText(doc: PDFDocumentProxy) {
  const page = await doc.getPage(1);
  const items = (await page.getTextContent()).items.filter((i): i is TextItem => 'str' in i);
  const { width, height } = page.getViewport({ scale: 1 });
  return { page, items, width, height, text: squeeze(items.map((i) => i.str).join('')) };
}

/** Letter-spacing aside: pdf.js turns wide gaps into spaces, so text is compared without white space. */
const squeeze = (s: string) => s.replace(/\s+/g, '');
/** Shadows aside: an ad draws one glyph many times, so runs of one character count once. */
const once = (s: string) => s.replace(/(.)\1+/gu, '$1');

function runsOf(reading: PageReadingTable): string[] {
  return [
    ...reading.articles.flatMap((a) => [
      a.headline,
      a.kicker,
      a.subheadline,
      ...a.authors,
      ...a.textIncludes,
      ...(a.jumps ?? []),
      ...(a.photos ?? []).flatMap((p) => [p.caption, p.credit]),
    ]),
    ...reading.notArticles.map((n) => n.text),
  ].filter((r): r is string => !!r);
}

/** m × n for PDF matrices [a b c d e f]: m applied first. */
function multiply(m: readonly number[], n: readonly number[]): number[] {
  const [a, b, c, d, e, f] = m as [number, number, number, number, number, number];
  const [A, B, C, D, E, F] = n as [number, number, number, number, number, number];
  return [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F];
}

/** Each fixture is made once per run: the tests read the same bytes in several ways. */
const made = new Map<string, Promise<Uint8Array>>();
function fixture(name: string): Promise<Uint8Array> {
  if (!made.has(name)) made.set(name, makeFixture(name));
  return made.get(name)!;
}

const readable = FIXTURE_LIST.filter((f) => f.outcome === 'reads').map((f) => f.name);

describe('PDF fixtures', () => {
  // the first fixture loads the fonts, HarfBuzz and pdf.js: made up front, under a timeout that allows a loaded machine
  beforeAll(async () => {
    await Promise.all(FIXTURE_LIST.map((f) => fixture(f.name)));
    await open(await fixture('second-page'));
  }, 60_000);

  it('lists every fixture once, each with a way to fail or read', () => {
    const names = FIXTURE_LIST.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(FIXTURE_LIST.map((f) => f.outcome))).toEqual(new Set(['reads', 'password', 'invalid', 'no-pages', 'no-text', 'garbled']));
  });

  it.each(readable)('%s: pdf.js reads every run of its reading table', async (name) => {
    const reading = fixtureReading(name)!;
    const { text } = await pageText(await open(await fixture(name)));
    const runs = runsOf(reading);
    expect(runs.length).toBeGreaterThan(10);
    for (const run of runs) {
      const found = text.includes(squeeze(run)) || once(text).includes(once(squeeze(run)));
      expect(found, `“${run}” in the text of ${name}`).toBe(true);
    }
  });

  it.each(readable)('%s: each story’s point stands on a line of its own text, inside its area and no other', async (name) => {
    const reading = fixtureReading(name)!;
    const { items, height, width } = await pageText(await open(await fixture(name)));
    const inside = (a: Area, [x, y]: [number, number]) => x >= a[0] && x <= a[0] + a[2] && y >= a[1] && y <= a[1] + a[3];
    for (const article of reading.articles) {
      expect(reading.articles.filter((other) => inside(other.area, article.point)).map((o) => o.headline)).toEqual([article.headline]);
      const [px, py] = [article.point[0] * width, article.point[1] * height];
      const under = items.filter(
        (i) => px >= i.transform[4] && px <= i.transform[4] + i.width && py <= height - i.transform[5] && py >= height - i.transform[5] - i.height,
      );
      const line = squeeze(under.map((i) => i.str).join(''));
      expect(line.length, `a line under the point of ${article.headline}`).toBeGreaterThan(0);
      expect(squeeze(article.textIncludes[0]!).includes(line.slice(0, 3)) || line.includes(squeeze(article.textIncludes[0]!).slice(0, 3))).toBe(true);
    }
  });

  it.each(readable)('%s: the operator list places each photo where its reading table says', async (name) => {
    const reading = fixtureReading(name)!;
    const { page, width, height } = await pageText(await open(await fixture(name)));
    const ops = await page.getOperatorList();
    const placed: Area[] = [];
    // an image fills the unit square of the current transformation matrix: follow q, cm and Q up to each one
    let ctm = [1, 0, 0, 1, 0, 0];
    const saved: number[][] = [];
    ops.fnArray.forEach((fn, i) => {
      if (fn === OPS.save) saved.push(ctm);
      else if (fn === OPS.restore) ctm = saved.pop()!;
      else if (fn === OPS.transform) ctm = multiply(ops.argsArray[i] as number[], ctm);
      else if (fn === OPS.paintImageXObject) {
        const [w, , , h, x, y] = ctm as [number, number, number, number, number, number];
        placed.push([x / width, 1 - (y + h) / height, w / width, h / height]);
      }
    });
    const expected = reading.articles.flatMap((a) => (a.photos ?? []).map((p) => p.area));
    expect(placed).toHaveLength(expected.length);
    expected.forEach((area, i) => area.forEach((v, k) => expect(placed[i]![k]).toBeCloseTo(v, 3)));
  });

  it('makes the same bytes every time (no clock, no random id)', async () => {
    expect(Buffer.from(await fixture('second-page')).equals(Buffer.from(await makeFixture('second-page')))).toBe(true);
  });

  it('encrypted: pdf.js asks for a password, and the right one opens the page', async () => {
    await expect(open(await fixture('encrypted'))).rejects.toMatchObject({ name: 'PasswordException' });
    const { text } = await pageText(await open(await fixture('encrypted'), ENCRYPTED_PASSWORD));
    expect(text).toBe(squeeze(ENCRYPTED_TEXT));
  });

  it.each(FIXTURE_LIST.filter((f) => f.outcome === 'invalid').map((f) => f.name))('%s: pdf.js refuses it as an invalid PDF', async (name) => {
    await expect(open(await makeFixture(name))).rejects.toMatchObject({ name: 'InvalidPDFException' });
  });

  it('zero-pages: opens with no page', async () => {
    expect((await open(await fixture('zero-pages'))).numPages).toBe(0);
  });

  it('scan: one page, one image over all of it, and no text', async () => {
    const { page, items } = await pageText(await open(await fixture('scan')));
    expect(items.filter((i) => i.str.trim() !== '')).toEqual([]);
    expect((await page.getOperatorList()).fnArray.filter((fn) => fn === OPS.paintImageXObject)).toHaveLength(1);
  });

  it('garbled: the page is full of glyphs and reads as junk without a Chinese character', async () => {
    const reading = fixtureReading('garbled')!;
    expect(reading.unusableTextLayer).toBe(true);
    const { text } = await pageText(await open(await fixture('garbled')));
    expect(text.length).toBeGreaterThan(500);
    expect(text.match(/\p{Script=Han}/gu) ?? []).toEqual([]);
  });
});

describe('typesetter fonts and demo paper', () => {
  it('keeps the committed fonts within 3 MB', () => {
    const total = Object.values(FONT_FILES).reduce((sum, f) => sum + statSync(FONT_DIR + f).size, 0);
    expect(total).toBeLessThanOrEqual(3 * 1024 * 1024);
  });

  it('has committed demo PDFs equal to a fresh typesetting (npm run typeset-demo)', { timeout: 30_000 }, async () => {
    for (const file of await typesetDemo()) {
      const committed = readFileSync(fileURLToPath(new URL(`../../${file.path}`, import.meta.url)));
      expect(Buffer.from(file.bytes).equals(committed), `${file.path} is out of date: run npm run typeset-demo`).toBe(true);
    }
  });
});

describe('breakLines', () => {
  const SIZE = 9;
  const run = (text: string) => [{ text, font: 'serif' as const }];
  /** `hang` in ems: a gutter of two ems lets a hanging mark's box reach one em past the measure. */
  const set = (text: string, ems: number, indent: number, hang = 1) =>
    breakLines(run(text), { width: ems * SIZE, size: SIZE, tracking: 0, indent, hang: hang * SIZE });

  it.each([
    ['a comma that does not fit hangs rather than start a line', '一二三四五，六七', 0, ['一二三四五，', '六七']],
    ['an opening mark goes down with what it opens', '一二三四“五六”七', 0, ['一二三四', '“五六”七']],
    ['a number stays whole', '一二三2024年', 0, ['一二三', '2024年']],
    ['the first line is indented two characters', '一二三四五六七', 2, ['一二三', '四五六七']],
    // Found by the property below (seed 46964834): the indent left room for the mark alone, which then ended the line.
    ['an opening mark the indent leaves alone keeps the number it opens', '（2025城', 2, ['（2025', '城']],
  ])('%s', (_, text, indent, lines) => {
    expect(set(text, 5, indent).map((l) => l.text)).toEqual(lines);
  });

  // W3C clreq, "Hanging Punctuation at Line End": one 点号 may hang, never a run of marks; a mark that may not hang
  // goes down with the character before it (推出). Two marks hanging reached over the gutter into the next column,
  // whose first character pdf.js then read as part of the line (the demo paper's 实施制造业“智改数转”，国高端…).
  it.each([
    ['a closing quote and a comma do not hang together', '一二三四五”，六七', ['一二三四', '五”，六七']],
    ['a closing quote is no 点号: it does not hang', '一二三四五”六七', ['一二三四', '五”六七']],
    ['a closing bracket is no 点号: it does not hang', '一二三四五）六七', ['一二三四', '五）六七']],
    ['a full stop does not hang when a closing quote follows it', '一二三四五。”六', ['一二三四', '五。”六']],
    ['a comma does not hang after a closing quote that just fits', '一二三四”，六', ['一二三', '四”，六']],
    ['a quoted character goes down with its marks, the opening one too', '一二三“四”，六', ['一二三', '“四”，六']],
    ['an ellipsis stays whole and goes down with its character', '一二三四五……六', ['一二三四', '五……六']],
    ['a dash stays whole and goes down with its character', '一二三四五——六', ['一二三四', '五——六']],
  ])('%s', (_, text, lines) => {
    expect(set(text, 5, 0).map((l) => l.text)).toEqual(lines);
  });

  it('hangs a mark only as far as its half of the gutter reaches, else sends its character down with it', () => {
    expect(set('一二三四五，六七', 5, 0, 0.5).map((l) => l.text)).toEqual(['一二三四', '五，六七']);
    expect(set('一二三四五，六七', 5, 0, 0).map((l) => l.text)).toEqual(['一二三四', '五，六七']);
  });

  it('keeps every character in order; no line starts with a closing mark or ends with an opening one; one 点号 at most hangs', () => {
    const chars = fc.constantFrom(...'城市书房延长开放时间，。、“”（）……——2024年7月5日ABC'.split(''));
    const closing = /^[，。、”）…—]/u;
    const opening = /[“（]$/u;
    // where a line may break: not after an opening mark, not before a closing one; a Latin word or number is one piece
    const breaks = (pieces: readonly string[]) => pieces.some((p, k) => k > 0 && !opening.test(pieces[k - 1]!) && !closing.test(p));
    fc.assert(
      fc.property(
        fc.array(chars, { minLength: 1, maxLength: 80 }),
        fc.integer({ min: 4, max: 14 }),
        fc.constantFrom(0, 2),
        fc.constantFrom(0, 0.5, 1),
        (text, ems, indent, hang) => {
          const joined = text.join('');
          const lines = set(joined, ems, indent, hang);
          expect(lines.map((l) => l.text).join('')).toBe(joined);
          lines.forEach((line, n) => {
            if (n > 0) expect(line.text).not.toMatch(closing);
            if (n < lines.length - 1) expect(line.text).not.toMatch(opening);
            if (line.width <= ems * SIZE + 0.01) return;
            const pieces = line.text.match(/[A-Z0-9]+|[\s\S]/gu)!;
            // one word longer than the measure (with the marks that open it), or a run of marks, has nowhere to break
            if (!breaks(pieces)) return;
            // else one 点号 hangs, after a character, its box within the hang and the rest of the line within the measure
            const [before, mark] = pieces.slice(-2);
            expect(mark).toMatch(/^[，。、]$/u);
            expect(before).not.toMatch(/^[，。、“”（）…—]$/u);
            expect(line.width).toBeLessThanOrEqual((ems + hang) * SIZE + 0.01);
            expect(line.width - runWidth('serif', mark!, SIZE)).toBeLessThanOrEqual(ems * SIZE + 0.01);
          });
        },
      ),
    );
  });
});
