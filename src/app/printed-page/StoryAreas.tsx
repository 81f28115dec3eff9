import { useQueryClient } from '@tanstack/react-query';
import { useRef, type MouseEvent } from 'react';
import { Link } from 'react-router';
import type { ArticleSummary } from '../../schema/edition.ts';
import { urls } from '../../schema/urls.ts';
import { articleQuery } from '../data/queries.ts';
import { displayHeadline } from '../ui/displayHeadline.ts';
import { boundingBox, placeWithin } from './areaBoxes.ts';

interface StoryAreasProps {
  paper: string;
  date: string;
  /** The page's articles in reading order: Tab walks them in this order. */
  articles: ArticleSummary[];
  /** The story outlined without hover or focus: the URL's #id, or the one a touch picked. */
  selected: string | null;
  onSelect: (id: string) => void;
}

/** Written out whole so Tailwind finds each class: hover, keyboard focus, the URL's #id, a touch's pick. */
const OUTLINED =
  'group-hover:outline-3 group-hover:outline-accent group-hover:bg-accent/15 group-focus-visible:outline-3 group-focus-visible:outline-accent group-focus-visible:bg-accent/15 group-target:outline-3 group-target:outline-accent group-target:bg-accent/15 group-data-selected:outline-3 group-data-selected:outline-accent group-data-selected:bg-accent/15';
const LABEL_SHOWN = 'group-hover:block group-focus-visible:block group-target:block group-data-selected:block';

/**
 * Each story's area as one plain link laid over the page image, named by its headline. The link's box is the
 * story's bounding box, and lets pointers through (pointer-events: none); only its rectangles catch them, so a
 * story shaped like an L is not clickable in its empty corner. A touch first outlines a story and shows its
 * headline; a second touch on it opens it. A mouse or a key opens it at once, and so does any tap without script.
 */
export function StoryAreas({ paper, date, articles, selected, onSelect }: StoryAreasProps) {
  const queryClient = useQueryClient();
  const touched = useRef(false);
  const placed = articles.filter((article) => article.area && article.area.length > 0);
  return placed.map((article) => {
    const rects = article.area!;
    const box = boundingBox(rects);
    const isSelected = article.id === selected;
    const prefetch = () => void queryClient.prefetchQuery(articleQuery(paper, date, article.id));
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
        onMouseEnter={prefetch}
        onFocus={prefetch}
        onClick={onClick}
        data-selected={isSelected || undefined}
        className="story-area group pointer-events-none absolute outline-none"
        style={placeWithin(box)}
      >
        {rects.map((rect, index) => (
          <span
            key={index}
            className={`pointer-events-auto absolute ${OUTLINED}`}
            style={placeWithin(rect, box)}
          />
        ))}
        <span
          aria-hidden="true"
          className={`absolute top-0 left-0 z-10 hidden w-max max-w-[min(24rem,80vw)] rounded bg-ink px-2 py-1 font-sans text-sm font-bold text-paper shadow ${LABEL_SHOWN}`}
        >
          {displayHeadline(article.headline)}
        </span>
      </Link>
    );
  });
}
