/**
 * `tsx src/cli/make-icons.ts`: draws the PNG icons of the web app manifest from public/icons/*.svg in Debian's
 * Chromium (no image library, nothing downloaded). Run it again after changing an SVG and commit the PNGs.
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../test/e2e/chromium.ts';

const ICONS = [
  { svg: 'public/icons/icon.svg', png: 'public/icons/icon-192.png', size: 192 },
  { svg: 'public/icons/icon.svg', png: 'public/icons/icon-512.png', size: 512 },
  { svg: 'public/icons/icon-maskable.svg', png: 'public/icons/icon-maskable-512.png', size: 512 },
  // The tab's icon (index.html). Not the SVG: Chromium fetches the favicon again after every client-side navigation
  // and draws an SVG one in a document of its own, on the page's main thread (test/bench/navigationTrace.ts).
  { svg: 'public/icons/icon.svg', png: 'public/icons/favicon-32.png', size: 32 },
];

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', ...CHROMIUM_FLAGS] });
try {
  for (const { svg, png, size } of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const markup = readFileSync(svg, 'utf8').replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block}</style>${markup}`);
    await page.screenshot({ path: png, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    await page.close();
    console.log(`${png}: ${size}×${size}`);
  }
} finally {
  await browser.close();
}
