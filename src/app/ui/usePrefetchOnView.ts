import { useEffect, type RefObject } from 'react';

/** Calls `prefetch` once, when the element comes within 200px of the viewport. */
export function usePrefetchOnView(ref: RefObject<Element | null>, prefetch: () => void): void {
  useEffect(() => {
    const element = ref.current;
    // jsdom and very old browsers have no IntersectionObserver: hover and focus prefetch still work.
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          observer.disconnect();
          prefetch();
        }
      },
      { rootMargin: '200px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, prefetch]);
}
