import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type Ref } from 'react';
import { useNavigate } from 'react-router';
import { Link } from '../ui/Link.tsx';
import type { SitePaper } from '../../schema/edition.ts';
import { urls } from '../../schema/urls.ts';
import { archiveYearQuery } from '../data/queries.ts';
import { formatEditionDate } from '../ui/dates.ts';
import { addMonths, clampMonth, compareMonths, monthOf, type Month } from './calendar.ts';
import { MonthGrid } from './MonthGrid.tsx';

interface CalendarPanelProps {
  ref: Ref<HTMLDivElement>;
  id: string;
  paper: SitePaper;
  current: string;
  onPick: () => void;
}

/** The open 往期 calendar: a month of one paper's editions, month and year steps, and a jump to a date. */
export function CalendarPanel({ ref, id, paper, current, onPick }: CalendarPanelProps) {
  const { month, message, step, canStep, jump } = useCalendarMonth(paper, current, onPick);
  const year = useQuery(archiveYearQuery(paper.slug, month.year));

  const editions = new Set(year.data?.editions.map((edition) => edition.date));
  const monthHasEditions = year.data?.editions.some((edition) => compareMonths(monthOf(edition.date), month) === 0) ?? false;
  const title = `${month.year}年${month.month}月`;

  return (
    <div
      ref={ref}
      id={id}
      role="dialog"
      aria-label={`${paper.name}往期`}
      className="fixed inset-x-4 top-24 z-20 mx-auto max-w-[22rem] rounded border border-rule bg-paper p-3 text-left shadow-lg sm:absolute sm:inset-x-auto sm:top-full sm:left-1/2 sm:mt-1 sm:w-[22rem] sm:-translate-x-1/2"
    >
      <MonthSteps title={title} step={step} canStep={canStep} />
      <div className="mt-2">
        <MonthGrid
          paper={paper.slug}
          month={month}
          editions={editions}
          current={current}
          onPick={onPick}
          caption={`${title}，有报纸的日子可以点开`}
        />
      </div>
      <p className="text-right text-sm">
        <Link to={urls.archive(paper.slug, month.year)} onClick={onPick} className="text-accent underline underline-offset-4">
          {month.year}年全年 ›
        </Link>
      </p>
      <YearStatus
        pending={year.isPending}
        failed={year.isError}
        message={message ?? (monthHasEditions ? null : '本月没有报纸。')}
        onRetry={() => void year.refetch()}
      />
      <DateJumpForm id={`${id}-date`} min={paper.first} max={paper.latest.date} defaultValue={current} onJump={(date) => void jump(date)} />
    </div>
  );
}

/** The month the calendar shows, its steps, and a jump to a date: to its edition, or a note that there is none. */
function useCalendarMonth(paper: SitePaper, current: string, onPick: () => void) {
  const first = monthOf(paper.first);
  const last = monthOf(paper.latest.date);
  const [month, setMonth] = useState<Month>(() => clampMonth(monthOf(current), first, last));
  const [message, setMessage] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  const step = (months: number) => {
    setMessage(null);
    setMonth((m) => clampMonth(addMonths(m, months), first, last));
  };
  const canStep = (months: number) => compareMonths(clampMonth(addMonths(month, months), first, last), month) !== 0;

  const jump = async (date: string) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
    setMonth(clampMonth(monthOf(date), first, last));
    try {
      const list = await queryClient.fetchQuery(archiveYearQuery(paper.slug, monthOf(date).year));
      if (list.editions.some((edition) => edition.date === date)) {
        onPick();
        void navigate(urls.edition(paper.slug, date));
        return;
      }
    } catch {
      // The year has no archive file: no edition that year either.
    }
    setMessage(`${formatEditionDate(date).split(' ')[0]}没有${paper.name}，请在日历中选一天。`);
  };
  return { month, message, step, canStep, jump };
}

function StepButton({ label, text, onClick, disabled }: { label: string; text: string; onClick: () => void; disabled: boolean }) {
  return (
    <button
      type="button"
      aria-label={label}
      onClick={onClick}
      disabled={disabled}
      className="min-h-8 min-w-8 rounded hover:bg-accent-soft disabled:opacity-30"
    >
      {text}
    </button>
  );
}

/** The month shown, with steps a month and a year either way (disabled past the paper's first and latest). */
function MonthSteps({ title, step, canStep }: { title: string; step: (months: number) => void; canStep: (months: number) => boolean }) {
  return (
    <div className="flex items-center justify-between gap-1">
      <StepButton label="上一年" text="«" onClick={() => step(-12)} disabled={!canStep(-12)} />
      <StepButton label="上个月" text="‹" onClick={() => step(-1)} disabled={!canStep(-1)} />
      <h2 aria-live="polite" className="flex-1 text-center font-bold">
        {title}
      </h2>
      <StepButton label="下个月" text="›" onClick={() => step(1)} disabled={!canStep(1)} />
      <StepButton label="下一年" text="»" onClick={() => step(12)} disabled={!canStep(12)} />
    </div>
  );
}

interface YearStatusProps {
  pending: boolean;
  failed: boolean;
  /** What to say once the year has loaded, if anything. */
  message: string | null;
  onRetry: () => void;
}

/** The year's archive loading, failed (with 重试), or a word about the month or the date asked for. */
function YearStatus({ pending, failed, message, onRetry }: YearStatusProps) {
  return (
    <>
      <p role="status" className="min-h-5 text-center text-sm text-muted">
        {pending ? '正在载入…' : failed ? null : message}
      </p>
      {failed ? (
        <p className="text-center text-sm">
          载入失败。
          <button type="button" onClick={onRetry} className="font-bold text-accent underline">
            重试
          </button>
        </p>
      ) : null}
    </>
  );
}

interface DateJumpFormProps {
  id: string;
  min: string;
  max: string;
  defaultValue: string;
  /** The date typed, as the form holds it (YYYY-MM-DD when the browser checked it). */
  onJump: (date: string) => void;
}

/** 跳到: a date field and 前往. */
function DateJumpForm({ id, min, max, defaultValue, onJump }: DateJumpFormProps) {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const date = new FormData(event.currentTarget).get('date');
    onJump(typeof date === 'string' ? date : '');
  };
  return (
    <form onSubmit={submit} className="mt-2 flex items-center gap-2 border-t border-rule pt-2 text-sm">
      <label htmlFor={id}>跳到</label>
      <input
        id={id}
        name="date"
        type="date"
        required
        min={min}
        max={max}
        defaultValue={defaultValue}
        className="min-w-0 flex-1 rounded border border-rule bg-paper px-2 py-1"
      />
      <button type="submit" className="rounded bg-accent px-3 py-1 font-bold text-paper">
        前往
      </button>
    </form>
  );
}
