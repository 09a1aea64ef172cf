// Figures taken in the real workbench: one run of the offline VS Code server,
// headless Chromium on it.
//
// Activation: an empty extension (installed from a .vsix) and Posture Breaks
// (the production build, loaded as the extension under development) are both
// present in every window; activationProbe.ts, run as the window's extension
// test module, activates them one after the other and times each. One window
// (a fresh extension host) per run; the order alternates between runs. Both
// are given an activation event that never fires on its own, so that neither
// is active before the probe asks; apart from that, Posture Breaks is exactly
// the files the .vsix ships, and the empty extension declares the same
// engine, extension kinds and capabilities with an empty `activate`.
//
// The panel: in a window with the production build as shipped (it activates
// on start-up finished), the status-bar item is clicked and the time is taken,
// in the page, from the click event to the first animation frame in which the
// panel's heading (the h1 in the webview's content frame) is laid out with the
// panel's style sheet loaded; the panel is closed between runs. Its bytes: the
// HTML the extension gives the webview (UTF-8, as VS Code's webview host
// receives it) plus the body of every resource the panel's document loads
// (Resource Timing: panel.css, panel.js, anything else). VS Code's own webview
// host page and its default styles are not counted.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../harness/browser';
import { repoRoot, RunningServer, startServer } from '../harness/server';
import { stageWebExtension } from '../harness/webExtension';
import { openWorkbench, statusItemSelector } from '../harness/workbench';
import type { ActivationSample } from './activationProbe';
import type { StartupSample } from './startupProbe';
import { packageVsix, Snapshot } from './build';

export interface ActivationRun {
  /** From activate() to its promise settling. */
  emptyMs: number;
  oursMs: number;
  /** Of that, the extension host's event loop busy. */
  emptyBusyMs: number;
  oursBusyMs: number;
  /** Loading the extension's code, by VS Code's performance marks (1 ms resolution); null if not available. */
  emptyCodeLoadMs: number | null;
  oursCodeLoadMs: number | null;
}

/** One pair of fresh windows at start-up: one with Posture Breaks and the empty extension, one with the empty extension only. */
export interface StartupRun {
  /** Module load plus activate(), in the window with both. */
  emptyMs: number;
  oursMs: number;
  /** Of ours: the module load; of the empty extension's, the same. */
  oursLoadMs: number;
  emptyLoadMs: number;
  /** An extension that only loads the vscode API: load plus activate. */
  apiOnlyMs: number;
  /** Posture Breaks: activate() until the stored state is read and the real status-bar text shown. */
  readyMs: number;
  /** The extension host's CPU time in its first 10 s, typing meanwhile: with Posture Breaks, and without. */
  oursCpuMs: number;
  emptyCpuMs: number;
}

/** Warm activation in the browser's web-worker extension host, of the browser bundle. */
export interface WebActivationRun {
  emptyMs: number;
  oursMs: number;
}

export interface PanelRun {
  /** From the click on the status-bar item to the panel's heading visible. */
  visibleMs: number;
  /** The panel document's first contentful paint after the click (Chromium's paint timing); null if none was recorded. */
  firstPaintMs: number | null;
  htmlBytes: number;
  resources: { name: string; bytes: number }[];
}

/** The JS heap of the workbench page (the panel's page runs in its process), after a garbage collection. */
export interface RetainedRun {
  /** The panel open, with a break running, hidden behind an editor: its page is kept. */
  hiddenPanelBytes: number;
  /** The same window and editors, the panel closed. */
  withoutPanelBytes: number;
}

export interface WorkbenchFigures {
  activation: ActivationRun[];
  webActivation: WebActivationRun[];
  startup: StartupRun[];
  panel: PanelRun[];
  retained: RetainedRun[];
  versions: { vscode: string; chromium: string };
}

