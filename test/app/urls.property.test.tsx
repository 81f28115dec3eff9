/**
 * No URL blanks the page (issue 13): whatever path, query and hash a link carries, the reader's real routes end
 * in a real view or the 404 view, inside the shell, and never in an empty root, a thrown error or the "load
 * failed" state (the fixtures serve every file, so that state here would be a bug in disguise).
 *
 * fast-check builds URLs from the pieces that break routers: percent-encoding (malformed too), backslashes, `//`,
 * `..`, control characters, very long segments, `__proto__`/`constructor`/`toString` as ids, real and unreal
 * papers, dates, page numbers and sections. PROPERTY_RUNS sets the number of cases (default below).
 *
 * The app runs as src/app/main.tsx runs it when there is no prerendered page to hydrate (the 404 page, or a URL
 * with a query): a browser router over the History API, here jsdom's, with the address set to the URL first.
 * Not the memory router of renderRoute.tsx: its history builds `new URL(path, 'http://localhost')`, which throws
 * for a path like `//?q=` that the browser history handles (it prefixes the origin).
 */
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import fc from 'fast-check';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { createQueryClient } from '../../src/app/data/queries.ts';
import { createRoutes } from '../../src/app/router.tsx';
import { feature } from './fixtures.ts';
import { serveFixtures } from './renderRoute.tsx';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 120);

const HOSTILE = [
  '',
  '.',
  '..',
  '%2e%2e',
  '%2E%2E%2F',
  '%',
  '%E0%A4%A',
  '%ZZ',
  '%00',
  '%2F',
  '%5C',
  '\\',
  '\\evil.example',
  'evil.example',
  '@evil.example',
  'javascript:alert(1)',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'prototype',
  '\u0000',
  '\u001f',
  '\u007f',
  '\t',
  '\n',
  '\u2028',
  '\u202e',
  ' ',
  '经济',
  '%E7%BB%8F%E6%B5%8E',
  '😀',
  'x'.repeat(5000),
  '%41'.repeat(700),
];
const REAL = [
  'lsrb',
  'rmrb',
  'search',
  'archive',
  'article',
  'page',
  'section',
  '2024-07-05',
  '2024-07-04',
  '2024-07-03',
  '2024-02-30',
  '9999-12-31',
  '2024',
  '1',
  '2',
  '0',
  '-1',
  '01',
  '1e3',
  '99999999999999999999',
  'economy',
  'lead',
];

