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