const EMPTY_ID = 'posture-breaks-bench.empty-extension';
/** The empty extension of the start-up windows: it activates when ours does, on start-up finished. */
const EMPTY_STARTUP_ID = 'posture-breaks-bench.empty-at-startup';
const PROBE_ID = 'posture-breaks-bench.startup-probe';
/** An extension whose module only loads the vscode API (as every extension that uses it must), also at start-up. */
const API_ONLY_ID = 'posture-breaks-bench.api-only';
/** An activation event nothing sends. */
const NEVER = 'onCommand:postureBreaksBench.never';

/** A small extension packaged as a .vsix: its manifest fields beside ours, and its main module's code. */
function benchExtension(workDir: string, snapshot: Snapshot, id: string, description: string, activationEvents: string[],
  code: string, extensionKind?: string[]): string {
  const ours = JSON.parse(fs.readFileSync(path.join(snapshot.dir, 'package.json'), 'utf8'));
  const [publisher, name] = id.split('.');
  const dir = path.join(workDir, name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({
    name,
    description,
    publisher,
    version: '0.0.1',
    license: 'MIT',
    engines: ours.engines,
    extensionKind: extensionKind ?? ours.extensionKind,
    capabilities: ours.capabilities,
    main: './extension.js',
    activationEvents,
    files: ['extension.js'],
  }, null, 2));
  fs.writeFileSync(path.join(dir, 'extension.js'), code);
  const vsix = path.join(workDir, `${name}.vsix`);
  packageVsix(dir, vsix, ['--no-dependencies', '--allow-missing-repository', '--skip-license']);
  return vsix;
}

const EMPTY_CODE = 'exports.activate = function () {};\nexports.deactivate = function () {};\n';
const API_ONLY_CODE = `require('vscode');\n${EMPTY_CODE}`;

/** The empty extension: the same kind of extension as ours, doing nothing. */
function emptyExtension(workDir: string, snapshot: Snapshot, id = EMPTY_ID, activationEvents = [NEVER]): string {
  return benchExtension(workDir, snapshot, id, 'An extension that does nothing: the baseline for activation time.', activationEvents, EMPTY_CODE);
}

/** Posture Breaks as shipped, but activated only when asked; with the probe beside it. */
function probedExtension(workDir: string, snapshot: Snapshot): { dir: string; probe: string } {
  const dir = path.join(workDir, 'probed-extension');
  fs.cpSync(snapshot.dir, dir, { recursive: true });
  const manifestFile = path.join(dir, 'package.json');
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  manifest.activationEvents = [NEVER];
  fs.writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
  const probe = path.join(dir, 'bench', 'activationProbe.js');
  fs.mkdirSync(path.dirname(probe), { recursive: true });
  fs.copyFileSync(path.join(__dirname, 'activationProbe.js'), probe);
  return { dir, probe };
}

async function measureActivation(browser: Browser, server: RunningServer, probed: { dir: string; probe: string }, outputDir: string,
  ourId: string, runs: number, log: (message: string) => void): Promise<ActivationRun[]> {
  const samples: ActivationRun[] = [];
  for (let run = 0; run < runs; run++) {
    const file = path.join(outputDir, `activation-${run}.json`);
    let exitCode: number | undefined;
    const page = await openWorkbench(browser, server, {
      extensionDevelopmentPath: probed.dir,
      extensionTestsPath: probed.probe,
      onExit: (code) => { exitCode = code; },
    });
    try {
      const deadline = Date.now() + 120_000;
      while (exitCode === undefined && Date.now() < deadline) {
        await page.waitForTimeout(100);
      }
      if (exitCode !== 0 || !fs.existsSync(file)) {
        throw new Error(`The activation probe failed in window ${run + 1} (exit ${exitCode ?? 'none: timed out'}).\n${server.output().slice(-2000)}`);
      }
    } finally {
      await page.context().close();
    }
    const sample = JSON.parse(fs.readFileSync(file, 'utf8')) as ActivationSample;
    const byId = (record: Record<string, number | null>, id: string) =>
      Object.entries(record).find(([key]) => key.toLowerCase() === id.toLowerCase())?.[1] ?? null;
    const emptyMs = byId(sample.ms, EMPTY_ID);
    const oursMs = byId(sample.ms, ourId);
    const emptyBusyMs = byId(sample.busyMs, EMPTY_ID);
    const oursBusyMs = byId(sample.busyMs, ourId);
    if (emptyMs === null || oursMs === null || emptyBusyMs === null || oursBusyMs === null) {
      throw new Error(`The activation probe reported ${JSON.stringify(sample)}`);
    }
    samples.push({
      emptyMs, oursMs, emptyBusyMs, oursBusyMs,
      emptyCodeLoadMs: byId(sample.codeLoadMs, EMPTY_ID),
      oursCodeLoadMs: byId(sample.codeLoadMs, ourId),
    });
    log(`activation ${run + 1}/${runs}: empty ${emptyMs.toFixed(1)} ms, Posture Breaks ${oursMs.toFixed(1)} ms (${sample.order.join(' then ')})`);
  }
  return samples;
}