const segment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...REAL) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }).map((s) => s.replace(/[/?#]/g, '')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }).map((s) => s.replace(/[/?#]/g, '')) },
);

/** A path: segments after one or two slashes, sometimes a backslash for a separator, sometimes a trailing slash. */
const path = fc
  .tuple(fc.constantFrom('/', '/', '/', '//', '/\\', '/./'), fc.array(segment, { maxLength: 6 }), fc.constantFrom('/', '//', '/', '\\'), fc.boolean())
  .map(([lead, segments, separator, trailing]) => `${lead}${segments.join(separator)}${trailing ? '/' : ''}`);

const query = fc.oneof(
  fc.constant(''),
  fc.constantFrom(
    '?section=economy',
    '?section=__proto__',
    '?section=%E0%A4%A',
    '?q=%',
    '?q=__proto__',
    '?/\\evil.example/x',
    '?//evil.example',
    '?&&=&',
    '?section',
    '?page=2',
  ),
  fc.tuple(fc.constantFrom('q', 'section', 'page', 'date', '__proto__', ''), segment).map(([k, v]) => `?${k}=${v}`),
);
const hash = fc.oneof(
  fc.constant(''),
  fc.constantFrom('#', '#main', '#%E0%A4%A', '#//evil.example', '#\\'),
  segment.map((s) => `#${s}`),
);

const url = fc.tuple(path, query, hash).map(([p, q, h]) => `${p}${q}${h}`);

/** The headings of the "something went wrong" states: never right when every file is served. */
const FAILED = /加载失败|数据有误|找不到报纸目录/;
const ORIGIN = window.location.origin;

afterEach(() => {
  window.history.replaceState(null, '', '/');
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** The app at `href` on this origin, as main.tsx starts it without prerendered data. */
function renderAt(href: string) {
  vi.stubGlobal(
    'fetch',
    vi.fn((input: RequestInfo | URL) => Promise.resolve(serveFixtures(String(input)))),
  );
  window.history.replaceState(null, '', `${window.location.origin}${href}`);
  const queryClient = createQueryClient({ retryDelay: () => 0 });
  const router = createBrowserRouter(createRoutes(queryClient));
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...view, router };
}

async function expectAView(href: string): Promise<string> {
  return expectAViewAt(href, () => {});
}

/** expectAView, with a look at the path the router ended on. */
async function expectAViewAt(href: string, checkPath: (path: string) => void): Promise<string> {
  const errors: unknown[][] = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args));
  // React Router warns (console.warn) when a parameter is not valid percent-encoding and keeps it encoded: fine.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  const { container, router } = renderAt(href);
  try {
    const heading = await waitFor(() => {
      expect(screen.queryByRole('status', { name: /正在加载/ })).toBeNull();
      const h1 = container.querySelector('h1');
      expect(h1?.textContent?.trim()).toBeTruthy();
      return h1!.textContent!.trim();
    });
    expect(heading).not.toMatch(FAILED);
    // Inside the shell: a main landmark, and the page says more than its heading.
    expect(container.querySelector('main')).not.toBeNull();
    expect(container.textContent!.length).toBeGreaterThan(heading.length);
    expect(errors).toEqual([]);
    // Still on this origin, wherever the router went (an old date-first URL redirects).
    expect(new URL(window.location.href).origin).toBe(ORIGIN);
    checkPath(window.location.pathname);
    return heading;
  } finally {
    router.dispose();
    cleanup();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  }
}

describe('any URL', () => {
  // The worst cases, the original crash (issue 13) first; test/e2e/hostile-urls.spec.ts has them in a browser.
  const WORST = [
    '/?/\\evil.example/x',
    '//evil.example',
    '//',
    '//?q=',
    '/\\',
    '/%2e%2e/',
    '/lsrb/%E0%A4%A/',
    '/lsrb/2024-07-05/article/__proto__',
    '/lsrb/2024-07-05/article/constructor',
    '/__proto__/2024-07-05/',
    '/lsrb/2024-07-05/section/toString',
    '/lsrb/2024-07-05/page/99999999999999999999',
    '/lsrb/archive/__proto__',
    '/search?q=%',
    '/search?q=%E0%A4%A',
    `/lsrb/${'x'.repeat(5000)}`,
    '/2024-07-05/article/__proto__',
    // Date-first (an old URL, redirected under the paper): a control character must not reach the Location header.
    '/2024-07-05/%00',
    '/9999-12-31//%0A/',
    '/2024-07-05/section/%E7%BB%8F%E6%B5%8E',
    '/lsrb/2024-07-05/\u0000',
  ];
  it.each(WORST.map((href) => [href.length > 60 ? `${href.slice(0, 60)}…` : href, href]))(
    '%s ends in a view with a heading',
    async (_label, href) => {
      await expectAView(href!);
    },
  );

  it('ends in a real view or the 404 view, never a blank page or an error (property)', { timeout: 120_000 }, async () => {
    const seen = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(url, async (href) => {
        const heading = await expectAView(href);
        seen.set(heading, (seen.get(heading) ?? 0) + 1);
      }),
      { numRuns: RUNS },
    );
    // The generator reaches both outcomes: real views and the 404 view.
    expect(seen.get('找不到页面（404）')).toBeGreaterThan(0);
    expect([...seen.keys()].some((h) => h !== '找不到页面（404）')).toBe(true);
  });
});

describe('an old date-first URL (one paper)', () => {
  it('still leads to the page under the paper', async () => {
    const heading = await expectAViewAt(`/2024-07-05/article/${feature.id}`, (path) => expect(path).toBe(`/lsrb/2024-07-05/article/${feature.id}`));
    expect(heading).toBe('夹江县：创新为“核” 跑出高质量发展“加速度”');
  });

  it.each([
    ['%00', '/2024-07-05/article/%00', '/lsrb/2024-07-05/article/%00'],
    ['%1F', '/2024-07-05/article/x%1Fy', '/lsrb/2024-07-05/article/x%1Fy'],
  ])('with %s in it ends in the 404 view, not in "load failed" (a raw control character in the redirect threw)', async (_what, href, to) => {
    expect(await expectAViewAt(href, (path) => expect(path).toBe(to))).toBe('找不到页面（404）');
  });
});
