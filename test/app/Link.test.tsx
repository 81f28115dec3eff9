/**
 * The reader's Link (src/app/ui/Link.tsx) stands in for react-router's to keep its framework-mode prefetching out of
 * the first view: the same markup and the same navigation as react-router's own Link in a data router, for the props
 * the reader passes. Each case runs both and compares, and states what both must do.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { ComponentType, MouseEvent } from 'react';
import { createMemoryRouter, Link as RouterLink, RouterProvider, useLocation } from 'react-router';
import { Link, type LinkProps } from '../../src/app/ui/Link.tsx';

const HERE = '/lsrb/2024-07-05/';
const THERE = '/lsrb/2024-07-05/article/a1';

/** Where the router is, as the app sees it. */
function Where() {
  const location = useLocation();
  return (
    <output data-testid="where">
      {JSON.stringify({ path: location.pathname + location.search + location.hash, state: location.state as unknown })}
    </output>
  );
}

function renderLink(Component: ComponentType<LinkProps>, props: LinkProps, options: { basename?: string } = {}) {
  const router = createMemoryRouter(
    [
      {
        path: '*',
        element: (
          <>
            <Component {...props}>
              <span>下一篇</span>
            </Component>
            <Where />
          </>
        ),
      },
    ],
    { initialEntries: [`${options.basename ?? ''}${HERE}`], basename: options.basename },
  );
  const view = render(<RouterProvider router={router} />);
  return { ...view, router };
}

/** Clicks the link as `init` says; what the page then shows, the history action and whether the browser's default was taken. */
async function click(Component: ComponentType<LinkProps>, props: LinkProps, init: MouseEventInit = {}, options: { basename?: string } = {}) {
  const { router, unmount } = renderLink(Component, props, options);
  let defaultPrevented: boolean | null = null;
  // After React's listener on the root: record what the link did, then keep jsdom from following the href.
  const record = (event: Event) => {
    defaultPrevented = event.defaultPrevented;
    event.preventDefault();
  };
  document.addEventListener('click', record);
  await act(async () => {
    fireEvent.click(screen.getByRole('link'), init);
    await Promise.resolve();
  });
  document.removeEventListener('click', record);
  const outcome = { where: screen.getByTestId('where').textContent, action: router.state.historyAction, defaultPrevented };
  unmount();
  return outcome;
}

const both = [
  ['react-router', RouterLink as ComponentType<LinkProps>],
  ['the reader', Link],
] as const;

describe('the reader’s Link, beside react-router’s', () => {
  it.each([
    ['a plain link', { to: THERE }],
    ['classes, aria and an id', { to: THERE, className: 'font-bold', 'aria-current': 'page', id: 'next' }],
    ['state and preventScrollReset, which stay off the markup', { to: HERE, state: { keep: true }, preventScrollReset: true }],
    ['a fragment', { to: `${THERE}#story` }],
    ['a query', { to: '/search?q=%E6%B0%B4' }],
  ] satisfies [string, LinkProps][])('draws the same <a> for %s', (_what, props) => {
    const markup = both.map(([, Component]) => {
      const { container, unmount } = renderLink(Component, props);
      const html = container.querySelector('a')!.outerHTML;
      unmount();
      return html;
    });
    expect(markup[1]).toBe(markup[0]);
    expect(markup[1]).toContain('data-discover="true"');
  });

  it('draws the same href under a base path', () => {
    const hrefs = both.map(([, Component]) => {
      const { unmount } = renderLink(Component, { to: THERE }, { basename: '/paper' });
      const href = screen.getByRole('link').getAttribute('href');
      unmount();
      return href;
    });
    expect(hrefs).toEqual(['/paper/lsrb/2024-07-05/article/a1', '/paper/lsrb/2024-07-05/article/a1']);
  });

  it.each([
    [
      'a click navigates in the app, pushing an entry',
      { to: THERE },
      {},
      { where: { path: THERE, state: null }, action: 'PUSH', defaultPrevented: true },
    ],
    [
      'a click carries the state',
      { to: THERE, state: { keepFocus: true } },
      {},
      { where: { path: THERE, state: { keepFocus: true } }, action: 'PUSH', defaultPrevented: true },
    ],
    [
      'a click on the page shown replaces its entry',
      { to: HERE },
      {},
      { where: { path: HERE, state: null }, action: 'REPLACE', defaultPrevented: true },
    ],
    [
      'a ctrl-click is the browser’s',
      { to: THERE },
      { ctrlKey: true },
      { where: { path: HERE, state: null }, action: 'POP', defaultPrevented: false },
    ],
    [
      'a shift-click is the browser’s',
      { to: THERE },
      { shiftKey: true },
      { where: { path: HERE, state: null }, action: 'POP', defaultPrevented: false },
    ],
    ['a middle click is the browser’s', { to: THERE }, { button: 1 }, { where: { path: HERE, state: null }, action: 'POP', defaultPrevented: false }],
    [
      'an onClick that prevents the default stops it',
      { to: THERE, onClick: (event: MouseEvent<HTMLAnchorElement>) => event.preventDefault() },
      {},
      { where: { path: HERE, state: null }, action: 'POP', defaultPrevented: true },
    ],
  ] satisfies [string, LinkProps, MouseEventInit, unknown][])('%s, as react-router’s does', async (_what, props, init, expected) => {
    const outcomes = [];
    for (const [, Component] of both) {
      const { where, ...rest } = await click(Component, props, init);
      outcomes.push({ where: JSON.parse(where!) as unknown, ...rest });
    }
    expect(outcomes[1]).toEqual(outcomes[0]);
    expect(outcomes[1]).toEqual(expected);
  });

  it('navigates under a base path as react-router’s does', async () => {
    const outcomes = [];
    for (const [, Component] of both) outcomes.push(await click(Component, { to: THERE }, {}, { basename: '/paper' }));
    expect(outcomes[1]).toEqual(outcomes[0]);
    expect(JSON.parse(outcomes[1]!.where!)).toEqual({ path: THERE, state: null });
  });

  it('gives its ref the <a>', () => {
    let anchor: HTMLAnchorElement | null = null;
    const { unmount } = renderLink(Link, { to: THERE, ref: (node) => void (anchor = node) });
    expect(anchor).toBe(screen.getByRole('link'));
    unmount();
  });
});
