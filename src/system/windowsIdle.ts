// The Windows system input source: one long-lived PowerShell (the script in
// windowsIdleScript.ts) asked one line per sample, never one start per
// sample.
//
// - The process starts at the first sample() and ends after IDLE_END_MS
//   without a sample (an unref'd timer) and on dispose().
// - One request at a time: a sample() while another runs is rejected.
// - Start: the script compiles its C# first (about a second of CPU), so the
//   first answer may take up to START_TIMEOUT_MS; after that each request has
//   REQUEST_TIMEOUT_MS.
// - A failure is: the process exits or cannot start (Constrained Language
//   Mode blocking Add-Type comes out here, with PowerShell's message), an
//   `error` line, a garbage answer, or no answer in time. Each failure ends
//   the process: after a late or garbled answer the one-line-per-request
//   protocol can no longer be trusted to be in step.
// - After a failure the process is started again at most once a minute
//   (RESTART_MS after the previous start); a sample() before that rejects
//   without counting a failure. MAX_FAILURES failures in a row drop the
//   source: every later sample() rejects. A good answer resets the count.
//
// Node only: no vscode import.
import { spawn as nodeSpawn, type ChildProcess } from 'node:child_process';
import { parseWindowsIdle } from '../core/sitting/idleOutputs';
import type { IdleSample, IdleSource } from '../core/sitting/idleSource';
import { powershellArgs } from './windowsIdleScript';
import { errorMessage } from '../core/errors';

export const REQUEST_TIMEOUT_MS = 2000;
const START_TIMEOUT_MS = 10_000;
export const IDLE_END_MS = 10 * 60_000;
export const RESTART_MS = 60_000;
export const MAX_FAILURES = 3;

