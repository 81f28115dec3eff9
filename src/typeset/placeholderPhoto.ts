/**
 * A placeholder photo: a sky gradient, hills and a sun drawn from a seed, with 示意图 (illustration) written on it,
 * so nobody mistakes it for a real picture. Same seed, same JPEG bytes: committed PDFs can be checked for being
 * up to date.
 */
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { FONT_DIR, FONT_FILES } from './fonts.ts';

const FAMILY = 'TypesetPlaceholderSans';
let registered = false;
const cache = new Map<string, Uint8Array>();

/** A small deterministic generator (mulberry32): the picture depends on the seed alone. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A JPEG of `width` × `height` pixels. */
export function placeholderPhoto(seed: number, width: number, height: number): Uint8Array {
  const key = `${seed}:${width}x${height}`;
  const hit = cache.get(key);
  if (hit) return hit;
  if (!registered) {
    GlobalFonts.registerFromPath(FONT_DIR + FONT_FILES.sansBold, FAMILY);
    registered = true;
  }
  const rnd = random(seed);
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  const hue = Math.floor(rnd() * 360);
  const sky = ctx.createLinearGradient(0, 0, 0, height);
  sky.addColorStop(0, `hsl(${hue}, 55%, 72%)`);
  sky.addColorStop(1, `hsl(${(hue + 40) % 360}, 45%, 92%)`);
  ctx.fillStyle = sky;
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = `hsl(${(hue + 180) % 360}, 70%, 85%)`;
  ctx.beginPath();
  ctx.arc(width * (0.2 + rnd() * 0.6), height * 0.25, height * 0.1, 0, Math.PI * 2);
  ctx.fill();
  for (let layer = 0; layer < 3; layer++) {
    ctx.fillStyle = `hsl(${(hue + 90 + layer * 15) % 360}, 30%, ${55 - layer * 14}%)`;
    ctx.beginPath();
    ctx.moveTo(0, height);
    for (let x = 0; x <= width; x += width / 8) ctx.lineTo(x, height * (0.45 + layer * 0.15 + rnd() * 0.15));
    ctx.lineTo(width, height);
    ctx.closePath();
    ctx.fill();
  }
  ctx.fillStyle = 'rgba(255, 255, 255, 0.85)';
  ctx.font = `${Math.round(height * 0.16)}px ${FAMILY}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText('示意图', width / 2, height / 2);
  const jpeg = new Uint8Array(canvas.encodeSync('jpeg', 70));
  cache.set(key, jpeg);
  return jpeg;
}
