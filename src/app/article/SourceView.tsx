// First: zod must be told before any schema is defined (see the file).
import '../data/zodJitless.ts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { ArticleSourceSchema } from '../../schema/articleSource.ts';
import { dataPaths } from '../../schema/dataPaths.ts';
import { dataUrl } from '../data/dataUrl.ts';
import { fetchJson } from '../data/fetchJson.ts';

// Beside its view rather than in data/queries.ts: the schema and the query ship with the article page, never
// in the main bundle the front page needs.
const articleSourceQuery = (paper: string, date: string, id: string) =>
  queryOptions({
    queryKey: ['article-source', paper, date, id],
    queryFn: ({ signal }) => fetchJson(dataUrl(dataPaths.articleSource(paper, date, id)), ArticleSourceSchema, signal),
    staleTime: Infinity,
  });

/** 原文: the raw lines the article was parsed from, numbered as in the page file, and the parser's notes on them. */
export function SourceView({ paper, date, id }: { paper: string; date: string; id: string }) {
  const { data, isPending, isError, refetch } = useQuery(articleSourceQuery(paper, date, id));
  if (isPending) return <p className="text-sm text-muted">正在载入原文……</p>;
  if (isError) {
    return (
      <p className="text-sm">
        原文载入失败。{' '}
        <button type="button" onClick={() => void refetch()} className="text-accent underline underline-offset-4">
          重试
        </button>
      </p>
    );
  }
  const noted = new Set(data.notes.map((note) => note.line));
  const last = data.startLine + data.lines.length - 1;
  return (
    <div className="space-y-3 text-sm">
      <p className="text-muted">
        <bdi>{data.file}</bdi> 第{data.startLine}–{last}行，未经任何改动。
      </p>
      {/* A scrolling region must take focus, or a keyboard cannot scroll it (axe: scrollable-region-focusable). */}
      <ol
        start={data.startLine}
        aria-label="原文各行"
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- the scrolling region, as above
        tabIndex={0}
        className="max-h-[70vh] overflow-auto rounded border border-rule bg-slot py-2 font-mono text-[0.8125rem] leading-relaxed"
      >
        {data.lines.map((line, index) => {
          const number = data.startLine + index;
          return (
            <li key={number} value={number} className={`grid grid-cols-[3.5em_1fr] gap-3 px-2 ${noted.has(number) ? 'bg-accent-soft' : ''}`}>
              <span className="select-none text-right text-muted">{number}</span>
              <span className="min-w-0 whitespace-pre-wrap [overflow-wrap:anywhere]">{line || ' '}</span>
            </li>
          );
        })}
      </ol>
      <section aria-labelledby={`notes-${id}`}>
        <h3 id={`notes-${id}`} className="font-bold">
          解析记录
        </h3>
        {data.notes.length === 0 ? (
          <p className="text-muted">解析器对这些行没有留下记录。</p>
        ) : (
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {data.notes.map((note, index) => (
              <li key={index}>
                第{note.line}行：{note.message}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
