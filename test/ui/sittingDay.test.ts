// The sitting day as a person meets it in the real workbench, with the
// extension in the VS Code server's extension host on this machine (Linux):
// the server has an X display of the test's own (Xvfb, DISPLAY and
// XDG_SESSION_TYPE=x11, test/harness/display.ts), where the extension finds
// xprintidle; the person's input in other applications is made there with
// xdotool; and the workbench really loses the focus (its page in headless
// Chromium is put behind another, test/harness/windowFocus.ts).
//
// - With the default, "auto", the extension (not in the desktop UI host)
//   does not count time outside VS Code, and the tooltip says why.
// - Set to "On" in the Settings editor, it applies at once.
// - A break that comes due while the workbench is not focused (a 1-minute
//   interval, reminderStyle "notification") is the prompt on the status bar
//   the moment the workbench has the focus again, and its one notification
//   shows then, not before (read from the bell and the notification centre:
//   with the smoke-test driver that loads the extension under development,
//   VS Code shows no toasts).
// The three run in order in one session: each goes on from the one before.
// Skipped, with the reason, where Xvfb, xprintidle or xdotool is missing
// (.ci/run installs them).
import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { displayMissing, startTestDisplay, type TestDisplay } from '../harness/display';
import { loseFocus, regainFocus } from '../harness/windowFocus';
import { Session } from './session';

const NOTIFICATION = /Time for a stretch break/;

/** The status-bar item's tooltip, as a person reads it on hover, once it shows `shows` (hovered again until it does). */
async function hoverText(session: Session, shows: RegExp, timeoutMs = 20_000): Promise<string> {
  const page = session.page;
  const started = Date.now();
  let seen = '';
  while (Date.now() - started < timeoutMs) {
    await page.mouse.move(10, 10);
    await page.waitForTimeout(300);
    await session.statusItem().hover();
    const hover = page.locator('.monaco-hover, .workbench-hover').first();
    seen = await hover.waitFor({ timeout: 5_000 }).then(() => hover.innerText(), () => '');
    if (shows.test(seen)) {
      return seen.trim();
    }
    await page.waitForTimeout(1000);
  }
  throw new Error(`The tooltip reads "${seen}", not ${shows}`);
}

/** Whether the notifications' bell on the status bar has its dot: a notification came that the person has not seen. */
async function bellDot(page: Page): Promise<boolean> {
  const item = page.locator('[id="status.notifications"]');
  await item.waitFor({ timeout: 10_000 });
  return (await item.locator('.codicon-bell-dot').count()) > 0;
}

/** Waits until `check` is true, or fails with what `seen` says. */
async function until(check: () => Promise<boolean>, timeoutMs: number, seen: () => Promise<string>): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) {
      throw new Error(await seen());
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('UI: the sitting day (time at the computer outside VS Code)', function () {
  let display: TestDisplay | undefined;
  let session: Session;

  before(async function () {
    const missing = displayMissing();
    if (missing) {
      console.log(`      skipped: ${missing}`);
      this.skip();
    }
    display = await startTestDisplay();
    session = await Session.start({
      env: display.env,
      settings: {
        'postureBreaks.intervalMinutes': 1,
        'postureBreaks.idleSeconds': 15,
        'postureBreaks.reminderStyle': 'notification',
      },
    });
    await session.statusItem().waitFor({ state: 'visible', timeout: 60_000 });
  });

  after(async function () {
    await session?.stop();
    await display?.stop();
  });

  it('with "auto", the extension in the server\'s host does not count it, and the tooltip says why', async function () {
    const text = await hoverText(session, /not counted here/);
    await session.screenshot('sitting-day-auto-tooltip');
    assert.match(text, /of continuous coding/);
    assert.match(text, /Time at the computer outside VS Code is not counted here: the extension runs on the remote machine, not yours\. If that machine is yours, set postureBreaks\.countTimeOutsideEditor to "on"\./);
    assert.doesNotMatch(text, /at your desk/);
  });

  it('set to "On" in the Settings editor, it applies at once: the tooltip speaks of time at the desk', async function () {
    const page = session.page;
    await session.runCommand('Preferences: Open Settings (UI)');
    await page.locator('.settings-editor').waitFor({ timeout: 20_000 });
    await page.keyboard.type('postureBreaks.countTimeOutsideEditor');
    const setting = page.locator('.setting-item-enum').filter({ hasText: 'Count Time Outside Editor' }).first();
    await setting.waitFor({ timeout: 20_000 });
    await setting.locator('select').click();
    await page.locator('.monaco-select-box-dropdown-container .option-text').getByText('On', { exact: true }).click();
    await session.runCommand('View: Close All Editors');
    // The source is found (each candidate asked twice, 3 s apart), then the tooltip changes.
    const text = await hoverText(session, /at your desk/);
    assert.match(text, /^Posture Breaks: 0 minutes at your desk: 0 in VS Code, 0 elsewhere\. /);
    assert.doesNotMatch(text, /not counted here/);
  });

  it('a break that comes due while the workbench is not focused is the prompt the moment it has the focus again, and its notification shows then', async function () {
    this.timeout(240_000);
    const page = session.page;
    await session.runCommand('Notifications: Clear All Notifications');
    await session.runCommand('Posture Breaks: Reset Coding Timer');
    await session.waitForItem('0m');
    assert.equal(await bellDot(page), false, 'the bell has a dot before the test');
    // The person goes to another application, and starts using it a little later (more
    // than idleSeconds: the few moments in VS Code before are not counted either way).
    await loseFocus(page);
    await page.waitForTimeout(16_000);
    const started = Date.now();
    let item = '';
    while (item !== 'Stretch break') {
      assert.ok(Date.now() - started < 150_000, `after ${Math.round((Date.now() - started) / 1000)} s of input elsewhere the item reads "${item}"`);
      await display?.input();
      await page.waitForTimeout(2000);
      item = (await session.statusItem().innerText()).trim();
    }
    // Due while elsewhere: the prompt waits on the status bar, and nothing is notified.
    await page.waitForTimeout(3000);
    assert.equal(await page.evaluate('document.hasFocus()'), false, 'the workbench had the focus');
    assert.equal(await bellDot(page), false, 'a notification came while the workbench was not focused');

    await regainFocus(page);
    await session.waitForItem('Stretch break', page, 1000);
    const text = await hoverText(session, /time for a stretch break/);
    await session.screenshot('sitting-day-prompt-tooltip');
    assert.match(text, /^Posture Breaks: time for a stretch break, after 1 minute at your desk: 0 in VS Code, 1 elsewhere\. Click to start/);
    assert.match(text, /\nToday: .* in VS Code and 1 minute elsewhere at the computer, /);
    await page.mouse.move(10, 10);

    // The one notification, in the notification centre (the smoke-test driver, which loads the
    // extension under development, keeps notifications from showing as toasts).
    await until(() => bellDot(page), 10_000, async () => `no dot on the bell: ${await page.locator('[id="status.notifications"]').innerHTML()}`);
    await session.runCommand('Notifications: Show Notifications');
    const center = page.locator('.notifications-center.visible');
    await center.waitFor({ timeout: 10_000 });
    const ours = (await center.locator('.notification-list-item').allInnerTexts()).filter((entry) => NOTIFICATION.test(entry));
    await session.screenshot('sitting-day-notification-after-focus');
    assert.equal(ours.length, 1, JSON.stringify(ours));
    assert.match(ours[0], /Time for a stretch break, after 1 minute at your desk: 0 in VS Code, 1 elsewhere\./);
    await page.keyboard.press('Escape');
  });
});
