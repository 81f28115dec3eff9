/**
 * A generated archive of one paper, as a publisher would drop it into data/papers/<slug>/: one folder a day,
 * each with an edition.json and one raw markdown file per page. The text is the seed's own sentences and
 * headline phrases recombined by a seeded random generator, so every page differs (compression cannot hide
 * growth) while it reads like the seed to the parser. The number of pages and of articles per page vary.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SEED = 'data/papers/lsrb/2024-07-05/leshan-daily-2024-07-05.txt';
const PAGE_NAMES = ['要闻', '综合', '经济', '民生', '文化', '视点', '专版', '副刊'];

export interface ArchiveOptions {
  /** The data folder to write (taxonomy.json and papers/<slug>/ go in it). */
  dataDir: string;
  slug: string;
  name: string;
  /** The first edition's date, then one a day. */
  from: string;
  days: number;
  seed?: number;
  /** Write only this day's edition (the generator still runs through every day, so it is the same edition). */
  keepOnly?: string;
}

export interface ArchiveStats {
  editions: number;
  pages: number;
  articles: number;
  bytes: number;
}

function pools() {
  const text = readFileSync(SEED, 'utf8');
  const lines = text.split('\n').map((l) => l.trim());
  const sentences = lines
    .filter((l) => l.length > 40 && !/^[#■>]/.test(l))
    .flatMap((l) => l.match(/[^。！？]+[。！？]/g) ?? [])
    .filter((s) => s.length >= 8);
  const phrases = lines
    .filter((l) => /^#{1,3} /.test(l))
    .flatMap((l) => l.replace(/^#+ /, '').split(/[\s:：,，]+/))
    .filter((p) => p.length >= 2);
  const names = [...text.matchAll(/记者 ([\u4e00-\u9fff]{2,3})/g)].map((m) => m[1]!);
  return { sentences, phrases, names };
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Writes the archive; returns what it wrote. Deterministic for a given seed. */
export function writeArchive(options: ArchiveOptions): ArchiveStats {
  const { sentences, phrases, names } = pools();
  let state = options.seed ?? 20240705;
  const random = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));

  mkdirSync(join(options.dataDir, 'papers', options.slug), { recursive: true });
  cpSync('data/taxonomy.json', join(options.dataDir, 'taxonomy.json'));
  writeFileSync(join(options.dataDir, 'papers', options.slug, 'paper.json'), JSON.stringify({ name: options.name }));

  const stats: ArchiveStats = { editions: 0, pages: 0, articles: 0, bytes: 0 };
  for (let day = 0; day < options.days; day++) {
    const date = addDays(options.from, day);
    const keep = options.keepOnly === undefined || options.keepOnly === date;
    const folder = join(options.dataDir, 'papers', options.slug, date);
    if (keep) mkdirSync(folder, { recursive: true });
    const pageCount = between(2, 8);
    const pages = [];
    for (let number = 1; number <= pageCount; number++) {
      const blocks: string[] = [];
      const articleCount = between(1, 6);
      for (let a = 0; a < articleCount; a++) {
        if (random() < 0.25) blocks.push(`### ${pick(phrases)}${pick(phrases)}`);
        blocks.push(`# ${pick(phrases)} ${pick(phrases)}${pick(phrases)}`);
        blocks.push(`■ 记者 ${pick(names)}`);
        const paragraphs = between(2, 9);
        for (let p = 0; p < paragraphs; p++) {
          blocks.push(Array.from({ length: between(1, 4) }, () => pick(sentences)).join(''));
        }
      }
      const file = `p${String(number).padStart(2, '0')}.txt`;
      const text = `${blocks.join('\n\n')}\n`;
      pages.push({ number, name: PAGE_NAMES[number - 1], file });
      if (!keep) continue;
      writeFileSync(join(folder, file), text);
      stats.bytes += Buffer.byteLength(text);
      stats.articles += articleCount;
    }
    if (!keep) continue;
    writeFileSync(join(folder, 'edition.json'), `${JSON.stringify({ date, note: 'generated for bench:archive', pages }, null, 2)}\n`);
    stats.editions++;
    stats.pages += pageCount;
  }
  return stats;
}
