// The two D-Bus sources for real: gdbus, as the sources run it, against a
// stand-in service (test/fixtures/idle/dbusStandIn.py) on a private session
// bus of the test's own. Skipped, with the reason printed, where dbus-daemon,
// gdbus or a Python 3 with PyGObject is missing (CI installs them: .ci/run).
import * as assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as readline from 'node:readline';
import { discoverSource } from '../../src/core/sitting/discovery';
import { candidateSources, findOnPath, isExecutableFile } from '../../src/system/idleSources';
import type { SpawnedSource } from '../../src/system/spawnSource';
import { missingPrograms, run, stopChild } from './support/idleXvfb';

const FIXTURES = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'idle');

/** The first python3 on PATH that has PyGObject's Gio, or null. */
function pythonWithGio(): string | null {
  for (const folder of (process.env.PATH ?? '').split(path.delimiter)) {
    const python = findOnPath('python3', { PATH: folder }, isExecutableFile);
    if (python && spawnSync(python, ['-c', 'from gi.repository import Gio'], { stdio: 'ignore', timeout: 10_000 }).status === 0) {
      return python;
    }
  }
  return null;
}

/** The first line `child` prints, within 10 s. */
function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no first line within 10 s')), 10_000);
    readline.createInterface({ input: child.stdout! }).once('line', (line) => {
      clearTimeout(timer);
      resolve(line);
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code} before its first line`)));
  });
}

describe('idle D-Bus sources against a stand-in service, for real', function () {
  this.timeout(20_000);
  let bus: ChildProcess | null = null;
  let standIn: ChildProcess | null = null;
  let python = '';
  let env: NodeJS.ProcessEnv = {};

  before(async function () {
    const missing = missingPrograms(['dbus-daemon', 'gdbus']);
    const found = process.platform === 'linux' && missing.length === 0 ? pythonWithGio() : null;
    if (!found) {
      console.log(`      skipped: ${process.platform !== 'linux' ? 'not Linux' : missing.length ? `${missing.join(', ')} not installed` : 'no python3 with PyGObject'} (.ci/run installs dbus-daemon, libglib2.0-bin and python3-gi)`);
      this.skip();
    }
    python = found;
    bus = spawn('dbus-daemon', ['--session', '--nofork', '--print-address=1'], { stdio: ['ignore', 'pipe', 'ignore'] });
    env = { ...process.env, DBUS_SESSION_BUS_ADDRESS: await firstLine(bus) };
  });

  afterEach(async function () {
    if (standIn) {
      await stopChild(standIn);
      standIn = null;
    }
  });

  after(async function () {
    if (bus) {
      await stopChild(bus);
    }
  });

  /** Starts the stand-in answering `mutterMs` and `screensaver` (a number or "not-supported"). */
  async function serve(mutterMs: string, screensaver: string): Promise<void> {
    standIn = spawn(python, [path.join(FIXTURES, 'dbusStandIn.py'), mutterMs, screensaver], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    assert.equal(await firstLine(standIn), 'ready');
  }

  function sources() {
    return candidateSources(env, 'linux', () => false).sources as SpawnedSource[];
  }

  it('gnome and freedesktop read what the services answer (milliseconds), and gdbus prints what the fixtures recorded', async function () {
    await serve('1234567', '67890');
    const [gnome, freedesktop] = sources();
    assert.equal((await gnome.sample()).idleMs, 1234567);
    assert.equal((await freedesktop.sample()).idleMs, 67890);
    assert.equal(await run(gnome.command, gnome.args, env), fs.readFileSync(path.join(FIXTURES, 'gnome.stdout'), 'utf8'));
    assert.equal(await run(freedesktop.command, freedesktop.args, env), fs.readFileSync(path.join(FIXTURES, 'freedesktop.stdout'), 'utf8'));
  });

  it('GNOME\'s "not supported" answer to GetSessionIdleTime is a failed sample that says so', async function () {
    await serve('5', 'not-supported');
    await assert.rejects(sources()[1].sample(), /^Error: gdbus exited with code 1: Error: GDBus\.Error:org\.freedesktop\.DBus\.Error\.NotSupported: This method is not part of the idle inhibition specification/);
  });

  it('discovery drops a Mutter stuck at 0 and a ScreenSaver that is not supported, one log line each', async function () {
    await serve('0', 'not-supported');
    const logs: string[] = [];
    const found = await discoverSource(sources(), { wait: () => Promise.resolve(), log: (line) => logs.push(line) });
    assert.deepEqual(found, { source: null, reason: 'failed' });
    assert.equal(logs.length, 2);
    assert.equal(logs[0], "System input source 'gnome' dropped: answered 0 twice");
    assert.match(logs[1], /^System input source 'freedesktop' dropped: gdbus exited with code 1: .*NotSupported/);
  });

  it('discovery keeps gnome when it answers', async function () {
    await serve('2500', 'not-supported');
    const logs: string[] = [];
    const found = await discoverSource(sources(), { wait: () => Promise.resolve(), log: (line) => logs.push(line) });
    assert.equal(found.source?.name, 'gnome');
    assert.deepEqual(logs, []);
  });
});
