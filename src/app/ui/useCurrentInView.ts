import { useEffect, useRef } from 'react';

/**
 * Scrolls a list (never the window) so that its item marked `aria-current="page"` is in it, when it is not wholly
 * inside already: at once on the first view, smoothly after a move to another page unless the reader asked for less
 * motion. Sideways it is centred; up and down, centred (`down: 'centre'`, 版面导航's grid) or its row put at the top
 * under the list's padding (`down: 'top'`, the masthead's two rows of 版面, so that the next row shows under it).
 */
export function useCurrentInView<T extends HTMLElement>(current: number | null, down: 'centre' | 'top') {
  const list = useRef<T>(null);
  const moved = useRef(false);
  useEffect(() => {
    const box = list.current;
    const item = box?.querySelector<HTMLElement>('[aria-current="page"]')?.parentElement;
    if (!box || !item) return;
    const still = !moved.current || (typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches);
    moved.current = true;
    const outer = box.getBoundingClientRect();
    const inner = item.getBoundingClientRect();
    const left =
      inner.left < outer.left || inner.right > outer.right
        ? box.scrollLeft + inner.left - outer.left - (outer.width - inner.width) / 2
        : box.scrollLeft;
    const offset = down === 'centre' ? (outer.height - inner.height) / 2 : parseFloat(getComputedStyle(box).paddingTop);
    const top = inner.top < outer.top || inner.bottom > outer.bottom ? box.scrollTop + inner.top - outer.top - offset : box.scrollTop;
    if (left !== box.scrollLeft || top !== box.scrollTop) box.scrollTo({ left, top, behavior: still ? 'instant' : 'smooth' });
  }, [current, down]);
  return list;
}
