// The product in another display language, in the real workbench: the server
// started with `--locale de` (see language.ts). The status-bar item, its
// screen-reader label with a clock time, and the panel must appear in German,
// from l10n/bundle.l10n.de.json, with times in the 24-hour form German uses.
// What is expected is read from the bundles, so the test follows the
// translation's wording but fails on any English left.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { pattern, translated } from './language';
import { artifactsDir, useSession } from './session';

/** The German of an English message. */
const german = (english: string): string => translated('de', english);

describe('UI: in German (display language de)', function () {
  const session = useSession({ locale: 'de' });

  it('the status-bar item and its label are German, with a 24-hour clock time', async function () {
    const item = session.statusItem();
    await session.waitForItem(pattern(german('{0}m')), session.page, 15_000);
    const text = (await item.innerText()).trim();
    assert.match(text, pattern(german('{0}m')), `the item says ${text}`);
    const label = (await item.getAttribute('aria-label')) ?? '';
    const match = pattern(german('Posture Breaks: {0}. {1}')).exec(label);
    assert.ok(match, `the item's label is not the German one: ${label}`);
    // Time outside VS Code is not counted in the server's host (auto), so the
    // label speaks of continuous coding, and says when the break is due.
    assert.match(match[1], pattern(german('{0} of continuous coding')), 'the time since the last break is not the German one');
    assert.match(match[2], pattern(german('Break due in {0} (about {1} if you keep going).')), 'the due time is not the German one');
    assert.doesNotMatch(label, /continuous coding|if you keep going/, 'English is left in the label');
    const clock = /(\d{1,2}):(\d{2})/.exec(label);
    assert.ok(clock, `no clock time in: ${label}`);
    assert.doesNotMatch(label, /\b(AM|PM)\b/i, 'German uses the 24-hour clock');
    await session.screenshot('language-de-status');
  });

  it('the break panel is German: title, buttons, explanation and safety note', async function () {
    await session.statusItem().click();
    const panel = session.panel();
    await panel.locator('h1').first().waitFor({ timeout: 30_000 });
    await session.screenshot('language-de-panel');
    assert.equal((await panel.locator('h1').first().innerText()).trim(), german('Stretch break'));
    const body = await panel.locator('body').innerText();
    for (const english of ['Why hip flexors? (glute inhibition)', 'Not medical advice: general wellness information only.', 'Skip this part', 'Sound on']) {
      assert.notEqual(german(english), english, `"${english}" is not translated`);
      assert.ok(body.includes(german(english)), `the German of "${english}" is not shown`);
      assert.ok(!body.includes(english), `"${english}" is shown in English`);
    }
    assert.equal((await panel.locator('#run-toggle').innerText()).trim(), german('Start'));
    await session.screenshot('language-de-panel');
  });

  it('before Start, the kneeling stretch asks in German for the cushion; the line goes once the break starts', async function () {
    const panel = session.panel();
    await panel.locator('button[data-variant="kneeling"]').click();
    const line = panel.locator('.before-start');
    await line.waitFor({ timeout: 15_000 });
    assert.equal((await line.innerText()).trim(), german('Put the cushion down before you press Start.'));
    await panel.locator('main.break > header, section.guide').last().screenshot({ path: path.join(artifactsDir, 'language-de-guide.png') });
    await panel.locator('#run-toggle').click();
    await line.waitFor({ state: 'hidden', timeout: 15_000 });
    await panel.locator('#run-toggle').click(); // pause
  });
});
