// Three windows of one VS Code, as a person with several projects open has
// them, with reminderStyle "notification": typing in window A until a break is
// due brings exactly one notification, in A, the window the person uses. (In
// the headless browser every tab reports focus, so this tests the
// latest-activity rule, not focus.) Notifications are counted in each
// window's notification centre (the bell), where every notification stays
// whether or not its toast is still on screen.
import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { useSession } from './session';

const OURS = /Time for a stretch break/;

describe('UI: three windows, one notification', function () {
  const session = useSession({
    settings: { 'postureBreaks.intervalMinutes': 1, 'postureBreaks.reminderStyle': 'notification' },
  });
  let windows: Page[];

  before(async function () {
    await session.openWindow();
    await session.openWindow();
    windows = session.pages;
    for (const page of windows) {
      await session.statusItem(page).waitFor({ state: 'visible', timeout: 60_000 });
    }
  });

  /** Our notifications in a window's notification centre (opened, read, closed). */
  async function notifications(page: Page): Promise<string[]> {
    await session.runCommand('Notifications: Show Notifications', page);
    const center = page.locator('.notifications-center.visible');
    await center.waitFor({ timeout: 10_000 });
    await page.waitForTimeout(300);
    const items = (await center.locator('.notification-list-item').allInnerTexts()).filter((text) => OURS.test(text));
    await page.keyboard.press('Escape');
    return items;
  }

  it('typing in window A until the break is due notifies once, in A, and never in B or C', async function () {
    const [a, b, c] = windows;
    await session.openFile('notes.md', a);
    const started = Date.now();
    let word = 0;
    while (Date.now() - started < 66_000) {
      await a.keyboard.type(`w${word++} `);
      await a.waitForTimeout(1000);
    }
    // After the typing pause the prompt shows everywhere; the notification only in A.
    for (const page of windows) {
      await session.waitForItem('Stretch break', page, 20_000);
    }
    await a.waitForTimeout(5_000); // time for a notification anywhere, and for a second one if there were one
    const shown = [await notifications(a), await notifications(b), await notifications(c)];
    await session.screenshot('notified-window-a', a);
    assert.deepEqual(shown.map((list) => list.length), [1, 0, 0], `notifications per window: ${JSON.stringify(shown)}`);
  });
});
