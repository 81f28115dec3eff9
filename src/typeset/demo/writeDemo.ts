/**
 * `npm run typeset-demo`: rewrites data/papers/demo/ (paper.json, 2024-07-05/edition.json, p1.pdf, p2.pdf) from
 * the seed. Every file is made first and written only when all are made, so a failure leaves the old ones whole.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { typesetDemo } from './typesetDemo.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const files = await typesetDemo();
for (const file of files) {
  mkdirSync(dirname(root + file.path), { recursive: true });
  writeFileSync(`${root}${file.path}.tmp`, file.bytes);
}
for (const file of files) {
  renameSync(`${root}${file.path}.tmp`, root + file.path);
  console.log(`${file.path}: ${file.bytes.length.toLocaleString('en')} bytes`);
}
