// A system input source that runs one short program per sample (gdbus,
// xprintidle, ioreg): spawned directly, never through a shell, its standard
// output collected and read by a pure parser from the core. After
// SPAWN_TIMEOUT_MS without an answer the program is killed (SIGTERM, then
// SIGKILL if it is still there KILL_GRACE_MS later) and the sample fails.
//
// Node only: no vscode import.
import { spawn as nodeSpawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import type { IdleSample, IdleSource } from '../core/sitting/idleSource';
import { errorMessage } from '../core/errors';

/** How long one sample may take. */
export const SPAWN_TIMEOUT_MS = 2000;
/** How long a killed program has to end before SIGKILL. */
const KILL_GRACE_MS = 500;
/** More output than this is not an answer; the program is killed. */
const MAX_OUTPUT_BYTES = 256 * 1024;

/** The subset of `child_process.spawn` a source uses (injectable for tests and measurements). */
export type SpawnFn = (command: string, args: readonly string[], options: { env: NodeJS.ProcessEnv; stdio: ['ignore', 'pipe', 'pipe']; shell: false; windowsHide: true }) => ChildProcess;

export interface SpawnSourceSpec {
  /** The source's name (see IdleSource.name). */
  name: string;
  /** The program (found through `env.PATH` when not a path) and its arguments. */
  command: string;
  args: readonly string[];
  /** Reads the complete standard output; null when it is not an answer. */
  parse(stdout: string): number | null;
  /** The program's environment (its PATH, DISPLAY, DBUS_SESSION_BUS_ADDRESS). */
  env: NodeJS.ProcessEnv;
}

export interface SpawnDeps {
  spawn: SpawnFn;
  now(): number;
}

const defaultDeps: SpawnDeps = { spawn: nodeSpawn as SpawnFn, now: Date.now };

/** A spawned source also tells what it runs. */
export interface SpawnedSource extends IdleSource {
  readonly command: string;
  readonly args: readonly string[];
}

/** The first line of a program's error output, trimmed and kept short. */
function firstLine(text: string): string {
  return (text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '').trim().slice(0, 200);
}

/** Ends `child`: SIGTERM now, SIGKILL if it has not exited KILL_GRACE_MS later. */
function killChild(child: ChildProcess): void {
  if (child.exitCode !== null || child.signalCode !== null) {
    return;
  }
  child.kill('SIGTERM');
  const force = setTimeout(() => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
    }
  }, KILL_GRACE_MS);
  force.unref();
  child.once('exit', () => clearTimeout(force));
}

/** Runs the program once and reads its answer. */
function sampleOnce(spec: SpawnSourceSpec, deps: SpawnDeps): Promise<IdleSample> {
  const program = path.basename(spec.command);
  return new Promise<IdleSample>((resolve, reject) => {
    let settled = false;
    const finish = (outcome: IdleSample | Error): void => {
      if (settled) {
        return;
      }
      settled = true;
      clearTimeout(timer);
      if (outcome instanceof Error) {
        reject(outcome);
      } else {
        resolve(outcome);
      }
    };
    let child: ChildProcess;
    try {
      child = deps.spawn(spec.command, spec.args, { env: spec.env, stdio: ['ignore', 'pipe', 'pipe'], shell: false, windowsHide: true });
    } catch (error) {
      reject(new Error(`${program} could not start: ${errorMessage(error)}`));
      return;
    }
    const timer = setTimeout(() => {
      killChild(child);
      finish(new Error(`${program} gave no answer within ${SPAWN_TIMEOUT_MS} ms`));
    }, SPAWN_TIMEOUT_MS);
    const out: Buffer[] = [];
    let outBytes = 0;
    let err = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      outBytes += chunk.length;
      out.push(chunk);
      if (outBytes > MAX_OUTPUT_BYTES) {
        killChild(child);
        finish(new Error(`${program} printed more than ${MAX_OUTPUT_BYTES} bytes`));
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      err = (err + chunk.toString('utf8')).slice(0, 4096);
    });
    child.on('error', (error) => finish(new Error(`${program} could not start: ${error.message}`)));
    child.on('close', (code, signal) => {
      // The answer is complete: this is the moment it arrived.
      const at = deps.now();
      if (code !== 0) {
        const why = firstLine(err);
        finish(new Error(`${program} exited with ${code === null ? `signal ${signal}` : `code ${code}`}${why ? `: ${why}` : ''}`));
        return;
      }
      const idleMs = spec.parse(Buffer.concat(out).toString('utf8'));
      finish(idleMs === null ? new Error(`${program} printed no idle time it could read (${outBytes} bytes)`) : { idleMs, at });
    });
  });
}

/** A source that spawns `spec.command` once per sample. It keeps no process, so dispose() has nothing to end. */
export function spawnSource(spec: SpawnSourceSpec, deps: SpawnDeps = defaultDeps): SpawnedSource {
  return {
    name: spec.name,
    command: spec.command,
    args: spec.args,
    sample: () => sampleOnce(spec, deps),
    dispose: () => undefined,
  };
}
