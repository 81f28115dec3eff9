// First: must run before any zod schema is defined (see the file).
import './data/zodJitless.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router/dom';
import { createQueryClient } from './data/queries.ts';
import { applyPreferences, readPreferences } from './shell/preferences.ts';
import { restoreSpaRedirect } from './shell/spaRedirect.ts';
import { createAppRouter } from './router.tsx';
import './styles.css';

// A deep link that went through public/404.html (GitHub Pages) comes back as ?/path: restore it first.
const restored = restoreSpaRedirect(window.location);
if (restored) window.history.replaceState(null, '', restored);

// public/reader-preferences.js already did this before paint; repeat in case it was blocked or cached stale.
applyPreferences(readPreferences());

const queryClient = createQueryClient();
const router = createAppRouter(queryClient);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
