import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readText } from '../../src/cli/readText.ts';
import { errorLine, removeTempDirs, tempDir } from './helpers.ts';

afterAll(removeTempDirs);

const dir = tempDir();
/** Writes the bytes to a file in the temp folder and returns its path. */
const file = (name: string, bytes: Uint8Array | string) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
const utf16 = (text: string, endian: 'le' | 'be') => {
  const le = Buffer.from(text, 'utf16le');
  if (endian === 'be') le.swap16();
  return Buffer.concat([Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), le]);
};
// 新闻 (news) in GBK, and a line of GBK text: what Windows tools in China save by default
const GBK_LINE = Buffer.from([0xd0, 0xc2, 0xce, 0xc5, 0xb1, 0xea, 0xcc, 0xe2, 0xa3, 0xac, 0xd5, 0xfd, 0xce, 0xc4, 0xa1, 0xa3]);
// The head of a PNG: fixed so the case is the same every run; the first NUL is at byte 8, after CRLF and LF: line 3
const BINARY = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0x13]);

describe('readText on files that decode', () => {
  it.each([
    ['UTF-8', Buffer.from('# 标题\n正文。'), '# 标题\n正文。'],
    ['UTF-8 with a BOM, dropping the BOM', Buffer.from('\ufeff# 标题\n正文。'), '# 标题\n正文。'],
    ['UTF-16LE with a BOM', utf16('# 标题\r\n正文。😀', 'le'), '# 标题\r\n正文。😀'],
    ['UTF-16BE with a BOM', utf16('# 标题\n正文。', 'be'), '# 标题\n正文。'],
    ['an empty file', Buffer.alloc(0), ''],
    ['tabs, form feeds and CR-only line ends', Buffer.from('a\tb\fc\rd'), 'a\tb\fc\rd'],
  ])('reads %s', (name, bytes, text) => {
    expect(readText(file(`ok-${name.length}-${text.length}.txt`, bytes))).toBe(text);
  });
});

describe('readText on files that are not page text', () => {
  it.each([
    ['random binary', 'binary.bin', BINARY, ':3: contains a NUL byte: binary data, or UTF-16 without a byte-order mark'],
    ['NUL bytes in text', 'nul.txt', Buffer.from('# 标题\n正\0文。'), ':2: contains a NUL byte'],
    [
      'UTF-16 without a BOM',
      'utf16-nobom.txt',
      Buffer.from('# title\nbody', 'utf16le'),
      ':1: contains a NUL byte: binary data, or UTF-16 without a byte-order mark',
    ],
    ['a NUL inside UTF-16 text', 'utf16-nul.txt', utf16('# 标题\n\n正\0文', 'le'), ':3: contains a NUL character'],
    ['UTF-32 with a BOM', 'utf32.txt', Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]), ':1: contains a NUL character'],
    [
      'UTF-16 cut in the middle of a character',
      'utf16-odd.txt',
      Buffer.concat([utf16('# 标题', 'le'), Buffer.from([0x41])]),
      ': is not valid UTF-16LE text',
    ],
    ['a control character', 'control.txt', Buffer.from('# 标题\r\n\r\n正文\x1b[0m'), ':3: contains a control character (U+001B)'],
    ['a control character after CR-only line ends', 'control-cr.txt', Buffer.from('a\rb\r\x07'), ':3: contains a control character (U+0007)'],
    [
      'Latin-1',
      'latin1.txt',
      Buffer.from('# Caf\xe9\ncr\xe8me br\xfbl\xe9e.', 'latin1'),
      ':1: is not UTF-8 text: invalid byte 0xe9 (it looks like Latin-1/Windows-1252: convert it with `iconv -f WINDOWS-1252 -t UTF-8`)',
    ],
    [
      'GBK',
      'gbk.txt',
      Buffer.concat([Buffer.from('# '), GBK_LINE, Buffer.from('\n'), GBK_LINE]),
      ':1: is not UTF-8 text: invalid byte 0xd0 (it looks like GBK/GB18030: convert it with `iconv -f GB18030 -t UTF-8`)',
    ],
    ['UTF-8 cut in the middle of a character', 'cut.txt', Buffer.from('# 标题\n正文').subarray(0, -1), ':2: is not UTF-8 text: invalid byte 0xe6'],
  ])('stops on %s with one line naming the file and line', (_name, name, bytes, expected) => {
    const path = file(name, bytes);
    const line = errorLine(() => readText(path));
    expect(line.startsWith(`error: ${path}${expected}`)).toBe(true);
    expect(line).not.toContain('\n');
  });

  it('tells random bytes from random binary by the NUL byte, whatever else they hold', () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    const path = file('noise.bin', bytes);
    expect(errorLine(() => readText(path))).toMatch(/^error: .*noise\.bin:\d+: contains a NUL byte/);
  });

  it.each([
    ['a missing file', () => join(dir, 'no-such-page.txt'), 'no such file'],
    [
      'a folder',
      () => {
        const p = join(dir, 'a-folder.txt');
        mkdirSync(p, { recursive: true });
        return p;
      },
      'is a folder, expected a text file',
    ],
  ])('stops on %s with one line naming it', (_name, make, reason) => {
    const path = make();
    expect(errorLine(() => readText(path))).toBe(`error: ${path}: ${reason}`);
  });
});
