/**
 * `npm run add-edition -- --paper lswb --date 2021-03-23 ~/today/*.pdf`: a day's page PDFs → a new edition folder
 * data/papers/<paper>/<date>/ holding the PDFs and an edition.json. Each page's number (and name, when its header
 * prints one) comes from the PDF: its Founder `Title`, the page header, its file name, in that order. It says what
 * it guessed, and refuses what it cannot tell (a page with no number, two pages with one number, a date that
 * contradicts --date) before writing anything; the folder is written beside its name and renamed into place.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Glyph, PdfPageContent } from '../ingest/pdf/PdfContent.ts';
import { checkTextLayer, readPdfLayout } from '../ingest/pdf/readLayout.ts';
import { labelFromFileName, labelFromHeader, labelFromTitle, labelText, numberPages, type PageLabel } from '../ingest/pageLabels.ts';
import { ManifestSchema, PaperSlugSchema, type Manifest } from '../schema/manifest.ts';
import { openPdf, PdfError } from '../pdf/openPdf.ts';
import { cliArgs, InputError, type CliIO } from '../node/InputError.ts';

const USAGE = 'npm run add-edition -- --paper SLUG --date YYYY-MM-DD [--data DIR] FILE.pdf…';

interface Found {
  /** The PDF as given on the command line, and its name in the edition folder. */
  path: string;
  file: string;
  /** 1-based page inside its PDF, when the PDF holds several. */
  pdfPage: number | undefined;
  label: PageLabel;
  name: string | null;
  /** How the label was found, for the report. */
  how: string;
  /** A page with no usable text layer: marked imageOnly in the manifest, published as its image alone. */
  textLayer: string | null;
}

/** The command, on its arguments; src/cli/add-edition.ts runs it on the process's own, tests in-process. */
export async function addEdition(args: string[], io: CliIO): Promise<void> {
  const { values, positionals } = cliArgs('add-edition', USAGE, {
    args,
    allowPositionals: true,
    options: { paper: { type: 'string' }, date: { type: 'string' }, data: { type: 'string', default: 'data' } },
  });
  const { paper, date } = values;
  if (!paper || !date || positionals.length === 0) throw new InputError('add-edition', null, `usage: ${USAGE}`);
  if (!PaperSlugSchema.safeParse(paper).success)
    throw new InputError('add-edition', null, `--paper "${paper}" is not a paper folder's name (a-z, 0-9 and -, like lswb)`);
  const day = new Date(`${date}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== date) {
    throw new InputError('add-edition', null, `--date "${date}" is not a calendar date as YYYY-MM-DD`);
  }
  const paperFolder = resolve(values.data, 'papers', paper);
  if (!existsSync(join(paperFolder, 'paper.json'))) {
    throw new InputError(
      paperFolder,
      null,
      `no paper "${paper}" here: make ${join(values.data, 'papers', paper, 'paper.json')} with its "name" first`,
    );
  }
  const folder = join(paperFolder, date);
  if (existsSync(folder))
    throw new InputError(folder, null, 'already exists: add-edition makes a new edition; edit its edition.json, or remove the folder first');
  checkNames(positionals);

  const found: Found[] = [];
  for (const file of positionals) found.push(...(await readLabels(resolve(file), date)));
  const manifest = manifestOf(date, found);
  writeEdition(folder, positionals, manifest);

  const lines = found.map((f) => {
    const page = manifest.pages.find((p) => p.file === f.file && p.pdfPage === f.pdfPage)!;
    return `  第${page.number}版${page.name ? ` ${page.name}` : ''}  ← ${f.file}${f.pdfPage ? ` page ${f.pdfPage}` : ''}: ${f.how}`;
  });
  const scans = found.filter((f) => f.textLayer);
  io.stderr(
    `add-edition: ${folder}: ${manifest.pages.length} page(s), guessed:\n${lines.join('\n')}\n` +
      (numberPages(found.map((f) => f.label)).sectioned ? '  sections A, B…: pages numbered in order, the printed label kept in each name\n' : '') +
      scans
        .map(
          (f) =>
            `  note: ${f.file}${f.pdfPage ? ` page ${f.pdfPage}` : ''}: ${f.textLayer} (marked "imageOnly": true: published as its image and PDF alone)\n`,
        )
        .join('') +
      'Check edition.json, then run npm run update-site (or npm run build).\n',
  );
}

function checkNames(files: readonly string[]): void {
  const seen = new Set<string>();
  for (const file of files) {
    if (!file.toLowerCase().endsWith('.pdf')) throw new InputError(file, null, 'is not a .pdf file: add-edition takes page PDFs');
    const name = basename(file);
    if (seen.has(name)) throw new InputError(file, null, `two files are named ${name}: an edition folder holds each under its own name`);
    seen.add(name);
  }
}

/** Each page of one PDF with its label, or an InputError saying what could not be told. */
async function readLabels(file: string, date: string): Promise<Found[]> {
  let doc;
  try {
    doc = await openPdf(file, new Uint8Array(readFileSync(file)));
  } catch (error) {
    if (error instanceof PdfError) throw new InputError(file, null, error.reason);
    throw new InputError(file, null, 'no such file');
  }
  try {
    const title = labelFromTitle(doc.info.title ?? '');
    if (title?.date && title.date !== date) {
      throw new InputError(file, null, `its Title "${doc.info.title}" dates it ${title.date}, not ${date}: is it another day's page?`);
    }
    const pages: Found[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await doc.readPage(n);
      const checked = checkTextLayer(content);
      const header = labelFromHeader(headerText(content, checked.ok));
      const fromName = labelFromFileName(basename(file));
      const single = doc.numPages === 1;
      const [label, how] =
        single && title
          ? [title.label, `Title "${doc.info.title}"`]
          : header
            ? [header.label, 'page header']
            : single && fromName
              ? [fromName, 'file name']
              : [null, ''];
      if (!label) {
        throw new InputError(
          file,
          null,
          `${single ? '' : `page ${n}: `}cannot tell which page this is: no Founder Title, no page number in its header${single ? ', none in its file name (name it like A05.pdf)' : ''}`,
        );
      }
      pages.push({
        path: file,
        file: basename(file),
        pdfPage: single ? undefined : n,
        label,
        name: header?.name ?? null,
        how: `${labelText(label)} from its ${how}${header?.name ? `, its name from its page header` : ''}`,
        textLayer: checked.ok ? null : checked.message,
      });
    }
    return pages;
  } finally {
    await doc.close();
  }
}

