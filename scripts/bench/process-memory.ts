/**
 * Real memory of one Chromium's processes, as the kernel accounts it
 * (/proc/<pid>/smaps_rollup, status), for the memory bench. Several
 * Chromiums run on a shared machine at once, so a browser's processes are
 * found as the descendants of its browser process, which is the one whose
 * command line names our own --user-data-dir.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface ChromiumProcess {
  pid: number;
  /** "browser", "renderer", "gpu-process", "utility", "zygote"… (its --type). */
  type: string;
  /** A renderer started for an extension's pages (--extension-process). */
  extension: boolean;
  /** A renderer of Chrome's own UI (--top-chrome-webui), not of any page. */
  webui: boolean;
}

export interface ProcessMemory {
  /** Proportional set size: its own pages plus its share of shared ones (MB). */
  pssMb: number;
  rssMb: number;
  /** The most resident memory it ever had (VmHWM, MB): the peak between samples too. */
  peakRssMb: number;
}

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // the process ended
  }
}

function parentOf(pid: number): number | undefined {
  const stat = read(`/proc/${pid}/stat`);
  // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ')'.
  const after = stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
  return after ? Number(after[1]) : undefined;
}

/** Every live process of the Chromium started with this --user-data-dir (the browser process first). */
export function chromiumProcesses(userDataDir: string): ChromiumProcess[] {
  const pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p)).map(Number);
  // Chromium rewrites its children's command lines into one space-separated string: read them as text.
  const commands = new Map<number, string>();
  for (const pid of pids) {
    const cmd = read(`/proc/${pid}/cmdline`);
    if (cmd) commands.set(pid, cmd.replace(/\0/g, ' '));
  }
  const browser = pids.find((pid) => {
    const cmd = commands.get(pid) ?? '';
    return !cmd.includes('--type=') && cmd.includes(`--user-data-dir=${userDataDir}`);
  });
  if (browser === undefined) return [];
  const ours = new Set([browser]);
  // Children may be listed before their parents: repeat until no process joins.
  for (let grew = true; grew; ) {
    grew = false;
    for (const pid of pids) {
      if (ours.has(pid)) continue;
      const parent = parentOf(pid);
      if (parent !== undefined && ours.has(parent)) {
        ours.add(pid);
        grew = true;
      }
    }
  }
  return [...ours].map((pid) => {
    const cmd = commands.get(pid) ?? '';
    const type = /--type=(\S+)/.exec(cmd)?.[1] ?? 'browser';
    return { pid, type, extension: cmd.includes('--extension-process'), webui: cmd.includes('--top-chrome-webui') };
  });
}

/** The process's memory now, or undefined once it has ended. */
export function processMemory(pid: number): ProcessMemory | undefined {
  const rollup = read(`/proc/${pid}/smaps_rollup`);
  const status = read(`/proc/${pid}/status`);
  if (!rollup || !status) return undefined;
  const kb = (text: string, field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? Number.NaN);
  return { pssMb: kb(rollup, 'Pss') / 1024, rssMb: kb(rollup, 'Rss') / 1024, peakRssMb: kb(status, 'VmHWM') / 1024 };
}