const EMPTY_WEB_ID = 'posture-breaks-bench.empty-web-extension';

/**
 * Warm activation of the browser bundle, in the web-worker extension host.
 * Both extensions are staged as extensions under development with only a
 * `browser` entry (so the workbench runs them in that host) and an
 * activation event that never fires; the probe (webActivationProbe.ts,
 * bundled for the browser, inside our staged folder so it runs in the same
 * host) activates both. One fresh window per run, order alternating.
 */
export async function measureWebActivation(browser: Browser, workDir: string, snapshot: Snapshot, runs: number,
  log: (message: string) => void): Promise<WebActivationRun[]> {
  const ours = stageWebExtension(path.join(workDir, 'web'), snapshot.dir);
  const manifestFile = path.join(ours, 'package.json');
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  manifest.activationEvents = [NEVER];
  fs.writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
  // The empty extension is installed (a second extension under development is not run in that host).
  const empty = path.join(workDir, 'web', 'empty-web-extension');
  fs.mkdirSync(empty, { recursive: true });
  const [publisher, name] = EMPTY_WEB_ID.split('.');
  fs.writeFileSync(path.join(empty, 'package.json'), JSON.stringify({
    name, publisher, version: '0.0.1', license: 'MIT', description: 'An extension for the browser host that does nothing.',
    engines: manifest.engines, capabilities: manifest.capabilities, browser: './extension.js', activationEvents: [NEVER], files: ['extension.js'],
  }, null, 2));
  fs.writeFileSync(path.join(empty, 'extension.js'), EMPTY_CODE);
  const emptyVsix = path.join(workDir, 'web', 'empty-web-extension.vsix');
  packageVsix(empty, emptyVsix, ['--no-dependencies', '--allow-missing-repository', '--skip-license']);
  const server = await startServer({ quiet: true, installVsix: emptyVsix });
  const samples: WebActivationRun[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const probe = path.join(ours, 'bench', `web-activation-probe-${run}.js`);
      await esbuild.build({
        entryPoints: [path.join(repoRoot, 'test', 'bench', 'webActivationProbe.ts')],
        bundle: true, format: 'cjs', platform: 'browser', target: 'es2022', outfile: probe, external: ['vscode'], logLevel: 'warning',
        define: { POSTURE_BREAKS_BENCH_IDS: JSON.stringify([EMPTY_WEB_ID, snapshot.id]), POSTURE_BREAKS_BENCH_RUN: String(run) },
      });
      let exitCode: number | undefined;
      const page = await openWorkbench(browser, server, {
        extensionDevelopmentPath: ours,
        extensionTestsPath: probe,
        onExit: (code) => { exitCode = code; },
      });
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') {
          errors.push(message.text().split('\n')[0]);
        }
      });
      const file = path.join(server.workspaceDir, `web-activation-${run}.json`);
      try {
        const deadline = Date.now() + 120_000;
        while (exitCode === undefined && Date.now() < deadline) {
          await page.waitForTimeout(100);
        }
        if (exitCode !== 0 || !fs.existsSync(file)) {
          throw new Error(`The web activation probe failed in window ${run + 1} (exit ${exitCode ?? 'none: timed out'}).\n${errors.slice(-8).join('\n')}\n${server.output().split('\n').filter((line) => /development|extension/i.test(line)).slice(-10).join('\n')}`);
        }
      } finally {
        await page.context().close();
      }
      const sample = JSON.parse(fs.readFileSync(file, 'utf8')) as { ms: Record<string, number>; uiKind: number };
      const byId = (id: string) => Object.entries(sample.ms).find(([key]) => key.toLowerCase() === id.toLowerCase())?.[1];
      const emptyMs = byId(EMPTY_WEB_ID);
      const oursMs = byId(snapshot.id);
      if (emptyMs === undefined || oursMs === undefined || sample.uiKind !== 2) {
        throw new Error(`The web activation probe reported ${JSON.stringify(sample)}`);
      }
      samples.push({ emptyMs, oursMs });
      log(`web activation ${run + 1}/${runs}: empty ${emptyMs.toFixed(2)} ms, Posture Breaks ${oursMs.toFixed(2)} ms`);
    }
    return samples;
  } finally {
    await server.stop();
  }
}

