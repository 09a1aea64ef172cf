// Which system input sources a machine may have, in order, from its platform,
// environment and PATH; without the machines (the platform, the environment
// and the executable check are passed in) and without starting anything.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { candidateSources, findOnPath, isExecutableFile, type Env } from '../../src/system/idleSources';
import type { SpawnedSource, SpawnFn } from '../../src/system/spawnSource';

const GDBUS_GNOME = ['call', '--session', '--dest', 'org.gnome.Mutter.IdleMonitor', '--object-path', '/org/gnome/Mutter/IdleMonitor/Core', '--method', 'org.gnome.Mutter.IdleMonitor.GetIdletime'];
const GDBUS_FREEDESKTOP = ['call', '--session', '--dest', 'org.freedesktop.ScreenSaver', '--object-path', '/org/freedesktop/ScreenSaver', '--method', 'org.freedesktop.ScreenSaver.GetSessionIdleTime'];

/** An executable check that knows only `files`, and records what it was asked. */
function only(files: string[], asked: string[] = []) {
  return (file: string) => {
    asked.push(file);
    return files.includes(file);
  };
}

const linux = (session: string | undefined, extra: Env = {}): Env => ({ PATH: '/usr/local/bin:/usr/bin:/bin', DISPLAY: ':0', XDG_SESSION_TYPE: session, ...extra });
const spawnNever: SpawnFn = () => {
  throw new Error('nothing may be spawned here');
};

describe('idle candidate sources', function () {
  it('Linux under X11 with xprintidle on PATH: gnome, freedesktop, then xprintidle found in PATH\'s first folder that has it', function () {
    const found = candidateSources(linux('x11'), 'linux', only(['/usr/bin/xprintidle', '/bin/xprintidle']), { spawnDeps: { spawn: spawnNever, now: Date.now } });
    assert.equal(found.reason, null);
    const sources = found.sources as SpawnedSource[];
    assert.deepEqual(sources.map((s) => s.name), ['gnome', 'freedesktop', 'xprintidle']);
    assert.deepEqual(sources.map((s) => [s.command, s.args]), [['gdbus', GDBUS_GNOME], ['gdbus', GDBUS_FREEDESKTOP], ['/usr/bin/xprintidle', []]]);
  });

  it('Linux under Wayland, or with no session type: no xprintidle even when installed (it would see only XWayland\'s input), and PATH is not even searched', function () {
    for (const session of ['wayland', 'tty', 'X11', undefined]) {
      const asked: string[] = [];
      const found = candidateSources(linux(session), 'linux', only(['/usr/bin/xprintidle'], asked));
      assert.deepEqual(found.sources.map((s) => s.name), ['gnome', 'freedesktop'], String(session));
      assert.deepEqual(asked, []);
    }
  });

  it('Linux under X11 without xprintidle: the two D-Bus sources only (nobody is asked to install it)', function () {
    const found = candidateSources(linux('x11'), 'linux', only([]));
    assert.deepEqual(found.sources.map((s) => s.name), ['gnome', 'freedesktop']);
  });

  it('looks only in PATH\'s absolute folders, skipping empty and relative entries', function () {
    const asked: string[] = [];
    assert.equal(findOnPath('xprintidle', { PATH: ':bin:./tools:/opt/x/bin::/usr/bin' }, only([], asked)), null);
    assert.deepEqual(asked, ['/opt/x/bin/xprintidle', '/usr/bin/xprintidle']);
    assert.equal(findOnPath('xprintidle', {}, only(['/usr/bin/xprintidle'])), null, 'no PATH, nothing found');
  });

  it('macOS: ioreg by its absolute path, asking only for HIDIdleTime', function () {
    const found = candidateSources({ PATH: '/usr/bin' }, 'darwin', only([]));
    const sources = found.sources as SpawnedSource[];
    assert.deepEqual(sources.map((s) => [s.name, s.command, s.args]), [['macos', '/usr/sbin/ioreg', ['-c', 'IOHIDSystem', '-r', '-k', 'HIDIdleTime', '-d', '1']]]);
  });

  it('Windows: the PowerShell source, PowerShell from the system folder; nothing starts before the first sample', async function () {
    const spawned: string[] = [];
    const windowsDeps = {
      spawn: ((command: string) => {
        spawned.push(command);
        throw new Error('not on this machine');
      }) as never,
    };
    const found = candidateSources({ SystemRoot: 'C:\\Windows', Path: 'C:\\Tools' }, 'win32', only([]), { windowsDeps });
    assert.deepEqual(found.sources.map((s) => s.name), ['windows']);
    assert.deepEqual(spawned, []);
    await assert.rejects(found.sources[0].sample(), { message: 'PowerShell could not start: not on this machine' });
    assert.deepEqual(spawned, ['C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe']);
  });

  it('any other platform: no candidates, reason "platform"', function () {
    for (const platform of ['freebsd', 'openbsd', 'sunos', 'aix', 'android']) {
      assert.deepEqual(candidateSources(linux('x11'), platform, only(['/usr/bin/xprintidle'])), { sources: [], reason: 'platform' }, platform);
    }
  });

  it('the programs run with the environment given (DISPLAY, the session bus)', async function () {
    const envs: unknown[] = [];
    const record: SpawnFn = (_command, _args, options) => {
      envs.push(options.env);
      throw new Error('recorded');
    };
    const env = linux('x11', { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/run/user/1000/bus' });
    const [gnome] = candidateSources(env, 'linux', only([]), { spawnDeps: { spawn: record, now: Date.now } }).sources;
    await assert.rejects(gnome.sample(), /gdbus could not start: recorded/);
    assert.deepEqual(envs, [env]);
  });

  it('isExecutableFile: an executable regular file yes; a file without the x bit, a folder, nothing: no', function () {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'idle-path-'));
    try {
      const exe = path.join(dir, 'xprintidle');
      const plain = path.join(dir, 'plain');
      fs.writeFileSync(exe, '#!/bin/sh\n', { mode: 0o755 });
      fs.writeFileSync(plain, '', { mode: 0o644 });
      assert.equal(isExecutableFile(exe), true);
      assert.equal(isExecutableFile(dir), false);
      assert.equal(isExecutableFile(path.join(dir, 'missing')), false);
      assert.equal(isExecutableFile(plain), false, 'no x bit: not even root may run it');
      assert.equal(findOnPath('xprintidle', { PATH: `/nonexistent:${dir}` }, isExecutableFile), exe);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
