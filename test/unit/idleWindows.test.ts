// The Windows system input source end to end against a stand-in process
// (test/fixtures/idle/windowsStandIn.mjs, a Node script speaking the same
// line protocol as the PowerShell reader): real processes and pipes, fake
// time for the timeouts, the restart limit and the 10-minute end.
import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import * as FakeTimers from '@sinonjs/fake-timers';
import type { IdleSample, IdleSource } from '../../src/core/sitting/idleSource';
import { IDLE_END_MS, MAX_FAILURES, REQUEST_TIMEOUT_MS, RESTART_MS, windowsIdleSource, type WindowsIdleDeps } from '../../src/system/windowsIdle';
import { powershellArgs, WINDOWS_IDLE_SCRIPT } from '../../src/system/windowsIdleScript';

/** Every process the tests started, ended in `after` whatever a failing test left behind. */
const allChildren: ChildProcess[] = [];

const STAND_IN = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'idle', 'windowsStandIn.mjs');
const T0 = Date.UTC(2026, 2, 2, 9, 0, 0);

interface Rig {
  source: IdleSource;
  /** The stand-in's arguments, read at each start: a test may change the mode for the next process. */
  args: string[];
  clock: FakeTimers.Clock;
  children: ChildProcess[];
  spawned: Array<{ command: string; args: readonly string[]; options: unknown }>;
}

/** The source running the stand-in in `mode`, on a fake clock. */
function rig(...mode: string[]): Rig {
  const clock = FakeTimers.createClock(T0);
  const children: ChildProcess[] = [];
  const spawned: Rig['spawned'] = [];
  const args = [STAND_IN, ...mode];
  const deps: Partial<WindowsIdleDeps> = {
    command: process.execPath,
    args,
    spawn: (command, args, options) => {
      spawned.push({ command, args, options });
      const child = spawn(command, args, options);
      children.push(child);
      allChildren.push(child);
      return child;
    },
    now: () => clock.now,
    setTimeout: (fn, ms) => clock.setTimeout(fn, ms),
    clearTimeout: (handle) => clock.clearTimeout(handle as FakeTimers.TimerId),
  };
  return { source: windowsIdleSource(deps), args, clock, children, spawned };
}

const live: Rig[] = [];
function open(...mode: string[]): Rig {
  const r = rig(...mode);
  live.push(r);
  return r;
}

function exited(child: ChildProcess): Promise<NodeJS.Signals | number | null> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve(child.signalCode ?? child.exitCode);
  }
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
}

/** Moves fake time on in small steps while real I/O happens, until `promise` settles. */
async function tickUntilSettled<T>(clock: FakeTimers.Clock, promise: Promise<T>): Promise<T> {
  let settled = false;
  const watched = promise.finally(() => {
    settled = true;
  });
  watched.catch(() => undefined);
  while (!settled) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    clock.tick(50);
  }
  return watched;
}

const running = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