/** Opens notes.md and types in it, a key every 100 ms, until `done` or 60 s. */
async function typeUntil(page: Page, done: () => boolean): Promise<void> {
  await page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input').fill('notes.md');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'notes.md' }).first().waitFor({ timeout: 30_000 });
  await page.keyboard.press('Enter');
  await page.locator('.monaco-editor textarea').first().waitFor({ timeout: 30_000 });
  const until = Date.now() + 60_000;
  let typed = 0;
  while (!done() && Date.now() < until) {
    await page.keyboard.type(typed++ % 40 === 39 ? '\n' : 'x');
    await page.waitForTimeout(100);
  }
}

/**
 * Start-up as a person's window sees it. Two servers, where the probe
 * (startupProbe.ts, activating first), an empty extension and one that only
 * loads the vscode API (both activating on start-up finished) are installed;
 * on one of them Posture Breaks is installed too, from its .vsix, as a person
 * has it. Per run, a fresh window on each; each is typed in while the probe
 * takes the extension host's CPU time.
 */
export async function measureStartup(browser: Browser, workDir: string, snapshot: Snapshot, runs: number,
  log: (message: string) => void): Promise<StartupRun[]> {
  const outputDir = path.join(workDir, 'startup-output');
  fs.mkdirSync(outputDir, { recursive: true });
  const probeCode = fs.readFileSync(path.join(__dirname, 'startupProbe.js'), 'utf8');
  const vsixes = [
    emptyExtension(workDir, snapshot, EMPTY_STARTUP_ID, ['onStartupFinished']),
    benchExtension(workDir, snapshot, API_ONLY_ID, 'An extension that only loads the vscode API.', ['onStartupFinished'], API_ONLY_CODE),
    benchExtension(workDir, snapshot, PROBE_ID, 'Measures the start-up of the other extensions.', ['*'], probeCode, ['workspace']),
  ];
  const env = { POSTURE_BREAKS_BENCH_OUTPUT: outputDir, POSTURE_BREAKS_BENCH_IDS: JSON.stringify([EMPTY_STARTUP_ID, API_ONLY_ID, snapshot.id]) };
  const withOurs = await startServer({ quiet: true, installVsix: [...vsixes, snapshot.vsix], env });
  const without = await startServer({ quiet: true, installVsix: vsixes, env });
  const samples: StartupRun[] = [];
  try {
    const window = async (server: RunningServer): Promise<StartupSample> => {
      const before = fs.readdirSync(outputDir).length;
      const page = await openWorkbench(browser, server);
      try {
        await typeUntil(page, () => fs.readdirSync(outputDir).length > before);
        const file = fs.readdirSync(outputDir).filter((name) => name.startsWith('startup-')).sort((a, b) => a.localeCompare(b, 'en', { numeric: true })).pop();
        if (fs.readdirSync(outputDir).length <= before || !file) {
          throw new Error(`The start-up probe wrote nothing within 60 s.\n${server.output().slice(-2000)}`);
        }
        return JSON.parse(fs.readFileSync(path.join(outputDir, file), 'utf8')) as StartupSample;
      } finally {
        await page.context().close();
      }
    };
    const timingOf = (sample: StartupSample, id: string) => {
      const timing = Object.entries(sample.timings).find(([key]) => key.toLowerCase() === id.toLowerCase())?.[1];
      if (!timing || !Number.isFinite(timing.activateMs)) {
        throw new Error(`The start-up probe did not see ${id} activate: ${JSON.stringify(sample)}`);
      }
      return timing;
    };
    for (let run = 0; run < runs; run++) {
      // The order alternates, so that neither kind of window always comes first.
      const [ours, empty] = run % 2 === 0
        ? [await window(withOurs), await window(without)]
        : [await window(without), await window(withOurs)].reverse();
      const mine = timingOf(ours, snapshot.id);
      const baseline = timingOf(ours, EMPTY_STARTUP_ID);
      const apiOnly = timingOf(ours, API_ONLY_ID);
      timingOf(empty, EMPTY_STARTUP_ID);
      if (mine.readyMs === null) {
        throw new Error(`Posture Breaks did not get ready within ${10} s of start-up: ${JSON.stringify(ours)}`);
      }
      samples.push({
        emptyMs: baseline.loadMs + baseline.activateMs,
        oursMs: mine.loadMs + mine.activateMs,
        oursLoadMs: mine.loadMs,
        emptyLoadMs: baseline.loadMs,
        apiOnlyMs: apiOnly.loadMs + apiOnly.activateMs,
        readyMs: mine.readyMs,
        oursCpuMs: ours.cpuMs,
        emptyCpuMs: empty.cpuMs,
      });
      log(`start-up ${run + 1}/${runs}: empty ${(baseline.loadMs + baseline.activateMs).toFixed(2)} ms (load ${baseline.loadMs.toFixed(2)}), `
        + `API only ${(apiOnly.loadMs + apiOnly.activateMs).toFixed(2)} ms, Posture Breaks (load ${mine.loadMs.toFixed(2)}) ${(mine.loadMs + mine.activateMs).toFixed(2)} ms, `
        + `ready after ${mine.readyMs.toFixed(0)} ms; CPU in 10 s ${ours.cpuMs.toFixed(0)} ms with it, ${empty.cpuMs.toFixed(0)} ms without`);
    }
    return samples;
  } finally {
    await Promise.all([withOurs.stop(), without.stop()]);
  }
}