/** The page's header as text: the glyphs of the top tenth of the page by lines, then the layout's header furniture. */
function headerText(content: PdfPageContent, readable: boolean): string {
  const top = linesOf(content.glyphs.filter((g) => g.y + g.h < content.height * 0.1));
  if (!readable) return top;
  const headers = readPdfLayout(content).chrome.filter((c) => c.kind === 'header');
  return [top, ...headers.map((c) => c.text)].join('\n');
}

/**
 * Glyphs → lines of text, top to bottom: a glyph joins a line whose middle is within half its size, and a gap of
 * half an em between two glyphs is a space (a header sets its page label, the paper's name and the date apart).
 */
function linesOf(glyphs: readonly Glyph[]): string {
  const lines: { y: number; glyphs: Glyph[] }[] = [];
  for (const g of [...glyphs].sort((a, b) => a.y - b.y)) {
    const mid = g.y + g.h / 2;
    const line = lines.find((l) => Math.abs(l.y - mid) < g.size / 2);
    if (line) line.glyphs.push(g);
    else lines.push({ y: mid, glyphs: [g] });
  }
  return lines
    .map((l) =>
      l.glyphs
        .sort((a, b) => a.x - b.x)
        // a glyph drawn again over itself (a shadow, a bold effect) is read once
        .filter((g, i, all) => i === 0 || g.ch !== all[i - 1]!.ch || Math.abs(g.x - all[i - 1]!.x) > g.size * 0.3)
        .map((g, i, all) => (i > 0 && g.x - (all[i - 1]!.x + all[i - 1]!.w) > g.size / 2 ? ` ${g.ch}` : g.ch))
        .join(''),
    )
    .join('\n');
}

function manifestOf(date: string, found: readonly Found[]): Manifest {
  const { numbers, sectioned } = numberPages(found.map((f) => f.label));
  const taken = new Map<number, Found>();
  found.forEach((f, i) => {
    const other = taken.get(numbers[i]!);
    if (other) {
      throw new InputError(
        f.path,
        null,
        `is page ${labelText(f.label)} (${f.how}), and so is ${other.file}: which one belongs in this edition? Leave the other out`,
      );
    }
    taken.set(numbers[i]!, f);
  });
  const pages = found
    .map((f, i) => {
      const name = sectioned ? [labelText(f.label), f.name].filter(Boolean).join(' ') : f.name;
      return {
        number: numbers[i]!,
        ...(name ? { name } : {}),
        file: f.file,
        ...(f.pdfPage ? { pdfPage: f.pdfPage } : {}),
        ...(f.textLayer ? { imageOnly: true as const } : {}),
      };
    })
    .sort((a, b) => a.number - b.number);
  // the manifest ingest will read, checked by the same schema before anything is written
  const checked = ManifestSchema.safeParse({ date, pages });
  if (!checked.success) throw new InputError('add-edition', null, `the edition.json it would write is wrong: ${checked.error.issues[0]?.message}`);
  return checked.data;
}

/** The folder written beside its name, then renamed: it appears whole or not at all. */
function writeEdition(folder: string, files: readonly string[], manifest: Manifest): void {
  const tmp = `${folder}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  try {
    mkdirSync(tmp, { recursive: true });
    // the bytes, not the file: copyFile keeps the source's mode, and a read-only PDF (0444 from a camera card or a
    // mail client) would give a page file that a later edit or re-run cannot overwrite
    for (const file of files) writeFileSync(join(tmp, basename(file)), readFileSync(resolve(file)));
    writeFileSync(join(tmp, 'edition.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    renameSync(tmp, folder);
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
}
