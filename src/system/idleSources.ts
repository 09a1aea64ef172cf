// Which system input sources this machine may have, in the order they are
// tried (discovery, in the core, asks them and keeps the first that works):
// - Linux: GNOME Mutter's idle monitor and the freedesktop ScreenSaver, both
//   over D-Bus with `gdbus call`; then `xprintidle`, only when it is on PATH
//   and the session is X11 (under Wayland it sees only XWayland's input, so
//   it would count a person typing in native Wayland windows as away). The
//   person is never asked to install anything.
// - macOS: `ioreg`'s HIDIdleTime.
// - Windows: one long-lived PowerShell reading GetLastInputInfo.
// - Anything else: none ('platform').
// Nothing here starts a process: the sources spawn only when sampled.
//
// Node only: no vscode import.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseFreedesktopIdle, parseGnomeIdle, parseIoregIdle, parseXprintidle } from '../core/sitting/idleOutputs';
import type { IdleSource } from '../core/sitting/idleSource';
import { spawnSource, type SpawnDeps } from './spawnSource';
import { windowsIdleSource, type WindowsIdleDeps } from './windowsIdle';

export type Env = Readonly<Record<string, string | undefined>>;

/** The candidates, or why there are none. */
export interface Candidates {
  sources: IdleSource[];
  reason: 'platform' | null;
}

export interface CandidateOptions {
  /** For the spawned sources (Linux, macOS). */
  spawnDeps?: SpawnDeps;
  /** For the Windows source. */
  windowsDeps?: Partial<WindowsIdleDeps>;
}

/** Whether `file` is a regular file this process may execute. */
export function isExecutableFile(file: string): boolean {
  try {
    if (!fs.statSync(file).isFile()) {
      return false;
    }
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first executable `name` in PATH's folders (POSIX), without running anything; null when there is none. */
export function findOnPath(name: string, env: Env, isExecutable: (file: string) => boolean): string | null {
  for (const folder of (env.PATH ?? '').split(path.posix.delimiter)) {
    if (folder !== '' && path.posix.isAbsolute(folder)) {
      const file = path.posix.join(folder, name);
      if (isExecutable(file)) {
        return file;
      }
    }
  }
  return null;
}

/** `gdbus call` of one method without arguments on the session bus. */
function gdbusArgs(dest: string, objectPath: string, method: string): string[] {
  return ['call', '--session', '--dest', dest, '--object-path', objectPath, '--method', method];
}

/** Windows PowerShell in the system folder (not whatever is first on PATH). */
function powershellPath(env: Env): string {
  const root = env.SystemRoot ?? env.SYSTEMROOT ?? env.windir ?? env.WINDIR;
  return root ? path.win32.join(root, 'System32', 'WindowsPowerShell', 'v1.0', 'powershell.exe') : 'powershell.exe';
}

/**
 * The system input sources to try on `platform` (a `process.platform` value),
 * in order. `env` is the environment the programs run with (and where PATH and
 * XDG_SESSION_TYPE are read); `isExecutable` says whether a file may be run.
 */
export function candidateSources(env: Env, platform: string, isExecutable: (file: string) => boolean = isExecutableFile, options: CandidateOptions = {}): Candidates {
  const childEnv: NodeJS.ProcessEnv = { ...env };
  switch (platform) {
    case 'linux': {
      const sources: IdleSource[] = [
        spawnSource({ name: 'gnome', command: 'gdbus', args: gdbusArgs('org.gnome.Mutter.IdleMonitor', '/org/gnome/Mutter/IdleMonitor/Core', 'org.gnome.Mutter.IdleMonitor.GetIdletime'), parse: parseGnomeIdle, env: childEnv }, options.spawnDeps),
        spawnSource({ name: 'freedesktop', command: 'gdbus', args: gdbusArgs('org.freedesktop.ScreenSaver', '/org/freedesktop/ScreenSaver', 'org.freedesktop.ScreenSaver.GetSessionIdleTime'), parse: parseFreedesktopIdle, env: childEnv }, options.spawnDeps),
      ];
      const xprintidle = env.XDG_SESSION_TYPE === 'x11' ? findOnPath('xprintidle', env, isExecutable) : null;
      if (xprintidle) {
        sources.push(spawnSource({ name: 'xprintidle', command: xprintidle, args: [], parse: parseXprintidle, env: childEnv }, options.spawnDeps));
      }
      return { sources, reason: null };
    }
    case 'darwin':
      return { sources: [spawnSource({ name: 'macos', command: '/usr/sbin/ioreg', args: ['-c', 'IOHIDSystem', '-r', '-k', 'HIDIdleTime', '-d', '1'], parse: parseIoregIdle, env: childEnv }, options.spawnDeps)], reason: null };
    case 'win32':
      return { sources: [windowsIdleSource({ command: powershellPath(env), env: childEnv, ...options.windowsDeps })], reason: null };
    default:
      return { sources: [], reason: 'platform' };
  }
}
