import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { EditionIndex } from '../../schema/edition.ts';
import { urls } from '../../schema/urls.ts';
import { formatEditionDate } from '../ui/dates.ts';

interface EditionStepperProps {
  edition: EditionIndex;
  /** The date, between the two steps. */
  children: ReactNode;
}

/** ‹ 前一期 · date · 后一期 ›: the paper's editions either side, as ingest recorded them. */
export function EditionStepper({ edition, children }: EditionStepperProps) {
  const paper = edition.paper.slug;
  const step = (date: string | null, text: string, label: string) =>
    date ? (
      <Link to={urls.edition(paper, date)} aria-label={`${label}：${formatEditionDate(date)}`} className="whitespace-nowrap rounded px-1.5 py-0.5 text-accent hover:bg-accent-soft print:hidden">
        {text}
      </Link>
    ) : (
      <span aria-hidden="true" className="invisible whitespace-nowrap px-1.5 print:hidden">
        {text}
      </span>
    );
  return (
    <p className="flex flex-wrap items-center justify-center gap-1">
      {step(edition.previous, '‹ 前一期', '前一期')}
      {children}
      {step(edition.next, '后一期 ›', '后一期')}
    </p>
  );
}
