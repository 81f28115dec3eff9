/** Month arithmetic for the archive calendar, on plain numbers: no Date, so no time zone can move a day. */

import type { Month } from './month.ts';

export { monthOf, type Month } from './month.ts';

export function addMonths({ year, month }: Month, n: number): Month {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function compareMonths(a: Month, b: Month): number {
  return a.year - b.year || a.month - b.month;
}

export function clampMonth(m: Month, min: Month, max: Month): Month {
  return compareMonths(m, min) < 0 ? min : compareMonths(m, max) > 0 ? max : m;
}

export function isoDay({ year, month }: Month, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function daysIn({ year, month }: Month): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Weeks of the month, Sunday first (as Chinese wall calendars print them); null pads the first and last week. */
export function monthGrid(m: Month): (number | null)[][] {
  const first = new Date(Date.UTC(m.year, m.month - 1, 1)).getUTCDay();
  const cells: (number | null)[] = [...Array<null>(first).fill(null), ...Array.from({ length: daysIn(m) }, (_, i) => i + 1)];
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (number | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}
