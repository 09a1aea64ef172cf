// `npm run bench`: what the extension costs, measured on this machine.
//
//   npm run bench                               a table on stdout
//   npm run --silent bench -- --json > b.json   the same figures as JSON on stdout
//   npm run bench -- --runs 9                   runs per figure (default 7)
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
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { buildSnapshot } from './build';
import { clockFigures } from './clockBench';
import { figure, Figure, json, table } from './figures';
import { workbenchFigures } from './workbench';

const KB = 1024;
const SIMULATED_HOURS = 8;

const USAGE = `Usage: npm run bench [-- --json] [-- --runs N]
  --json     print the figures as JSON on stdout (progress stays on stderr;
             add --silent after npm run to keep npm's banner off stdout)
  --runs N   runs per figure, 1 to 50 (default 7)`;

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

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      runs: { type: 'string', default: '7' },
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
  // Anything printed along the way is progress: stdout is kept for the figures.
  console.log = (...args: unknown[]) => console.error(...args);

  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'posture-breaks-bench-'));
  try {
    const figures: Figure[] = [];
    const snapshot = buildSnapshot(workDir, log);
    figures.push(
      figure('bundleBytes', 'Bytes loaded at activation (dist/extension.js)', 'bytes', [snapshot.bundleBytes],
        (v) => ({ text: '< 4 KB', met: v < 4 * KB })),
      figure('appCodeBytes', 'The rest, loaded after activation (dist/app.js, the panel\'s code included)', 'bytes', [snapshot.appCodeBytes]),
      figure('webBundleBytes', 'Browser bundle (dist/web/extension.js, all of it)', 'bytes', [snapshot.webBundleBytes]),
      figure('panelScriptBytes', 'Panel script (media/build/panel.js)', 'bytes', [snapshot.panelScriptBytes]),
      figure('vsixBytes', 'Package (.vsix)', 'bytes', [snapshot.vsixBytes]),
    );

    log(`clock: ${runs} runs in simulated time`);
    const clock = Array.from({ length: runs }, (_, run) => clockFigures(run + 1));
    log(`memory: ${runs} runs of ${SIMULATED_HOURS} simulated hours`);
    const memory = memorySamples(runs);

    log(`workbench: ${runs} windows for activation, then ${runs} panel openings`);
    const workbench = await workbenchFigures(workDir, snapshot, runs, log);
    const activation = workbench.activation;
    const codeLoad = activation.map((r) => (r.oursCodeLoadMs === null || r.emptyCodeLoadMs === null ? null : r.oursCodeLoadMs - r.emptyCodeLoadMs));
    const panel = workbench.panel;
    const firstPaint = panel.map((r) => r.firstPaintMs);
    const panelBytes = panel.map((r) => r.htmlBytes + r.resources.reduce((sum, res) => sum + res.bytes, 0));

    const startup = workbench.startup;
    figures.push(
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
    );
    figures.push(
      figure('activationBusyCostMs', '  of it, extension host busy', 'ms', activation.map((r) => round(r.oursBusyMs - r.emptyBusyMs))),
    );
    if (codeLoad.every((v) => v !== null)) {
      figures.push(figure('activationCodeLoadCostMs', '  of it, loading the code', 'ms', codeLoad as number[]));
    }
    figures.push(
      figure('webActivationEmptyMs', 'Browser host, warm: empty extension', 'ms', workbench.webActivation.map((r) => round(r.emptyMs))),
      figure('webActivationMs', 'Browser host, warm: Posture Breaks (dist/web/extension.js)', 'ms', workbench.webActivation.map((r) => round(r.oursMs))),
      figure('webActivationCostMs', 'Browser host activation cost (Posture Breaks - empty)', 'ms',
        workbench.webActivation.map((r) => round(r.oursMs - r.emptyMs)), (v) => ({ text: '< 1 ms', met: v < 1 })),
    );
    figures.push(
      figure('eventsPerSecond', 'Clock: activity events handled', 'events/s', clock.map((c) => c.eventsPerSecond)),
      figure('timersPerIdleHour', 'Clock: timers per idle hour', 'count', clock.map((c) => c.timersPerIdleHour),
        (v) => ({ text: '0', met: v === 0 })),
      figure('timersPerActiveHour', 'Clock: timers per active hour', 'count', clock.map((c) => c.timersPerActiveHour),
        (v) => ({ text: '<= 60 + due moments', met: v <= 60 })),
      figure('writesPerActiveHour', 'Clock: state writes per active hour', 'count', clock.map((c) => c.writesPerActiveHour)),
      figure('panelVisibleMs', 'Panel: click to content visible', 'ms', panel.map((r) => round(r.visibleMs)),
        (v) => ({ text: '< 500 ms', met: v < 500 })),
    );
    if (firstPaint.every((v) => v !== null)) {
      figures.push(figure('panelFirstPaintMs', '  first contentful paint', 'ms', (firstPaint as number[]).map((v) => round(v))));
    }
    figures.push(
      figure('panelBytes', 'Panel: bytes loaded (HTML + resources)', 'bytes', panelBytes),
      figure('panelRetainedBytes', 'Panel: kept while hidden, JS heap (with - without panel)', 'bytes',
        workbench.retained.map((r) => Math.round(r.hiddenPanelBytes - r.withoutPanelBytes))),
      figure('heapBeforeBytes', 'Memory: core heap at start', 'bytes', memory.before),
      figure('heapAfterBytes', `Memory: core heap after ${SIMULATED_HOURS} h of activity`, 'bytes', memory.after),
      figure('heapGrowthBytes', `Memory: heap growth over ${SIMULATED_HOURS} h`, 'bytes', memory.growth),
    );

    const last = panel[panel.length - 1];
    const about = {
      date: new Date().toISOString(),
      runs,
      machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? 'unknown', memoryBytes: os.totalmem(), platform: `${os.platform()} ${os.arch()}`, node: process.version },
      vscode: workbench.versions.vscode,
      chromium: workbench.versions.chromium,
      panelLoads: { htmlBytes: last.htmlBytes, resources: last.resources },
    };
    if (values.json) {
      process.stdout.write(`${json(figures, about)}\n`);
    } else {
      process.stdout.write(`\nPosture Breaks benchmark: ${runs} runs, ${about.machine.cpus} CPUs (${about.machine.cpu}), `
        + `Node ${process.version}, VS Code ${about.vscode} (offline server), Chromium ${about.chromium}\n\n`);
      process.stdout.write(`${table(figures)}\n`);
      process.stdout.write(`\nThe panel loads: HTML ${last.htmlBytes} B, ${last.resources.map((r) => `${r.name} ${r.bytes} B`).join(', ')}.\n`);
      const missed = figures.filter((f) => f.target && !f.target.met).map((f) => f.label.trim());
      process.stdout.write(missed.length ? `Short of target: ${missed.join('; ')}.\n` : 'Every target met.\n');
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
