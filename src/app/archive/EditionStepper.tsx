import type { ReactNode } from 'react';
import { Link } from '../ui/Link.tsx';
import type { EditionIndex } from '../../schema/edition.ts';
import { urls } from '../../schema/urls.ts';
import { formatEditionDate } from '../ui/dates.ts';

interface EditionStepperProps {
  edition: EditionIndex;
  /** The date, between the two steps. */
  children: ReactNode;
}

/**
 * ‹ 前一期 · date · 后一期 ›: the paper's editions either side, as ingest recorded them. On a phone the steps are
 * their arrows alone (the link's name still says 前一期 and the date), so the date line with 往期 keeps to one row
 * from 320 px up; the three never wrap apart, so a missing step's invisible stand-in never takes a row of its own.
 */
export function EditionStepper({ edition, children }: EditionStepperProps) {
  const paper = edition.paper.slug;
  const step = (date: string | null, arrow: string, label: string, before: boolean) => {
    const text = before ? (
      <>
        {arrow}
        <span className="hidden sm:inline"> {label}</span>
      </>
    ) : (
      <>
        <span className="hidden sm:inline">{label} </span>
        {arrow}
      </>
    );
    return date ? (
      <Link
        to={urls.edition(paper, date)}
        aria-label={`${label}：${formatEditionDate(date)}`}
        className="whitespace-nowrap rounded px-1.5 py-0.5 text-accent hover:bg-accent-soft print:hidden"
      >
        {text}
      </Link>
    ) : (
      <span aria-hidden="true" className="invisible whitespace-nowrap px-1.5 print:hidden">
        {text}
      </span>
    );
  };
  return (
    <p className="flex items-center justify-center gap-1">
      {step(edition.previous, '‹', '前一期', true)}
      {children}
      {step(edition.next, '›', '后一期', false)}
    </p>
  );
}
