/**
 * 保存本期: every file a reader needs to read one edition offline, put into the service worker's caches
 * (cacheNames.ts) under the URLs the reader will ask for: the edition's index and every article's data, and the
 * prerendered HTML of its front page, pages (版), sections and articles; for a PDF edition also its page images
 * and thumbnails and the articles' photos, each at the width this screen asks for. Loaded only when the button is
 * pressed.
 */
import { dataPaths } from '../../schema/dataPaths.ts';
import type { ArticleFile, EditionIndex, Image } from '../../schema/edition.ts';
import { fileFor } from '../printed-page/imageSources.ts';
import { urls } from '../../schema/urls.ts';
import { dataUrl, routerBasename } from '../data/dataUrl.ts';
import { DATA_FOLDER } from '../../schema/dataPaths.ts';
import { cacheRuleFor } from '../../offline/cacheRules.ts';

export type SaveFailure = 'refused' | 'full' | 'network';

export class SaveError extends Error {
  constructor(
    readonly reason: SaveFailure,
    detail: string,
  ) {
    super(detail);
    this.name = 'SaveError';
  }
}

/** CSS widths the views show images at, at most: the page image (PrintedPage), a thumbnail, an article photo. */
const SHOWN_AT = { page: 768, thumbnail: 80, photo: 688 } as const;

/** The views' side padding (px-4 each side), which their `sizes` take off a narrow screen: calc(100vw - 2rem). */
const PADDING = 32;

/**
 * The device pixels an image shown `cssWidth` wide needs on this screen (a phone: its width less the padding, ×
 * its pixel ratio): the file its srcset will ask for, so that is the one to keep.
 */
export function screenPixels(cssWidth: number, screen: { width: number; pixelRatio: number } = thisScreen()): number {
  return Math.ceil(Math.min(cssWidth, screen.width - PADDING) * screen.pixelRatio);
}

function thisScreen() {
  return typeof window === 'undefined' ? { width: 390, pixelRatio: 2 } : { width: window.innerWidth, pixelRatio: window.devicePixelRatio || 1 };
}

/** The one file of an image this screen shows, as a data path. */
function keptFile(image: Image | undefined, shownAt: number, screen?: { width: number; pixelRatio: number }): string[] {
  return image ? [fileFor(image, screenPixels(shownAt, screen)).path] : [];
}

/** The photos of one article file (beyond its lead, which the index names), for 保存本期. */
export function articlePhotos(file: Pick<ArticleFile, 'article'>, screen?: { width: number; pixelRatio: number }): string[] {
  return file.article.blocks.flatMap((block) => (block.type === 'figure' ? keptFile(block.image, SHOWN_AT.photo, screen) : []));
}

/** Every URL of the edition, each with the cache it belongs in. */
export function editionFiles(
  edition: Pick<EditionIndex, 'paper' | 'date' | 'pages' | 'sections' | 'articles'>,
  base = routerBasename(),
  screen?: { width: number; pixelRatio: number },
) {
  const { slug: paper } = edition.paper;
  const { date } = edition;
  // Each in the cache the worker's rules give it (cacheRules.ts), so the worker finds it there offline.
  const page = (path: string) => ({ url: `${base === '/' ? '' : base}${path}`, cache: cacheOf(path.slice(1), true) });
  const data = (path: string) => ({ url: dataUrl(path), cache: cacheOf(`${DATA_FOLDER}${path}`, false) });
  return [
    data(dataPaths.site()),
    data(dataPaths.editionIndex(paper, date)),
    ...edition.articles.map((article) => data(dataPaths.article(paper, date, article.id))),
    ...edition.pages.flatMap((p) => [...keptFile(p.image, SHOWN_AT.page, screen), ...keptFile(p.thumbnail, SHOWN_AT.thumbnail, screen)]).map(data),
    ...edition.articles.flatMap((article) => keptFile(article.image, SHOWN_AT.photo, screen)).map(data),
    page(urls.edition(paper, date)),
    ...edition.pages.map(({ number }) => page(urls.page(paper, date, number))),
    ...edition.sections.map(({ slug }) => page(urls.section(paper, date, slug))),
    ...edition.articles.map((article) => page(urls.article(paper, date, article.id))),
  ];
}

/** Whether every file of the edition is in the caches (saved by 保存本期, or each opened): false when it cannot tell. */
export async function isEditionSaved(edition: Parameters<typeof editionFiles>[0]): Promise<boolean> {
  try {
    if (typeof caches === 'undefined') return false;
    const files = editionFiles(edition);
    const found = await Promise.all(files.map(async ({ url, cache }) => (await (await caches.open(cache)).match(url)) !== undefined));
    return found.every(Boolean);
  } catch {
    return false;
  }
}

function cacheOf(pathInScope: string, navigation: boolean): string {
  const rule = cacheRuleFor(pathInScope, navigation);
  if (rule.strategy === 'pass') throw new Error(`saveEdition: the worker keeps no copy of ${pathInScope}`);
  return rule.cache;
}

/** What went wrong, in the reader's terms: storage refused or full, or the network gone half-way. */
export function failureOf(error: unknown): SaveFailure {
  if (error instanceof SaveError) return error.reason;
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') return 'full';
  if (name === 'TypeError' && /fetch|network/i.test((error as Error).message)) return 'network';
  return 'refused';
}

/** Stores the edition, four files at a time, reporting progress; rejects with the first failure. */
export async function saveEdition(edition: Parameters<typeof editionFiles>[0], onProgress: (done: number, total: number) => void): Promise<number> {
  if (typeof caches === 'undefined') throw new SaveError('refused', 'no Cache API');
  // Ask the browser to keep these files under storage pressure (it may say no; they are still saved).
  void navigator.storage?.persist?.().catch(() => false);
  const files = editionFiles(edition);
  const listed = new Set(files.map((file) => file.url));
  const articleFolder = dataUrl(dataPaths.article(edition.paper.slug, edition.date, 'x')).slice(0, -'x.json'.length);
  let done = 0;
  let next = 0;
  onProgress(0, files.length);
  const queuePhotos = (file: ArticleFile) => {
    for (const path of articlePhotos(file)) {
      const url = dataUrl(path);
      if (listed.has(url)) continue;
      listed.add(url);
      files.push({ url, cache: cacheOf(`${DATA_FOLDER}${path}`, false) });
    }
  };
  const worker = async () => {
    while (next < files.length) {
      const { url, cache } = files[next++]!;
      let response: Response;
      try {
        response = await fetch(url, { credentials: 'same-origin' });
      } catch (error) {
        throw new SaveError('network', String(error));
      }
      if (!response.ok) throw new SaveError('network', `${url}: HTTP ${response.status}`);
      // An article's photos are named in its own file: read from a copy, then queued like the rest.
      const article = url.startsWith(articleFolder) ? response.clone() : null;
      await (await caches.open(cache)).put(url, response);
      if (article) queuePhotos((await article.json()) as ArticleFile);
      onProgress(++done, files.length);
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return files.length;
}
