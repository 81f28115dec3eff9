import { isRouteErrorResponse, useLocation, useParams, useRevalidator, useRouteError } from 'react-router';
import { isNotFoundData } from '../data/notFound.ts';
import { ErrorState } from './ErrorState.tsx';
import { NotFoundState } from './NotFoundState.tsx';
import { PageHeader } from './PageHeader.tsx';

/** Errors below the root: keeps the masthead (site.json loaded) and shows a 404 or a retryable error. */
export function RouteError() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  // A path no route matched has no :paper param; its first segment may still name the paper.
  const { pathname } = useLocation();
  const { paper = pathname.split('/')[1] } = useParams();
  const notFound =
    isRouteErrorResponse(error) && error.status === 404
      ? isNotFoundData(error.data)
        ? error.data
        : { missing: 'route' as const, retry: false }
      : null;
  return (
    <>
      <PageHeader paper={paper || null} edition={null} currentPage={null} titleIsHeading={false} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 outline-none">
        {notFound ? (
          <NotFoundState
            missing={notFound.missing}
            {...(notFound.retry && {
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
