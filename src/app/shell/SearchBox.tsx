import { useEffect, useRef, useState, type Dispatch, type RefObject, type SetStateAction } from 'react';
import { Form, useLocation, useSearchParams } from 'react-router';
import { urls } from '../../schema/urls.ts';

/** Where a `/` typed should stay text: any field, editable region or select. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/**
 * The search box of every page's header: a plain GET form to `/search?q=…`, so it works before the script
 * arrives or without it; with it, the router navigates. `/` anywhere but in a field focuses it.
 */
export function SearchBox() {
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const query = pathname === urls.search() ? (params.get('q') ?? '') : '';
  const input = useRef<HTMLInputElement>(null);
  // On a phone the box folds behind a 搜索 button; from sm up it is always shown.
  const [open, setOpen] = useState(false);

  useSlashKey(input, setOpen);

  return (
    <div className="min-w-0 sm:flex-1">
      <button
        type="button"
        aria-expanded={open}
        aria-controls="site-search-form"
        onClick={() => {
          setOpen((was) => !was);
          requestAnimationFrame(() => input.current?.focus());
        }}
        className="js-only flex min-h-8 items-center rounded border border-rule bg-paper px-2 text-sm hover:border-accent aria-expanded:border-accent sm:hidden"
      >
        搜索
      </button>
      <Form
        id="site-search-form"
        role="search"
        action={urls.search()}
        className={`${open ? '' : 'folded-on-phone'} absolute inset-x-0 top-10 flex min-w-0 items-center gap-1 rounded border border-rule bg-paper p-2 shadow-lg sm:static sm:w-auto sm:border-0 sm:p-0 sm:shadow-none`}
      >
        <label htmlFor="site-search" className="sr-only">
          搜索文章
        </label>
        <input
          ref={input}
          key={query}
          id="site-search"
          type="search"
          name="q"
          defaultValue={query}
          placeholder="搜索文章"
          aria-keyshortcuts="/"
          enterKeyHint="search"
          autoComplete="off"
          className="min-h-9 w-full min-w-0 rounded border border-muted bg-paper px-2 py-1 text-sm placeholder:text-muted sm:w-56"
        />
        <button type="submit" className="min-h-9 shrink-0 rounded border border-rule px-3 py-1 text-sm hover:border-accent hover:text-accent">
          搜索
        </button>
        {/* A keyboard's shortcut: no use on a phone. */}
        <span aria-hidden="true" className="hidden shrink-0 pl-1 text-xs text-muted lg:inline">
          按 <kbd className="rounded border border-rule px-1 font-sans">/</kbd> 键搜索
        </span>
      </Form>
    </div>
  );
}

/** `/` typed anywhere but in a field opens the box (folded on a phone) and focuses it, its text selected. */
function useSlashKey(input: RefObject<HTMLInputElement | null>, setOpen: Dispatch<SetStateAction<boolean>>): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || isTyping(event.target)) return;
      event.preventDefault();
      setOpen(true);
      // After the box has been shown (on a phone it may have been folded).
      requestAnimationFrame(() => {
        input.current?.focus();
        input.current?.select();
      });
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [input, setOpen]);
}
