/**
 * A view's code, fetched ahead by a link that is about to open it. The router registers each view's loader here
 * (router.tsx, from lazyPages.ts), so shared pieces such as ArticleLink can fetch a view's chunk without importing
 * the view: importing it would make ui/ depend on a feature, and the feature on ui/ (a cycle).
 */
export type ViewName = 'article';

const loaders = new Map<ViewName, () => Promise<unknown>>();

export function registerViewCode(view: ViewName, load: () => Promise<unknown>): void {
  loaders.set(view, load);
}

/** Starts fetching a view's code; a failure (a new deploy removed the chunk) is the navigation's to handle. */
export function fetchViewCode(view: ViewName): void {
  loaders.get(view)?.().catch(() => {});
}
