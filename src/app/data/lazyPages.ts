/**
 * Each view is a chunk of its own (the front page's and a section's together, vite.config.ts): a page's first view
 * downloads the first view's chunk and its own view's, not the others.
 * Their loaders stay in the main bundle (the router needs them to start a navigation); links fetch a view's
 * code ahead on hover, focus or touch, so opening it still does not wait. A chunk that is gone (the site was
 * deployed again since this page loaded) becomes a NewBuildError, and the error view reloads into the new build.
 */
import { chunkGone } from './newBuild.ts';

export const loadFrontPage = () => import('../front-page/FrontPage.tsx').catch(chunkGone);
export const loadArticlePage = () => import('../article/ArticlePage.tsx').catch(chunkGone);
export const loadPageView = () => import('../page-view/PageView.tsx').catch(chunkGone);
export const loadSectionPage = () => import('../front-page/SectionPage.tsx').catch(chunkGone);
export const loadPaperList = () => import('../home/PaperList.tsx').catch(chunkGone);
export const loadArchivePage = () => import('../archive/ArchivePage.tsx').catch(chunkGone);
export const loadSearchPage = () => import('../search/SearchPage.tsx').catch(chunkGone);

/**
 * The error views: only an error draws them, so they are not in the first view. Not claimed with chunkGone: one that
 * is gone is a reload into the new build (watchForNewBuild), as there is no error view left to say so. main.tsx
 * fetches them once the page is idle, so an error that comes later (offline too) has them at hand.
 */
export const loadRouteError = () => import('../shell/RouteError.tsx');
export const loadRootError = () => import('../shell/RootError.tsx');
