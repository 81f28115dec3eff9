/**
 * Jump lines — `（下转第二版）`, `（上接第一版）` — out of a region's text and into its `jumps`: data a later
 * issue can link, never article text.
 */
import type { Jump } from '../../schema/edition.ts';
import type { Region } from './articleRegions.ts';
import { blockText } from './pageText.ts';
import { makeLine } from './layoutLines.ts';
import type { LayoutBlock } from './layoutBlocks.ts';
import type { LayoutLine } from './layoutLines.ts';

const JUMP = /[（(]\s*(下转|转|上接|接)\s*第?\s*([0-9０-９一二三四五六七八九十]+|[A-Z]\d+)\s*版\s*[）)]/u;
const CHINESE_DIGITS = '零一二三四五六七八九';

/**
 * An Italian jump line at the end of a block: `● a pagina 8`, `segue a pagina 9`, `alle pagine 2 e 3`, `da pagina
 * 2 a 7` (the story's pages from 2 to 7: the jump is to the first) — a line of its own or after a byline. In
 * running text `a pagina 9` stays text: only a block's last words are a jump.
 */
const JUMP_IT =
  /(?:^|[●•■▶►]\s*)(?:(?:segue|continua|servizi|articoli?)\s+)?(?:a|alle|da|dalla)\s+pagin[ae]\s+(\d+)(?:\s*(?:e|a|alla|-|–)\s*\d+)?\s*$/u;

/**
 * A bullet and a section where the story goes on, naming no page (`● nello sport`, `● nelle pagine di cronaca`),
 * at a block's end: a jump to no page number. Only after the bullet, so a sentence ending `nello sport` stays text.
 */
const JUMP_SECTION = /[●•■▶►]\s*(?:nello|nella|nelle|negli|nei|nell['’])\s*[\p{L}’' ]{2,30}$/u;

export function jumpOf(text: string): Jump | null {
  const it = JUMP_IT.exec(text);
  if (it) return { direction: 'to', page: Number(it[1]) || null, text: it[0].trim() };
  const section = JUMP_SECTION.exec(text);
  if (section) return { direction: 'to', page: null, text: section[0].trim() };
  const m = JUMP.exec(text);
  if (!m) return null;
  return { direction: m[1]!.startsWith('下') || m[1] === '转' ? 'to' : 'from', page: pageNumber(m[2]!), text: m[0] };
}

function pageNumber(s: string): number | null {
  const ascii = s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(ascii)) return Number(ascii) || null;
  if (/^[A-Z]\d+$/.test(ascii)) return Number(ascii.slice(1)) || null;
  if (s === '十') return 10;
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m) return null;
  const tens = m[2] ? (m[1] ? CHINESE_DIGITS.indexOf(m[1]) : 1) : 0;
  const ones = m[3] ? CHINESE_DIGITS.indexOf(m[3]) : !m[2] && m[1] ? CHINESE_DIGITS.indexOf(m[1]) : 0;
  return tens * 10 + ones || null;
}

/** The region without its jump lines' glyphs, and the jumps they printed. */
export function splitJumps(region: Region): { region: Region; jumps: Jump[] } {
  const jumps: Jump[] = [];
  const blocks: LayoutBlock[] = [];
  for (const block of region.blocks) {
    const jump = jumpOf(blockText(block));
    if (!jump) {
      blocks.push(block);
      continue;
    }
    jumps.push(jump);
    const lines = withoutRun(block.lines, jump.text.replace(/\s/g, ''));
    if (lines.length > 0) blocks.push({ ...block, lines });
  }
  return { region: { ...region, blocks }, jumps };
}

/** The lines without the glyphs of `run`, which may be cut across lines (`…口袋公园（下` / `转第二版）`). */
function withoutRun(lines: readonly LayoutLine[], run: string): LayoutLine[] {
  const glyphs = lines.flatMap((l) => l.glyphs);
  const at = glyphs
    .map((g) => g.ch)
    .join('')
    .indexOf(run);
  if (at === -1) return [...lines];
  const drop = new Set(glyphs.slice(at, at + Array.from(run).length));
  return lines.flatMap((l) => {
    const kept = l.glyphs.filter((g) => !drop.has(g));
    return kept.length === 0 ? [] : [kept.length === l.glyphs.length ? l : makeLine(kept, l.vertical)];
  });
}
