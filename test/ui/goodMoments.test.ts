// A break at a good moment, as a person meets it: type for a minute with a
// 3-minute interval (the break is due in about two minutes), save, then
// commit through the Source Control view (a message, Ctrl+Enter). The
// status-bar item becomes the prompt at once, and its tooltip says why now.
import * as assert from 'node:assert/strict';
import { useSession } from './session';

describe('UI: a break offered at a good moment', function () {
  const session = useSession({
    // A trusted git repository as the workspace, so the Git extension runs.
    gitWorkspace: true,
    trustWorkspace: true,
    settings: {
      'postureBreaks.intervalMinutes': 3,
      'postureBreaks.earlyPromptMinutes': 2,
      // Commit what changed without staging it first, as many people do.
      'git.enableSmartCommit': true,
      'git.postCommitCommand': 'none',
    },
  });

  it('a commit from the Source Control view, with a break due in two minutes, brings the prompt and says why', async function () {
    const page = session.page;
    await session.openFile('notes.md');
    // A minute of typing: 1 minute of coding, the break due in about two.
    const started = Date.now();
    let word = 0;
    while (Date.now() - started < 65_000) {
      await page.keyboard.type(`w${word++} `);
      await page.waitForTimeout(1000);
    }
    await page.keyboard.press('Control+S');
    const before = (await session.statusItem().innerText()).trim();
    assert.match(before, /^1m$/, `the item before the commit reads "${before}"`);

    // The Source Control view: a message, then Ctrl+Enter, as a person commits.
    await page.keyboard.press('Control+Shift+G');
    const input = page.locator('.scm-editor .monaco-editor').first();
    await input.waitFor({ timeout: 30_000 });
    await input.click();
    await page.keyboard.type('A piece of work done');
    await page.keyboard.press('Control+Enter');

    await session.waitForItem('Stretch break', page, 20_000);
    const item = session.statusItem();
    const label = await item.locator('a, [role="button"]').first().getAttribute('aria-label') ?? await item.getAttribute('aria-label');
    assert.match(label ?? '', /You just committed: a good moment for a break/);
    await item.hover();
    const hover = page.locator('.monaco-hover, .workbench-hover').filter({ hasText: 'You just committed' }).first();
    await hover.waitFor({ timeout: 10_000 });
    assert.match(await hover.innerText(), /You just committed: a good moment for a break\. So far, 1 minute of continuous coding; the break would be due in 2 minutes\./);
    await session.screenshot('good-moment-commit');
  });
});
