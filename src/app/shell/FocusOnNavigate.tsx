import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/** Navigation state a link can set to keep focus in a control instead of the new page's h1. */
export interface FocusState {
  /** A CSS selector for the element to focus once the new page is drawn. */
  focus?: string;
}

/**
 * After moving to another page, put focus on its h1 so screen readers announce it and Tab starts from the top
 * of the content. A link that is a choice within a control (a 栏目 of the filter) says where focus belongs in
 * its navigation state, so a keyboard user stays in the control.
 */
export function FocusOnNavigate() {
  const { pathname, state } = useLocation() as { pathname: string; state: FocusState | null };
  const shown = useRef(pathname);
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    const target = (state?.focus && document.querySelector<HTMLElement>(state.focus)) || document.querySelector<HTMLElement>('h1');
    target?.focus({ preventScroll: true });
  }, [pathname, state]);
  return null;
}
