// For the tests and the bench that run the real Linux input sources: an Xvfb
// of their own (the display number chosen by Xvfb itself, among the free
// ones, through -displayfd), and small functions to run programs.
//
// -noreset matters: without it Xvfb starts afresh whenever its last client
// disconnects, and that resets its idle time. Each xprintidle run would then
// reset the idle time the next one reads (and wait for the reset, tens of
// milliseconds). A desktop session always has clients connected.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { findOnPath, isExecutableFile } from '../../../src/system/idleSources';

/** The programs of `names` not found on PATH. */
export function missingPrograms(names: readonly string[]): string[] {
  return names.filter((name) => findOnPath(name, process.env, isExecutableFile) === null);
}

/** A running Xvfb. */
export interface Xvfb {
  /** The DISPLAY value, such as ":3". */
  display: string;
  /** Ends Xvfb and waits for it to exit. */
  stop(): Promise<void>;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve();
  }
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Ends `child` (SIGTERM, SIGKILL after 2 s) and waits for it. */
export async function stopChild(child: ChildProcess): Promise<void> {
  child.kill('SIGTERM');
  const force = setTimeout(() => child.kill('SIGKILL'), 2000);
  await exited(child);
  clearTimeout(force);
}

/** Starts Xvfb on a free display; rejects when it does not come up within 10 s. */
export function startXvfb(): Promise<Xvfb> {
  const child = spawn('Xvfb', ['-displayfd', '3', '-noreset', '-screen', '0', '1024x768x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    errors = (errors + chunk.toString()).slice(-2000);
  });
  return new Promise((resolve, reject) => {
    let written = '';
    const timer = setTimeout(() => {
      void stopChild(child);
      reject(new Error(`Xvfb did not start within 10 s: ${errors}`));
    }, 10_000);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited with ${code}: ${errors}`));
    });
    // Xvfb writes the display number and a line break once it accepts connections.
    (child.stdio[3] as NodeJS.ReadableStream).on('data', (chunk: Buffer) => {
      written += chunk.toString();
      const match = /^(\d+)\n/.exec(written);
      if (match) {
        clearTimeout(timer);
        child.removeAllListeners('exit');
        resolve({ display: `:${match[1]}`, stop: () => stopChild(child) });
      }
    });
  });
}

/** Runs a program to its end; resolves to its standard output, rejects on a non-zero exit. */
export function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { env, timeout: 10_000 }, (error, stdout) => (error ? reject(error) : resolve(stdout)));
  });
}

/** Resolves after `ms` milliseconds. */
export const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
