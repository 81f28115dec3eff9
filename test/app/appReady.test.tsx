import { render, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppRoot } from '../../src/app/AppRoot.tsx';
import { createQueryClient } from '../../src/app/data/queries.ts';
import { createRoutes } from '../../src/app/router.tsx';
import { lead, shown } from './fixtures.ts';
import { serveFixtures } from './renderRoute.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
  delete document.documentElement.dataset.app;
});

/** What the page was at the moment `<html data-app="ready">` came: its h1, and whether a key pressed then moved it. */
async function atReady(url: string) {
  vi.stubGlobal(
    'fetch',
    vi.fn((input: RequestInfo | URL) => Promise.resolve(serveFixtures(String(input)))),
  );
  const queryClient = createQueryClient({ retryDelay: () => 0 });
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [url] });
  let heading: string | null | undefined;
  // Called once the commit that set the attribute has run all its effects: what a test or a reader meets then.
  const observer = new MutationObserver(() => {
    if (heading !== undefined || document.documentElement.dataset.app !== 'ready') return;
    heading = document.querySelector('h1')?.textContent ?? null;
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true, cancelable: true }));
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-app'] });
  render(
    <AppRoot queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppRoot>,
  );
  await waitFor(() => expect(heading).not.toBeUndefined());
  observer.disconnect();
  return { heading, router };
}

describe('<html data-app="ready">', () => {
  it('comes with the view drawn, its keys listening: j pressed at that moment moves to the next article', async () => {
    // Set by the app's root, it came while the router still drew its fallback, a commit before the view's keys
    // listened (the browser tests' key presses were lost so on a loaded machine).
    const url = `/lsrb/2024-07-05/article/${lead.id}`;
    const { heading, router } = await atReady(url);
    expect(heading).toBe(shown(lead.headline));
    await waitFor(() => expect(router.state.location.pathname).not.toBe(url));
    expect(router.state.location.pathname).toMatch(/^\/lsrb\/2024-07-05\/article\//);
  });

  it('comes on a 404 once the error view is drawn, not while its code loads', async () => {
    const { heading } = await atReady('/no/such/page');
    expect(heading).toBe('找不到页面（404）');
  });
});
