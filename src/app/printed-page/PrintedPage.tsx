import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { useLocation } from 'react-router';
import type { ArticleSummary, Image, Page } from '../../schema/edition.ts';
import { dataUrl } from '../data/dataUrl.ts';
import { pageLabel } from '../ui/pageLabel.ts';
import { fileFor, srcSet } from './imageSources.ts';
import { PageStories } from './PageStories.tsx';
import { StoryAreas } from './StoryAreas.tsx';
import { StoryLabel } from './StoryLabel.tsx';

/** The page image's widest CSS width (max-w-3xl): the `sizes` of its srcset, and the width 保存本期 keeps. */
export const PAGE_IMAGE_CSS_WIDTH = 768;
const SIZES = `(min-width: ${PAGE_IMAGE_CSS_WIDTH + 32}px) ${PAGE_IMAGE_CSS_WIDTH}px, calc(100vw - 2rem)`;

interface PrintedPageProps {
  paper: string;
  date: string;
  page: Page & { image: Image };
  articles: ArticleSummary[];
}

/**
 * The page as printed, with its stories as links over it (StoryAreas). Fits the width; a tap on empty paper (or
 * the 放大 button) doubles it inside a scrolling frame, centred where it was tapped. Pinch zoom is the browser's.
 */
export function PrintedPage({ paper, date, page, articles }: PrintedPageProps) {
  const { hash } = useLocation();
  const target = hash ? decodeURIComponent(hash.slice(1)) : null;
  const [picked, setPicked] = useState<string | null>(null);
  const [active, setActive] = useState<string | null>(null);
  // The story the side column describes stays there after the pointer leaves it, so it can be read; the lead before any.
  const [last, setLast] = useState<string | null>(null);
  const point = (id: string | null) => {
    setActive(id);
    if (id) setLast(id);
  };
  const { frame, zoomed, setZoomed, zoomAt } = useTapToZoom(() => setPicked(null));
  const sheet = useRef<HTMLDivElement>(null);
  const selected = picked ?? target;
  const story = (id: string | null) => articles.find((article) => article.id === id);
  // The headline of the story pointed at or focused, else of the one outlined.
  const shown = story(active ?? selected);

  // Arriving at …/page/5#<id> (在版面中): the story outlined and in view. The prerendered page scrolls by itself.
  useEffect(() => {
    if (target) document.getElementById(target)?.scrollIntoView?.({ block: 'center' });
  }, [target]);

  const image = page.image;
  return (
    <div className="printed-page mt-4 in-data-[page-mode=text]:hidden">
      <div className="max-w-3xl">
        {/* A pointer's shortcut: the keyboard's way to zoom is the 放大 button below, its stories are links. */}
        {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions */}
        <div
          ref={frame}
          onClick={zoomAt}
          className={zoomed ? 'max-h-[85svh] cursor-zoom-out overflow-auto border border-rule' : 'cursor-zoom-in border border-rule'}
        >
          <div ref={sheet} className={`relative ${zoomed ? 'w-[200%]' : 'w-full'}`}>
            <img
              src={dataUrl(fileFor(image, PAGE_IMAGE_CSS_WIDTH).path)}
              srcSet={srcSet(image)}
              sizes={zoomed ? `${PAGE_IMAGE_CSS_WIDTH * 2}px` : SIZES}
              width={image.width}
              height={image.height}
              alt={`${pageLabel(page)}版面图`}
              fetchPriority="high"
              // Dimmed a little on a dark screen, as the article's photos; at full brightness once enlarged.
              className={`block h-auto w-full bg-white ${zoomed ? '' : 'dark:brightness-85'}`}
            />
            <StoryAreas paper={paper} date={date} articles={articles} selected={selected} active={active} onActive={point} onSelect={setPicked} />
            {shown ? <StoryLabel key={shown.id} article={shown} picked={shown.id === picked} page={sheet} /> : null}
          </div>
        </div>
        <PageTools zoomed={zoomed} onZoom={() => setZoomed(!zoomed)} pdf={page.pdf} />
      </div>
      <PageStories paper={paper} date={date} articles={articles} shown={story(active ?? last ?? selected) ?? articles[0]} onActive={point} />
    </div>
  );
}

/**
 * A tap on the frame, off the stories, doubles the page (or halves it back) and brings the tapped point to the
 * middle of the frame; `onTap` hears each such tap first.
 */
function useTapToZoom(onTap: () => void) {
  const [zoomed, setZoomed] = useState(false);
  const frame = useRef<HTMLDivElement>(null);
  const zoomAt = (event: MouseEvent<HTMLDivElement>) => {
    if ((event.target as Element).closest('a, .story-area')) return;
    const scroller = frame.current;
    if (!scroller) return;
    const box = scroller.getBoundingClientRect();
    const x = (event.clientX - box.left + scroller.scrollLeft) / scroller.scrollWidth;
    const y = (event.clientY - box.top + scroller.scrollTop) / scroller.scrollHeight;
    onTap();
    setZoomed((was) => !was);
    // After React doubled the page: bring the tapped point to the middle of the frame.
    requestAnimationFrame(() => {
      scroller.scrollLeft = x * scroller.scrollWidth - scroller.clientWidth / 2;
      scroller.scrollTop = y * scroller.scrollHeight - scroller.clientHeight / 2;
    });
  };
  return { frame, zoomed, setZoomed, zoomAt };
}

/** Under the page: 放大 / 缩小, and the page's PDF when it has one. */
function PageTools({ zoomed, onZoom, pdf }: { zoomed: boolean; onZoom: () => void; pdf: Page['pdf'] }) {
  return (
    <p className="mt-2 flex flex-wrap items-center justify-between gap-2 font-sans text-sm text-muted">
      <button type="button" onClick={onZoom} aria-pressed={zoomed} className="js-only underline underline-offset-4 hover:text-accent">
        {zoomed ? '缩小' : '放大'}
      </button>
      {pdf ? (
        <a href={dataUrl(pdf.path)} download className="text-accent underline underline-offset-4">
          下载本版 PDF（{fileSize(pdf.bytes)}）
        </a>
      ) : null}
    </p>
  );
}

/** 1.2 MB, 850 KB. */
export function fileSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
