/**
 * A generated archive of one paper: `editions` daily editions ending on the seed's date, the last of them the
 * real seed edition itself. Deterministic from `seed`: the same options give the same editions, byte for byte.
 *
 * Each generated edition is raw page text (markdown like the seed's) run through the real parser and
 * assembleEdition, so it has the shapes ingest produces. The text recombines the seed's real sentences into new
 * paragraphs, gives numbers new digits and years the edition's year, and signs stories with generated names, so
 * no two articles are equal and the vocabulary grows with the archive (compression and deduplication cannot
 * hide growth). A few sentences written for this generator carry Latin letters and digits inside Chinese (5G,
 * APP), which the seed lacks.
 *
 * Used by bench:search; meant to be reused by other benches (`for (const edition of generateArchive()) …`).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Edition } from '../../src/schema/edition.ts';
import { TaxonomySchema, type Manifest } from '../../src/schema/manifest.ts';
import { assembleEdition, type PageInput } from '../../src/ingest/assembleEdition.ts';
import { parsePage, type ParsedArticle } from '../../src/ingest/parsePage.ts';
import { seededRandom } from '../../src/typeset/seededRandom.ts';

export interface ArchiveOptions {
  /** How many daily editions, one a day, the last on `lastDate`. Default 3650 (ten years). */
  editions?: number;
  /** Default 42. */
  seed?: number;
  /** Default the seed edition's date, 2024-07-05; the last edition is the real seed edition. */
  lastDate?: string;
  /** Default 乐山日报. */
  paper?: string;
  /** The paper's URL slug. */
  paperSlug?: string;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEED_DIR = `${ROOT}data/papers/lsrb/2024-07-05/`;
const SEED_DATE = '2024-07-05';

const PAGE_NAMES = ['要闻', '综合', '经济', '时政', '社会', '文旅', '教育', '三农', '健康', '副刊', '国际', '体育'];
const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];
const GIVEN = [
  ...'清雪波曦政芳强晋辉玻刚勇军伟敏静丽娟涛明超秀霞平杰娜磊洋艳勇杰峰鑫宇浩然欣怡梓涵子轩一诺雨萱思远嘉怡晨阳佳琪俊杰文博天佑宏伟海燕春梅秋菊冬青志远国庆建华',
];
/** Reporters of the seed, who keep writing in the generated years (a byline search finds them across the archive). */
const SEED_REPORTERS = ['张清', '宋雪', '戴余乐', '罗曦', '杨心梅', '张波'];
/** Written for the generator: Latin letters and digits inside Chinese, which the seed has none of. */
const EXTRA_SENTENCES = [
  '截至目前,全市累计建成5G基站3260个,实现城区和乡镇5G网络全覆盖。',
  '市民可通过“乐山发布”APP预约办理相关业务。',
  '项目采用BIM技术进行全过程管理,工期缩短约20%。',
  '该企业研发的锂电池正极材料已通过ISO 9001质量管理体系认证。',
  '景区推出VR沉浸式体验项目,游客可在线上预约。',
  '全市GDP同比增长6.1%,高于全省平均水平。',
];

interface SeedPool {
  sentences: string[];
  headlines: string[];
  kickers: string[];
}

