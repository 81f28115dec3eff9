import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { StrictMode, useEffect, type ReactNode } from 'react';

/**
 * `<html data-app="ready">` once the app has drawn or taken over the page: a prerendered page reads and its links
 * work before, but its buttons and keys wait for this (and so do the browser tests).
 */
function MarkReady() {
  useEffect(() => {
    document.documentElement.dataset.app = 'ready';
  }, []);
  return null;
}

/**
 * Around the router, the same in the browser (main.tsx) and in the prerenderer (server.tsx): React's useId values
 * follow the tree's shape, so the two must match for hydration to keep ids such as aria-controls in step.
 */
export function AppRoot({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <StrictMode>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      <MarkReady />
    </StrictMode>
  );
}
