/** One page of a multi-page PDF as a PDF of its own, for the reader's download link (pdf-lib, pure JS). */
import { PDFDocument } from 'pdf-lib';

/** The PDF parsed once for all its pages: a 200-page file is not parsed again for each page cut out of it. */
export function pageSource(bytes: Uint8Array): () => Promise<PDFDocument> {
  let source: Promise<PDFDocument> | null = null;
  return () => (source ??= PDFDocument.load(bytes, { updateMetadata: false }));
}

export async function encodePagePdf(source: PDFDocument, page: number): Promise<Uint8Array> {
  const out = await PDFDocument.create({ updateMetadata: false });
  const [copied] = await out.copyPages(source, [page - 1]);
  out.addPage(copied);
  const title = source.getTitle();
  if (title) out.setTitle(title);
  return out.save();
}
