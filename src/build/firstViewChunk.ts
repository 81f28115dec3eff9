import type { Plugin, Rollup } from 'vite';

/**
 * Every module the entry imports statically is loaded by the first view anyway; without this, each new set of
 * lazy chunks that shares some of them (保存本期, the service worker's registration) splits them into more small
 * common chunks, and the first view pays a request and a runtime wrapper for each. One chunk holds them all, the
 * entry script (main.tsx) too: it has no top-level await, so a lazy chunk importing from it never waits on itself.
 *
 * A package's index that only re-exports (a barrel: `@tanstack/react-query`) is followed only to the modules whose
 * names the first view imports from it: the rest (useInfiniteQuery, for /search alone) stays with the lazy chunk
 * that uses it, instead of being pulled into the first view because the barrel names it.
 *
 * `views` names lazy chunks by their modules: the views a prerendered page hydrates with (the front page and a
 * section, the article) and the error views. What two of them import is in the first view's chunk too (a page of
 * either view needs it), and what one imports alone is in its one chunk, so a page's first view is two files, not a
 * file for each piece that some other lazy chunk also imports.
 */
export function firstViewChunk(views: Record<string, readonly string[]> = {}): Plugin {
  const firstView = new Set<string>();
  const own = new Map(Object.keys(views).map((name) => [name, new Set<string>()]));
  const viewGroups = [...own].map(([name, modules]) => ({ name, test: (id: string) => modules.has(id) }));
  return {
    name: 'first-view-chunk',
    apply: 'build',
    config: (_, env) =>
      env.isSsrBuild
        ? {}
        : {
            build: {
              rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'app', test: (id: string) => firstView.has(id) }, ...viewGroups] } } },
            },
          },
    async buildEnd() {
      const info = (id: string) => this.getModuleInfo(id);
      const resolve = async (spec: string, importer: string) => (await this.resolve(spec, importer))?.id ?? null;
      const entries = [...this.getModuleIds()].filter((id) => info(id)?.isEntry);
      firstView.clear();
      for (const id of await staticImports(entries, new Set(), info, resolve)) firstView.add(id);
      const reached = await Promise.all(
        Object.entries(views).map(async ([name, ids]) => [name, await staticImports(ids, firstView, info, resolve)] as const),
      );
      const count = new Map<string, number>();
      for (const [, modules] of reached) for (const id of modules) count.set(id, (count.get(id) ?? 0) + 1);
      for (const [id, times] of count) if (times > 1) firstView.add(id);
      for (const [name, modules] of reached) {
        const set = own.get(name)!;
        set.clear();
        for (const id of modules) if (!firstView.has(id)) set.add(id);
      }
    },
  };
}

type ModuleInfo = Rollup.ModuleInfo;
type Info = (id: string) => ModuleInfo | null;

/** The modules `entries` import statically, beyond those already `loaded`, following barrels only to the names used. */
async function staticImports(entries: readonly string[], loaded: ReadonlySet<string>, info: Info, resolve: Resolve): Promise<Set<string>> {
  const found = new Set<string>();
  const visit = async (id: string): Promise<void> => {
    if (found.has(id) || loaded.has(id)) return;
    found.add(id);
    const module = info(id);
    if (!module) return;
    const fromBarrels = await barrelImports(module, info, resolve);
    for (const imported of module.importedIds) {
      const names = fromBarrels.get(imported);
      if (names) await visitBarrel(imported, names);
      else await visit(imported);
    }
  };
  /** A barrel's own module and, of its sources, those that give the names asked for (all of them when in doubt). */
  const visitBarrel = async (barrel: string, names: ReadonlySet<string> | 'all'): Promise<void> => {
    if (!loaded.has(barrel)) found.add(barrel);
    const module = info(barrel)!;
    const sources = await barrelSources(module, resolve);
    for (const imported of module.importedIds) {
      const source = sources.get(imported);
      const wanted = names === 'all' || !source ? 'all' : source.star ? names : intersect(source.names, names);
      if (wanted !== 'all' && wanted.size === 0) continue;
      if (source?.star && info(imported) && isBarrel(info(imported)!)) await visitBarrel(imported, wanted);
      else await visit(imported);
    }
  };
  for (const entry of entries) await visit(entry);
  return found;
}

type Resolve = (spec: string, importer: string) => Promise<string | null>;

const NAMED = /(?:^|;|\n)\s*(import|export)\s*\{([^}]*)\}\s*from\s*["']([^"']+)["']/g;
const STAR = /(?:^|;|\n)\s*export\s*\*\s*from\s*["']([^"']+)["']/g;
const ANY_IMPORT = /(?:^|;|\n)\s*import\b[^;\n]*?from\s*["']([^"']+)["']/g;

/** A package module whose every statement is an import, a re-export or a comment. */
function isBarrel(module: ModuleInfo): boolean {
  if (!module.id.includes('/node_modules/') || module.code === null) return false;
  const rest = module.code
    .replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, '')
    .replace(NAMED, '')
    .replace(STAR, '')
    .replace(/(?:^|;|\n)\s*export\s*\{[^}]*\}\s*;?/g, '');
  return rest.trim() === '';
}

/** The names each binding list gives: `a as b` is `a` as the source exports it. */
const exportedNames = (list: string) =>
  list
    .split(',')
    .map((part) => part.trim().split(/\s+as\s+/)[0]!)
    .filter(Boolean);

/** For each barrel this module imports: the names it takes from it, or 'all' (a namespace or default import). */
async function barrelImports(module: ModuleInfo, info: Info, resolve: Resolve) {
  const out = new Map<string, Set<string> | 'all'>();
  for (const [statement, spec] of module.code?.matchAll(ANY_IMPORT) ?? []) {
    const id = await resolve(spec!, module.id);
    const target = id ? info(id) : null;
    if (!id || !target || !isBarrel(target)) continue;
    const braces = /^\s*import\s*\{([^}]*)\}\s*from/.exec(statement.replace(/^[;\n]/, ''));
    const before = out.get(id);
    out.set(id, !braces || before === 'all' ? 'all' : new Set([...(before ?? []), ...exportedNames(braces[1]!)]));
  }
  return out;
}

/** For each source of a barrel: the names it gives, or `star` for `export * from`. */
async function barrelSources(module: ModuleInfo, resolve: Resolve) {
  const out = new Map<string, { names: Set<string>; star: boolean }>();
  for (const [, , list, spec] of module.code!.matchAll(NAMED)) {
    const id = await resolve(spec!, module.id);
    if (id) out.set(id, { names: new Set([...(out.get(id)?.names ?? []), ...exportedNames(list!)]), star: false });
  }
  for (const [, spec] of module.code!.matchAll(STAR)) {
    const id = await resolve(spec!, module.id);
    if (id) out.set(id, { names: new Set(), star: true });
  }
  return out;
}

const intersect = (a: ReadonlySet<string>, b: ReadonlySet<string>) => new Set([...a].filter((name) => b.has(name)));
