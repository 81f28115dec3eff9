/**
 * The typesetter's own font embedding, in place of pdf-lib's embedFont: a Type0 font over a CIDFontType0 whose
 * FontFile3 is the whole pre-subset OpenType file (Subtype /OpenType, as the PDF specification names it), with
 * widths and a ToUnicode map of the glyphs used. Fonts are cut down to the page's characters first, and a page
 * can leave out its Unicode maps (the garbled fixture).
 */
import { createHash } from 'node:crypto';
import subsetFont from 'subset-font';
import { PDFHexString, PDFName, PDFString, type PDFDocument, type PDFRef } from 'pdf-lib';
import { fontBytes, type FontStyle } from './fonts.ts';
import { readMetrics } from './sfnt.ts';

export interface FontFile {
  /** The font program to embed. */
  bytes: Uint8Array;
  postscriptName: string;
  /** Glyph id of a character, as the text is written (0 when the font lacks it). */
  glyphOf(ch: string): number;
  /** Advance of a glyph in thousandths of an em. */
  widthOf(gid: number): number;
  bbox: [number, number, number, number];
  ascent: number;
  descent: number;
}

const files = new Map<string, Promise<FontFile>>();

/** A font file with its glyphs looked up by character. */
export function readFontFile(bytes: Uint8Array): FontFile {
  const font = readMetrics(bytes);
  const scale = 1000 / font.unitsPerEm;
  return {
    bytes,
    postscriptName: font.postscriptName,
    glyphOf: (ch) => font.glyphs.get(ch.codePointAt(0)!) ?? 0,
    widthOf: (gid) => Math.round(font.advance(gid) * scale),
    bbox: font.bbox.map((n) => Math.round(n * scale)) as FontFile['bbox'],
    ascent: Math.round(font.ascent * scale),
    descent: Math.round(font.descent * scale),
  };
}

/**
 * The font of `style` cut down to `chars`, as typesetting systems embed fonts (`ABCDEF+Name`): a page's PDF then
 * weighs tens of kilobytes, not the megabyte of the whole subset. Cached per style and character set.
 */
export function subsetFontFile(style: FontStyle, chars: ReadonlySet<string>): Promise<FontFile> {
  const text = [...chars].sort().join('');
  const key = `${style}:${text}`;
  const cached = files.get(key);
  if (cached) return cached;
  const file = subsetFont(Buffer.from(fontBytes(style)), text, { targetFormat: 'sfnt', keepFeatures: [] }).then((bytes) => {
    const read = readFontFile(new Uint8Array(bytes));
    const tag = [...createHash('md5').update(key).digest()]
      .slice(0, 6)
      .map((b) => String.fromCharCode(65 + (b % 26)))
      .join('');
    return { ...read, postscriptName: `${tag}+${read.postscriptName}` };
  });
  files.set(key, file);
  return file;
}

/** One font of one document: text is encoded as glyph ids (Identity-H) and the dictionaries are written at the end. */
export class EmbeddedFont {
  readonly ref: PDFRef;
  readonly name: string;
  private readonly used = new Map<number, string>();

  constructor(
    private readonly doc: PDFDocument,
    private readonly file: FontFile,
    /** The character each glyph stands for, for the ToUnicode map (the garbled fixture draws with a lying font). */
    private readonly unicodeOf: (ch: string) => string = (ch) => ch,
  ) {
    this.ref = doc.context.nextRef();
    this.name = file.postscriptName;
  }

  encode(text: string): PDFHexString {
    let hex = '';
    for (const ch of text) {
      const gid = this.file.glyphOf(ch);
      if (gid === 0) throw new Error(`typeset: font ${this.name} has no glyph for “${ch}”; run npm run make-fonts`);
      this.used.set(gid, this.unicodeOf(ch));
      hex += gid.toString(16).padStart(4, '0');
    }
    return PDFHexString.of(hex);
  }

  /** Writes the font's objects; `toUnicode: false` leaves the map out, so a reader cannot tell the characters. */
  finish(toUnicode: boolean): void {
    const ctx = this.doc.context;
    const f = this.file;
    // pdf-lib's own deflate (pako, plain JavaScript): the same bytes under every Node and zlib version
    const program = ctx.register(ctx.flateStream(f.bytes, { Subtype: 'OpenType' }));
    const descriptor = ctx.register(
      ctx.obj({
        Type: 'FontDescriptor',
        FontName: this.name,
        Flags: 4,
        FontBBox: f.bbox,
        ItalicAngle: 0,
        Ascent: f.ascent,
        Descent: f.descent,
        CapHeight: f.ascent,
        StemV: 80,
        FontFile3: program,
      }),
    );
    const gids = [...this.used.keys()].sort((a, b) => a - b);
    const widths = gids.flatMap((g) => [g, [f.widthOf(g)]]);
    const cid = ctx.register(
      ctx.obj({
        Type: 'Font',
        Subtype: 'CIDFontType0',
        BaseFont: this.name,
        CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
        FontDescriptor: descriptor,
        W: widths,
      }),
    );
    const dict = ctx.obj({ Type: 'Font', Subtype: 'Type0', BaseFont: this.name, Encoding: 'Identity-H', DescendantFonts: [cid] });
    if (toUnicode) dict.set(PDFName.of('ToUnicode'), ctx.register(ctx.flateStream(unicodeCMap(gids.map((g) => [g, this.used.get(g)!])))));
    ctx.assign(this.ref, dict);
  }
}

/** A ToUnicode CMap: glyph id → the characters it stands for (UTF-16BE). */
function unicodeCMap(entries: readonly [number, string][]): string {
  const hex4 = (n: number) => n.toString(16).padStart(4, '0');
  const utf16 = (s: string) =>
    [...s]
      .map((c) => {
        const cp = c.codePointAt(0)!;
        return cp > 0xffff ? hex4(0xd800 + ((cp - 0x10000) >> 10)) + hex4(0xdc00 + ((cp - 0x10000) & 0x3ff)) : hex4(cp);
      })
      .join('');
  const chunks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const part = entries.slice(i, i + 100);
    chunks.push(`${part.length} beginbfchar\n${part.map(([g, s]) => `<${hex4(g)}> <${utf16(s)}>`).join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <ffff>',
    'endcodespacerange',
    ...chunks,
    'endcmap',
    'CMapName currentdict /CMapResource defineresource pop',
    'end',
    'end',
  ].join('\n');
}
