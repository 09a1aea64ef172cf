// The browser build, as a person in vscode.dev would use it: the extension
// runs in the browser's web-worker extension host (the staged copy's
// manifest has only the `browser` entry, so the workbench cannot run it
// anywhere else). Type for a minute, see the prompt, click it, go through
// half the quick break and press Done: the break is recorded.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { stageWebExtension } from '../harness/webExtension';
import { QUICK_BREAK, useSession, waitForHalfDone } from './session';

describe('UI: the browser build in the web-worker extension host', function () {
  let work: string;
  let staged: string;

  before(function () {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'posture-breaks-ui-web-'));
    staged = stageWebExtension(work);
    const manifest = JSON.parse(fs.readFileSync(path.join(staged, 'package.json'), 'utf8'));
    assert.equal(manifest.main, undefined, 'the staged manifest keeps only the browser entry');
    assert.ok(fs.existsSync(path.join(staged, manifest.browser)));
  });

  const session = useSession(() => ({ developmentPath: staged, settings: QUICK_BREAK }));

  after(function () {
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('shows the coding time, and after a minute of typing the prompt', async function () {
    assert.match((await session.statusItem().innerText()).trim(), /^\d+m$/);
    await session.openFile('notes.md');
    const started = Date.now();
    let word = 0;
    while (Date.now() - started < 64_000) {
      await session.page.keyboard.type(`w${word++} `);
      await session.page.waitForTimeout(1000);
    }
    await session.waitForItem('Stretch break', session.page, 15_000);
    await session.screenshot('browser-build-prompt');
  });

  it('the prompt opens the panel; Done after half the break records it', async function () {
    await session.statusItem().click();
    const panel = session.panel();
    await panel.locator('h1').getByText('Stretch break').waitFor({ timeout: 30_000 });
    assert.ok(await panel.locator('article.exercise[data-part="0"] .art svg').isVisible(), 'no illustration');
    await session.screenshot('browser-build-panel');
    await panel.locator('#run-toggle').click();
    await waitForHalfDone(panel, 90_000);
    await panel.locator('#action-done').click();
    await session.page.locator('iframe.webview.ready').waitFor({ state: 'detached', timeout: 15_000 });
    await session.waitForItem('0m');
  });
});
