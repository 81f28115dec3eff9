/**
 * The worst URLs anyone can send, against the built site as a static host serves it (404.html for a path that
 * names no file): each ends in a visible heading (the home page, a real view or the 404 view) on the same origin,
 * with no uncaught error (the fixtures' `test` fails on one). The jsdom property test/app/urls.property.test.tsx
 * covers the space around these; this table is the browser's word on them, with the prerendered pages, the
 * hydration check of src/app/main.tsx and the real History API. Desktop only: URLs, not layout. Kept short: each
 * row is a page load; the jsdom property covers the variations (other ids, sections, page numbers) for less.
 */
import { expect, NOT_FOUND, PAPER, pageReady, test } from './fixtures.ts';

const HOME = new RegExp(`^${PAPER}$`);

const CASES: [url: string, heading: RegExp, why: string][] = [
  // The crash of issue 13: the old 404.html restore step handed history.replaceState a cross-origin URL.
  ['/?/\\evil.example/x', HOME, 'the SPA-redirect query of the original crash'],
  ['//evil.example', NOT_FOUND, 'a path that reads as another host'],
  ['/\\evil.example/x', NOT_FOUND, 'a backslash, which the browser reads as a slash'],
  ['//', HOME, 'two slashes alone'],
  ['//?q=', HOME, 'two slashes and a query: no prerendered page to hydrate'],
  ['/%2e%2e/', HOME, 'an encoded ..'],
  ['/lsrb/..%2f..%2f', NOT_FOUND, 'an encoded ../ inside a segment'],
  ['/lsrb/%E0%A4%A/', NOT_FOUND, 'malformed percent-encoding'],
  ['/lsrb/2024-07-05/article/__proto__', NOT_FOUND, '__proto__ as an article id'],
  ['/__proto__/2024-07-05/', NOT_FOUND, '__proto__ as a paper'],
  ['/lsrb/2024-07-05/?section=__proto__', NOT_FOUND, '__proto__ as an old ?section='],
  ['/lsrb/%00/', NOT_FOUND, 'a NUL byte'],
  ['/lsrb/2024-07-05/x%0Ay', NOT_FOUND, 'a line break, which no route pattern matches'],
  ['/2024-07-05/article/%00', NOT_FOUND, 'an old date-first URL with a NUL, redirected under the paper'],
  [`/lsrb/${'x'.repeat(4000)}`, NOT_FOUND, 'a very long segment'],
  ['/search?q=%', /^搜索/, 'a search for a lone %'],
  ['/lsrb/2024-07-05/#//evil.example', HOME, 'a hash that reads as another host'],
];

test.describe('hostile URLs', () => {
  for (const [url, heading, why] of CASES) {
    test(`${why}: ${url.length > 60 ? `${url.slice(0, 60)}…` : url}`, async ({ page, baseURL }) => {
      const origin = new URL(baseURL!).origin;
      // A string, not a path for Playwright to resolve: `//evil.example` against the base URL is another host.
      await page.goto(`${origin}${url}`);
      await pageReady(page, heading);
      expect(new URL(page.url()).origin).toBe(origin);
      await expect(page.locator('#root')).not.toBeEmpty();
      await expect(page.getByRole('main')).toBeVisible();
    });
  }

  test('a link in the page still navigates after the worst of them', async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    await page.goto(`${origin}//evil.example`);
    await pageReady(page, NOT_FOUND);
    await page.getByRole('link', { name: '回到最新一期' }).click();
    await pageReady(page, HOME);
    expect(page.url()).toBe(`${origin}/`);
  });
});
