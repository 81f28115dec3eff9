import { Link } from 'react-router';
import type { EditionList } from '../../schema/edition.ts';
import { formatEditionDate } from '../lib/dates.ts';
import { editionPath } from '../lib/paths.ts';

interface EditionSwitcherProps {
  editions: EditionList['editions'];
  current: string | null;
}

/** 往期: a disclosure of plain links (latest first), so every edition has a URL and no script decides focus. */
export function EditionSwitcher({ editions, current }: EditionSwitcherProps) {
  if (editions.length < 2) return null;
  return (
    <details className="relative">
      <summary className="cursor-pointer rounded border border-rule px-2 py-0.5 text-sm hover:border-accent">
        往期 <span className="text-muted">({editions.length})</span>
      </summary>
      <ul className="absolute left-1/2 z-10 mt-1 max-h-72 w-56 -translate-x-1/2 overflow-y-auto rounded border border-rule bg-paper p-1 shadow-lg">
        {editions.map((edition, index) => (
          <li key={edition.date}>
            <Link
              to={index === 0 ? '/' : editionPath(edition.date)}
              aria-current={edition.date === current ? 'page' : undefined}
              className="block rounded px-2 py-1.5 text-sm hover:bg-accent-soft aria-[current=page]:font-bold aria-[current=page]:text-accent"
            >
              {formatEditionDate(edition.date)}
              {index === 0 ? <span className="ml-1 text-muted">(最新)</span> : null}
            </Link>
          </li>
        ))}
      </ul>
    </details>
  );
}
