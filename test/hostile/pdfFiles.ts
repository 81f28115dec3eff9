/**
 * Bad page PDFs made in code, each broken in one way a publisher meets: encrypted, truncated, no pages, not a
 * PDF, a scan with no text layer, a text layer of junk (fonts without Unicode maps read as ASCII codes).
 */
import { createCanvas } from '@napi-rs/canvas';
import { PDFDocument, StandardFonts } from 'pdf-lib';

/** A PDF from its object bodies (numbered from 1), with a correct cross-reference table and the trailer's extras. */
export function rawPdf(objects: readonly string[], trailer = ''): Uint8Array {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

const hex = (n: number, byte: string) => byte.repeat(n);

/** Standard security handler (RC4, revision 2) whose user password is not empty: pdf.js asks for a password. */
export function encryptedPdf(): Uint8Array {
  return rawPdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
      `<< /Filter /Standard /V 1 /R 2 /O <${hex(32, '5a')}> /U <${hex(32, 'a5')}> /P -44 >>`,
    ],
    `/Encrypt 4 0 R /ID [<${hex(16, '01')}> <${hex(16, '01')}>]`,
  );
}

export function zeroPagePdf(): Uint8Array {
  return rawPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>']);
}

/** A page that is one picture and no text: what a scanner makes. */
export async function scannedPdf(): Promise<Uint8Array> {
  const canvas = createCanvas(300, 420);
  const context = canvas.getContext('2d');
  context.fillStyle = '#eee';
  context.fillRect(0, 0, 300, 420);
  context.fillStyle = '#333';
  for (let y = 20; y < 400; y += 12) context.fillRect(20, y, 260, 5);
  const doc = await PDFDocument.create();
  const png = await doc.embedPng(await canvas.encode('png'));
  doc.addPage([300, 420]).drawImage(png, { x: 0, y: 0, width: 300, height: 420 });
  return doc.save();
}

/** Hundreds of glyphs of punctuation and digits, no word and no Chinese: an unmapped CJK font's text as read. */
export async function junkPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([400, 600]);
  for (let line = 0; line < 30; line++) page.drawText('#$%&()*+,-./0123:;<=>?@[]^_{|}~!"'.slice(line % 5), { x: 20, y: 570 - line * 18, size: 10, font });
  return doc.save();
}