export interface WindowsIdleDeps {
  /** The program: powershell.exe, or a stand-in speaking the same protocol. */
  command: string;
  args: readonly string[];
  env: NodeJS.ProcessEnv;
  spawn(command: string, args: readonly string[], options: { env: NodeJS.ProcessEnv; stdio: 'pipe'; shell: false; windowsHide: true }): ChildProcess;
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

interface Pending {
  resolve(sample: IdleSample): void;
  reject(error: Error): void;
  timer: unknown;
}

/** One running reader process. */
interface Reader {
  child: ChildProcess;
  ready: boolean;
  /** Set when this side ends it: its exit is then no failure. */
  ending: boolean;
  buffered: string;
  stderr: string;
}

/** The Windows source; every dependency may be replaced (tests run a stand-in with fake timers). */
export function windowsIdleSource(overrides: Partial<WindowsIdleDeps> = {}): IdleSource {
  const deps: WindowsIdleDeps = {
    command: 'powershell.exe', args: powershellArgs(), env: process.env,
    spawn: nodeSpawn as WindowsIdleDeps['spawn'], now: Date.now,
    setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
    ...overrides,
  };
  let reader: Reader | null = null;
  let pending: Pending | null = null;
  let idleTimer: unknown = null;
  let failures = 0;
  let lastStart: number | null = null;
  let dropped: Error | null = null;

  const end = (r: Reader): void => {
    r.ending = true;
    if (reader === r) {
      reader = null;
    }
    r.child.stdin?.end();
    r.child.kill();
  };
  const settle = (outcome: IdleSample | Error): void => {
    const p = pending;
    if (!p) {
      return;
    }
    pending = null;
    deps.clearTimeout(p.timer);
    if (outcome instanceof Error) {
      p.reject(outcome);
    } else {
      p.resolve(outcome);
    }
  };
  const countFailure = (error: Error): void => {
    failures++;
    if (failures >= MAX_FAILURES) {
      dropped = new Error(`dropped after ${MAX_FAILURES} failures; the last: ${error.message}`);
    }
  };
  const fail = (r: Reader, error: Error): void => {
    if (r.ending) {
      return;
    }
    end(r);
    countFailure(error);
    settle(error);
  };
  const ask = (r: Reader, timeoutMs: number, p: Omit<Pending, 'timer'>): void => {
    pending = { ...p, timer: deps.setTimeout(() => fail(r, new Error(`PowerShell gave no answer within ${timeoutMs} ms`)), timeoutMs) };
    if (r.ready) {
      r.child.stdin?.write('sample\n');
    }
  };
  const onLine = (r: Reader, line: string, at: number): void => {
    if (r.ending) {
      return; // a process already given up: whatever it still prints answers nothing
    }
    if (line.startsWith('error ')) {
      fail(r, new Error(`PowerShell cannot read the last input: ${line.slice(6).trim().slice(0, 200)}`));
    } else if (!r.ready && line === 'ready') {
      r.ready = true;
      if (pending) {
        const p = pending;
        deps.clearTimeout(p.timer);
        ask(r, REQUEST_TIMEOUT_MS, p);
      }
    } else {
      const idleMs = r.ready && pending ? parseWindowsIdle(line) : null;
      if (idleMs === null) {
        fail(r, new Error(`PowerShell gave an answer that is not an idle time (${line.length} characters)`));
      } else {
        failures = 0;
        settle({ idleMs, at });
      }
    }
  };
  const start = (): Reader => {
    lastStart = deps.now();
    const child = deps.spawn(deps.command, deps.args, { env: deps.env, stdio: 'pipe', shell: false, windowsHide: true });
    const r: Reader = { child, ready: false, ending: false, buffered: '', stderr: '' };
    child.stdin?.on('error', () => undefined); // a write after the process died: its exit reports it
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      // The answer arrived now, before any parsing.
      const at = deps.now();
      const lines = (r.buffered + chunk).split(/\r?\n/);
      r.buffered = lines.pop() ?? '';
      for (const line of lines) {
        onLine(r, line, at);
      }
    });
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      r.stderr = (r.stderr + chunk).slice(0, 4096);
    });
    const why = () => r.stderr.split(/\r?\n/).map((l) => l.trim()).find((l) => l !== '')?.slice(0, 200);
    child.on('error', (error) => fail(r, new Error(`PowerShell could not start: ${error.message}`)));
    child.on('close', (code, signal) => {
      // After 'close' the error output has been read in full.
      const because = why();
      fail(r, new Error(`PowerShell exited with ${code === null ? `signal ${signal}` : `code ${code}`}${because ? `: ${because}` : ''}`));
    });
    return r;
  };
  const clearIdleEnd = (): void => {
    if (idleTimer !== null) {
      deps.clearTimeout(idleTimer);
      idleTimer = null;
    }
  };
  const armIdleEnd = (): void => {
    clearIdleEnd();
    idleTimer = deps.setTimeout(() => {
      idleTimer = null;
      if (reader) {
        end(reader);
      }
    }, IDLE_END_MS);
    (idleTimer as { unref?: () => void } | null)?.unref?.();
  };

  return {
    name: 'windows',
    sample(): Promise<IdleSample> {
      if (dropped) {
        return Promise.reject(dropped);
      }
      if (pending) {
        return Promise.reject(new Error('a sample is already running'));
      }
      if (!reader && failures > 0 && lastStart !== null && deps.now() - lastStart < RESTART_MS) {
        return Promise.reject(new Error(`PowerShell failed; it starts again no sooner than ${RESTART_MS / 1000} s after its last start`));
      }
      let r: Reader;
      try {
        r = reader ?? (reader = start());
      } catch (error) {
        const failure = new Error(`PowerShell could not start: ${errorMessage(error)}`);
        countFailure(failure);
        return Promise.reject(failure);
      }
      armIdleEnd();
      return new Promise<IdleSample>((resolve, reject) => ask(r, r.ready ? REQUEST_TIMEOUT_MS : START_TIMEOUT_MS, { resolve, reject }));
    },
    dispose(): void {
      clearIdleEnd();
      if (reader) {
        end(reader);
      }
      settle(new Error('disposed'));
    },
  };
}
