/**
 * A page that arrives in parts: a browser paints what it has read while the rest is on its way (a slow network, or a
 * slow phone reading the HTML), and nothing on it may move when the rest comes. Here the host sends a prerendered page
 * up to a cut, waits, then sends the rest; everything else is the printed site's (dist-printed/) as it is.
 *
 * A loaded machine showed it: header-fit.spec.ts's long edition counted a layout shift of 0.33–0.45 now and then. The
 * page spread took its two columns from the printed page inside it (:has), so until that had arrived the spread was
 * one column, 16 px lower (its thumbnails' margin went through it), and it moved when the page came.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { urls } from '../../src/schema/urls.ts';
import { expect, PRINTED, PRINTED_ROOT, test } from './fixtures.ts';
import { countLayoutShifts, layoutShifted } from './layoutShifts.ts';
import { LONG_DATE, LONG_PAGES } from './longEdition.ts';

const PAGE = urls.page('demo', LONG_DATE, LONG_PAGES - 3);
/** Long enough for Chromium to paint what it has, however busy the machine. */
const PAUSE_MS = 1000;

/** A host that sends PAGE's HTML up to `cut` (a piece of its markup), pauses, then sends the rest. */
async function hostCuttingAt(cut: string): Promise<{ url: string; close: () => Promise<void> }> {
  const html = readFileSync(`${PRINTED_ROOT}${PAGE}.html`, 'utf8');
  const at = html.indexOf(cut);
  if (at < 0) throw new Error(`no ${cut} in ${PAGE}'s HTML`);
  const server: Server = createServer((request, response) => {
    if (request.url === PAGE) {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.write(html.slice(0, at));
      setTimeout(() => response.end(html.slice(at)), PAUSE_MS);
      return;
    }
    fetch(`${PRINTED}${request.url}`)
      .then(async (answer) => {
        response.writeHead(answer.status, { 'Content-Type': answer.headers.get('content-type') ?? 'application/octet-stream' });
        response.end(Buffer.from(await answer.arrayBuffer()));
      })
      // The printed site's host did not answer: a failed load, which the test's console check then names.
      .catch(() => response.writeHead(502).end());
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((closed) => server.close(() => closed())),
  };
}

// A cut in the masthead's 版面 row (at its fifth, eighth or thirteenth link) moved nothing, before the fix or after:
// Chromium did not paint the row before it was whole.
test('a page view painted as far as 版面导航 does not move when its printed page arrives', async ({ page }) => {
  const host = await hostCuttingAt('<div class="printed-page');
  try {
    await countLayoutShifts(page);
    await page.goto(`${host.url}${PAGE}`);
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^第${LONG_PAGES - 3}版`) })).toBeVisible();
    await expect(page.getByRole('img', { name: `第${LONG_PAGES - 3}版 文化版面图` })).toBeVisible();
    expect(await layoutShifted(page)).toBe(0);
  } finally {
    await host.close();
  }
});
