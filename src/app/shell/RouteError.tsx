import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router';
import { ErrorState } from '../components/ErrorState.tsx';
import { NotFoundState, type Missing } from '../components/NotFoundState.tsx';
import { PageHeader } from '../components/PageHeader.tsx';

function missingOf(data: unknown): Missing {
  const missing = (data as { missing?: unknown } | null)?.missing;
  return missing === 'edition' || missing === 'article' || missing === 'section' ? missing : 'page';
}

/** Errors below the root: keeps the masthead (the edition list loaded) and shows a 404 or a retryable error. */
export function RouteError() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  return (
    <>
      <PageHeader date={null} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 outline-none">
        {isRouteErrorResponse(error) && error.status === 404 ? (
          <NotFoundState
            missing={missingOf(error.data)}
            {...((error.data as { retry?: unknown } | null)?.retry === true && {
              onRetry: () => void revalidator.revalidate(),
              retrying: revalidator.state === 'loading',
            })}
          />
        ) : (
          <ErrorState error={error} onRetry={() => void revalidator.revalidate()} retrying={revalidator.state === 'loading'} />
        )}
      </main>
    </>
  );
}