// In-page code is given as text: the benchmark compiles without the DOM library.

/** Records the HTML the extension gives a webview, where VS Code's webview host parses it. */
const RECORD_WEBVIEW_HTML = `
if (location.pathname.endsWith('/webview/browser/pre/index.html')) {
  const parse = DOMParser.prototype.parseFromString;
  DOMParser.prototype.parseFromString = function (text, type) {
    window.__postureBreaksBenchHtmlBytes = new TextEncoder().encode(text).length;
    return parse.call(this, text, type);
  };
}`;

/** Arms the next click: from it, each animation frame looks for the panel's heading, visible and styled. */
const ARM_CLICK = `(() => {
  const state = { click: -1, visible: -1 };
  window.__postureBreaksBench = state;
  const content = () => {
    for (const outer of document.querySelectorAll('iframe.webview.ready')) {
      const inner = outer.contentDocument && outer.contentDocument.getElementById('active-frame');
      const doc = inner && inner.contentDocument;
      if (doc) {
        return { outer, doc };
      }
    }
    return undefined;
  };
  document.addEventListener('click', (event) => {
    state.click = event.timeStamp;
    const check = () => {
      const found = content();
      const h1 = found && found.doc.querySelector('h1');
      const styled = found && [...found.doc.querySelectorAll('link[rel="stylesheet"]')].every((link) => link.sheet);
      if (h1 && styled && h1.textContent.trim() && h1.getBoundingClientRect().height > 0 && found.outer.getBoundingClientRect().width > 0) {
        state.visible = performance.now();
      } else if (performance.now() - state.click < 30000) {
        requestAnimationFrame(check);
      }
    };
    requestAnimationFrame(check);
  }, { capture: true, once: true });
})()`;

