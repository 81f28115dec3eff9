import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After moving to another page, put focus on its h1 so screen readers announce it and Tab starts from the top
 * of the content. Only on a new path: choosing a 栏目 changes the query and must leave focus on the filter.
 */
export function FocusOnNavigate() {
  const { pathname } = useLocation();
  const shown = useRef(pathname);
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    document.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
  }, [pathname]);
  return null;
}
