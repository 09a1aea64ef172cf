// The product in another display language, in the real workbench: the server
// started with `--locale de` (a minimal language pack makes VS Code report
// `de` to the extension; the workbench's own text stays English). The
// status-bar item, its screen-reader label with a clock time, and the panel
// must appear in German, from l10n/bundle.l10n.de.json, with times in the
// 24-hour form German uses. What is expected is read from the bundles, so
// the test follows the translation's wording but fails on any English left.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../harness/server';
import { Session } from './session';

type Bundle = Record<string, string | { message: string }>;
const read = (name: string): Bundle => JSON.parse(fs.readFileSync(path.join(repoRoot, 'l10n', name), 'utf8'));

/** The German of an English message (looked up by the message, whatever the key's comment). */
function german(english: string): string {
  const source = read('bundle.l10n.json');
  const key = Object.keys(source).find((k) => {
    const value = source[k];
    return (typeof value === 'string' ? value : value.message) === english;
  });
  assert.ok(key, `no such message in the bundle: ${english}`);
  const translated = read('bundle.l10n.de.json')[key];
  assert.ok(typeof translated === 'string' && translated.length > 0, `no German for: ${english}`);
  return translated;
}

/** A translated template as a pattern: each {n} stands for some text. */
function pattern(template: string): RegExp {
  const parts = template.split(/\{\d+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('(.+?)')}$`, 's');
}

describe('UI: in German (display language de)', function () {
  let session: Session;

  before(async function () {
    session = await Session.start({ locale: 'de' });
    await session.statusItem().waitFor({ state: 'visible', timeout: 60_000 });
  });

  after(async function () {
    await session?.stop();
  });

  it('the status-bar item and its label are German, with a 24-hour clock time', async function () {
    const item = session.statusItem();
    await session.waitForItem(pattern(german('{0}m')), session.page, 15_000);
    const text = (await item.innerText()).trim();
    assert.match(text, pattern(german('{0}m')), `the item says ${text}`);
    const label = (await item.getAttribute('aria-label')) ?? '';
    const match = pattern(german('Posture Breaks: {0} of continuous coding. {1}')).exec(label);
    assert.ok(match, `the item's label is not the German one: ${label}`);
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
});
