/**
 * `npm run make-fonts`: regenerates the typesetter's fonts (src/typeset/fonts/*.otf) from the system's Noto CJK
 * collections (Debian's fonts-noto-cjk), subset with subset-font (HarfBuzz) to the characters the project sets:
 * every character of the seed's text pages, of the typesetter's and the fixtures' sources, ASCII and CJK
 * punctuation. Run it after adding a character to a fixture text or a seed page; the fonts are committed so
 * that tests and `npm run typeset-demo` need no system fonts.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import subsetFont from 'subset-font';
import { LABEL_FILE } from './placeholderPhoto.ts';
import { tablesOfCollectionFace, writeFont } from './sfnt.ts';
import { FONT_DIR, FONT_FILES, type FontStyle } from './fonts.ts';

const NOTO = '/usr/share/fonts/opentype/noto';
/** Each style: its collection and the face of Simplified Chinese in it (fc-scan lists JP, KR, SC, TC, HK). */
const SOURCES: Record<FontStyle, { file: string; face: number }> = {
  serif: { file: 'NotoSerifCJK-Regular.ttc', face: 2 },
  serifBold: { file: 'NotoSerifCJK-Bold.ttc', face: 2 },
  sans: { file: 'NotoSansCJK-Regular.ttc', face: 2 },
  sansBold: { file: 'NotoSansCJK-Bold.ttc', face: 2 },
};
const SEED_DIR = 'data/papers/lsrb';
const SOURCE_DIRS = ['src/typeset', 'test/pdf/fixtures'];

function charactersToSet(): string {
  const texts: string[] = [];
  for (const edition of readdirSync(SEED_DIR, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    const dir = join(SEED_DIR, edition.name);
    for (const f of readdirSync(dir).filter((name) => name.endsWith('.txt'))) texts.push(readFileSync(join(dir, f), 'utf8'));
  }
  for (const dir of SOURCE_DIRS) {
    for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts')))
      texts.push(readFileSync(join(dir, f), 'utf8'));
  }
  const ranges = [
    [0x20, 0x7e],
    [0x3000, 0x303f],
    [0xff01, 0xff5e],
    [0x2010, 0x2027],
    [0xfe41, 0xfe44],
    [0x2460, 0x2473],
  ] as const;
  for (const [from, to] of ranges) for (let c = from; c <= to; c++) texts.push(String.fromCodePoint(c));
  texts.push('·■□●○◆◇▲△★☆°℃×÷');
  const set = new Set([...texts.join('')].filter((ch) => ch >= ' '));
  return [...set].sort().join('');
}

async function main(): Promise<void> {
  const text = charactersToSet();
  let total = 0;
  for (const [style, source] of Object.entries(SOURCES) as [FontStyle, { file: string; face: number }][]) {
    const face = writeFont(tablesOfCollectionFace(readFileSync(join(NOTO, source.file)), source.face));
    // hinting is useless in a PDF; the layout tables only bring glyphs (vertical forms, ligatures) we never draw
    const subset = await subsetFont(Buffer.from(face), text, { targetFormat: 'sfnt', noHinting: true, keepFeatures: [] });
    writeFileSync(join(FONT_DIR, FONT_FILES[style]), subset);
    total += subset.length;
    console.log(`${FONT_FILES[style]}: ${subset.length.toLocaleString('en')} bytes`);
  }
  console.log(`${[...text].length} characters, ${total.toLocaleString('en')} bytes in all`);
  writeLabel();
}

/**
 * The placeholder photos' label 示意图, drawn once here with the bold font and kept as a pixel mask, so that the
 * photos themselves are plain arithmetic (the same bytes on every machine; a canvas's anti-aliasing is not).
 */
function writeLabel(): void {
  GlobalFonts.registerFromPath(join(FONT_DIR, FONT_FILES.sansBold), 'TypesetLabel');
  const [width, height] = [96, 34];
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.font = '30px TypesetLabel';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText('示意图', width / 2, height / 2);
  const alpha = ctx.getImageData(0, 0, width, height).data;
  let ink = '';
  for (let i = 3; i < alpha.length; i += 4) ink += alpha[i]! >= 128 ? '#' : '.';
  writeFileSync(LABEL_FILE, `${JSON.stringify({ width, height, ink })}\n`);
}

await main();
