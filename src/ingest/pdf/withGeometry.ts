/**
 * A page's assembled articles and chrome (in the reading's order) with the reading's geometry attached: each
 * article's `area` and `jumps`, each photo's `area` on its figure, each furniture entry's `area`. Images
 * themselves (files cut from the rendered page) are attached by the site build, which renders them.
 */
import type { Article, Chrome } from '../../schema/edition.ts';
import type { PdfPageReading } from './PdfContent.ts';

export function articlesWithGeometry(articles: readonly Article[], reading: PdfPageReading): Article[] {
  return articles.map((a, i) => {
    const blocks = a.blocks.map((block, b) => {
      const photo = reading.photos.find((p) => p.article === i && p.block === b);
      return photo && block.type === 'figure' ? { ...block, area: photo.area } : block;
    });
    const jumps = reading.jumps[i] ?? [];
    return { ...a, blocks, area: reading.areas[i] ?? [], ...(jumps.length > 0 ? { jumps } : {}) };
  });
}

export function chromeWithGeometry(chrome: readonly Chrome[], reading: PdfPageReading): Chrome[] {
  return chrome.map((c, i) => {
    const area = reading.chromeAreas[i];
    return area && area.length > 0 ? { ...c, area } : c;
  });
}
