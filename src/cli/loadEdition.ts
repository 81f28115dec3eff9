/** Reads one edition folder (manifest + raw pages or page PDFs) into a validated Edition, or throws an InputError. */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import { EditionSchema, type Edition, type PaperRef } from '../schema/edition.ts';
import { isPdfPage, ManifestSchema, TaxonomySchema, type Manifest, type Taxonomy } from '../schema/manifest.ts';
import { assembleEdition, type PageInput } from '../ingest/assembleEdition.ts';
import { checkFacts } from '../ingest/furniture.ts';
import { parsePage } from '../ingest/parsePage.ts';
import type { ParsedPage } from '../ingest/ParsedPage.ts';
import { InputError } from '../node/InputError.ts';
import type { PdfOptions, PdfPageResult } from './pdfPages.ts';
import { lineOf, readText } from './readText.ts';

export function loadTaxonomy(file: string): Taxonomy {
  return readJson(file, TaxonomySchema);
}

/** An edition read from its folder, with what publishing it needs beyond its JSON. */
export interface LoadedEdition {
  edition: Edition;
  /** Data path → file on disk: PDF pages' images, photos and PDFs, copied into the site as they are. */
  assets: Map<string, string>;
  /** The text of each PDF page as read (its source name → lines): what 原文 shows and source ranges count in. */
  texts: Map<string, string[]>;
}

/**
 * Reads an edition folder whose pages may be PDFs: the PDFs are read (and rendered, through the cache) first. The
 * code that reads them (pdf-lib, the canvas) is loaded only for an edition that has one: a text paper's update-site
 * starts without it.
 */
export async function loadEditionFolder(folder: string, taxonomy: Taxonomy, paper: PaperRef, options: PdfOptions): Promise<LoadedEdition> {
  const manifest = readManifest(folder, paper);
  const pdf = manifest.pages.some(isPdfPage)
    ? await (await import('./pdfPages.ts')).readPdfPages(folder, manifest.pages, { paper: paper.slug, date: manifest.date }, options)
    : new Map<number, PdfPageResult>();
  const edition = loadEdition(folder, taxonomy, paper, pdf);
  const assets = new Map<string, string>();
  const texts = new Map<string, string[]>();
  for (const result of pdf.values()) {
    for (const [path, file] of result.assets) assets.set(path, file);
    texts.set(result.source, result.reading ? linesOf(result.reading.text) : []);
  }
  return { edition, assets, texts };
}

function readManifest(folder: string, paper: PaperRef): Manifest {
  const manifestFile = join(folder, 'edition.json');
  const manifest: Manifest = readJson(manifestFile, ManifestSchema);
  // The folder names the date the edition is published under: a manifest that says otherwise is a slip.
  const folderDate = basename(folder);
  if (manifest.date !== folderDate) {
    throw new InputError(
      manifestFile,
      lineOfText(readText(manifestFile), 'date', []),
      `the manifest's date ${manifest.date} is not its folder's date ${folderDate}: rename the folder or fix the date`,
    );
  }
  if (manifest.paper !== undefined && manifest.paper !== paper.name) {
    throw new InputError(
      manifestFile,
      lineOfText(readText(manifestFile), 'paper', []),
      `the manifest names the paper "${manifest.paper}", but its folder belongs to "${paper.name}" (${paper.slug}/paper.json)`,
    );
  }
  return manifest;
}

