import type { Rect } from '../../schema/edition.ts';

interface AreaRectsProps {
  /** A story's area: rectangles in fractions of the page. */
  area: Rect[];
  /** In screen pixels, whatever the picture's size (non-scaling stroke). */
  strokeWidth: number;
  className: string;
}

/**
 * A story's area drawn on a printed page, for an SVG laid over the page's picture with a 1×1 viewBox and
 * preserveAspectRatio="none". SVG, because its geometry is attributes: the site's CSP forbids style attributes, so
 * prerendered HTML could not place HTML boxes. Drawn by the page view (StoryAreas) and by 在版面中 (PageLocator).
 */
export function AreaRects({ area, strokeWidth, className }: AreaRectsProps) {
  return area.map((rect, index) => (
    <rect
      key={index}
      x={rect.x}
      y={rect.y}
      width={rect.w}
      height={rect.h}
      vectorEffect="non-scaling-stroke"
      strokeWidth={strokeWidth}
      className={className}
    />
  ));
}
