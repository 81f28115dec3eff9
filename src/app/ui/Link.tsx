import type { AnchorHTMLAttributes, MouseEvent, Ref } from 'react';
import { useHref, useLinkClickHandler } from 'react-router';

export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href' | 'target'> {
  /** A path of this site (src/schema/urls.ts), as react-router's `to`. */
  to: string;
  state?: unknown;
  preventScrollReset?: boolean;
  ref?: Ref<HTMLAnchorElement>;
}

/**
 * A link within the reader: react-router's `<Link>` as a data router draws it, without its framework-mode
 * prefetching. The same `<a>` (its href from useHref, `data-discover="true"` as react-router's markup has it, so the
 * prerendered pages are unchanged) and the same click: react-router's own useLinkClickHandler, which leaves a
 * modified or non-primary click to the browser and otherwise navigates in the app, replacing the entry when the
 * link is the page already shown. react-router's Link would bring 1.8 KB gzip to the first view for
 * `prefetch`, which only a framework-mode app can use (docs/performance.md, "The article's first view");
 * test/app/Link.test.tsx holds this one to the same markup and navigation as react-router's.
 */
export function Link({ to, state, preventScrollReset, onClick, ref, children, ...rest }: LinkProps) {
  const href = useHref(to);
  const navigate = useLinkClickHandler(to, { state, preventScrollReset });
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (!event.defaultPrevented) navigate(event);
  };
  return (
    <a {...rest} href={href} onClick={handleClick} ref={ref} data-discover="true">
      {children}
    </a>
  );
}
