/**
 * The built app's index.html (the shell every prerendered page starts from), cut where each page's parts go: its
 * head tags, the after-paint plan and the root element's markup.
 */
export interface ShellParts {
  beforeTitle: string;
  beforeHeadEnd: string;
  beforeRoot: string;
  rest: string;
  /** The app's scripts, taken out of a prerendered page's head (its plan names them). */
  scripts: string[];
}

const shells = new Map<string, ShellParts>();
/** The shell cut where each page's parts go, once per shell (cutting it for every page was a tenth of the time). */
export function shellParts(shell: string, prerendered: boolean): ShellParts {
  const key = `${prerendered}:${shell}`;
  const known = shells.get(key);
  if (known) return known;
  const scripts: string[] = [];
  let html = shell;
  if (prerendered) {
    const take = (_tag: string, src: string) => {
      scripts.push(src);
      return '';
    };
    html = html
      .replace(/\s*<link rel="preload" as="fetch"[^>]*>/g, '')
      .replace(/\s*<script type="module" crossorigin src="([^"]+)"><\/script>/g, take)
      .replace(/\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g, take);
  }
  const [beforeTitle, afterTitle] = cut(html, /<title>[^<]*<\/title>/);
  const [beforeHeadEnd, afterHeadEnd] = cut(afterTitle, '</head>');
  const [beforeRoot, rest] = cut(`</head>${afterHeadEnd}`, '<div id="root"></div>');
  const parts = { beforeTitle, beforeHeadEnd, beforeRoot, rest, scripts };
  shells.clear();
  shells.set(key, parts);
  return parts;
}

/** The text before and after the first `marker`; a shell without it is not the app's. */
function cut(text: string, marker: string | RegExp): [string, string] {
  const match = typeof marker === 'string' ? { index: text.indexOf(marker), 0: marker } : marker.exec(text);
  if (!match || match.index < 0) throw new Error(`prerender: the shell has no ${String(marker)}`);
  return [text.slice(0, match.index), text.slice(match.index + match[0].length)];
}
