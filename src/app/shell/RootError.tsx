import { useRevalidator, useRouteError } from 'react-router';
import { ErrorState } from './ErrorState.tsx';
import { SiteFooter } from './SiteFooter.tsx';

/** site.json itself failed to load: no masthead to show, but still a way to retry. */
export function RootError() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  return (
    <>
      <header className="mx-auto max-w-6xl px-4 pt-6 text-center font-serif text-3xl font-black tracking-[0.25em] text-accent">
        报纸阅读
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 outline-none">
        <ErrorState error={error} onRetry={() => void revalidator.revalidate()} retrying={revalidator.state === 'loading'} />
      </main>
      <SiteFooter />
    </>
  );
}
