/**
 * Views outside the first view are chunks of their own: the front page's first view does not download them.
 * Their loaders stay in the main bundle (the router needs them to start a navigation); links fetch a view's
 * code ahead on hover, focus or touch, so opening it still does not wait.
 */
export const loadArticlePage = () => import('../article/ArticlePage.tsx');
export const loadPageView = () => import('../page-view/PageView.tsx');
export const loadSectionPage = () => import('../front-page/SectionPage.tsx');
export const loadPaperList = () => import('../home/PaperList.tsx');
export const loadArchivePage = () => import('../archive/ArchivePage.tsx');
export const loadSearchPage = () => import('../search/SearchPage.tsx');
