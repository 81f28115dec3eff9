import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { StrictMode, type ReactNode } from 'react';

/**
 * Around the router, the same in the browser (main.tsx) and in the prerenderer (server.tsx): React's useId values
 * follow the tree's shape, so the two must match for hydration to keep ids such as aria-controls in step.
 */
export function AppRoot({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <StrictMode>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </StrictMode>
  );
}