function seedPool(articles: ParsedArticle[]): SeedPool {
  const paragraphs = articles.flatMap((a) => a.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : [])));
  const sentences = paragraphs
    .flatMap((p) => p.match(/[^。!?！？]+[。!?！？]?/g) ?? [])
    .map((s) => s.trim())
    .filter((s) => s.length >= 8);
  // Headlines: the seed's own, its subheads, and clauses short enough to stand as a headline.
  const clauses = paragraphs
    .flatMap((p) => p.split(/[,，。;；:：!！?？“”]/))
    .map((c) => c.trim())
    .filter((c) => c.length >= 6 && c.length <= 16);
  const headings = articles.flatMap((a) => a.blocks.flatMap((b) => (b.type === 'heading' ? [b.text] : [])));
  const headlines = [...articles.map((a) => a.headline.replace(/^[^:]*:/, '')), ...headings, ...clauses];
  const kickers = [...articles.flatMap((a) => (a.kicker ? [a.kicker] : [])), ...clauses.filter((c) => c.length >= 8)];
  return { sentences: [...sentences, ...EXTRA_SENTENCES], headlines, kickers };
}

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Yields the editions oldest first. */
export function* generateArchive(options: ArchiveOptions = {}): Generator<Edition> {
  const count = options.editions ?? 3650;
  const lastDate = options.lastDate ?? SEED_DATE;
  const paper = options.paper ?? '乐山日报';
  const paperSlug = options.paperSlug ?? 'lsrb';
  const random = seededRandom(options.seed ?? 42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const between = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));

  const taxonomy = TaxonomySchema.parse(JSON.parse(readFileSync(`${ROOT}data/taxonomy.json`, 'utf8')));
  const seedManifest = JSON.parse(readFileSync(`${SEED_DIR}edition.json`, 'utf8')) as Manifest;
  const seedLines = readFileSync(`${SEED_DIR}${seedManifest.pages[0]!.file}`, 'utf8').split('\n');
  const seedPages: PageInput[] = seedManifest.pages.map((p) => {
    const from = p.lines?.from ?? 1;
    const text = seedLines.slice(from - 1, p.lines?.to ?? seedLines.length).join('\n');
    return { number: p.number, name: p.name ?? null, file: p.file, parsed: parsePage(text, { firstLine: from }) };
  });
  const pool = seedPool(seedPages.flatMap((p) => p.parsed.articles));

  const name = () => (random() < 0.08 ? pick(SEED_REPORTERS) : pick(SURNAMES) + pick(GIVEN) + (random() < 0.6 ? pick(GIVEN) : ''));
  const sentence = (year: number) =>
    pick(pool.sentences)
      .replace(/20\d\d(?=年)/g, () => String(year - between(0, 1)))
      .replace(/\d+(?:\.\d+)?(?![\dA-Za-z])/g, (digits) => (/^20\d\d$/.test(digits) ? digits : String(between(1, 10 ** Math.min(digits.length, 4)))));
  const paragraph = (year: number) => Array.from({ length: between(2, 6) }, () => sentence(year)).join('');

  for (let n = count - 1; n >= 0; n--) {
    const date = addDays(lastDate, -n);
    if (n === 0 && lastDate === SEED_DATE) {
      yield { ...assembleEdition({ slug: paperSlug, name: paper }, seedManifest, seedPages, taxonomy) };
      continue;
    }
    const year = Number(date.slice(0, 4));
    const weekend = [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());
    const pageCount = weekend ? 4 : pick([4, 8, 8, 8, 12]);
    const pages: PageInput[] = [];
    for (let number = 1; number <= pageCount; number++) {
      const lines: string[] = [];
      const stories = between(1, 3);
      for (let s = 0; s < stories; s++) {
        if (random() < 0.3) lines.push(pick(pool.kickers), '');
        lines.push(`# ${pick(pool.headlines)}`, '', `■ 记者 ${name()}`, '');
        for (let p = between(3, 8); p > 0; p--) lines.push(paragraph(year), '');
      }
      for (let b = between(0, 3); b > 0; b--) {
        lines.push(`## ${pick(pool.headlines)}`, '', `本报讯(记者 ${name()})${paragraph(year)}`, '');
        if (random() < 0.5) lines.push(paragraph(year), '');
      }
      const file = `p${String(number).padStart(2, '0')}.txt`;
      pages.push({ number, name: number === 1 ? '要闻' : pick(PAGE_NAMES), file, parsed: parsePage(lines.join('\n')) });
    }
    yield assembleEdition(
      { slug: paperSlug, name: paper },
      { date, note: 'generated for benchmarks (test/bench/archive.ts)', pages: [] },
      pages,
      taxonomy,
    );
  }
}
