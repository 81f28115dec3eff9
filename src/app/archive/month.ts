/**
 * A month, and the month of a date: all the masthead's 往期 button needs of the calendar's arithmetic
 * (calendar.ts), in a module of its own so the rest of it stays in the calendar's own chunk.
 */
export interface Month {
  year: number;
  /** 1-12 */
  month: number;
}

export function monthOf(isoDate: string): Month {
  return { year: Number(isoDate.slice(0, 4)), month: Number(isoDate.slice(5, 7)) };
}