/** After the panel shows: the times relative to the click, and what its document loaded. */
const READ_PANEL = `(() => {
  const state = window.__postureBreaksBench;
  for (const outer of document.querySelectorAll('iframe.webview.ready')) {
    const inner = outer.contentDocument && outer.contentDocument.getElementById('active-frame');
    const doc = inner && inner.contentDocument;
    if (!doc || !doc.querySelector('h1')) {
      continue;
    }
    const win = inner.contentWindow;
    const paint = win.performance.getEntriesByName('first-contentful-paint')[0];
    const firstPaint = paint ? win.performance.timeOrigin + paint.startTime - performance.timeOrigin : null;
    return {
      visibleMs: state.visible - state.click,
      firstPaintMs: firstPaint === null ? null : firstPaint - state.click,
      htmlBytes: outer.contentWindow.__postureBreaksBenchHtmlBytes ?? -1,
      resources: win.performance.getEntriesByType('resource').map((entry) => ({
        name: decodeURIComponent(new URL(entry.name).pathname).split('/').slice(-2).join('/'),
        bytes: entry.decodedBodySize,
      })),
    };
  }
  return undefined;
})()`;

async function measurePanel(browser: Browser, server: RunningServer, snapshot: Snapshot, runs: number,
  log: (message: string) => void): Promise<PanelRun[]> {
  const page: Page = await openWorkbench(browser, server, { extensionDevelopmentPath: snapshot.dir });
  try {
    await page.context().addInitScript({ content: RECORD_WEBVIEW_HTML });
    const item = page.locator(statusItemSelector('status'));
    await item.waitFor({ state: 'visible', timeout: 90_000 });
    // Let the window finish starting up, as a person would not click in its first second.
    await page.waitForTimeout(3000);
    const tabs = page.locator('.tabs-container .tab');
    const samples: PanelRun[] = [];
    for (let run = 0; run < runs; run++) {
      await page.evaluate(ARM_CLICK);
      await item.click();
      await page.waitForFunction('window.__postureBreaksBench.visible >= 0', undefined, { timeout: 30_000 });
      // Paint timing is recorded just after the frame is drawn.
      await page.waitForTimeout(300);
      const sample = await page.evaluate(READ_PANEL) as PanelRun | undefined;
      if (!sample) {
        throw new Error('The panel showed but its content frame could not be read.');
      }
      samples.push(sample);
      log(`panel ${run + 1}/${runs}: visible after ${sample.visibleMs.toFixed(1)} ms`);
      // Close it (its tab's close button) and wait until no editor is open.
      await page.mouse.move(700, 400);
      await tabs.first().hover();
      await tabs.first().locator('.tab-actions .action-label').first().click();
      await tabs.first().waitFor({ state: 'detached', timeout: 10_000 });
      await page.waitForTimeout(500);
    }
    return samples;
  } finally {
    await page.context().close();
  }
}

/**
 * What keeping the panel's page while hidden costs (retainContextWhenHidden):
 * the workbench page's JS heap after a garbage collection with the panel
 * open, its break running, hidden behind an editor in its group; then the
 * same with the panel closed. One fresh window per run; the panel is opened
 * and closed once first, so that the workbench's own webview code is loaded
 * in both figures.
 */
