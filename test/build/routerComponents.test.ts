/**
 * src/build/routerComponents.ts: react-router's ref-forwarding components are left out of a bundle that does not use
 * them (NavLink, and with it Link's framework-mode prefetching), and the ones used keep their displayName.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rolldown, type Plugin as RolldownPlugin } from 'rolldown';
import { markForwardRefs, pureRouterComponents } from '../../src/build/routerComponents.ts';

const production = fileURLToPath(new URL('../../node_modules/react-router/dist/production/', import.meta.url));
const chunkFile = () => {
  const index = readFileSync(`${production}index.mjs`, 'utf8');
  const chunks = [...index.matchAll(/from "\.\/(chunk-[A-Za-z0-9]+\.mjs)"/g)].map((m) => m[1]!);
  return chunks.map((name) => `${production}${name}`).find((file) => /^var NavLink = /m.test(readFileSync(file, 'utf8')))!;
};

/** A minimal bundle of an entry that imports `names` from react-router's production build, unminified. */
async function bundle(names: string[], plugins: RolldownPlugin[]): Promise<string> {
  const entry = '\0entry';
  const build = await rolldown({
    input: entry,
    external: (id) => !id.startsWith('.') && !id.startsWith('/') && id !== entry,
    plugins: [
      {
        name: 'entry',
        resolveId: (id) => (id === entry ? id : null),
        load: (id) => (id === entry ? `export { ${names.join(', ')} } from '${production}index.mjs';` : null),
      },
      ...plugins,
    ],
    logLevel: 'silent',
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  return output.map((chunk) => ('code' in chunk ? chunk.code : '')).join('\n');
}

describe('pureRouterComponents', () => {
  it('rewrites Link, NavLink and Form in react-router’s chunk without moving a line', () => {
    const code = readFileSync(chunkFile(), 'utf8');
    const { code: out, named } = markForwardRefs(code);
    expect(named).toEqual(['Link', 'NavLink', 'Form']);
    expect(out).not.toMatch(/^(Link|NavLink|Form)\.displayName = /m);
    expect(out).toMatch(/^var NavLink = \/\* @__PURE__ \*\/ __routerNamed\("NavLink", \/\* @__PURE__ \*\/ React\d*\.forwardRef\($/m);
    // Every line before the helper is where it was: the source map of the chunk still holds.
    const lines = code.split('\n');
    const outLines = out.split('\n');
    // Each rewrite changes three lines in place: its `var`, the call's `);` and the displayName line (left empty).
    const changed = lines.flatMap((line, i) => (outLines[i] === line ? [] : [`${line} → ${outLines[i]}`]));
    expect(changed).toHaveLength(3 * named.length);
    for (const name of ['Link', 'NavLink', 'Form']) expect(changed).toContain(`${name}.displayName = "${name}"; → `);
    // The file ends in a line break: the helper follows its last, empty line.
    expect(outLines.slice(lines.length - 1).join('\n')).toMatch(/^\nfunction __routerNamed\(name, component\)/);
  });

  it('leaves NavLink, Link and Link’s prefetching out of a bundle that uses Form alone; Form keeps its name', async () => {
    const plain = await bundle(['Form'], []);
    const marked = await bundle(['Form'], [pureRouterComponents() as RolldownPlugin]);
    // Without the rewrite the bundle keeps them (so this test can tell).
    for (const name of ['NavLinkWithRef', 'LinkWithRef', 'function PrefetchPageLinksImpl']) {
      expect(plain).toContain(name);
      expect(marked).not.toContain(name);
    }
    expect(marked).toMatch(/__routerNamed\("Form", /);
    expect(marked).toContain('component.displayName = name');
  });

  it('stops the build when react-router’s chunk no longer has the shape it rewrites', async () => {
    const plugin = pureRouterComponents();
    const transform = plugin.transform as { handler: (this: unknown, code: string, id: string) => unknown };
    const errors: string[] = [];
    const context = {
      error: (message: string) => {
        errors.push(message);
        throw new Error(message);
      },
    };
    const changed = 'var NavLink = forwardRef(function NavLinkWithRef() {});\nvar Link = forwardRef(function LinkWithRef() {});\n';
    expect(() => transform.handler.call(context, changed, `${production}chunk-TEST.mjs`)).toThrow(/Link/);
    expect(errors[0]).toMatch(/no longer/);
  });
});
