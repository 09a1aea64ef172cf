// The sitting day in a real VS Code: time at the computer outside VS Code, as
// the extension counts it in the extension host it runs in.
//
// With "on", for real, on Linux: the launcher of the offline VS Code server
// gives the server an X display of its own (Xvfb, with DISPLAY and
// XDG_SESSION_TYPE=x11, test/harness/display.ts), where the extension finds
// its system input source (xprintidle); this test makes input on that
// display with xdotool, as a person's mouse in another application would.
// The window loses its focus for real: the launcher takes the focus from the
// workbench's page in headless Chromium when this test asks
// (test/harness/windowFocus.ts), and VS Code tells the extension. No
// test-only seam: neither the focus nor the sample period is faked; the
// period is the product's, min(60 s, idleSeconds / 2) = 7.5 s at the
// smallest idleSeconds (15), and naturalBreakMinutes is at its smallest (1).
// Skipped, with the reason, where that cannot be had: in the browser host,
// under @vscode/test-electron, and without Xvfb, xprintidle or xdotool.
//
// With "auto", in the server's extension host (not the desktop UI host):
// not counted, and the tooltip says why (in both hosts of the server).
//
// What is checked is what the status bar shows: the tooltip is the one the
// item renders from the clock's view (describeStatus), read from the view the
// other tests read.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { describeStatus } from '../../src/core/clock/statusText';
import { clockTime } from '../../src/core/format/intl';
import { api, closeAllEditors, inBrowserHost, setSetting, sleep, until } from './helpers';
import { focusUnavailable, setWindowFocus } from './windowFocus';
import { MINUTE } from '../../src/core/time';

/** The item's tooltip for the clock's view now. */
async function tooltip(): Promise<string> {
  const { driver, config } = await api();
  return describeStatus(driver.view(), config.settings.reminderStyle, Date.now(), clockTime).tooltip;
}

let step = 0;
/** One input on the test's X display (the mouse moves, each time to another place), as in another application. */
function inputElsewhere(): Promise<void> {
  step = (step + 1) % 2;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- Node only, and not bundled for the browser host
  const { execFile } = require('node:child_process') as typeof import('node:child_process');
  return new Promise((resolve, reject) => {
    execFile('xdotool', ['mousemove', '--sync', String(100 + 200 * step), '300'], { timeout: 10_000 },
      (error) => (error ? reject(error) : resolve()));
  });
}

describe('Integration: the sitting day (time at the computer outside VS Code)', function () {
  this.timeout(6 * MINUTE);

  afterEach(async function () {
    if (focusUnavailable === null && !vscode.window.state.focused) {
      await setWindowFocus(true);
    }
    for (const key of ['countTimeOutsideEditor', 'idleSeconds', 'naturalBreakMinutes']) {
      await setSetting(key, undefined);
    }
  });

  it('with "auto" in a VS Code server\'s extension hosts (not the desktop UI host), it is not counted, and the tooltip says why', async function () {
    if (vscode.env.uiKind !== vscode.UIKind.Web) {
      this.skip(); // desktop VS Code: there "auto" counts it
    }
    const { driver } = await api();
    await setSetting('countTimeOutsideEditor', 'auto');
    const expected = inBrowserHost ? 'browser' : 'remote';
    await until(`time outside VS Code to be "${expected}"`, () => driver.view().outside === expected);
    const text = await tooltip();
    assert.match(text, inBrowserHost
      ? /\nTime at the computer outside VS Code is not counted here: in the browser, the extension cannot ask the system\.$/
      : /\nTime at the computer outside VS Code is not counted here: the extension runs on the remote machine, not yours\. If that machine is yours, set postureBreaks\.countTimeOutsideEditor to "on"\.$/);
    assert.match(text, /of continuous coding/);
    assert.doesNotMatch(text, /at your desk|elsewhere/);
  });

  it('with "on", while the window is not focused, input elsewhere counts as time at the desk; an absence of naturalBreakMinutes is a natural break', async function () {
    if (focusUnavailable !== null) {
      console.log(`      skipped: ${focusUnavailable}`);
      this.skip();
    }
    if (!process.env.DISPLAY || process.platform !== 'linux') {
      console.log('      skipped: no X display for the server (Linux, with xvfb, xprintidle and xdotool installed: .ci/run installs them)');
      this.skip();
    }
    const { driver } = await api();
    await setSetting('idleSeconds', 15);
    await setSetting('naturalBreakMinutes', 1);
    await setSetting('countTimeOutsideEditor', 'on');
    // The source is found as the setting applies (each candidate asked twice, 3 s apart).
    await until('the system input source to be found', () => driver.view().outside === 'on', 30_000);
    await closeAllEditors();
    driver.resume();
    driver.reset();
    const samples = driver.stats.samples;

    // The person moves to another application, and keeps using the mouse there.
    await setWindowFocus(false);
    const started = Date.now();
    while (driver.view().outsideMs < 65_000) {
      assert.ok(Date.now() - started < 150_000, `after ${Math.round((Date.now() - started) / 1000)} s of input elsewhere, ${driver.view().outsideMs} ms counted elsewhere`);
      assert.equal(vscode.window.state.focused, false, 'the window got the focus back');
      await inputElsewhere();
      await sleep(2000);
    }
    const counting = driver.view();
    assert.ok(driver.stats.samples - samples >= 8, `${driver.stats.samples - samples} samples in ${Math.round((Date.now() - started) / 1000)} s`);
    assert.ok(counting.stretchMs - counting.outsideMs < 5_000, `${counting.stretchMs - counting.outsideMs} ms counted in VS Code`);
    assert.equal(counting.idle, false);
    let text = await tooltip();
    assert.match(text, /^Posture Breaks: 1 minute at your desk: 0 in VS Code, 1 elsewhere\. Break due in \d+ minutes/);
    assert.match(text, /\nToday: .* in VS Code and .*\d+ minutes? elsewhere at the computer, /);

    // Then no input for longer than naturalBreakMinutes: the samples go on, and count nothing.
    // (Each reads the same last input again, a few milliseconds later or earlier as the
    // answer's latency varies: a later reading adds those milliseconds, never a period.)
    const natural = counting.today.natural;
    await sleep(10_000); // the sample that reads the last input
    const counted = driver.view().outsideMs;
    await sleep(62_000);
    const away = driver.view();
    assert.ok(away.outsideMs - counted < 1000, `${away.outsideMs - counted} ms were counted while nobody was at the computer`);
    assert.equal(away.idle, true);
    // The next input ends the absence: a natural break, and the count starts again.
    await inputElsewhere();
    await until('the natural break', () => driver.view().today.natural === natural + 1, 20_000);
    const back = driver.view();
    assert.ok(back.stretchMs < MINUTE, `${back.stretchMs} ms in the new stretch`);
    text = await tooltip();
    assert.match(text, /^Posture Breaks: 0 minutes at your desk: 0 in VS Code, 0 elsewhere\. /);
    assert.match(text, new RegExp(`, ${natural + 1} natural\\.`));
  });
});
