/**
 * The page bench:search drives in Chromium: the reader's search client (bundled by the bench with Vite), a
 * query box's worth of code, and results drawn with <mark> elements. `window.benchQuery(q)` searches, draws the
 * first ten results, waits for the next animation frame, and reports the time from the call to that frame.
 */
import { createSearch } from '../../src/app/search/search.ts';
import { SEARCH_FOLDER } from '../../src/search/searchIndexFiles.ts';

declare global {
  interface Window {
    benchQuery: (query: string) => Promise<{ ms: number; count: number; complete: boolean; headlines: string[] }>;
  }
}

const search = createSearch(new URL(`${SEARCH_FOLDER}/`, document.baseURI).href);
const list = document.getElementById('results')!;
// The next frame after the results are in the DOM, as bench:web times navigation.
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

window.benchQuery = async (query) => {
  const start = performance.now();
  const { results, count, complete } = await search(query, {}, { limit: 10 });
  list.replaceChildren(
    ...results.map((result) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = result.url;
      link.textContent = result.headline;
      const snippet = document.createElement('p');
      snippet.append(
        ...result.snippet.map((segment) => {
          if (!segment.match) return document.createTextNode(segment.text);
          const mark = document.createElement('mark');
          mark.textContent = segment.text;
          return mark;
        }),
      );
      item.append(link, snippet);
      return item;
    }),
  );
  await frame();
  return { ms: performance.now() - start, count, complete, headlines: results.map((r) => r.headline) };
};
