// `npm run bench`: what the extension costs, measured on this machine.
//
//   npm run bench                               a table on stdout
//   npm run --silent bench -- --json > b.json   the same figures as JSON on stdout
//   npm run bench -- --runs 9                   runs per figure (default 7)
//   npm run bench -- --only day                 some parts only (see PARTS)
//
// Progress goes to stderr (npm's own banner lines go to stdout unless
// --silent). Each figure is the median of its runs, with min and max; sizes
// are measured once (they do not vary between runs). Targets are printed next
// to the figures and never fail the command.
//
// How each figure is taken:
// - Sizes: the production build (esbuild --production) frozen in a temporary
//   copy (build.ts); the .vsix is packaged from that copy the way
//   `npm run package` does, into the temporary folder.
// - Start-up: on a server of its own, a probe extension that activates first
//   times each extension's module load plus activate() as the window starts
//   and onStartupFinished fires (startupProbe.ts); per run one window with
//   Posture Breaks and an empty extension, one with the empty extension only,
//   both typed in for the probe's first 10 s of extension-host CPU time.
// - Activation, warm: in one run of the offline VS Code server, one window (a fresh
//   extension host) per run, an empty extension and Posture Breaks are each
//   activated through VS Code's activation path and timed from activate() to
//   its promise settling; the cost is the difference within the window. Of
//   it: the time the extension host's event loop was busy, and the code
//   loading by VS Code's own marks (workbench.ts, activationProbe.ts).
// - The panel: in a window of the same server, from the click on the
//   status-bar item to the first animation frame with the panel's heading laid
//   out and styled; bytes: the HTML given to the webview plus every resource
//   its document loads (workbench.ts). Kept while hidden: the workbench page's
//   JS heap after a garbage collection with no panel, and with the panel's
//   break running behind another editor (its page is kept, so the guidance
//   goes on); the difference, in the same window.
// - The clock: simulated time with fake timers (clockBench.ts), one seed per
//   run for the active hours.
// - Memory: a Node process per run with --expose-gc: heap used after a full
//   collection, with the core just started and after 8 simulated hours of
//   bursty activity (memoryProbe.ts).
// - A sample of the system's input time: one real xprintidle spawn per run
//   under an Xvfb the bench starts (n/a where either is missing), and the
//   wall time per request through the long-lived Windows client against its
//   stand-in process (sampleBench.ts).
// - The day: a simulated working day played through the core with the
//   editor-only rules and with the system's input time, one seed per run
//   (dayBench.ts; the day's assumptions are in dayTrace.ts and dayPlayer.ts).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { buildSnapshot, type Snapshot } from './build';
import { clockFigures } from './clockBench';
import { dayBenchFigures, describeDay, playedDay, type PlayedDay } from './dayBench';
import { figure, Figure, json, table, unavailable } from './figures';
import { sampleCost, windowsStandInCost } from './sampleBench';
import { missingPrograms } from '../unit/support/idleXvfb';
import { workbenchFigures, type WorkbenchFigures } from './workbench';

const KB = 1024;
const SIMULATED_HOURS = 8;

/** The parts of the benchmark; --only picks some (the workbench also builds the package, as the sizes do). */
const PARTS = {
  sizes: 'the production build\'s sizes and the .vsix',
  workbench: 'start-up, activation and the panel, in the offline VS Code server',
  clock: 'the clock on fake time',
  memory: 'the core\'s heap over simulated hours',
  sample: 'the cost of one sample of the system\'s input time',
  day: 'the simulated working day, editor only and with the system\'s input time',
} as const;
type Part = keyof typeof PARTS;

const USAGE = `Usage: npm run bench [-- --json] [-- --runs N] [-- --only PART[,PART...]]
  --json     print the figures as JSON on stdout (progress stays on stderr;
             add --silent after npm run to keep npm's banner off stdout)
  --runs N   runs per figure, 1 to 50 (default 7)
  --only     run only these parts (repeat it or separate them by commas):
${Object.entries(PARTS).map(([name, what]) => `               ${name.padEnd(10)}${what}`).join('\n')}`;

