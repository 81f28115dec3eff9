import type { Plugin } from 'vite';

/**
 * Every module the entry imports statically is loaded by the first view anyway; without this, each new set of
 * lazy chunks that shares some of them (保存本期, the service worker's registration) splits them into more small
 * common chunks, and the first view pays a request and a runtime wrapper for each. One chunk holds them all, the
 * entry script (main.tsx) too: it has no top-level await, so a lazy chunk importing from it never waits on itself.
 */
export function firstViewChunk(): Plugin {
  const firstView = new Set<string>();
  return {
    name: 'first-view-chunk',
    apply: 'build',
    config: (_, env) =>
      env.isSsrBuild
        ? {}
        : { build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'app', test: (id: string) => firstView.has(id) }] } } } } },
    buildEnd() {
      firstView.clear();
      const visit = (id: string) => {
        if (firstView.has(id)) return;
        firstView.add(id);
        for (const imported of this.getModuleInfo(id)?.importedIds ?? []) visit(imported);
      };
      for (const id of this.getModuleIds()) if (this.getModuleInfo(id)?.isEntry) visit(id);
    },
  };
}
