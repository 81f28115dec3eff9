import { lazy, Suspense, useId, useState } from 'react';
import { chunkGone } from '../data/newBuild.ts';

// The view and its schema (zod, ~8 KB gzip) are a chunk of their own, fetched when the button is pointed at,
// focused or pressed: the article's first view does without them (it was 8 KB of its 134).
const loadView = () => import('./SourceView.tsx').catch(chunkGone);
const SourceView = lazy(async () => ({ default: (await loadView()).SourceView }));

/** 原文 as a disclosure at the end of the article: its code and data (the raw lines) load when it is first opened. */
export function SourceDisclosure({ paper, date, id }: { paper: string; date: string; id: string }) {
  const [open, setOpen] = useState(false);
  const panel = useId();
  return (
    <section aria-label="原文" className="mt-6 border-t border-rule pt-4">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panel}
        onClick={() => setOpen(!open)}
        onPointerEnter={() => void loadView()}
        onFocus={() => void loadView()}
        className="inline-flex min-h-8 items-center gap-1 rounded border border-rule px-3 text-sm hover:border-accent hover:text-accent aria-expanded:border-accent"
      >
        <span aria-hidden="true">{open ? '▾' : '▸'}</span>
        原文与解析记录
      </button>
      <div id={panel} hidden={!open} className="mt-3">
        {open ? (
          <Suspense fallback={<p className="text-sm text-muted">正在载入原文……</p>}>
            <SourceView paper={paper} date={date} id={id} />
          </Suspense>
        ) : null}
      </div>
    </section>
  );
}
