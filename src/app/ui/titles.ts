/** Page titles, for the tab after a client-side navigation and for the prerendered <title> (documentHead.ts). */
import type { Article, EditionIndex, Page, Section } from '../../schema/edition.ts';
import { formatEditionDate } from './dates.ts';
import { displayHeadline } from './displayHeadline.ts';
import { pageLabel } from './pageLabel.ts';

export const SITE_NAME = '报纸阅读';

export const editionTitle = (edition: EditionIndex) => `${edition.paper.name} ${formatEditionDate(edition.date)}`;
export const pageTitle = (edition: EditionIndex, page: Pick<Page, 'number' | 'name'>) => `${pageLabel(page)} - ${editionTitle(edition)}`;
export const sectionTitle = (edition: EditionIndex, section: Pick<Section, 'name'>) => `${section.name} - ${editionTitle(edition)}`;
export const articleTitle = (edition: EditionIndex, article: Pick<Article, 'headline'>) =>
  `${displayHeadline(article.headline)} - ${edition.paper.name}`;
export const papersTitle = () => SITE_NAME;
export const archiveTitle = (paper: string, year: number) => `${year}年往期 - ${paper}`;
export const notFoundTitle = () => `找不到页面 - ${SITE_NAME}`;
export const searchTitle = (query: string) => (query ? `${query} - 搜索 - ${SITE_NAME}` : `搜索 - ${SITE_NAME}`);
