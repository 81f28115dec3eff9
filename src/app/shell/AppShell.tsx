import { Suspense } from 'react';
import { Outlet, ScrollRestoration } from 'react-router';
import { FocusOnNavigate } from './FocusOnNavigate.tsx';
import { LoadingState } from './LoadingState.tsx';
import { MarkReady } from './MarkReady.tsx';
import { SiteFooter } from './SiteFooter.tsx';
import { SkipLink } from './SkipLink.tsx';

/** Around every page; each page renders its own header and main, so the masthead can be the front page's h1. */
export function AppShell() {
  return (
    <>
      <SkipLink />
      {/* A view whose code is still loading (RouteError's too) shows LoadingState, and is not yet ready. */}
      <Suspense fallback={<LoadingState />}>
        <Outlet />
        <MarkReady />
      </Suspense>
      <SiteFooter />
      <FocusOnNavigate />
      <ScrollRestoration />
    </>
  );
}
