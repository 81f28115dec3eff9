/**
 * `npx tsx test/bench/longTasks.ts [url-path] [--runs 3] [--baseline <dir>]`: the long tasks (> 50 ms) of a fresh
 * load of a page of dist/ at 4× CPU as Lighthouse simulates it (each task's time on an unthrottled CPU, times
 * four), from a Chromium trace: each task's length and
 * what filled it (script by URL, style, layout, paint, HTML parsing), and their time over 50 ms summed (what TBT
 * sums, over the whole load). Thread time (CPU), not wall time: the machine is shared. The page's own renderer only
 * (not Chromium's WebUI renderers, which the trace holds too). With --baseline, the same page of another build (a copy of an earlier dist/) is
 * loaded in turn in the same run, and both medians printed. Prints, asserts nothing; the machine's load beside.
 */
import { loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { startStaticServer } from '../../src/cli/staticServer.ts';
import { CHROMIUM } from '../e2e/chromium.ts';
import type { TraceEvent } from './chromeTrace.ts';

const path = process.argv.find((arg, i) => i >= 2 && arg.startsWith('/')) ?? '/';
const option = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const runs = Number(option('--runs') ?? 3) || 3;
const baseline = option('--baseline');
const builds = [{ name: 'dist', root: 'dist' }, ...(baseline ? [{ name: 'baseline', root: baseline }] : [])];
const servers = await Promise.all(builds.map((build) => startStaticServer(build.root)));
const browser = await chromium.launch({ executablePath: CHROMIUM });
const load = () =>
  loadavg()
    .map((v) => v.toFixed(2))
    .join(' ');
console.log(`long tasks of ${path} at 4x CPU (simulated: thread time x 4) · load average ${load()}`);
const sums = builds.map(() => [] as number[]);
for (let run = 0; run < runs; run++) {
  for (const [i, build] of builds.entries()) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    const page = await context.newPage();
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'] });
    await page.goto(`${servers[i]!.url}${path}`, { waitUntil: 'networkidle' });
    const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
    const { blocking, lines } = summary(trace.traceEvents, servers[i]!.url);
    sums[i]!.push(blocking);
    console.log(`${build.name} run ${run + 1}: ${lines.join('\n        ')}`);
    await context.close();
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const [i, build] of builds.entries())
  console.log(`${build.name}: median time over 50 ms ${median(sums[i]!).toFixed(0)} ms (${sums[i]!.map((x) => x.toFixed(0)).join(', ')})`);
console.log(`load average at the end ${load()}`);
await browser.close();
await Promise.all(servers.map((server) => server.close()));

/** Each RunTask over 50 ms on the page's main thread, with its biggest parts. */
function summary(events: TraceEvent[], origin: string): { blocking: number; lines: string[] } {
  // The page's main thread: a renderer's main thread (thread_name metadata) that loaded something from our origin.
  // Not every renderer's: Chromium's own WebUI (the omnibox popup, chrome://…, in a renderer of its own) evaluates
  // 200–350 ms of modules in some runs, which a count of every CrRendererMain took for the app's.
  const renderers = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const ours = (e: TraceEvent) => (e.args?.data?.url ?? e.args?.beginData?.url ?? '').startsWith(origin);
  const mains = new Set(events.filter((e) => renderers.has(`${e.pid}:${e.tid}`) && ours(e)).map((e) => `${e.pid}:${e.tid}`));
  // By thread time (tdur): on a shared, loaded machine, wall time counts the time the thread waited for a core.
  const cpu = (e: TraceEvent) => e.tdur ?? e.dur ?? 0;
  // As Lighthouse's simulated 4× CPU (its default): each task's time times four; long above 50 ms.
  const slow = (e: TraceEvent) => 4 * cpu(e);
  const tasks = events.filter((e) => e.name === 'RunTask' && slow(e) > 50_000 && mains.has(`${e.pid}:${e.tid}`));
  const lines: string[] = [];
  let blocking = 0;
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    const inside = events.filter((e) => e.pid === task.pid && e.tid === task.tid && e.ts >= task.ts && e.ts < end && e.ph === 'X' && e !== task);
    const parts = new Map<string, number>();
    for (const e of inside) {
      const key =
        e.name === 'EvaluateScript' || e.name === 'v8.compile' || e.name === 'v8.compileModule' || e.name === 'v8.evaluateModule'
          ? `${e.name} ${(e.args?.data?.url ?? '').replace(/^.*\//, '')}`
          : e.name === 'FunctionCall'
            ? `FunctionCall ${(e.args?.data?.url ?? '').replace(/^.*\//, '')} ${e.args?.data?.functionName ?? ''}`
            : [
                  'Layout',
                  'UpdateLayoutTree',
                  'Paint',
                  'ParseHTML',
                  'ParseAuthorStyleSheet',
                  'TimerFire',
                  'FireAnimationFrame',
                  'EventDispatch',
                  'RunMicrotasks',
                  'MajorGC',
                  'MinorGC',
                ].includes(e.name)
              ? e.name
              : null;
      if (key) parts.set(key, (parts.get(key) ?? 0) + slow(e));
    }
    blocking += slow(task) / 1000 - 50;
    const top = [...parts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([k, v]) => `${k} ${(v / 1000).toFixed(0)}`);
    lines.push(`task ${(slow(task) / 1000).toFixed(0)} ms: ${top.join(', ')}`);
  }
  return { blocking, lines: [`${tasks.length} long tasks, time over 50 ms ${blocking.toFixed(0)} ms`, ...lines] };
}
