import type { Page } from '../../schema/edition.ts';

/** 第2版 产经, or 第2版 when the page's name is not known. */
export function pageLabel(page: Pick<Page, 'number' | 'name'>): string {
  return page.name ? `第${page.number}版 ${page.name}` : `第${page.number}版`;
}
