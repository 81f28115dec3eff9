/**
 * CPU seconds (user + system) this process and every process it started have used so far: its own, its
 * children's that have ended (the kernel adds those when they are waited for), and those still running (read from
 * /proc, with their own children, recursively). A figure the machine's load barely changes, where wall-clock time
 * under other sessions' load does. Linux only: elsewhere, null.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';

/** Kernel clock ticks per second for /proc times (USER_HZ, 100 on Linux). */
const TICKS = 100;

function statTicks(pid: number | 'self'): { own: number; waited: number } | null {
  try {
    // Fields after the command (which may hold spaces), counted from field 3: utime is 14, stime 15, cutime 16, cstime 17.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return { own: Number(fields[11]) + Number(fields[12]), waited: Number(fields[13]) + Number(fields[14]) };
  } catch {
    return null; // it ended meanwhile
  }
}

function childrenOf(pid: number | 'self'): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

function liveTicks(pid: number): number {
  const stat = statTicks(pid);
  if (!stat) return 0;
  return stat.own + stat.waited + childrenOf(pid).reduce((sum, child) => sum + liveTicks(child), 0);
}

export function cpuSeconds(): number | null {
  if (!existsSync('/proc/self/stat')) return null;
  const { user, system } = process.cpuUsage();
  const self = statTicks('self')!;
  const live = childrenOf('self').reduce((sum, child) => sum + liveTicks(child), 0);
  return (user + system) / 1e6 + (self.waited + live) / TICKS;
}
