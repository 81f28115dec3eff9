import { useQuery } from '@tanstack/react-query';
import type { EditionIndex } from '../../schema/edition.ts';
import { siteQuery } from '../data/queries.ts';
import { Masthead } from './Masthead.tsx';
import { ReaderSettings } from './ReaderSettings.tsx';
import { SearchBox } from './SearchBox.tsx';

interface PageHeaderProps {
  /** The paper's slug; null on pages that belong to no paper (the papers list, an unknown paper). */
  paper: string | null;
  edition: EditionIndex | null;
  /** The page (版) on screen, marked in the masthead's page list. */
  currentPage: number | null;
  titleIsHeading: boolean;
}

/** The banner landmark of every page. Reads site.json from the cache the root loader filled. */
export function PageHeader({ paper, edition, currentPage, titleIsHeading }: PageHeaderProps) {
  // useQuery, not the suspense variant: error pages render this too and must not suspend or throw.
  const { data } = useQuery(siteQuery());
  const sitePaper = data?.papers.find((candidate) => candidate.slug === paper) ?? null;
  return (
    <header className="relative mx-auto max-w-6xl px-4 pt-2">
      {/*
        On a phone, beside the masthead's title rather than a row of their own (every line above an article counts):
        搜索 opens the box, 阅读设置 its panel. From sm up, one row above the masthead.
      */}
      <div className="header-tools pointer-events-none absolute inset-x-4 top-2 z-10 flex items-start justify-between gap-3 *:pointer-events-auto sm:static sm:items-center print:hidden">
        <SearchBox />
        <ReaderSettings />
      </div>
      <Masthead paper={sitePaper} edition={edition} currentPage={currentPage} titleIsHeading={titleIsHeading} />
    </header>
  );
}
