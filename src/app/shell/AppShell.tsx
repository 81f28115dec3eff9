import { Suspense } from 'react';
import { Outlet, ScrollRestoration } from 'react-router';
import { FocusOnNavigate } from './FocusOnNavigate.tsx';
import { LoadingState } from './LoadingState.tsx';
import { SiteFooter } from './SiteFooter.tsx';
import { SkipLink } from './SkipLink.tsx';

/** Around every page; each page renders its own header and main, so the masthead can be the front page's h1. */
export function AppShell() {
  return (
    <>
      <SkipLink />
      <Suspense fallback={<LoadingState />}>
        <Outlet />
      </Suspense>
      <SiteFooter />
      <FocusOnNavigate />
      <ScrollRestoration />
    </>
  );
}
