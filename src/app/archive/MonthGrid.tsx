import { Link } from '../ui/Link.tsx';
import { urls } from '../../schema/urls.ts';
import { formatEditionDate } from '../ui/dates.ts';
import { isoDay, monthGrid, type Month } from './calendar.ts';

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

interface MonthGridProps {
  paper: string;
  month: Month;
  /** Dates that have an edition: they are links. */
  editions: ReadonlySet<string>;
  /** The edition on screen, marked. */
  current?: string;
  onPick?: () => void;
  caption: string;
}

/** One month, Sunday first, as a table whose days with an edition link to it. */
export function MonthGrid({ paper, month, editions, current, onPick, caption }: MonthGridProps) {
  return (
    <table className="w-full table-fixed text-center text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          {WEEKDAYS.map((day) => (
            <th key={day} scope="col" className="py-1 font-normal text-muted">
              <abbr title={`星期${day}`} className="no-underline">
                {day}
              </abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthGrid(month).map((week, row) => (
          <tr key={row}>
            {week.map((day, column) => {
              if (day === null) return <td key={column} />;
              const date = isoDay(month, day);
              return (
                <td key={column} className="p-0.5">
                  {editions.has(date) ? (
                    <Link
                      to={urls.edition(paper, date)}
                      onClick={onPick}
                      aria-label={formatEditionDate(date)}
                      aria-current={date === current ? 'date' : undefined}
                      className="block rounded py-1.5 font-bold text-accent hover:bg-accent-soft aria-[current=date]:bg-accent aria-[current=date]:text-paper"
                    >
                      {day}
                    </Link>
                  ) : (
                    <span className="block py-1.5 text-muted">{day}</span>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