async function measureRetained(browser: Browser, server: RunningServer, snapshot: Snapshot, runs: number,
  log: (message: string) => void): Promise<RetainedRun[]> {
  const samples: RetainedRun[] = [];
  for (let run = 0; run < runs; run++) {
    const page: Page = await openWorkbench(browser, server, { extensionDevelopmentPath: snapshot.dir });
    try {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      const heap = async (): Promise<number> => {
        await page.waitForTimeout(1000);
        await cdp.send('HeapProfiler.collectGarbage');
        const { metrics } = await cdp.send('Performance.getMetrics');
        return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
      };
      const item = page.locator(statusItemSelector('status'));
      await item.waitFor({ state: 'visible', timeout: 90_000 });
      await page.waitForTimeout(3000);
      const panel = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
      const panelTab = page.locator('.tab', { hasText: 'Posture Breaks' });
      // Warm up: open and close the panel once.
      await item.click();
      await panel.locator('#run-toggle').waitFor({ timeout: 30_000 });
      await panelTab.hover();
      await panelTab.locator('.tab-actions .action-label').first().click();
      await panelTab.waitFor({ state: 'detached', timeout: 10_000 });
      await item.click();
      await panel.locator('#run-toggle').click({ timeout: 30_000 });
      // Another editor in front of the panel, in its group: the panel is hidden.
      await panelTab.click();
      // Whatever the window shows on top (a welcome page's dialog, a notification's focus) must not take the key.
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+P');
      await page.locator('.quick-input-widget input').fill('notes.md');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'notes.md' }).first().waitFor();
      await page.keyboard.press('Enter');
      await page.locator('.tab.active', { hasText: 'notes.md' }).waitFor();
      const hiddenPanelBytes = await heap();
      // The same window and editors, without the panel.
      await panelTab.hover();
      await panelTab.locator('.tab-actions .action-label').first().click();
      await panelTab.waitFor({ state: 'detached', timeout: 10_000 });
      const withoutPanelBytes = await heap();
      samples.push({ withoutPanelBytes, hiddenPanelBytes });
      log(`retained panel ${run + 1}/${runs}: ${Math.round((hiddenPanelBytes - withoutPanelBytes) / 1024)} KB`);
    } finally {
      await page.context().close();
    }
  }
  return samples;
}

function vscodeVersion(): string {
  try {
    const file = path.join(repoRoot, 'test', 'server', 'node_modules', 'code-server', 'lib', 'vscode', 'package.json');
    return JSON.parse(fs.readFileSync(file, 'utf8')).version;
  } catch {
    return 'unknown';
  }
}

export async function workbenchFigures(workDir: string, snapshot: Snapshot, runs: number, log: (message: string) => void): Promise<WorkbenchFigures> {
  const outputDir = path.join(workDir, 'probe-output');
  fs.mkdirSync(outputDir, { recursive: true });
  const emptyVsix = emptyExtension(workDir, snapshot);
  const probed = probedExtension(workDir, snapshot);
  const browser = await launchBrowser();
  try {
    log('start-up: a server with the start-up probe');
    const startup = await measureStartup(browser, workDir, snapshot, runs, log);
    log('web activation: the browser bundle in the web-worker extension host');
    const webActivation = await measureWebActivation(browser, workDir, snapshot, runs, log);
    log('starting the offline VS Code server');
    const rest = await warmFigures(browser, outputDir, emptyVsix, probed, snapshot, runs, log);
    return { ...rest, startup, webActivation, versions: { vscode: vscodeVersion(), chromium: browser.version() } };
  } finally {
    await browser.close();
  }
}

async function warmFigures(browser: Browser, outputDir: string, emptyVsix: string, probed: { dir: string; probe: string },
  snapshot: Snapshot, runs: number, log: (message: string) => void): Promise<Omit<WorkbenchFigures, 'startup' | 'webActivation' | 'versions'>> {
  const server = await startServer({
    quiet: true,
    installVsix: emptyVsix,
    env: { POSTURE_BREAKS_BENCH_OUTPUT: outputDir, POSTURE_BREAKS_BENCH_IDS: JSON.stringify([EMPTY_ID, snapshot.id]) },
  });
  try {
    const activation = await measureActivation(browser, server, probed, outputDir, snapshot.id, runs, log);
    const panel = await measurePanel(browser, server, snapshot, runs, log);
    const retained = await measureRetained(browser, server, snapshot, runs, log);
    return { activation, panel, retained };
  } finally {
    await server.stop();
  }
}