const started = Date.now();
function log(message: string): void {
  process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}\n`);
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

function memorySamples(runs: number): { before: number[]; after: number[]; growth: number[] } {
  const before: number[] = [];
  const after: number[] = [];
  const growth: number[] = [];
  for (let run = 0; run < runs; run++) {
    const child = spawnSync(process.execPath, ['--expose-gc', path.join(__dirname, 'memoryProbe.js'), String(run + 1), String(SIMULATED_HOURS)], { encoding: 'utf8' });
    if (child.status !== 0) {
      throw new Error(`The memory probe failed:\n${child.stderr}`);
    }
    const result = JSON.parse(child.stdout) as { before: number; after: number; events: number };
    before.push(result.before);
    after.push(result.after);
    growth.push(result.after - result.before);
    log(`memory ${run + 1}/${runs}: ${result.events} events, heap ${result.before} -> ${result.after} bytes`);
  }
  return { before, after, growth };
}

/** The parts named by --only (each may list several, separated by commas); every part without it. */
function chosenParts(only: string[] | undefined): Set<Part> {
  if (only === undefined) {
    return new Set(Object.keys(PARTS) as Part[]);
  }
  const names = only.flatMap((value) => value.split(',')).map((name) => name.trim()).filter((name) => name !== '');
  const unknown = names.filter((name) => !Object.hasOwn(PARTS, name));
  if (unknown.length > 0 || names.length === 0) {
    throw new Error(`--only takes the names of parts: ${unknown.length > 0 ? `${unknown.join(', ')} is not one.` : 'none was given.'}\n${USAGE}`);
  }
  return new Set(names as Part[]);
}

/** The sizes of the frozen production build. */
function sizeFigures(snapshot: Snapshot): Figure[] {
  return [
    figure('bundleBytes', 'Bytes loaded at activation (dist/extension.js)', 'bytes', [snapshot.bundleBytes],
      (v) => ({ text: '< 4 KB', met: v < 4 * KB })),
    figure('appCodeBytes', 'The rest, loaded after activation (dist/app.js, the panel\'s code included)', 'bytes', [snapshot.appCodeBytes]),
    figure('webBundleBytes', 'Browser bundle (dist/web/extension.js, all of it)', 'bytes', [snapshot.webBundleBytes]),
    figure('panelScriptBytes', 'Panel script (media/build/panel.js)', 'bytes', [snapshot.panelScriptBytes]),
    figure('vsixBytes', 'Package (.vsix)', 'bytes', [snapshot.vsixBytes]),
  ];
}

/** Start-up and activation in the workbench. */
function startupFigures(workbench: WorkbenchFigures, snapshot: Snapshot): Figure[] {
  const activation = workbench.activation;
  const codeLoad = activation.map((r) => (r.oursCodeLoadMs === null || r.emptyCodeLoadMs === null ? null : r.oursCodeLoadMs - r.emptyCodeLoadMs));
  const startup = workbench.startup;
  return [
    figure('startupEmptyMs', 'Start-up: empty extension (load + activate)', 'ms', startup.map((r) => round(r.emptyMs, 3))),
    figure('startupMs', 'Start-up: Posture Breaks (load + activate)', 'ms', startup.map((r) => round(r.oursMs, 3))),
    figure('startupCostMs', 'Start-up cost (Posture Breaks - empty)', 'ms', startup.map((r) => round(r.oursMs - r.emptyMs, 3)),
      (v) => ({ text: '< 1 ms', met: v < 1 })),
    figure('nodeCodeBytes', '  beside it, all the Node host\'s code (dist/extension.js + dist/app.js)', 'bytes', [snapshot.bundleBytes + snapshot.appCodeBytes]),
    figure('startupRatio', 'Start-up ratio (Posture Breaks / empty)', 'x', startup.map((r) => round(r.oursMs / r.emptyMs))),
    figure('startupLoadCostMs', '  of it, loading dist/extension.js (- the empty one)', 'ms', startup.map((r) => round(r.oursLoadMs - r.emptyLoadMs, 3))),
    figure('startupApiCostMs', 'Start-up: an extension that only loads the vscode API (- empty)', 'ms', startup.map((r) => round(r.apiOnlyMs - r.emptyMs, 3))),
    figure('startupReadyMs', 'Activation to the coding time on the status bar', 'ms', startup.map((r) => round(r.readyMs, 1)),
      (v) => ({ text: '< 100 ms', met: v < 100 })),
    figure('startupCpuCostMs', 'Extension host CPU, first 10 s with typing (with - without)', 'ms',
      startup.map((r) => round(r.oursCpuMs - r.emptyCpuMs, 1))),
    figure('activationEmptyMs', 'Activation, warm: empty extension', 'ms', activation.map((r) => round(r.emptyMs))),
    figure('activationMs', 'Activation, warm: Posture Breaks', 'ms', activation.map((r) => round(r.oursMs))),
    figure('activationCostMs', 'Activation cost, warm (Posture Breaks - empty)', 'ms', activation.map((r) => round(r.oursMs - r.emptyMs)),
      (v) => ({ text: '< 1 ms', met: v < 1 })),
    figure('activationRatio', 'Activation ratio, warm (Posture Breaks / empty)', 'x', activation.map((r) => round(r.oursMs / r.emptyMs))),
    figure('activationBusyCostMs', '  of it, extension host busy', 'ms', activation.map((r) => round(r.oursBusyMs - r.emptyBusyMs))),
    ...(codeLoad.every((v) => v !== null) ? [figure('activationCodeLoadCostMs', '  of it, loading the code', 'ms', codeLoad as number[])] : []),
    figure('webActivationEmptyMs', 'Browser host, warm: empty extension', 'ms', workbench.webActivation.map((r) => round(r.emptyMs))),
    figure('webActivationMs', 'Browser host, warm: Posture Breaks (dist/web/extension.js)', 'ms', workbench.webActivation.map((r) => round(r.oursMs))),
    figure('webActivationCostMs', 'Browser host activation cost (Posture Breaks - empty)', 'ms',
      workbench.webActivation.map((r) => round(r.oursMs - r.emptyMs)), (v) => ({ text: '< 1 ms', met: v < 1 })),
  ];
}

/** The panel in the workbench. */
function panelFigures(workbench: WorkbenchFigures): Figure[] {
  const panel = workbench.panel;
  const firstPaint = panel.map((r) => r.firstPaintMs);
  return [
    figure('panelVisibleMs', 'Panel: click to content visible', 'ms', panel.map((r) => round(r.visibleMs)),
      (v) => ({ text: '< 500 ms', met: v < 500 })),
    ...(firstPaint.every((v) => v !== null) ? [figure('panelFirstPaintMs', '  first contentful paint', 'ms', (firstPaint as number[]).map((v) => round(v)))] : []),
    figure('panelBytes', 'Panel: bytes loaded (HTML + resources)', 'bytes', panel.map((r) => r.htmlBytes + r.resources.reduce((sum, res) => sum + res.bytes, 0))),
    figure('panelRetainedBytes', 'Panel: kept while hidden, JS heap (with - without panel)', 'bytes',
      workbench.retained.map((r) => Math.round(r.hiddenPanelBytes - r.withoutPanelBytes))),
  ];
}

/** One sample of the system's input time: xprintidle on Linux, and a request through the Windows client against its stand-in. */
async function sampleFigures(runs: number): Promise<Figure[]> {
  const figures: Figure[] = [];
  log(`sample: ${runs} xprintidle samples under an Xvfb of the bench's own`);
  const linux = await sampleCost(runs);
  if (linux) {
    figures.push(
      figure('sampleCpuMs', 'Sample, Linux (xprintidle spawned): CPU, parent + child', 'ms', linux.cpuMs.map((v) => round(v, 3))),
      figure('sampleWallMs', 'Sample, Linux (xprintidle spawned): wall, call to answer', 'ms', linux.wallMs.map((v) => round(v, 3))),
    );
  } else {
    const missing = missingPrograms(['Xvfb', 'xprintidle']);
    const why = process.platform !== 'linux' ? `not Linux (${process.platform})` : `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not installed`;
    log(`sample: n/a, ${why}`);
    figures.push(
      unavailable('sampleCpuMs', 'Sample, Linux (xprintidle spawned): CPU, parent + child', 'ms', why),
      unavailable('sampleWallMs', 'Sample, Linux (xprintidle spawned): wall, call to answer', 'ms', why),
    );
  }
  log(`sample: ${runs} requests through the Windows client against its stand-in`);
  const windows = await windowsStandInCost(runs);
  figures.push(
    figure('sampleWindowsStandInWallMs', 'Sample, Windows client against its stand-in: wall per request', 'ms', windows.wallMs.map((v) => round(v, 3))),
    figure('sampleWindowsStandInStartWallMs', '  its first request, with the process start', 'ms', [round(windows.startWallMs, 1)]),
  );
  return figures;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      runs: { type: 'string', default: '7' },
      only: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1 || runs > 50) {
    throw new Error(`--runs must be a whole number from 1 to 50.\n${USAGE}`);
  }
  const parts = chosenParts(values.only);
  // Anything printed along the way is progress: stdout is kept for the figures.
  console.log = (...args: unknown[]) => console.error(...args);

  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'posture-breaks-bench-'));
  try {
    const figures: Figure[] = [];
    const snapshot = parts.has('sizes') || parts.has('workbench') ? buildSnapshot(workDir, log) : null;
    if (snapshot && parts.has('sizes')) {
      figures.push(...sizeFigures(snapshot));
    }

    let clock: ReturnType<typeof clockFigures>[] = [];
    if (parts.has('clock')) {
      log(`clock: ${runs} runs in simulated time`);
      clock = Array.from({ length: runs }, (_, run) => clockFigures(run + 1));
    }
    let memory: ReturnType<typeof memorySamples> | null = null;
    if (parts.has('memory')) {
      log(`memory: ${runs} runs of ${SIMULATED_HOURS} simulated hours`);
      memory = memorySamples(runs);
    }

    let workbench: WorkbenchFigures | null = null;
    if (snapshot && parts.has('workbench')) {
      log(`workbench: ${runs} windows for activation, then ${runs} panel openings`);
      workbench = await workbenchFigures(workDir, snapshot, runs, log);
      figures.push(...startupFigures(workbench, snapshot));
    }
    if (parts.has('clock')) {
      figures.push(
        figure('eventsPerSecond', 'Clock: activity events handled', 'events/s', clock.map((c) => c.eventsPerSecond)),
        figure('timersPerIdleHour', 'Clock: timers per idle hour', 'count', clock.map((c) => c.timersPerIdleHour),
          (v) => ({ text: '0', met: v === 0 })),
        figure('timersPerActiveHour', 'Clock: timers per active hour', 'count', clock.map((c) => c.timersPerActiveHour),
          (v) => ({ text: '<= 60 + due moments', met: v <= 60 })),
        figure('writesPerActiveHour', 'Clock: state writes per active hour', 'count', clock.map((c) => c.writesPerActiveHour)),
      );
    }
    if (workbench) {
      figures.push(...panelFigures(workbench));
    }
    if (memory) {
      figures.push(
        figure('heapBeforeBytes', 'Memory: core heap at start', 'bytes', memory.before),
        figure('heapAfterBytes', `Memory: core heap after ${SIMULATED_HOURS} h of activity`, 'bytes', memory.after),
        figure('heapGrowthBytes', `Memory: heap growth over ${SIMULATED_HOURS} h`, 'bytes', memory.growth),
      );
    }
    if (parts.has('sample')) {
      figures.push(...await sampleFigures(runs));
    }
    let days: PlayedDay[] = [];
    if (parts.has('day')) {
      log(`day: ${runs} simulated working days (one seed each), editor only and with the system's input time`);
      days = [];
      for (let seed = 1; seed <= runs; seed++) {
        days.push(await playedDay(seed));
      }
      figures.push(...dayBenchFigures(days));
    }

    const last = workbench?.panel[workbench.panel.length - 1];
    const about = {
      date: new Date().toISOString(),
      runs,
      parts: [...parts],
      machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? 'unknown', memoryBytes: os.totalmem(), platform: `${os.platform()} ${os.arch()}`, node: process.version },
      ...(workbench && last ? {
        vscode: workbench.versions.vscode,
        chromium: workbench.versions.chromium,
        panelLoads: { htmlBytes: last.htmlBytes, resources: last.resources },
      } : {}),
    };
    if (values.json) {
      process.stdout.write(`${json(figures, about)}\n`);
    } else {
      const only = parts.size < Object.keys(PARTS).length ? ` (only: ${[...parts].join(', ')})` : '';
      process.stdout.write(`\nPosture Breaks benchmark${only}: ${runs} runs, ${about.machine.cpus} CPUs (${about.machine.cpu}), Node ${process.version}`
        + `${workbench ? `, VS Code ${workbench.versions.vscode} (offline server), Chromium ${workbench.versions.chromium}` : ''}\n\n`);
      process.stdout.write(`${table(figures)}\n`);
      if (last) {
        process.stdout.write(`\nThe panel loads: HTML ${last.htmlBytes} B, ${last.resources.map((r) => `${r.name} ${r.bytes} B`).join(', ')}.\n`);
      }
      for (const f of figures.filter((f) => f.unavailable)) {
        process.stdout.write(`n/a: ${f.label.trim()}: ${f.unavailable}.\n`);
      }
      if (days.length > 0) {
        process.stdout.write(`\nThe day of seed 1 (each stretch of sitting, from sitting down to standing up):\n${describeDay(days[0])}\n`);
      }
      const missed = figures.filter((f) => f.target && !f.target.met).map((f) => f.label.trim());
      process.stdout.write(missed.length ? `\nShort of target: ${missed.join('; ')}.\n` : '\nEvery target met.\n');
    }
    log(`done in ${Math.round((Date.now() - started) / 1000)} s`);
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
