/** Debian's Chromium, never a downloaded browser, and the flags that work on this kind of machine. */
export const CHROMIUM = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Without --headless: Playwright adds its own; a Chromium started by hand takes `--headless=new` in front. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
