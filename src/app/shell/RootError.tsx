import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router';
import { ErrorState } from './ErrorState.tsx';
import { NotFoundState } from './NotFoundState.tsx';
import { SiteFooter } from './SiteFooter.tsx';

/**
 * site.json itself failed to load: no masthead to show, but still a way to retry. Or no route matched at all,
 * which the catch-all route misses only for a path holding a line break (`%0A`: React Router's `*` does not match
 * one): the 404 view, not "load failed".
 */
export function RootError() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  return (
    <>
      <header className="mx-auto max-w-6xl px-4 pt-6 text-center font-serif text-3xl font-black tracking-[0.25em] text-accent">报纸阅读</header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 outline-none">
        {isRouteErrorResponse(error) && error.status === 404 ? (
          <NotFoundState missing="route" />
        ) : (
          <ErrorState error={error} onRetry={() => void revalidator.revalidate()} retrying={revalidator.state === 'loading'} />
        )}
      </main>
      <SiteFooter />
    </>
  );
}
