/** One page of a multi-page PDF as a PDF of its own, for the reader's download link (pdf-lib, pure JS). */
import { PDFDocument } from 'pdf-lib';

export async function encodePagePdf(bytes: Uint8Array, page: number): Promise<Uint8Array> {
  const source = await PDFDocument.load(bytes, { updateMetadata: false });
  const out = await PDFDocument.create({ updateMetadata: false });
  const [copied] = await out.copyPages(source, [page - 1]);
  out.addPage(copied!);
  const title = source.getTitle();
  if (title) out.setTitle(title);
  return out.save();
}
