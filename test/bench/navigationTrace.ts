/**
 * `npx tsx test/bench/navigationTrace.ts [--clicks 10] [--slowdown 4] [--baseline <dir>]`: what a warm navigation
 * (bench:web part 3: on the loaded front page, a headline's click to the frame after the article's h1 is in) spends
 * its time on, at 4× CPU (CDP throttling, as bench:web). Each click is traced (Chromium's timeline) and profiled (V8's
 * sampling profiler); prints the click's time and its main-thread parts (script by function, style, layout, paint,
 * GC), then, over all clicks, the functions with the most self time (by the built file's line:column: map them with
 * a `npx vite build --sourcemap` of the same source). The first click also loads the article view's chunk (a click
 * by script has no hover to fetch it ahead); it is printed and left out of the median. Prints, asserts nothing.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { startStaticServer } from '../../src/cli/staticServer.ts';
import { dataPaths } from '../../src/schema/dataPaths.ts';
import { urls } from '../../src/schema/urls.ts';
import { CHROMIUM } from '../e2e/chromium.ts';
import { timedArticleClick, type TraceEvent } from './chromeTrace.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const option = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const clicks = Number(option('--clicks') ?? 10) || 10;
const slowdown = Number(option('--slowdown') ?? 4) || 4;
const baseline = option('--baseline');
const DATE = '2024-07-05';
const OUT = 'bench-out/navigation';
const load = () =>
  loadavg()
    .map((v) => v.toFixed(2))
    .join(' ');

const builds = [{ name: 'dist', root: 'dist' }, ...(baseline ? [{ name: 'baseline', root: baseline }] : [])];
const browser = await chromium.launch({ executablePath: CHROMIUM });
console.log(`warm navigation at ${slowdown}x CPU, ${clicks} clicks · load average ${load()}`);
// Each build in a page of its own, their clicks taken in turn: a machine whose load drifts disturbs both alike.
const tabs = [];
for (const build of builds)
  tabs.push({ ...build, ...(await openFrontPage(build.root)), selfTime: new Map<string, number>(), times: [] as number[], cpus: [] as number[] });
for (let click = 0; click < clicks; click++) {
  for (const tab of tabs) {
    const { elapsed, cpu, parts } = await tracedClick(tab.page, tab.cdp, `/article/${tab.ids[click % tab.ids.length]!}`, tab.selfTime);
    if (click > 0) tab.times.push(elapsed);
    if (click > 0) tab.cpus.push(cpu);
    console.log(
      `${tab.name} click ${click + 1}: ${elapsed.toFixed(0)} ms (CPU ${cpu.toFixed(1)} ms)${click === 0 ? ' (loads the view chunk)' : ''}: ${parts}`,
    );
    await tab.page.goBack();
    await tab.page.getByRole('heading', { level: 1, name: '乐山日报' }).waitFor();
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const tab of tabs) {
  const top = [...tab.selfTime]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([key, us]) => `${(us / 1000 / clicks).toFixed(1).padStart(6)} ms  ${key}`);
  console.log(`${tab.name}: self time per click (sampled, throttled):\n${top.join('\n')}`);
}
for (const { name, times, cpus } of tabs) {
  console.log(`${name}: median ${median(times).toFixed(0)} ms (${times.map((t) => t.toFixed(0)).join(', ')})`);
  console.log(`${name}: median main-thread CPU ${median(cpus).toFixed(1)} ms (${cpus.map((t) => t.toFixed(1)).join(', ')})`);
}
console.log(`load average at the end ${load()}`);
await browser.close();
await Promise.all(tabs.map((tab) => tab.server.close()));

/** A build's front page, loaded, in a page of its own at the CPU slowdown, with the profiler ready. */
async function openFrontPage(root: string) {
  const server = await startStaticServer(root);
  const index = JSON.parse(readFileSync(`${root}/data/${dataPaths.editionIndex('lsrb', DATE)}`, 'utf8')) as {
    articles: { id: string; page: number }[];
  };
  const ids = index.articles.filter((article) => article.page === 1).map((article) => article.id);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await page.goto(server.url + urls.paper('lsrb'));
  await page.getByRole('heading', { level: 1, name: '乐山日报' }).waitFor();
  await page.waitForLoadState('networkidle');
  return { server, ids, page, cdp };
}

