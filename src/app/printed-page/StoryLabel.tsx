import { useLayoutEffect, useRef, useState, type CSSProperties, type RefObject } from 'react';
import type { ArticleSummary, Rect } from '../../schema/edition.ts';
import { displayHeadline } from '../ui/displayHeadline.ts';

interface StoryLabelProps {
  article: ArticleSummary;
  picked: boolean;
  /** The box of the page image that the label is placed in (its positioned parent). */
  page: RefObject<HTMLDivElement | null>;
}

/**
 * The headline of a story by its first area: above it, else under it, else over it, wherever it stays inside both
 * the page and the part of the page on screen (a story pointed at, tapped or focused can start above the screen:
 * scrolled there, or taller than the screen, which Tab then leaves where it is). Once picked (a first tap), a word
 * that a second tap opens it. It leans away from the nearer side edge: from the area's left edge on the page's left
 * half, from its right edge on the right half, never wider than the page leaves it.
 */
export function StoryLabel({ article, picked, page }: StoryLabelProps) {
  const first = article.area?.[0];
  const label = useRef<HTMLParagraphElement>(null);
  const [view, setView] = useState<LabelView>({ visible: WHOLE_PAGE, height: 0 });
  // Measured before the first paint, and again as the window or the zoomed frame scrolls or resizes.
  useLayoutEffect(() => {
    const measure = () => {
      if (page.current && label.current) setView(labelView(page.current, label.current));
    };
    measure();
    addEventListener('scroll', measure, { capture: true, passive: true });
    addEventListener('resize', measure, { passive: true });
    return () => {
      removeEventListener('scroll', measure, { capture: true });
      removeEventListener('resize', measure);
    };
  }, [page, article.id, picked]);
  if (!first) return null;
  return (
    // Drawn only after a pointer, a key or a touch, by the app: a style set from script is the CSSOM's,
    // which the CSP allows (a style attribute in the prerendered HTML it would refuse).
    <p
      ref={label}
      aria-hidden="true"
      style={labelPlace(first, view.visible, view.height)}
      className="story-label pointer-events-none absolute z-10 w-max rounded bg-ink px-2 py-1 font-sans text-sm font-bold text-paper shadow-lg"
    >
      {displayHeadline(article.headline)}
      {picked ? <span className="ml-2 font-normal">再点一下阅读全文</span> : null}
    </p>
  );
}

/** A stretch of the page from top to bottom, in fractions of its height. */
export interface Band {
  top: number;
  bottom: number;
}

const WHOLE_PAGE: Band = { top: 0, bottom: 1 };

interface LabelView {
  /** The part of the page on screen: inside the window, and inside the zoomed frame. */
  visible: Band;
  /** The label's height. */
  height: number;
}

/** The label's height and the page's visible part, in fractions of the page's height. */
function labelView(page: HTMLElement, label: HTMLElement): LabelView {
  const box = page.getBoundingClientRect();
  if (box.height === 0) return { visible: WHOLE_PAGE, height: 0 };
  // The zoomed frame scrolls the page inside itself: only its own box of it is on screen.
  const frame = page.parentElement!.getBoundingClientRect();
  const top = Math.max(0, frame.top);
  const bottom = Math.min(innerHeight, frame.bottom);
  return { visible: { top: (top - box.top) / box.height, bottom: (bottom - box.top) / box.height }, height: label.offsetHeight / box.height };
}

/**
 * Where StoryLabel stands, in percentages of the page. Across: anchored at the area's edge on the side nearer the
 * middle. Up and down: above the area when the label fits there inside the page and its `visible` part, else
 * under it, else over the area, at its top or as near it as stays inside. `height` is the label's, in fractions of
 * the page; a visible part shorter than it (a page scrolled off screen) bounds nothing, the page alone does.
 */
export function labelPlace(area: Rect, visible: Band = WHOLE_PAGE, height = 0): CSSProperties {
  const rightHalf = area.x + area.w / 2 > 0.5;
  const room = rightHalf ? area.x + area.w : 1 - area.x;
  const edge = rightHalf ? { right: percent(1 - area.x - area.w) } : { left: percent(area.x) };
  return { ...edge, ...verticalPlace(area, visible, height), maxWidth: `min(28rem, ${percent(room)})` };
}

function verticalPlace(area: Rect, visible: Band, height: number): CSSProperties {
  const shown = { top: Math.max(0, visible.top), bottom: Math.min(1, visible.bottom) };
  const { top, bottom } = shown.bottom - shown.top >= height ? shown : WHOLE_PAGE;
  const areaBottom = area.y + area.h;
  if (area.y - height >= top && area.y <= bottom) return { bottom: percent(1 - area.y) };
  if (areaBottom >= top && areaBottom + height <= bottom) return { top: percent(areaBottom) };
  return { top: percent(Math.min(Math.max(area.y, top), bottom - height)) };
}

const percent = (fraction: number) => `${+(fraction * 100).toFixed(3)}%`;
