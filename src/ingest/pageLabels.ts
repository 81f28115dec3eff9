/**
 * Which page (版) a page PDF is, from what it says about itself: its Founder `Title`, the page number printed in
 * its header, and its file name. Pure: `npm run add-edition` (src/cli/add-edition.ts) reads the PDFs.
 */

/** A printed page label: `A05` is section A, page 5; `08` is page 8 of a paper without sections. */
export interface PageLabel {
  section: string;
  number: number;
}

export function labelText(label: PageLabel): string {
  return `${label.section}${String(label.number).padStart(2, '0')}`;
}

/**
 * Founder's typesetting (方正飞腾) titles each page PDF with the page and the date: `WBA05B20210323C` (paper code WB,
 * page A05, date), `08b20240809C`, `A06b20240604`. The page is the letter and digits right before `b`/`B` and the
 * eight-digit date.
 */
export function labelFromTitle(title: string): { label: PageLabel; date: string | null } | null {
  const m = /([A-Z]?)(\d{1,3})[bB](\d{8})/.exec(title.trim());
  if (!m) return null;
  const number = Number(m[2]);
  if (number < 1) return null;
  const d = m[3]!;
  return { label: { section: m[1]!, number }, date: `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}` };
}

/**
 * `A05.pdf`, `pA05.pdf`, `liaoshen-2021-03-23-pA05.pdf`, `page_08.pdf`, `3.pdf`, `lswb-2021-03-23-pC01-garbled.pdf`,
 * `A05_final.pdf`: the one word of the name that is a page label. A date's digits are no label, and a name with two
 * labels (`A05-A06.pdf`, `issue-12-A05.pdf`) names no page: a guess there would file a page under the wrong number.
 */
export function labelFromFileName(name: string): PageLabel | null {
  const stem = name.replace(/\.pdf$/i, '').replace(DATE_IN_NAME, ' ');
  const found = new Map<string, PageLabel>();
  for (const word of stem.split(/[-_ .,;+()[\]{}]+/)) {
    const m = /^([A-Z]?)(\d{1,3})$/.exec(word) ?? /^[pP](?:age|AGE|g|G)?([A-Z]?)(\d{1,3})$/.exec(word);
    const label = m && Number(m[2]) >= 1 ? { section: m[1]!, number: Number(m[2]) } : null;
    if (label) found.set(labelText(label), label);
  }
  return found.size === 1 ? [...found.values()][0]! : null;
}

/** A date in a file name, `2021-03-23`, `2021.3.23`, `23-03-2021`: its day and month are not page numbers. */
const DATE_IN_NAME = /(?<!\d)(?:\d{4}[-_.]\d{1,2}[-_.]\d{1,2}|\d{1,2}[-_.]\d{1,2}[-_.]\d{4})(?!\d)/g;

/**
 * The header's page marker: `A05版`, `第5版`, `第05版`, `08版`, a lone `A05` token, or a line that is only the
 * number (Founder headers set `8` or `05` big, on a line of its own). `text` is the top of the page, line by line.
 * The name is the Chinese word printed beside the marker (`A05版 综合新闻`) or on a header line of its own
 * (`法治一线`, `综合新闻微信：lswbwx`), when there is one.
 */
export function labelFromHeader(text: string): { label: PageLabel; name: string | null } | null {
  const lines = text.split('\n').map((line) => line.replace(/\s+/g, ' ').trim());
  for (const line of lines) {
    const m = MARKERS.map((re) => re.exec(line)).find((found) => found !== null);
    if (!m) continue;
    const number = Number(m.groups!.number);
    if (!(number >= 1)) continue;
    const beside = nameBeside(line.slice(0, m.index) + ' ' + line.slice(m.index + m[0].length));
    return { label: { section: m.groups!.section ?? '', number }, name: beside ?? lines.map(nameOfLine).find((n) => n !== null) ?? null };
  }
  return null;
}

/** The header's page markers, the surest first. */
const MARKERS = [
  /第\s*(?<section>[A-Z]?)\s*(?<number>\d{1,3})\s*版/,
  /(?:^|[^A-Za-z0-9])(?<section>[A-Z]?)(?<number>\d{1,3})\s*版/,
  /(?:^|\s)(?<section>[A-Z])(?<number>\d{2})(?=\s|$)/,
  /^(?<section>[A-Z]?)(?<number>\d{1,3})$/,
  /^(?<section>[A-Z]?)(?<number>\d{1,3})(?=\s)/,
];

const NOT_A_NAME = /[年月日期]|编辑|责编|校对|美编|版式|组版|星期|电话|邮箱|报$/;
/** Contact words a header sets right after the page's name: `综合新闻微信：lswbwx`. */
const CONTACT = /(?:微信|微博|电话|热线|邮箱|网址|传真|QQ)$/;

/** The page's name on the marker's line: a 2–6 character Chinese word that is not a date, an editor's credit or the paper. */
function nameBeside(rest: string): string | null {
  for (const word of rest.split(/[\s|｜:：·•]+/)) {
    if (/^[\u4e00-\u9fff]{2,6}$/.test(word) && !NOT_A_NAME.test(word)) return word;
  }
  return null;
}

/** A header line that starts with the page's name: its leading Chinese word, set apart or with a contact word after it. */
function nameOfLine(line: string): string | null {
  const lead = /^[\u4e00-\u9fff]+/.exec(line)?.[0] ?? '';
  const word = lead.replace(CONTACT, '');
  const apart = word !== lead || lead.length === line.length || /\s/.test(line[lead.length]!);
  return apart && /^[\u4e00-\u9fff]{2,6}$/.test(word) && !NOT_A_NAME.test(word) ? word : null;
}

/** Page numbers for the labels: their own number, or 1…n in section order when there are sections A, B…. */
export function numberPages(labels: readonly PageLabel[]): { numbers: number[]; sectioned: boolean } {
  const sections = new Set(labels.map((l) => l.section));
  if (sections.size <= 1) return { numbers: labels.map((l) => l.number), sectioned: false };
  const order = labels.map((l, i) => ({ l, i })).sort((a, b) => a.l.section.localeCompare(b.l.section) || a.l.number - b.l.number);
  const numbers = new Array<number>(labels.length);
  order.forEach(({ i }, k) => (numbers[i] = k + 1));
  return { numbers, sectioned: true };
}
