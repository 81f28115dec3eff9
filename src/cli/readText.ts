/** Reads a raw page file as text, or says in one line why it cannot: missing, a folder, binary, not UTF-8. */
import { readFileSync, statSync } from 'node:fs';
import { InputError } from '../node/InputError.ts';

export function readText(file: string): string {
  let stat;
  try {
    stat = statSync(file);
  } catch {
    throw new InputError(file, null, 'no such file');
  }
  if (stat.isDirectory()) throw new InputError(file, null, 'is a folder, expected a text file');
  if (!stat.isFile()) throw new InputError(file, null, 'is not a regular file');
  return decode(readFileSync(file), file);
}

export function decode(bytes: Uint8Array, file: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return checkText(strictDecode('utf-16le', bytes.subarray(2), file), file);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return checkText(strictDecode('utf-16be', bytes.subarray(2), file), file);
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const nul = body.indexOf(0);
  if (nul !== -1) {
    throw new InputError(file, lineAt(body, nul), 'contains a NUL byte: binary data, or UTF-16 without a byte-order mark; save it as UTF-8');
  }
  return checkText(strictDecode('utf-8', body, file), file);
}

/** Decoded text must still be text: no NUL (UTF-16 or UTF-32 can carry one) and no other control character. */
function checkText(text: string, file: string): string {
  const nul = text.indexOf('\0');
  if (nul !== -1) throw new InputError(file, lineOf(text, nul), 'contains a NUL character: binary data, or UTF-32; save it as UTF-8');
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const control = /[\x01-\x08\x0e-\x1f\x7f]/.exec(text);
  if (control) {
    throw new InputError(
      file,
      lineOf(text, control.index),
      `contains a control character (U+${control[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}): binary data, not page text`,
    );
  }
  return text;
}

function strictDecode(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    if (encoding !== 'utf-8') throw new InputError(file, null, `is not valid ${encoding.toUpperCase()} text`);
    const bad = firstInvalidUtf8(bytes);
    const hint = looksLikeGb18030(bytes)
      ? ' (it looks like GBK/GB18030: convert it with `iconv -f GB18030 -t UTF-8`)'
      : looksLikeLatin1(bytes)
        ? ' (it looks like Latin-1/Windows-1252: convert it with `iconv -f WINDOWS-1252 -t UTF-8`)'
        : '';
    throw new InputError(file, lineAt(bytes, bad), `is not UTF-8 text: invalid byte 0x${(bytes[bad] ?? 0).toString(16)}${hint}`);
  }
}

function looksLikeGb18030(bytes: Uint8Array): boolean {
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    const han = text.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
    return han > 0 && han >= text.replace(/\s/g, '').length * 0.3;
  } catch {
    return false;
  }
}

/**
 * Western text in a single-byte code page: mostly ASCII, and every other byte a lone accented letter or sign
 * (0xA0-0xFF) standing between ASCII bytes, never the runs that UTF-8, GBK or binary data make.
 */
function looksLikeLatin1(bytes: Uint8Array): boolean {
  let high = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    if (b < 0xa0 || (bytes[i + 1] ?? 0) >= 0x80) return false;
    high++;
  }
  return high > 0 && high * 5 <= bytes.length;
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const extra = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (extra < 0) return i;
    for (let k = 1; k <= extra; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += extra + 1;
  }
  return bytes.length;
}

/** 1-based line of a byte offset, counting line ends as the parser does: CRLF, CR or LF. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  return line;
}

/** 1-based line of a string index, counting line ends as the parser does: CRLF, CR or LF. */
export function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}
