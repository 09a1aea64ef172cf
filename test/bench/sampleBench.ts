// The cost of one system input sample, for `npm run bench` (issues 16 and 19):
// - sampleCost: one real xprintidle sample through the spawned source, under
//   an Xvfb started for it and stopped after (null, with nothing started,
//   where Xvfb or xprintidle is missing or not on Linux). Per run, two samples:
//   - wall: a plain sample, from the call to the resolved promise;
//   - CPU: an instrumented sample, the parent's process.cpuUsage() delta plus
//     the child's CPU time. The child's is read from /proc/<pid>/schedstat
//     (nanoseconds on the CPU; /proc/<pid>/stat's utime+stime in 10 ms ticks
//     where schedstat is missing) once it has exited and before Node reaps
//     it: right after the spawn, the event loop is held in a loop reading
//     /proc/<pid>/stat until the child is a zombie (Node reaps children only
//     from its event loop). That loop's own CPU is left out of the parent's
//     figure.
// - windowsStandInCost: the wall time per request through the long-lived
//   Windows client against the stand-in process (a Node script speaking the
//   PowerShell reader's protocol); the first request, which starts the
//   process, is reported apart.
//
//   node out/test/bench/sampleBench.js [runs]   prints both, for a look by hand
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseXprintidle } from '../../src/core/sitting/idleOutputs';
import { findOnPath, isExecutableFile } from '../../src/system/idleSources';
import { spawnSource, type SpawnFn } from '../../src/system/spawnSource';
import { windowsIdleSource } from '../../src/system/windowsIdle';
import { missingPrograms, startXvfb } from '../unit/support/idleXvfb';

const STAND_IN = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'idle', 'windowsStandIn.mjs');
/** Linux's USER_HZ: the unit of utime and stime in /proc/<pid>/stat. */
const USER_HZ = 100;

/** The CPU milliseconds of child `pid`, read once it has exited and before it is reaped; NaN when that cannot be seen. Blocks the event loop until then (at most 2 s). */
function zombieCpuMs(pid: number): number {
  const deadline = Date.now() + 2000;
  while (Date.now() < deadline) {
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      return Number.NaN;
    }
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields[0] === 'Z') {
      try {
        return Number(fs.readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
      } catch {
        return ((Number(fields[11]) + Number(fields[12])) * 1000) / USER_HZ;
      }
    }
  }
  return Number.NaN;
}

const cpuMs = (usage: NodeJS.CpuUsage): number => (usage.user + usage.system) / 1000;

/** The CPU and wall milliseconds of one xprintidle sample, `runs` times; null where it cannot run. */
export async function sampleCost(runs: number): Promise<{ cpuMs: number[]; wallMs: number[] } | null> {
  const xprintidle = findOnPath('xprintidle', process.env, isExecutableFile);
  if (process.platform !== 'linux' || !xprintidle || missingPrograms(['Xvfb']).length > 0) {
    return null;
  }
  const xvfb = await startXvfb();
  try {
    const env = { ...process.env, DISPLAY: xvfb.display };
    let child = { cpuMs: Number.NaN, pollCpuMs: 0 };
    const measured: SpawnFn = (command, args, options) => {
      const started: ChildProcess = spawn(command, args, options);
      const before = process.cpuUsage();
      const childCpuMs = started.pid === undefined ? Number.NaN : zombieCpuMs(started.pid);
      child = { cpuMs: childCpuMs, pollCpuMs: cpuMs(process.cpuUsage(before)) };
      return started;
    };
    const spec = { name: 'xprintidle', command: xprintidle, args: [], parse: parseXprintidle, env };
    const plain = spawnSource(spec);
    const instrumented = spawnSource(spec, { spawn: measured, now: Date.now });
    await plain.sample(); // warm-up: the program in the page cache, the X server's first client
    const result = { cpuMs: [] as number[], wallMs: [] as number[] };
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      await plain.sample();
      result.wallMs.push(performance.now() - t0);
      const before = process.cpuUsage();
      await instrumented.sample();
      result.cpuMs.push(cpuMs(process.cpuUsage(before)) - child.pollCpuMs + child.cpuMs);
    }
    return result;
  } finally {
    await xvfb.stop();
  }
}

/** The wall milliseconds per request through the long-lived Windows client, against the stand-in. */
export async function windowsStandInCost(runs: number): Promise<{ wallMs: number[]; startWallMs: number }> {
  const source = windowsIdleSource({ command: process.execPath, args: [STAND_IN, 'normal'] });
  try {
    let t0 = performance.now();
    await source.sample();
    const startWallMs = performance.now() - t0;
    const wallMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      t0 = performance.now();
      await source.sample();
      wallMs.push(performance.now() - t0);
    }
    return { wallMs, startWallMs };
  } finally {
    source.dispose();
  }
}

if (require.main === module) {
  const runs = Number(process.argv[2] ?? 15);
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const show = (values: number[]) => `median ${median(values).toFixed(2)}, min ${Math.min(...values).toFixed(2)}, max ${Math.max(...values).toFixed(2)}`;
  void (async () => {
    const linux = await sampleCost(runs);
    console.log(linux ? `xprintidle sample: CPU ms ${show(linux.cpuMs)}; wall ms ${show(linux.wallMs)}` : 'xprintidle sample: n/a');
    const windows = await windowsStandInCost(runs);
    console.log(`Windows stand-in request: wall ms ${show(windows.wallMs)} (first, with the start: ${windows.startWallMs.toFixed(1)})`);
  })().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
