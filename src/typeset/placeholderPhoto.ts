/**
 * A placeholder photo: a sky gradient, a sun and hills drawn from a seed, with 示意图 (illustration) written on
 * it, so nobody mistakes it for a real picture. Plain arithmetic on RGB pixels (no canvas, no JPEG encoder), so
 * the same seed gives the same bytes on every machine and committed PDFs can be checked for being up to date.
 * The label's pixels come from placeholder-label.json, which `npm run make-fonts` draws from the bold font.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { seededRandom } from './seededRandom.ts';

export interface Pixels {
  width: number;
  height: number;
  /** Rows top to bottom, 3 bytes a pixel. */
  rgb: Uint8Array;
}

interface Label {
  width: number;
  height: number;
  /** One byte a pixel: 1 where the label's ink is. */
  ink: Uint8Array;
}

export const LABEL_FILE = fileURLToPath(new URL('./fonts/placeholder-label.json', import.meta.url));
let label: Label | null = null;

function readLabel(): Label {
  if (!label) {
    const json = JSON.parse(readFileSync(LABEL_FILE, 'utf8')) as { width: number; height: number; ink: string };
    label = { width: json.width, height: json.height, ink: Uint8Array.from(json.ink, (c) => (c === '#' ? 1 : 0)) };
  }
  return label;
}

type Rgb = [number, number, number];

/** HSL (degrees, fractions) → RGB bytes, by the CSS formula. */
function hsl(h: number, s: number, l: number): Rgb {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return Math.round(255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return [f(0), f(8), f(4)];
}

export function placeholderPhoto(seed: number, width: number, height: number): Pixels {
  const rnd = seededRandom(seed); // the picture depends on the seed alone
  const hue = Math.floor(rnd() * 360);
  const [top, bottom] = [hsl(hue, 0.55, 0.72), hsl((hue + 40) % 360, 0.45, 0.92)];
  const sun = { x: width * (0.2 + rnd() * 0.6), y: height * 0.25, r: height * 0.1, colour: hsl((hue + 180) % 360, 0.7, 0.85) };
  const hills = [0, 1, 2].map((layer) => ({
    colour: hsl((hue + 90 + layer * 15) % 360, 0.3, 0.55 - layer * 0.14),
    ridge: Array.from({ length: 9 }, () => height * (0.45 + layer * 0.15 + rnd() * 0.15)),
  }));
  const rgb = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    const t = y / Math.max(1, height - 1);
    for (let x = 0; x < width; x++) {
      let c: Rgb = [0, 1, 2].map((i) => Math.round(top[i]! + (bottom[i]! - top[i]!) * t)) as Rgb;
      if ((x - sun.x) ** 2 + (y - sun.y) ** 2 <= sun.r ** 2) c = sun.colour;
      for (const hill of hills) if (y >= ridgeAt(hill.ridge, x, width)) c = hill.colour;
      rgb.set(c, (y * width + x) * 3);
    }
  }
  stamp(rgb, width, height);
  return { width, height, rgb };
}

function ridgeAt(ridge: readonly number[], x: number, width: number): number {
  const at = (x / width) * (ridge.length - 1);
  const i = Math.min(ridge.length - 2, Math.floor(at));
  return ridge[i]! + (ridge[i + 1]! - ridge[i]!) * (at - i);
}

/** Writes the label, white at 85 %, in the middle of the picture, scaled to a sixth of its height. */
function stamp(rgb: Uint8Array, width: number, height: number): void {
  const l = readLabel();
  const scale = Math.max(1, Math.round(((height * 0.2) / l.height) * 100) / 100);
  const [w, h] = [Math.floor(l.width * scale), Math.floor(l.height * scale)];
  const [left, top] = [Math.floor((width - w) / 2), Math.floor((height - h) / 2)];
  for (let y = 0; y < h && top + y < height; y++) {
    for (let x = 0; x < w && left + x < width; x++) {
      if (top + y < 0 || left + x < 0 || !l.ink[Math.floor(y / scale) * l.width + Math.floor(x / scale)]) continue;
      const at = ((top + y) * width + left + x) * 3;
      for (let k = 0; k < 3; k++) rgb[at + k] = Math.round(rgb[at + k]! * 0.15 + 255 * 0.85);
    }
  }
}
