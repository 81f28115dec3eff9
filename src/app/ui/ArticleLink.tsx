import { useCallback, useRef, type ReactNode } from 'react';
import { Link } from './Link.tsx';
import { useQueryClient } from '@tanstack/react-query';
import { urls } from '../../schema/urls.ts';
import { fetchViewCode } from '../data/viewCode.ts';
import { articleQuery } from '../data/queries.ts';
import { usePrefetchOnView } from './usePrefetchOnView.ts';

interface ArticleLinkProps {
  paper: string;
  date: string;
  id: string;
  className?: string;
  children: ReactNode;
}

/** A link to an article that fetches its body ahead (in view, hover, focus, touch) so opening it is instant. */
export function ArticleLink({ paper, date, id, className, children }: ArticleLinkProps) {
  const queryClient = useQueryClient();
  const ref = useRef<HTMLAnchorElement>(null);
  const prefetch = useCallback(() => {
    void queryClient.prefetchQuery(articleQuery(paper, date, id));
  }, [queryClient, paper, date, id]);
  usePrefetchOnView(ref, prefetch);
  // The reader is about to open it: fetch the article view's code too (not on view, to keep the first view small).
  const prefetchAll = useCallback(() => {
    prefetch();
    fetchViewCode('article');
  }, [prefetch]);

  return (
    <Link
      ref={ref}
      to={urls.article(paper, date, id)}
      className={className}
      onMouseEnter={prefetchAll}
      onFocus={prefetchAll}
      onTouchStart={prefetchAll}
    >
      {children}
    </Link>
  );
}
