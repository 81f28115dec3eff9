import type { Plugin } from 'vite';

/**
 * react-router's production build declares its ref-forwarding components as
 *
 *     var NavLink = React10.forwardRef(function NavLinkWithRef(…) {…});
 *     NavLink.displayName = "NavLink";
 *
 * The call has no `@__PURE__` mark and the second line writes a property, so the bundler keeps both even when nothing
 * imports NavLink, and NavLink keeps react-router's Link, which keeps the framework-mode prefetching it renders
 * (PrefetchPageLinks, route-module and single-fetch links, RSC): 1.8 KB gzip of the first view that draws nothing in
 * a data router (docs/performance.md, "The article's first view"). This rewrites each such pair as one marked call
 * that sets the same displayName:
 *
 *     var NavLink = /* @__PURE__ *\/ __routerNamed("NavLink", /* @__PURE__ *\/ React10.forwardRef(function …));
 *
 * so a component nothing uses goes and one in use is the same object with the same name as before. The reader uses
 * its own Link (src/app/ui/Link.tsx); Form is still react-router's. If a new react-router lays its chunk out
 * otherwise, the build stops here rather than quietly shipping the bytes again.
 */
export function pureRouterComponents(): Plugin {
  return {
    name: 'pure-router-components',
    apply: 'build',
    transform: {
      filter: { id: /[\\/]react-router[\\/]dist[\\/]production[\\/]chunk-[A-Za-z0-9]+\.mjs$/ },
      handler(code, id) {
        if (!/^var NavLink = /m.test(code)) return null;
        const { code: out, named } = markForwardRefs(code);
        for (const name of EXPECTED) {
          if (!named.includes(name))
            this.error(
              `${id}: react-router's ${name} is no longer \`var ${name} = React.forwardRef(…); ${name}.displayName = …\`; see src/build/routerComponents.ts`,
            );
        }
        // map: null keeps the module's own source map: no line moves (markForwardRefs).
        return { code: out, map: null };
      },
    },
  };
}

/** The components the rewrite must find in the chunk that declares NavLink (react-router 7.18). */
const EXPECTED = ['Link', 'NavLink', 'Form'];

const HELPER = '__routerNamed';
const PAIR = /^var (\w+) = (\w+)\.forwardRef\(\n([\s\S]*?)\n\);\n\1\.displayName = ("[^"\n]*");$/gm;

/** The module with each `var X = R.forwardRef(…);\nX.displayName = "…";` as one pure call, and the names it rewrote. */
export function markForwardRefs(code: string): { code: string; named: string[] } {
  const named: string[] = [];
  const out = code.replace(PAIR, (_, name: string, react: string, body: string, displayName: string) => {
    named.push(name);
    // The same lines as before (the displayName line left empty), so the source map of the chunk still holds.
    return `var ${name} = /* @__PURE__ */ ${HELPER}(${displayName}, /* @__PURE__ */ ${react}.forwardRef(\n${body}\n));\n`;
  });
  if (named.length === 0) return { code, named };
  return { code: `${out}\nfunction ${HELPER}(name, component) {\n  component.displayName = name;\n  return component;\n}\n`, named };
}