function linesOf(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * Reads an edition folder into an Edition. Text pages are parsed here; PDF pages come read already (`pdf`, from
 * readPdfPages, keyed by the manifest page's index): loadEditionFolder does both.
 */
export function loadEdition(folder: string, taxonomy: Taxonomy, paper: PaperRef, pdf: ReadonlyMap<number, PdfPageResult> = new Map()): Edition {
  const manifestFile = join(folder, 'edition.json');
  const manifest = readManifest(folder, paper);
  const texts = new Map<string, string[]>();
  const pages: PageInput[] = manifest.pages.map((page, index) => {
    const at: PageAt = { folder, manifestFile, date: manifest.date, index };
    return isPdfPage(page) ? pdfPage(at, page, pdf.get(index)) : textPage(at, page, texts);
  });
  const edition = assembleEdition(paper, manifest, pages, taxonomy);
  const checked = EditionSchema.safeParse(edition);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    const where = sourceOf(edition, issue.path);
    throw new InputError(where.file, where.line, `the parsed edition fails the schema at ${issue.path.join('.')}: ${issue.message}`);
  }
  return checked.data;
}

/** A manifest page's place, for its errors: its edition's folder, manifest and date, and its index in the list. */
interface PageAt {
  folder: string;
  manifestFile: string;
  date: string;
  index: number;
}

type ManifestPage = Manifest['pages'][number];

/** An error about a manifest page, at its entry in the manifest. */
const pageError = (at: PageAt, page: ManifestPage, message: string) =>
  new InputError(at.manifestFile, lineOfKey(at.manifestFile, 'pages', at.index), `page ${page.number}: ${message}`);

/** A PDF page of the manifest, read already (`read`) by loadEditionFolder. */
function pdfPage(at: PageAt, page: ManifestPage, read: PdfPageResult | undefined): PageInput {
  if (page.lines) throw pageError(at, page, '"lines" is for a text file; a PDF of several pages takes "pdfPage"');
  if (!read) throw pageError(at, page, `"${page.file}" is a PDF page, read by loadEditionFolder`);
  return pdfPageInput(page, read, at.date, join(at.folder, page.file));
}

/** A text page of the manifest, parsed: its file (or its lines `from`–`to`), each file read once (`texts`). */
function textPage(at: PageAt, page: ManifestPage, texts: Map<string, string[]>): PageInput {
  if (page.pdfPage !== undefined) throw pageError(at, page, `"pdfPage" is for a PDF file, and "${page.file}" is not one`);
  const file = join(at.folder, page.file);
  let lines = texts.get(file);
  if (!lines) {
    try {
      lines = linesOf(readText(file));
    } catch (error) {
      if (error instanceof InputError && error.reason === 'no such file') throw pageError(at, page, `file "${page.file}" does not exist`);
      throw error;
    }
    texts.set(file, lines);
  }
  const from = page.lines?.from ?? 1;
  const to = page.lines?.to ?? lines.length;
  if (to > lines.length) throw pageError(at, page, `lines ${from}-${to} run past the end of ${page.file} (${lines.length} lines)`);
  const parsed = parsePage(lines.slice(from - 1, to).join('\n'), { firstLine: from });
  if (parsed.articles.length === 0) {
    throw new InputError(file, from, `page ${page.number} has no article: is it empty, or not page text?`);
  }
  return {
    number: page.number,
    name: page.name ?? null,
    file: page.file,
    parsed: withFacts(parsed, page.number, page.name ?? null, at.date, from),
  };
}

/** An e-paper page prints its number, name and date in its furniture: say where they contradict the manifest. */
function withFacts(parsed: ParsedPage, number: number, name: string | null, date: string, from: number): ParsedPage {
  const facts = checkFacts(parsed.facts, { number, name, date }, parsed.chrome[0]?.startLine ?? from);
  return facts.length === 0 ? parsed : { ...parsed, warnings: [...parsed.warnings, ...facts] };
}

const NO_FACTS: ParsedPage['facts'] = { page: null, pages: [], date: null, headlines: [] };

/** A PDF page as assembleEdition takes it: its reading (or none, image only) with its geometry and files. */
function pdfPageInput(page: ManifestPage, read: PdfPageResult, date: string, file: string): PageInput {
  const name = page.name ?? null;
  const base = { number: page.number, name, file: read.source };
  if (!read.reading) {
    const parsed: ParsedPage = {
      articles: [],
      banners: [],
      chrome: [],
      facts: NO_FACTS,
      warnings: [{ line: 1, message: read.note ?? 'no text read' }],
    };
    return { ...base, parsed, printed: { ...read.printed, areas: [], chromeAreas: [], jumps: [], photos: [] } };
  }
  const { text: _text, areas, chromeAreas, jumps, photos, ...parsed } = read.reading;
  if (parsed.articles.length === 0 && parsed.chrome.length === 0) {
    throw new InputError(file, null, `page ${page.pdfPage ?? 1} (第${page.number}版) has neither an article nor furniture: is it blank?`);
  }
  const attached = photos.flatMap((photo, i) => {
    const image = read.photos[i];
    return image ? [{ article: photo.article, block: photo.block, image, area: photo.area }] : [];
  });
  return {
    ...base,
    parsed: withFacts(parsed, page.number, name, date, 1),
    printed: { ...read.printed, areas, chromeAreas, jumps, photos: attached },
  };
}

/** Points a schema failure inside an article at the raw line it came from. */
function sourceOf(edition: Edition, path: PropertyKey[]): { file: string; line: number | null } {
  if (path[0] === 'articles' && typeof path[1] === 'number') {
    const a = edition.articles[path[1]];
    if (a) return { file: a.source.file, line: a.source.startLine };
  }
  return { file: `${edition.paper.slug}/${edition.date}/edition.json`, line: null };
}

export function readJson<T>(file: string, schema: z.ZodType<T>): T {
  const text = readText(file);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw syntaxError(file, text, error);
  }
  const checked = schema.safeParse(value);
  if (!checked.success) {
    // A misspelt field shows as both an unknown key and a missing one: the unknown key says more.
    const issue = checked.error.issues.find((i) => i.code === 'unrecognized_keys') ?? checked.error.issues[0]!;
    const path = issue.path.map(String);
    const key = issue.code === 'unrecognized_keys' ? issue.keys[0] : path.at(-1);
    throw new InputError(file, key === undefined ? null : lineOfText(text, key, path), `${path.length ? `${path.join('.')}: ` : ''}${issue.message}`);
  }
  return checked.data;
}

