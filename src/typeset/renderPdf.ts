/**
 * Marks → PDF bytes with pdf-lib. Text is written with our own operators (one BT…ET a run, Tc for letter
 * spacing) so that pdf.js sees runs as a typesetting system writes them. Fonts are embedded whole: they are
 * already subsets, and pdf-lib's own subsetting of CFF fonts is known to break.
 */
import {
  PDFDocument,
  type PDFName,
  type PDFPage,
  beginText,
  endText,
  setFontAndSize,
  setCharacterSpacing,
  setTextMatrix,
  showText,
  setFillingGrayscaleColor,
  setStrokingGrayscaleColor,
  pushGraphicsState,
  popGraphicsState,
  rectangle,
  fill,
  stroke,
  setLineWidth,
  concatTransformationMatrix,
  drawObject,
} from 'pdf-lib';
import type { FontStyle } from './fonts.ts';
import { EmbeddedFont, subsetFontFile } from './embedFonts.ts';
import { garble } from './garbledFonts.ts';
import type { Mark } from './Marks.ts';
import { placeholderPhoto } from './placeholderPhoto.ts';

export interface PdfMeta {
  title: string;
  /** YYYY-MM-DD: the PDF's creation and modification date, so the bytes do not depend on the clock. */
  date: string;
  /** Leave out the fonts' Unicode maps and embed fonts whose cmaps lie (the garbled fixture). */
  garbled?: boolean;
}
/** Photo pixels per point: enough to look like a photo on screen, small enough for fixtures. */
const PHOTO_SCALE = 1.25;

export interface Page {
  width: number;
  height: number;
  marks: readonly Mark[];
}

export async function renderPdf(pages: readonly Page[], meta: PdfMeta): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const fonts = new Map<FontStyle, EmbeddedFont>();
  for (const [style, chars] of charactersByFont(pages)) {
    const file = await subsetFontFile(style, chars);
    fonts.set(style, new EmbeddedFont(doc, meta.garbled ? garble(file) : file));
  }
  const fontFor = (style: FontStyle) => fonts.get(style)!;
  for (const p of pages) {
    const page = doc.addPage([p.width, p.height]);
    for (const mark of p.marks) draw(doc, page, mark, fontFor);
  }
  for (const font of fonts.values()) font.finish(!meta.garbled);
  const when = new Date(`${meta.date}T00:00:00Z`);
  doc.setTitle(meta.title);
  doc.setCreator('newspaper-reader typesetter (src/typeset)');
  doc.setProducer('pdf-lib');
  doc.setCreationDate(when);
  doc.setModificationDate(when);
  return doc.save({ useObjectStreams: false });
}

function charactersByFont(pages: readonly Page[]): Map<FontStyle, Set<string>> {
  const out = new Map<FontStyle, Set<string>>();
  for (const p of pages) {
    for (const m of p.marks) {
      if (m.type !== 'text') continue;
      let set = out.get(m.font);
      if (!set) out.set(m.font, (set = new Set()));
      for (const ch of m.text) set.add(ch);
    }
  }
  return out;
}

function draw(doc: PDFDocument, page: PDFPage, mark: Mark, fontFor: (s: FontStyle) => EmbeddedFont): void {
  const H = page.getHeight();
  switch (mark.type) {
    case 'text': {
      const font = fontFor(mark.font);
      const key = fontKey(page, font);
      page.pushOperators(
        setFillingGrayscaleColor(mark.gray),
        beginText(),
        setFontAndSize(key, mark.size),
        setCharacterSpacing(mark.tracking),
        setTextMatrix(1, 0, 0, 1, round(mark.x), round(H - mark.baseline)),
        showText(font.encode(mark.text)),
        endText(),
      );
      return;
    }
    case 'rect': {
      const ops = [pushGraphicsState(), rectangle(round(mark.x), round(H - mark.y - mark.h), round(mark.w), round(mark.h))];
      if (mark.stroke > 0) page.pushOperators(...ops, setStrokingGrayscaleColor(mark.gray), setLineWidth(mark.stroke), stroke(), popGraphicsState());
      else page.pushOperators(...ops, setFillingGrayscaleColor(mark.gray), fill(), popGraphicsState());
      return;
    }
    case 'image': {
      const photo = placeholderPhoto(mark.seed, Math.round(mark.w * PHOTO_SCALE), Math.round(mark.h * PHOTO_SCALE));
      const image = doc.context.register(
        doc.context.flateStream(photo.rgb, {
          Type: 'XObject',
          Subtype: 'Image',
          Width: photo.width,
          Height: photo.height,
          ColorSpace: 'DeviceRGB',
          BitsPerComponent: 8,
        }),
      );
      const name = page.node.newXObject('Image', image);
      page.pushOperators(
        pushGraphicsState(),
        concatTransformationMatrix(round(mark.w), 0, 0, round(mark.h), round(mark.x), round(H - mark.y - mark.h)),
        drawObject(name),
        popGraphicsState(),
      );
      return;
    }
  }
}

/** The page's resource name for a font, added once per page. */
const keys = new WeakMap<PDFPage, Map<EmbeddedFont, PDFName>>();
function fontKey(page: PDFPage, font: EmbeddedFont): PDFName {
  let map = keys.get(page);
  if (!map) {
    map = new Map();
    keys.set(page, map);
  }
  let key = map.get(font);
  if (!key) {
    key = page.node.newFontDictionary(font.name, font.ref);
    map.set(font, key);
  }
  return key;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
