// Runs inside the VS Code extension host (as the window's extension test
// module, see workbench.ts) and measures the activation of two extensions that
// are loaded but not active yet: an empty extension and Posture Breaks.
//
// Each is activated with `vscode.extensions.getExtension(id).activate()`,
// which takes VS Code's own activation path (the one an activation event
// takes): load the extension's main module, create its ExtensionContext, call
// `activate(context)` and wait for the promise it returns. The time is taken
// around that call with performance.now(), so it includes the asynchronous
// part of activate (what runs after its first await), which the "Running
// Extensions" view leaves out. Alongside, the event loop's active time over the
// same span (performance.eventLoopUtilization) tells how much of it kept the
// extension host busy, as opposed to waiting for I/O (file system calls,
// messages to the workbench) while other work could run. The extension host
// is first left to settle (the other extensions' start-up work done, the event
// loop idle): what is measured is the extension's own cost, not a queue behind
// others.
//
// Only Node built-ins and `vscode` are used: this file is copied next to the
// extension under test, where the extension host resolves `vscode` for it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';

export interface ActivationSample {
  /** The order the two were activated in (alternates from one window to the next). */
  order: string[];
  /** Milliseconds from activate() to its promise settling, per extension id. */
  ms: Record<string, number>;
  /** Of those, milliseconds the extension host's event loop was busy (not waiting), per id. */
  busyMs: Record<string, number>;
  /** Code loading as VS Code's own performance marks record it (1 ms resolution), per id; null when unavailable. */
  codeLoadMs: Record<string, number | null>;
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One turn of the event loop, in ms. */
function loopTurn(): Promise<number> {
  const started = performance.now();
  return new Promise((resolve) => setImmediate(() => resolve(performance.now() - started)));
}

/** Waits for the start-up work to end: at least 2 s, then until 10 event-loop turns in a row are quick (at most 5 s more). */
async function settle(): Promise<void> {
  await delay(2000);
  const until = performance.now() + 5000;
  let quiet = 0;
  while (quiet < 10 && performance.now() < until) {
    quiet = (await loopTurn()) < 1 ? quiet + 1 : 0;
    await delay(50);
  }
}

/** VS Code's marks "code/extHost/willLoadExtensionCode/<id>" and "didLoadExtensionCode/<id>", if reachable. */
function codeLoadMs(id: string): number | null {
  const marks = (globalThis as { MonacoPerformanceMarks?: { getMarks(): { name: string; startTime: number }[] } })
    .MonacoPerformanceMarks?.getMarks() ?? [];
  const at = (name: string) => marks.find((mark) => mark.name.toLowerCase() === name.toLowerCase())?.startTime;
  const will = at(`code/extHost/willLoadExtensionCode/${id}`);
  const did = at(`code/extHost/didLoadExtensionCode/${id}`);
  return will !== undefined && did !== undefined ? did - will : null;
}

export async function run(): Promise<void> {
  const outputDir = process.env.POSTURE_BREAKS_BENCH_OUTPUT;
  const ids = JSON.parse(process.env.POSTURE_BREAKS_BENCH_IDS ?? '[]') as string[];
  if (!outputDir || ids.length === 0) {
    throw new Error('POSTURE_BREAKS_BENCH_OUTPUT and POSTURE_BREAKS_BENCH_IDS must be set.');
  }
  const index = fs.readdirSync(outputDir).filter((name) => name.startsWith('activation-')).length;
  const order = index % 2 === 0 ? ids : [...ids].reverse();
  const extensions = order.map((id) => {
    const extension = vscode.extensions.getExtension(id);
    if (!extension) {
      throw new Error(`${id} is not loaded in this window.`);
    }
    if (extension.isActive) {
      throw new Error(`${id} is already active: its activation cannot be measured.`);
    }
    return extension;
  });
  await settle();
  const sample: ActivationSample = { order, ms: {}, busyMs: {}, codeLoadMs: {} };
  for (const extension of extensions) {
    const loop = performance.eventLoopUtilization();
    const started = performance.now();
    await extension.activate();
    sample.ms[extension.id] = performance.now() - started;
    sample.busyMs[extension.id] = performance.eventLoopUtilization(loop).active;
    sample.codeLoadMs[extension.id] = codeLoadMs(extension.id);
  }
  fs.writeFileSync(path.join(outputDir, `activation-${index}.json`), JSON.stringify(sample));
}
