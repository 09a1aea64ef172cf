// An extension that activates first in the extension host ('*') and measures
// the start-up of the others the way a person's window start sees it: for
// each extension under measurement, loading its main module (the require
// VS Code makes) plus its activate() until the promise it returns settles,
// as the window starts and onStartupFinished fires. For Posture Breaks it
// also times activate() to its `ready` promise: how long the status-bar item
// shows its neutral text before the stored state is read. And the extension
// host's CPU time over the first 10 s after this probe activated (the window
// is being typed in meanwhile), so that work moved out of activate() is still
// counted.
//
// Only Node built-ins and `vscode` are used: this file is the probe
// extension's main module, copied into its folder.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';

export interface StartupTiming {
  /** Loading the main module: the require VS Code makes of it. */
  loadMs: number;
  /** activate() until the promise it returns settles. */
  activateMs: number;
  /** activate() until its result's `ready` settles; null when it has none. */
  readyMs: number | null;
}

export interface StartupSample {
  /** The extension ids measured in this window (the ones present in it). */
  timings: Record<string, StartupTiming>;
  /** The extension host's CPU time (user + system) over the first 10 s after the probe activated. */
  cpuMs: number;
}

export const CPU_WINDOW_MS = 10_000;

type Loader = (request: unknown, parent: unknown, isMain: boolean) => unknown;

export function activate(): void {
  const outputDir = process.env.POSTURE_BREAKS_BENCH_OUTPUT;
  const ids = JSON.parse(process.env.POSTURE_BREAKS_BENCH_IDS ?? '[]') as string[];
  if (!outputDir) {
    return;
  }
  const cpuAtStart = process.cpuUsage();
  const folders: [string, string][] = [];
  for (const id of ids) {
    const extension = vscode.extensions.getExtension(id);
    if (extension) {
      folders.push([`${extension.extensionPath}${path.sep}`, extension.id]);
    }
  }
  const timings: Record<string, StartupTiming> = {};
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the loader every require goes through
  const Module = require('node:module') as { _load: Loader };
  const original = Module._load;
  Module._load = function (this: unknown, request, parent, isMain) {
    const id = typeof request === 'string' ? folders.find(([folder]) => request.startsWith(folder))?.[1] : undefined;
    if (!id || timings[id]) {
      return original.call(this, request, parent, isMain);
    }
    const loading = performance.now();
    const exports = original.call(this, request, parent, isMain) as Record<string, unknown>;
    const timing: StartupTiming = { loadMs: performance.now() - loading, activateMs: Number.NaN, readyMs: null };
    timings[id] = timing;
    const activate = exports.activate;
    if (typeof activate !== 'function') {
      return exports;
    }
    const timed = function (this: unknown, ...args: unknown[]) {
      const started = performance.now();
      const result = activate.apply(this, args) as unknown;
      const returned = performance.now() - started;
      // A promise is timed until it settles; anything else when activate() returns
      // (a callback queued behind other work would time that work too).
      const settled = (value: unknown) => {
        const ready = (value as { ready?: unknown } | undefined)?.ready;
        if (ready instanceof Promise) {
          void ready.then(() => { timing.readyMs = performance.now() - started; }, () => undefined);
        }
      };
      if (result instanceof Promise) {
        void result.then((value) => {
          timing.activateMs = performance.now() - started;
          settled(value);
        }, () => undefined);
      } else {
        timing.activateMs = returned;
        settled(result);
      }
      return result;
    };
    // The module's exports may be read-only getters: hand VS Code a view with the timed activate.
    return new Proxy(exports, { get: (target, key) => (key === 'activate' ? timed : Reflect.get(target, key)) });
  };
  setTimeout(() => {
    const cpu = process.cpuUsage(cpuAtStart);
    const sample: StartupSample = { timings, cpuMs: (cpu.user + cpu.system) / 1000 };
    const index = fs.readdirSync(outputDir).filter((name) => name.startsWith('startup-')).length;
    fs.writeFileSync(path.join(outputDir, `startup-${index}.json`), JSON.stringify(sample));
  }, CPU_WINDOW_MS);
}
