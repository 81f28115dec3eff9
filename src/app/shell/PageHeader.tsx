import { useQuery } from '@tanstack/react-query';
import { editionsQuery } from '../queries.ts';
import { Masthead } from './Masthead.tsx';
import { ReaderSettings } from './ReaderSettings.tsx';

interface PageHeaderProps {
  date: string | null;
  titleIsHeading?: boolean;
}

/** The banner landmark of every page. Reads the edition list from the cache the root loader filled. */
export function PageHeader({ date, titleIsHeading = false }: PageHeaderProps) {
  // useQuery, not the suspense variant: error pages render this too and must not suspend or throw.
  const { data } = useQuery(editionsQuery());
  return (
    <header className="mx-auto max-w-6xl px-4">
      <ReaderSettings />
      <Masthead editions={data?.editions ?? []} date={date} titleIsHeading={titleIsHeading} />
    </header>
  );
}
