import { Link } from '../ui/Link.tsx';
import type { EditionIndex, SitePaper } from '../../schema/edition.ts';
import { urls } from '../../schema/urls.ts';
import { ArchiveCalendar } from '../archive/ArchiveCalendar.tsx';
import { EditionStepper } from '../archive/EditionStepper.tsx';
import { formatEditionDate } from '../ui/dates.ts';
import { PageLinks } from './PageLinks.tsx';

interface MastheadProps {
  paper: SitePaper | null;
  /** The edition on screen; null on pages that belong to none (an unknown date). */
  edition: EditionIndex | null;
  currentPage: number | null;
  /** On an edition's front page the paper's name is the page's h1; elsewhere the page has its own. */
  titleIsHeading: boolean;
}

/** 报头: the paper's name (to its latest edition), the date with the editions either side, 往期, and the pages. */
export function Masthead({ paper, edition, currentPage, titleIsHeading }: MastheadProps) {
  const Title = titleIsHeading ? 'h1' : 'p';
  // Where the page has its own heading (an article, a page), the masthead is smaller on a phone: the story
  // below it should start on the first screen.
  // The size it would like (text-4xl sm:text-6xl, text-3xl sm:text-5xl); .masthead-name (styles.css) shrinks it to
  // fit the room beside 搜索 and 阅读设置, which needs the name's length.
  const titleSize = titleIsHeading ? '[--name-size:2.25rem] sm:[--name-size:3.75rem]' : '[--name-size:1.875rem] sm:[--name-size:3rem]';
  const name = paper?.name ?? '报纸阅读';
  return (
    <div className="border-b-4 border-double border-ink pb-3 text-center">
      <Title
        tabIndex={titleIsHeading ? -1 : undefined}
        // An attribute, not a style: the CSP allows no inline style. styles.css knows lengths up to 12.
        data-name-chars={Math.min(12, Array.from(name).length)}
        className={`masthead-name font-serif leading-[1.1] font-black tracking-[0.25em] text-accent ${titleSize}`}
      >
        <Link to={paper ? urls.paper(paper.slug) : urls.home()} className="hover:opacity-80">
          {name}
        </Link>
      </Title>
      {paper?.description ? <p className={`mt-1 text-sm text-muted ${titleIsHeading ? '' : 'hidden sm:block'}`}>{paper.description}</p> : null}
      {paper && edition ? (
        <>
          <div className="mt-2 flex flex-wrap items-center justify-center gap-x-4 gap-y-2 border-t border-rule pt-2 text-sm sm:mt-3">
            <EditionStepper edition={edition}>
              <time dateTime={edition.date} className="whitespace-nowrap">
                {formatEditionDate(edition.date)}
              </time>
            </EditionStepper>
            {/* Keyed by the edition: another edition on screen (a pick, or 前一期) starts with the calendar closed. */}
            <span className="js-only print:hidden">
              <ArchiveCalendar key={`${paper.slug}/${edition.date}`} paper={paper} current={edition.date} />
            </span>
            {/* Without script the calendar cannot open: the year's archive page stands in for it. */}
            <Link
              to={urls.archive(paper.slug, Number(edition.date.slice(0, 4)))}
              className="no-js-only rounded border border-rule px-2 py-0.5 text-sm hover:border-accent print:hidden"
            >
              往期
            </Link>
          </div>
          <PageLinks edition={edition} currentPage={currentPage} />
        </>
      ) : null}
    </div>
  );
}
