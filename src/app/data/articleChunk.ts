/**
 * The article view is its own chunk: the front page's first view does not download it. Links fetch it ahead on
 * hover, focus or touch (with the article body), so opening an article still does not wait for it.
 */
export const loadArticlePage = () => import('../article/ArticlePage.tsx');
