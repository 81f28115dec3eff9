import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minifySync, type Plugin } from 'vite';

/**
 * public/reader-preferences.js runs before first paint on every page (a blocking script, so that a Content-Security-
 * Policy can forbid inline ones): the build ships it minified, half its gzip size. Kept readable in public/.
 */
export function minifyPreferences(): Plugin {
  let outDir = 'dist';
  return {
    name: 'minify-reader-preferences',
    apply: 'build',
    configResolved: (config) => void (outDir = config.build.outDir),
    closeBundle() {
      const file = join(outDir, 'reader-preferences.js');
      if (!existsSync(file)) return;
      const { code, errors } = minifySync(file, readFileSync(file, 'utf8'));
      if (errors.length > 0) throw new Error(`${file}: ${errors[0]!.message}`);
      writeFileSync(file, code);
    },
  };
}

/**
 * The blocking reader-preferences.js goes after the stylesheet Vite adds at the end of <head>: the parser then meets
 * the stylesheet first and asks for both at once. Before it, the CSS was only asked for once the script had
 * arrived, a round trip later (150 ms on a phone's network; test/e2e/preferences.spec.ts). Still in <head>, so it
 * still runs before the first paint.
 */
export const preferencesAfterStylesheet: Plugin = {
  name: 'reader-preferences-after-stylesheet',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler(html) {
      const script = /[ \t]*<!--[^>]*-->\s*<script src="[^"]*reader-preferences\.js"><\/script>\n?/.exec(html);
      const stylesheets = [...html.matchAll(/<link rel="stylesheet"[^>]*>/g)];
      const last = stylesheets.at(-1);
      if (!script || !last || last.index < script.index) return html;
      const without = html.replace(script[0], '');
      const at = without.indexOf(last[0]) + last[0].length;
      return `${without.slice(0, at)}\n${script[0].trimEnd()}${without.slice(at)}`;
    },
  },
};
