import { useId, useState } from 'react';
import { SourceView } from './SourceView.tsx';

/** 原文 as a disclosure at the end of the article: its data (the raw lines) load when it is first opened. */
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
        className="inline-flex min-h-8 items-center gap-1 rounded border border-rule px-3 text-sm hover:border-accent hover:text-accent aria-expanded:border-accent"
      >
        <span aria-hidden="true">{open ? '▾' : '▸'}</span>
        原文与解析记录
      </button>
      <div id={panel} hidden={!open} className="mt-3">
        {open ? <SourceView paper={paper} date={date} id={id} /> : null}
      </div>
    </section>
  );
}
