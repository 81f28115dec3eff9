import { useCallback, useRef, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { articleQuery } from '../queries.ts';
import { articlePath } from '../lib/paths.ts';
import { usePrefetchOnView } from '../lib/usePrefetchOnView.ts';

interface ArticleLinkProps {
  date: string;
  id: string;
  className?: string;
  children: ReactNode;
}

/** A link to an article that fetches its body ahead (in view, hover, focus, touch) so opening it is instant. */
export function ArticleLink({ date, id, className, children }: ArticleLinkProps) {
  const queryClient = useQueryClient();
  const ref = useRef<HTMLAnchorElement>(null);
  const prefetch = useCallback(() => {
    void queryClient.prefetchQuery(articleQuery(date, id));
  }, [queryClient, date, id]);
  usePrefetchOnView(ref, prefetch);

  return (
    <Link
      ref={ref}
      to={articlePath(date, id)}
      className={className}
      onMouseEnter={prefetch}
      onFocus={prefetch}
      onTouchStart={prefetch}
    >
      {children}
    </Link>
  );
}
