// An X display of the tests' own, for the system input source of the
// extension running in the VS Code server (Linux): Xvfb (with -noreset, see
// idleXvfb.ts), the environment that gives the server and its extension
// hosts that display as an X11 session, and input on it with xdotool, as a
// person's keyboard and mouse in another application would make it.
//
// The session bus is named but absent, so the D-Bus sources fail as on a
// machine without a desktop session, and xprintidle is the source found
// (with DISPLAY set and no bus named, GLib may start a bus of its own
// through X11 autolaunch).
import * as os from 'node:os';
import * as path from 'node:path';
import { missingPrograms, run, startXvfb, type Xvfb } from '../unit/support/idleXvfb';

/** The programs the display needs: the X server, the source's program, and the input. */
export const DISPLAY_PROGRAMS = ['Xvfb', 'xprintidle', 'xdotool'] as const;

export interface TestDisplay {
  /** For the server's environment: DISPLAY, XDG_SESSION_TYPE=x11, and a session bus that does not exist. */
  env: NodeJS.ProcessEnv;
  /** One input on the display (the mouse moves), as a person using another application makes it. */
  input(): Promise<void>;
  stop(): Promise<void>;
}

/** Why the display cannot be had here, or null when it can. */
export function displayMissing(): string | null {
  if (process.platform !== 'linux') {
    return 'not Linux';
  }
  const missing = missingPrograms(DISPLAY_PROGRAMS);
  return missing.length > 0 ? `${missing.join(', ')} not installed (.ci/run installs xvfb, xprintidle and xdotool)` : null;
}

/** The environment of a process that uses the display `display` as an X11 session (see the top of this file). */
export function displayEnv(display: string): NodeJS.ProcessEnv {
  return {
    DISPLAY: display,
    XDG_SESSION_TYPE: 'x11',
    DBUS_SESSION_BUS_ADDRESS: `unix:path=${path.join(os.tmpdir(), `posture-breaks-no-bus-${process.pid}`)}`,
  };
}

let step = 0;
/** Moves the mouse on `env`'s display, each time to another place (a move to where it is is no input). */
export async function inputOn(env: NodeJS.ProcessEnv): Promise<void> {
  step = (step + 1) % 2;
  await run('xdotool', ['mousemove', '--sync', String(100 + 200 * step), '300'], { ...process.env, ...env });
}

/** Starts an Xvfb of its own; throws when it cannot (call displayMissing first). */
export async function startTestDisplay(): Promise<TestDisplay> {
  const xvfb: Xvfb = await startXvfb();
  const env = displayEnv(xvfb.display);
  return { env, input: () => inputOn(env), stop: () => xvfb.stop() };
}
