/**
 * Under `npm run mutation` only (vitest.mutation.config.ts).
 * - The same random cases for every mutant, so a score does not change from run to run.
 * - Stryker 9.6's Vitest runner sets the active mutant of a "static" run once, when its setup file is first
 *   loaded; with Vitest 4.1 later runs in the same worker kept the first run's mutant, and mutants that fail tests
 *   by hand were reported as survivors. Setting it again before each file's tests fixes that for code the tests
 *   call (code that runs at import still sees the value set at load).
 */
import fc from 'fast-check';
import { beforeAll, inject } from 'vitest';

fc.configureGlobal({ seed: 20240705 });

type StrykerGlobal = { activeMutant?: string };
beforeAll(() => {
  const stryker = inject as unknown as (key: string) => string | undefined;
  if (stryker('mode') !== 'mutant') return;
  const ns = (globalThis as Record<string, unknown>)[stryker('globalNamespace') ?? '__stryker__'] as StrykerGlobal | undefined;
  if (ns) ns.activeMutant = stryker('activeMutant');
});