describe('idle Windows source against the stand-in', function () {
  this.timeout(10_000);

  afterEach(function () {
    for (const r of live.splice(0)) {
      r.source.dispose();
    }
  });

  after(function () {
    for (const child of allChildren.filter(running)) {
      child.kill('SIGKILL');
    }
  });

  it('answers through one long-lived process, taking `at` when the line arrives', async function () {
    const { source, clock, children } = open('normal');
    const first = await source.sample();
    assert.deepEqual(first, { idleMs: 4000, at: T0 });
    clock.tick(30_000);
    assert.deepEqual(await source.sample(), { idleMs: 4000, at: T0 + 30_000 });
    assert.equal(children.length, 1, 'never one start per sample');
    assert.ok(running(children[0]));
    assert.equal(source.name, 'windows');
  });

  it('subtracts across the tick count\'s wrap', async function () {
    const { source } = open('normal', '1000', '4294966296');
    assert.equal((await source.sample()).idleMs, 2000);
  });

  it('rejects a second sample while one is running', async function () {
    const { source } = open('normal');
    const first = source.sample();
    await assert.rejects(source.sample(), { message: 'a sample is already running' });
    assert.equal((await first).idleMs, 4000);
  });

  it('a slow answer times out after 2 s and ends the process', async function () {
    const { source, clock, children } = open('slow');
    await assert.rejects(tickUntilSettled(clock, source.sample()), { message: `PowerShell gave no answer within ${REQUEST_TIMEOUT_MS} ms` });
    assert.equal(await exited(children[0]), 'SIGTERM');
  });

  it('a late answer from a process already given up never answers the next request', async function () {
    const { source, clock, children, args } = open('stubborn');
    await assert.rejects(tickUntilSettled(clock, source.sample()), /no answer within/);
    args[1] = 'mute'; // the next process answers nothing
    clock.tick(RESTART_MS);
    let settled = false;
    const next = source.sample().finally(() => {
      settled = true;
    });
    next.catch(() => undefined);
    assert.equal(children.length, 2);
    // The first process ignored SIGTERM; its answer comes about 3 s after its request.
    await exited(children[0]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(settled, false, 'the stale answer was not taken');
    source.dispose();
    await assert.rejects(next, { message: 'disposed' });
  });

  it('a garbage answer fails and ends the process (the protocol may be out of step)', async function () {
    const { source, children } = open('garbage');
    await assert.rejects(source.sample(), /not an idle time/);
    assert.equal(await exited(children[0]), 'SIGTERM');
  });

  it('a crash fails the sample; the process starts again no sooner than a minute after its last start', async function () {
    const { source, clock, children } = open('crash', '1');
    assert.equal((await source.sample()).idleMs, 4000);
    clock.tick(20_000);
    await assert.rejects(source.sample(), /^Error: PowerShell exited with code 3: stand-in: crashed on purpose$/);
    clock.tick(RESTART_MS - 20_000 - 1);
    await assert.rejects(source.sample(), /starts again no sooner than 60 s after its last start/);
    assert.equal(children.length, 1, 'not restarted within the minute');
    clock.tick(1);
    assert.equal((await source.sample()).idleMs, 4000);
    assert.equal(children.length, 2, 'restarted after the minute');
  });

  it('is dropped after three failures in a row: every later sample rejects, nothing starts again', async function () {
    const { source, clock, children } = open('garbage');
    for (let i = 0; i < MAX_FAILURES; i++) {
      await assert.rejects(source.sample(), /not an idle time/);
      clock.tick(RESTART_MS);
    }
    await assert.rejects(source.sample(), /^Error: dropped after 3 failures; the last: PowerShell gave an answer that is not an idle time/);
    clock.tick(60 * RESTART_MS);
    await assert.rejects(source.sample(), /dropped after 3 failures/);
    assert.equal(children.length, MAX_FAILURES);
    for (const child of children) {
      await exited(child);
    }
  });

  it('a good answer resets the failures: crashes between good answers never drop it', async function () {
    const { source, clock } = open('crash', '1');
    for (let i = 0; i < MAX_FAILURES + 1; i++) {
      assert.equal((await source.sample()).idleMs, 4000);
      await assert.rejects(source.sample(), /exited with code 3/);
      clock.tick(RESTART_MS);
    }
    assert.equal((await source.sample()).idleMs, 4000);
  });

  it('blocked Add-Type (Constrained Language Mode) comes out as a failed sample that says so', async function () {
    const { source, children } = open('refuse');
    await assert.rejects(source.sample(), { message: 'PowerShell cannot read the last input: Cannot add type. Definition of new types is not supported in this language mode.' });
    await exited(children[0]);
  });

  it('ends the process after 10 minutes without a sample; the next sample starts one again at once', async function () {
    const { source, clock, children } = open('normal');
    await source.sample();
    clock.tick(IDLE_END_MS - 1000);
    await source.sample(); // renews the 10 minutes
    clock.tick(IDLE_END_MS - 1);
    assert.ok(running(children[0]));
    clock.tick(1);
    assert.equal(await exited(children[0]), 'SIGTERM');
    assert.equal((await source.sample()).idleMs, 4000, 'an ended process is no failure: no wait for a restart');
    assert.equal(children.length, 2);
  });

  it('dispose ends the process and rejects a running sample; a later sample starts it again', async function () {
    const { source, clock, children } = open('slow');
    const pending: Promise<IdleSample> = source.sample();
    await new Promise((resolve) => setTimeout(resolve, 200));
    source.dispose();
    await assert.rejects(pending, { message: 'disposed' });
    assert.equal(await exited(children[0]), 'SIGTERM');
    assert.equal(clock.countTimers(), 0, 'no timer left behind');
    const next = source.sample();
    next.catch(() => undefined);
    assert.equal(children.length, 2);
    source.dispose();
    await assert.rejects(next, { message: 'disposed' });
  });

  it('runs powershell.exe hidden, without profile or prompts, the script passed encoded', function () {
    const { spawned, source } = rig('normal');
    const args = powershellArgs();
    assert.deepEqual(args.slice(0, 4), ['-NoLogo', '-NoProfile', '-NonInteractive', '-EncodedCommand']);
    assert.equal(Buffer.from(args[4], 'base64').toString('utf16le'), WINDOWS_IDLE_SCRIPT);
    assert.match(WINDOWS_IDLE_SCRIPT, /GetLastInputInfo[\s\S]*GetTickCount[\s\S]*\[Console\]::In\.ReadLine\(\)/);
    const pending = source.sample();
    pending.catch(() => undefined);
    assert.deepEqual(spawned[0].options, { env: process.env, stdio: 'pipe', shell: false, windowsHide: true });
    source.dispose();
  });
});
