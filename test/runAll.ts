/**
 * `npm test`: every check, started as soon as what it needs is done, so that both cores stay busy. The typecheck
 * and ESLint each use one core, and the browser tests wait on service workers, timers and spawned commands: run one
 * after another they left a core idle for minutes. Here the typecheck, lint and the browser tests' preparation start
 * at once, Vitest when the typecheck is done, and Playwright when its sites are built.
 *
 * Each step's output is kept and printed whole when it ends, under its name, so steps never interleave; a line
 * every minute says what is still running. Every step runs to its end even when another fails, and the run fails if
 * any did, listing them. `npm run typecheck`, `lint`, `test:unit` and `test:e2e` run one step alone.
 */
import { spawn } from 'node:child_process';

interface Step {
  name: string;
  command: string[];
  after: string[];
}

const STEPS: Step[] = [
  { name: 'typecheck', command: ['npm', 'run', '-s', 'typecheck'], after: [] },
  { name: 'lint', command: ['npm', 'run', '-s', 'lint'], after: [] },
  // Vitest's two workers would take both cores from the typecheck and lint: it starts when the typecheck is done.
  { name: 'unit', command: ['npm', 'run', '-s', 'test:unit'], after: ['typecheck'] },
  { name: 'e2e', command: ['npm', 'run', '-s', 'test:e2e'], after: [] },
];

// Output goes to a buffer, then a log: no colour codes (FORCE_COLOR set to anything turns them on in Vitest).
const { FORCE_COLOR: _colour, ...inherited } = process.env;
const plainEnv = { ...inherited, NO_COLOR: '1' };

const started = performance.now();
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const running = new Map<string, number>();
const results = new Map<string, boolean>();

function run(step: Step): Promise<void> {
  const start = performance.now();
  running.set(step.name, start);
  console.log(`▶ ${step.name} (${step.command.join(' ')}) at ${seconds(started)}`);
  return new Promise((done) => {
    const child = spawn(step.command[0]!, step.command.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], env: plainEnv });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    const end = (ok: boolean, why: string) => {
      running.delete(step.name);
      results.set(step.name, ok);
      process.stdout.write(`\n──── ${step.name}: ${ok ? 'passed' : `FAILED (${why})`} in ${seconds(start)} ────\n`);
      process.stdout.write(Buffer.concat(output));
      process.stdout.write(`──── end of ${step.name} ────\n\n`);
      done();
    };
    child.on('error', (error) => end(false, error.message));
    child.on('close', (code, signal) => end(code === 0, signal ? `killed by ${signal}` : `exit ${code}`));
  });
}

const heartbeat = setInterval(() => {
  const now = [...running].map(([name, since]) => `${name} ${seconds(since)}`).join(', ');
  console.log(`… ${seconds(started)}: running ${now}`);
}, 60_000);

const finished = new Map<string, Promise<void>>();
for (const step of STEPS) {
  finished.set(
    step.name,
    Promise.all(step.after.map((name) => finished.get(name)!)).then(() => run(step)),
  );
}
await Promise.all(finished.values());
clearInterval(heartbeat);

const failed = STEPS.filter((step) => !results.get(step.name)).map((step) => step.name);
console.log(`npm test: ${failed.length ? `FAILED: ${failed.join(', ')}` : 'all passed'} in ${seconds(started)}`);
process.exitCode = failed.length ? 1 : 0;
