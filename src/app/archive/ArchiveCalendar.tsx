import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useId, useRef, useState } from 'react';
import type { SitePaper } from '../../schema/edition.ts';
import { archiveYearQuery } from '../data/queries.ts';
import { useDismiss } from '../ui/useDismiss.ts';
import { monthOf } from './month.ts';

const loadPanel = () => import('./CalendarPanel.tsx');
const CalendarPanel = lazy(async () => ({ default: (await loadPanel()).CalendarPanel }));

interface ArchiveCalendarProps {
  paper: SitePaper;
  /** The edition on screen: the calendar opens on its month. */
  current: string;
}

/**
 * 往期: a button that opens a month calendar of one paper's editions. The calendar's code and the year's archive
 * file are fetched when the reader points at the button, not in the first view. It closes after a pick, on Esc
 * and on a click outside, and gives focus back to its button.
 */
export function ArchiveCalendar({ paper, current }: ArchiveCalendarProps) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const id = useId();
  const queryClient = useQueryClient();

  useDismiss(open, [panel, button], button, () => setOpen(false));

  const prefetch = () => {
    void loadPanel();
    void queryClient.prefetchQuery(archiveYearQuery(paper.slug, monthOf(current).year));
  };

  return (
    <div className="relative">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen((was) => !was)}
        onMouseEnter={prefetch}
        onFocus={prefetch}
        onTouchStart={prefetch}
        className="rounded border border-rule px-2 py-0.5 text-sm hover:border-accent aria-expanded:border-accent"
      >
        往期
      </button>
      {open ? (
        <Suspense
          fallback={
            <p className="sr-only" role="status">
              正在载入日历…
            </p>
          }
        >
          <CalendarPanel ref={panel} id={id} paper={paper} current={current} onPick={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </div>
  );
}
