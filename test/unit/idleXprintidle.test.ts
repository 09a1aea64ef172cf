// The xprintidle source for real, on Linux: an Xvfb of the test's own, input
// driven with xdotool, and discovery run as a window would run it. Skipped,
// with the reason printed, where Xvfb, xprintidle or xdotool is missing (CI
// installs them: .ci/run).
//
// The D-Bus candidates are given DBUS_SESSION_BUS_ADDRESS naming no bus, so
// they fail as on a machine without a session bus (without it, and with
// DISPLAY set, GLib may try to start a bus through X11 autolaunch).
import * as assert from 'node:assert/strict';
import * as os from 'node:os';
import * as path from 'node:path';
import { discoverSource } from '../../src/core/sitting/discovery';
import type { IdleSource } from '../../src/core/sitting/idleSource';
import { candidateSources, isExecutableFile } from '../../src/system/idleSources';
import { delay, missingPrograms, run, startXvfb, type Xvfb } from './support/idleXvfb';

describe('idle xprintidle under Xvfb, for real', function () {
  this.timeout(20_000);
  let xvfb: Xvfb | null = null;
  let env: NodeJS.ProcessEnv = {};
  let xprintidle: IdleSource;

  before(async function () {
    const missing = missingPrograms(['Xvfb', 'xprintidle', 'xdotool']);
    if (process.platform !== 'linux' || missing.length > 0) {
      console.log(`      skipped: ${process.platform !== 'linux' ? 'not Linux' : `${missing.join(', ')} not installed`} (.ci/run installs xvfb, xprintidle and xdotool)`);
      this.skip();
    }
    xvfb = await startXvfb();
    env = { ...process.env, DISPLAY: xvfb.display, XDG_SESSION_TYPE: 'x11', DBUS_SESSION_BUS_ADDRESS: `unix:path=${path.join(os.tmpdir(), `no-bus-${process.pid}`)}` };
    const found = candidateSources(env, 'linux', isExecutableFile).sources.find((s) => s.name === 'xprintidle');
    assert.ok(found, 'xprintidle is a candidate under X11');
    xprintidle = found;
  });

  after(async function () {
    await xvfb?.stop();
  });

  it('sampling is not input: a sample right after another reads no less', async function () {
    await delay(500);
    const first = await xprintidle.sample();
    const second = await xprintidle.sample();
    assert.ok(first.idleMs >= 450, `idle after 500 ms without input: ${first.idleMs} ms`);
    assert.ok(second.idleMs >= first.idleMs, `${first.idleMs} ms, then ${second.idleMs} ms`);
  });

  it('answers, and the idle time grows with the time without input', async function () {
    const first = await xprintidle.sample();
    await delay(1200);
    const second = await xprintidle.sample();
    const grew = second.idleMs - first.idleMs;
    const passed = second.at - first.at;
    assert.ok(Math.abs(grew - passed) < 300, `idle grew by ${grew} ms in ${passed} ms`);
  });

  for (const [what, args] of [['a mouse move', ['mousemove', '--sync', '321', '123']], ['a key press', ['key', 'a']]] as const) {
    it(`drops to near 0 at ${what} (xdotool), then grows again`, async function () {
      await delay(1000);
      const before = await xprintidle.sample();
      assert.ok(before.idleMs >= 900, `idle before: ${before.idleMs} ms`);
      await run('xdotool', args, env);
      const after = await xprintidle.sample();
      assert.ok(after.idleMs < 500, `idle right after: ${after.idleMs} ms`);
      await delay(1000);
      const later = await xprintidle.sample();
      assert.ok(later.idleMs >= after.idleMs + 800, `idle a second later: ${later.idleMs} ms`);
      if (args[0] === 'mousemove') {
        await run('xdotool', ['mousemove', '--sync', '10', '10'], env); // back, so a second run moves again
      }
    });
  }

  it('discovery: the D-Bus candidates fail (no session bus), one log line each, and xprintidle is chosen', async function () {
    const { sources, reason } = candidateSources(env, 'linux', isExecutableFile);
    assert.equal(reason, null);
    assert.deepEqual(sources.map((s) => s.name), ['gnome', 'freedesktop', 'xprintidle']);
    const logs: string[] = [];
    const found = await discoverSource(sources, { wait: delay, log: (line) => logs.push(line) });
    assert.equal(found.source?.name, 'xprintidle');
    assert.equal(logs.length, 2, logs.join('\n'));
    assert.match(logs[0], /^System input source 'gnome' dropped: gdbus (exited with code 1: Error connecting|could not start)/);
    assert.match(logs[1], /^System input source 'freedesktop' dropped: gdbus (exited with code 1: Error connecting|could not start)/);
  });
});
