import { useQueryClient } from '@tanstack/react-query';
import { useRef, type MouseEvent } from 'react';
import { Link } from '../ui/Link.tsx';
import type { ArticleSummary } from '../../schema/edition.ts';
import { urls } from '../../schema/urls.ts';
import { articleQuery } from '../data/queries.ts';
import { AreaRects } from '../ui/AreaRects.tsx';
import { displayHeadline } from '../ui/displayHeadline.ts';

interface StoryAreasProps {
  paper: string;
  date: string;
  /** The page's articles in reading order: Tab walks them in this order. */
  articles: ArticleSummary[];
  /** The story outlined without hover or focus: the URL's #id, or the one a touch picked. */
  selected: string | null;
  /** The story pointed at or focused, here or in the list beside the page: outlined too. */
  active: string | null;
  /** A story pointed at, focused or touched (its id), or left (null): the page shows its headline. */
  onActive: (id: string | null) => void;
  onSelect: (id: string) => void;
}

/** Written out whole so Tailwind finds each class: hover, keyboard focus, the URL's #id, a touch's pick, the list's pointer. */
const OUTLINED =
  'fill-transparent group-hover:fill-accent/15 group-hover:stroke-accent group-focus-visible:fill-accent/15 group-focus-visible:stroke-accent group-target:fill-accent/15 group-target:stroke-accent group-data-selected:fill-accent/15 group-data-selected:stroke-accent group-data-active:fill-accent/15 group-data-active:stroke-accent';

/**
 * Each story's area as one link over the page image, named by its headline, its rectangles drawn in an SVG laid
 * over the image (page fractions in a 1×1 viewBox). SVG, because its geometry is attributes: the site's CSP
 * forbids style attributes, so prerendered HTML could not place HTML boxes, and these links must work without
 * script. A touch first outlines a story and shows its headline; a second touch opens it. A mouse or a key opens
 * it at once, and so does any tap without script.
 */
export function StoryAreas({ paper, date, articles, selected, active, onActive, onSelect }: StoryAreasProps) {
  const queryClient = useQueryClient();
  const touched = useRef(false);
  const placed = articles.filter((article) => article.area && article.area.length > 0);
  return (
    <svg viewBox="0 0 1 1" preserveAspectRatio="none" className="absolute inset-0 size-full overflow-visible">
      {placed.map((article) => {
        const isSelected = article.id === selected;
        const enter = () => {
          onActive(article.id);
          void queryClient.prefetchQuery(articleQuery(paper, date, article.id));
        };
        const onClick = (event: MouseEvent) => {
          if (touched.current && !isSelected) {
            event.preventDefault();
            onSelect(article.id);
          }
        };
        return (
          <Link
            key={article.id}
            id={article.id}
            to={urls.article(paper, date, article.id)}
            aria-label={displayHeadline(article.headline) || '（无标题）'}
            onPointerDown={(event) => (touched.current = event.pointerType === 'touch')}
            onMouseEnter={enter}
            onFocus={enter}
            onMouseLeave={() => onActive(null)}
            onBlur={() => onActive(null)}
            onClick={onClick}
            data-selected={isSelected || undefined}
            data-active={article.id === active || undefined}
            className="story-area group outline-none"
          >
            <title>{displayHeadline(article.headline)}</title>
            <AreaRects area={article.area!} strokeWidth={3} className={OUTLINED} />
          </Link>
        );
      })}
    </svg>
  );
}