/** One click, traced and profiled: its time (click → frame after the h1) and the main thread's parts inside it. */
async function tracedClick(
  page: Page,
  cdp: CDPSession,
  href: string,
  selfTime: Map<string, number>,
): Promise<{ elapsed: number; cpu: number; parts: string }> {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'] });
  await cdp.send('Profiler.start');
  const elapsed = await timedArticleClick(page, href);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  // For DevTools (Performance panel: load profile) or a script with the source maps of `vite build --sourcemap`.
  mkdirSync(OUT, { recursive: true });
  writeFileSync(`${OUT}/${href.replace(/\W+/g, '-')}-${Date.now()}.cpuprofile`, JSON.stringify(profile));
  const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  addSelfTime(profile, selfTime);
  return { elapsed, cpu: cpuOf(events, elapsed), parts: partsOf(events, elapsed) };
}

/**
 * The main thread's CPU time inside [click, click + elapsed] (each task's thread time, in the share of it inside),
 * ms: what the click cost whatever the machine's load, unthrottled (the throttle's pauses are not CPU time).
 */
function cpuOf(events: TraceEvent[], elapsed: number): number {
  const mark = events.find((e) => e.name === 'click');
  if (!mark) return NaN;
  const to = mark.ts + elapsed * 1000;
  const tasks = events.filter((e) => e.name === 'RunTask' && e.pid === mark.pid && e.tid === mark.tid && e.ts + e.dur! > mark.ts && e.ts < to);
  const share = (e: TraceEvent) => (Math.min(e.ts + e.dur!, to) - Math.max(e.ts, mark.ts)) / e.dur!;
  return tasks.reduce((sum, e) => sum + (e.tdur ?? e.dur!) * share(e), 0) / 1000;
}

/**
 * The renderer main thread inside [click, click + elapsed], by what it did: each trace event's self time (its time
 * less its children's), grouped (script, style, layout, paint, GC, HTML parsing), and idle: the time it waited
 * (for a frame, a timer, the CPU throttle's pauses or a loaded machine). Wall time, ms.
 */
function partsOf(events: TraceEvent[], elapsed: number): string {
  const mains = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const mark = events.find((e) => e.name === 'click' && mains.has(`${e.pid}:${e.tid}`));
  if (!mark) return '(no click mark in the trace)';
  const from = mark.ts;
  const to = from + elapsed * 1000;
  const inside = events
    .filter((e) => e.ph === 'X' && e.dur !== undefined && `${e.pid}:${e.tid}` === `${mark.pid}:${mark.tid}` && e.ts + e.dur > from && e.ts < to)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const clip = (e: TraceEvent) => Math.min(e.ts + e.dur!, to) - Math.max(e.ts, from);
  const parts = new Map<string, number>();
  const open: { event: TraceEvent; self: number }[] = [];
  const close = (until: number) => {
    while (open.length && open.at(-1)!.event.ts + open.at(-1)!.event.dur! <= until) {
      const { event, self } = open.pop()!;
      const group = groupOf(event.name);
      parts.set(group, (parts.get(group) ?? 0) + self);
    }
  };
  for (const e of inside) {
    close(e.ts);
    const parent = open.at(-1);
    if (parent) parent.self -= clip(e);
    open.push({ event: e, self: clip(e) });
  }
  close(Infinity);
  // A document loaded beside the page (an SVG favicon is one: Chromium fetches it again after each pushState and
  // draws it in a page of its own, on this thread): the tasks that hold its navigationStart.
  const documents = inside.filter(
    (e) =>
      e.name === 'RunTask' &&
      events.some((m) => m.name === 'navigationStart' && m.tid === e.tid && m.pid === e.pid && m.ts >= e.ts && m.ts <= e.ts + e.dur!),
  );
  const otherDocument = documents.reduce((sum, e) => sum + clip(e), 0);
  const busy = [...parts.values()].reduce((a, b) => a + b, 0);
  parts.set('idle', elapsed * 1000 - busy);
  if (documents.length) parts.set(`(of which another document x${documents.length})`, otherDocument);
  return [...parts]
    .filter(([, v]) => v >= 500)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`)
    .join(', ');
}

/** Adds each sampled function's self time (µs), keyed by name and place in its file. */
function addSelfTime(profile: Profile, selfTime: Map<string, number>): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    if (frame.functionName === '(idle)' || frame.functionName === '(program)') return;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^.*\//, '')}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
    selfTime.set(key, (selfTime.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
}

/** Script is everything that is not style, layout, paint, GC or parsing: V8's and the DOM's own work included. */
function groupOf(name: string): string {
  const groups: Record<string, string> = {
    UpdateLayoutTree: 'style',
    RecalculateStyles: 'style',
    Layout: 'layout',
    Paint: 'paint',
    PrePaint: 'paint',
    Layerize: 'paint',
    UpdateLayer: 'paint',
    MajorGC: 'GC',
    MinorGC: 'GC',
    'V8.GC_SCAVENGER': 'GC',
    ParseHTML: 'HTML',
  };
  return groups[name] ?? (name.startsWith('V8.GC') ? 'GC' : 'script and DOM');
}
