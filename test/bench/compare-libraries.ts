/* eslint-disable @typescript-eslint/ban-ts-comment -- run by hand with the candidates installed on the side */
// @ts-nocheck: MiniSearch and FlexSearch are not dependencies (they lost the comparison in docs/search.md).
/**
 * The in-memory candidates of docs/search.md on the generated archive: MiniSearch and FlexSearch, each with the
 * tokenizer a browser has for free (Intl.Segmenter words; jieba-wasm would add its dictionary to the download).
 * Both must download their whole serialized index before the first query, so the figures that matter are its
 * size and the time to load it. Run by hand, not in CI:
 *
 *   npm install --no-save minisearch@7.2.0 flexsearch@0.8.212
 *   npx tsx test/bench/compare-libraries.ts [--editions 3650]
 */
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import MiniSearch from 'minisearch';
import { Document } from 'flexsearch';
import { searchDocumentsOf } from '../../src/search/searchDocument.ts';
import { generateArchive } from './archive.ts';

const { values } = parseArgs({ options: { editions: { type: 'string', default: '3650' } } });
const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
const tokenize = (text: string) => [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment.toLowerCase());
const docs = [...generateArchive({ editions: Number(values.editions) })].flatMap((e) => searchDocumentsOf(e));
const chars = docs.reduce((n, d) => n + d.text.length + d.headline.length, 0);
console.log(`archive: ${docs.length} documents, ${(chars / 1e6).toFixed(1)} M characters`);
const QUERIES: [string, string][] = [
  ['暑假', '网络对话:快乐过暑假'],
  ['核技术', '夹江县'],
  ['政协 提案', '全市政协提案'],
  ['张清', '产业筑基'],
  ['5G', ''],
  ['2024年', ''],
];
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const time = <T>(fn: () => T): [T, number] => {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
};

{
  const [mini, buildMs] = time(() => {
    const index = new MiniSearch({ fields: ['headline', 'byline', 'text'], storeFields: ['headline', 'date'], tokenize, idField: 'url' });
    index.addAll(docs);
    return index;
  });
  const [json, serializeMs] = time(() => JSON.stringify(mini));
  const gz = gzipSync(json).length;
  const [loaded, loadMs] = time(() =>
    MiniSearch.loadJSON(json, { fields: ['headline', 'byline', 'text'], storeFields: ['headline', 'date'], tokenize, idField: 'url' }),
  );
  console.log(
    `MiniSearch: build ${(buildMs / 1000).toFixed(1)} s (+ ${(serializeMs / 1000).toFixed(1)} s to serialize), index ${mb(json.length)} (${mb(gz)} gzip) fetched whole by the first query, load ${(loadMs / 1000).toFixed(1)} s`,
  );
  for (const [query, target] of QUERIES) {
    const [results, ms] = time(() => loaded.search(query, { combineWith: 'AND', boost: { headline: 3 } }));
    const rank = target ? results.findIndex((r) => r.headline.startsWith(target)) : -1;
    console.log(`  ${query}: ${results.length} results in ${ms.toFixed(0)} ms${target ? `, ${target}… at rank ${rank + 1 || 'none'}` : ''}`);
  }
}
{
  const [flex, buildMs] = time(() => {
    const index = new Document({
      document: { id: 'url', index: ['headline', 'byline', 'text'], store: ['headline', 'date'] },
      encode: tokenize,
      tokenize: 'strict',
    });
    for (const d of docs) index.add(d);
    return index;
  });
  let bytes = 0;
  let gz = 0;
  const [, exportMs] = time(() =>
    flex.export((key, data) => {
      if (data === undefined) return;
      const text = typeof data === 'string' ? data : JSON.stringify(data);
      bytes += Buffer.byteLength(text);
      gz += gzipSync(text).length;
    }),
  );
  console.log(
    `FlexSearch: build ${(buildMs / 1000).toFixed(1)} s (+ ${(exportMs / 1000).toFixed(1)} s to export), index ${mb(bytes)} (${mb(gz)} gzip) fetched whole by the first query`,
  );
  for (const [query, target] of QUERIES) {
    const [results, ms] = time(() => flex.search(query, { limit: 100000, enrich: true, merge: true }));
    const rank = target ? results.findIndex((r) => r.doc.headline.startsWith(target)) : -1;
    console.log(`  ${query}: ${results.length} results in ${ms.toFixed(0)} ms${target ? `, ${target}… at rank ${rank + 1 || 'none'}` : ''}`);
  }
}
