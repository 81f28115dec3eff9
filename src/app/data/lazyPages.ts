/**
 * Views outside the first view are chunks of their own: the front page's first view does not download them.
 * Their loaders stay in the main bundle (the router needs them to start a navigation); links fetch a view's
 * code ahead on hover, focus or touch, so opening it still does not wait. A chunk that is gone (the site was
 * deployed again since this page loaded) becomes a NewBuildError, and the error view reloads into the new build.
 */
import { chunkGone } from './newBuild.ts';

export const loadArticlePage = () => import('../article/ArticlePage.tsx').catch(chunkGone);
export const loadPageView = () => import('../page-view/PageView.tsx').catch(chunkGone);
export const loadSectionPage = () => import('../front-page/SectionPage.tsx').catch(chunkGone);
export const loadPaperList = () => import('../home/PaperList.tsx').catch(chunkGone);
export const loadArchivePage = () => import('../archive/ArchivePage.tsx').catch(chunkGone);
export const loadSearchPage = () => import('../search/SearchPage.tsx').catch(chunkGone);