/**
 * Where a JSON syntax error is. V8's message gives a position only for some errors ("Unexpected token '}'" has
 * none), and a one-line manifest needs a column too: jsonc-parser, VS Code's JSON scanner, finds the offset.
 */
function syntaxError(file: string, text: string, error: unknown): InputError {
  const errors: ParseError[] = [];
  parseJsonc(text, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  const first = errors[0];
  const reason = String(error instanceof Error ? error.message : error).split('\n')[0];
  if (!first) return new InputError(file, null, `is not valid JSON (${reason})`);
  const line = lineOf(text, first.offset);
  const lineStart = Math.max(text.lastIndexOf('\n', first.offset - 1), text.lastIndexOf('\r', first.offset - 1)) + 1;
  const column = first.offset - lineStart + 1;
  return new InputError(file, line, `is not valid JSON: ${describeJsonError(printParseErrorCode(first.error))} (${reason})`, column);
}

function describeJsonError(code: string): string {
  switch (code) {
    case 'CommaExpected':
      return 'a comma is missing';
    case 'PropertyNameExpected':
      return 'a "quoted" field name was expected (a trailing comma?)';
    case 'ValueExpected':
      return 'a value was expected';
    case 'ColonExpected':
      return 'a colon is missing';
    case 'CloseBraceExpected':
      return 'a } is missing';
    case 'CloseBracketExpected':
      return 'a ] is missing';
    case 'EndOfFileExpected':
      return 'text after the end of the JSON';
    case 'InvalidSymbol':
      return 'a word that is not JSON (true, false, null, a number or a "string")';
    default:
      return code;
  }
}

/** The line of the n-th object in a top-level array field: counts objects at the array's own depth. */
function lineOfKey(file: string, key: string, index: number): number | null {
  const text = readFileSync(file, 'utf8');
  const name = text.indexOf(`"${key}"`);
  const at = name === -1 ? -1 : elementAt(text, text.indexOf('[', name), index);
  return at === -1 ? null : lineOf(text, at);
}

/** Offset of the index-th object in the array whose `[` is at `open`, or -1. Skips strings and nested values. */
function elementAt(text: string, open: number, index: number): number {
  if (open === -1) return -1;
  let depth = 0;
  let seen = -1;
  let inString = false;
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (depth === 0 && c === '{' && ++seen === index) return i;
      depth++;
    } else if (c === '}' || c === ']') {
      if (depth === 0) return -1;
      depth--;
    }
  }
  return -1;
}

/** Best effort: the line where a JSON key appears, after the keys and array elements of its path. */
function lineOfText(text: string, key: string, path: string[]): number | null {
  let from = 0;
  for (const part of path) {
    // pages.1.number: the second object of "pages", not the first "number" after "pages"
    const at = /^\d+$/.test(part) ? elementAt(text, text.indexOf('[', from), Number(part)) : text.indexOf(`"${part}"`, from);
    if (at !== -1) from = at;
  }
  const at = text.indexOf(`"${key}"`, from);
  return lineOf(text, at === -1 ? from : at);
}
