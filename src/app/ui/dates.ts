const WEEKDAYS = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;

/** `2024-07-05` → `2024年7月5日 星期五`. Parsed by hand so the weekday never shifts with the reader's time zone. */
export function formatEditionDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  return `${year}年${month}月${day}日 ${weekday}`;
}

/** Chinese readers take in about 400 characters a minute. */
export function readingMinutes(characters: number): number {
  return Math.max(1, Math.round(characters / 400));
}
