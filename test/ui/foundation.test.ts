// The first thing a person sees: the item in the status bar, and the panel
// that a click on it opens. Also the path real users take: the packaged
// .vsix installed into a fresh VS Code.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as yauzl from 'yauzl';
import { repoRoot } from '../harness/server';
import { useSession } from './session';

describe('UI: the extension in the workbench', function () {
  const session = useSession({ waitForItem: false });

  it('shows the coding time in the status bar, with an accessible label', async function () {
    const item = session.statusItem();
    await item.waitFor({ state: 'visible', timeout: 60_000 });
    assert.match((await item.innerText()).trim(), /^\d+m$/);
    const label = await item.locator('a, [role="button"]').first().getAttribute('aria-label') ?? await item.getAttribute('aria-label');
    assert.match(label ?? '', /continuous coding/);
  });

  it('opens the break panel when the item is clicked', async function () {
    await session.statusItem().click();
    const heading = session.panel().locator('h1');
    await heading.waitFor({ timeout: 30_000 });
    assert.equal((await heading.innerText()).trim(), 'Stretch break');
    await session.screenshot('panel-opened');
  });

  it('the guided break works from the keyboard (Space on the focused Start button)', async function () {
    const panel = session.panel();
    const start = panel.locator('#run-toggle');
    await start.focus();
    await start.press('Space');
    await panel.locator('#run-toggle').getByText('Pause').waitFor({ timeout: 5_000 });
    const first = Number(await panel.locator('#countdown').innerText());
    await session.page.waitForTimeout(2_500);
    const later = Number(await panel.locator('#countdown').innerText());
    assert.ok(later < first, `the countdown did not move: ${first} then ${later}`);
    await start.press('Enter'); // pause
    await panel.locator('#run-toggle').getByText('Resume').waitFor({ timeout: 5_000 });
    assert.match(await panel.locator('#cue').innerText(), /Paused/);
  });

  it('a part can be skipped from the keyboard, and the guide moves to the next part', async function () {
    const panel = session.panel();
    const skip = panel.locator('#run-skip');
    await skip.focus();
    await skip.press('Enter');
    await panel.locator('#guide-part').getByText(/^Part 2 of 3: Standing glute squeeze$/).waitFor({ timeout: 5_000 });
    assert.equal(await panel.locator('#parts li[data-part="0"]').getAttribute('data-state'), 'skipped');
    assert.equal(await panel.locator('#parts li[data-part="1"]').getAttribute('aria-current'), 'step');
    assert.equal((await panel.locator('#run-toggle').innerText()).trim(), 'Resume', 'skipping while paused stays paused');
  });

  it('Done before half the break asks first, and Cancel keeps the panel open', async function () {
    await session.panel().locator('#action-done').click();
    const dialog = session.page.locator('.monaco-dialog-box');
    await dialog.waitFor({ timeout: 10_000 });
    assert.match(await dialog.innerText(), /less than half/i);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    assert.ok(await session.panel().locator('h1').isVisible(), 'the panel closed');
  });
});

/** The names of the files in a .vsix (a zip). */
function vsixEntries(file: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) {
        reject(error ?? new Error(`cannot open ${file}`));
        return;
      }
      const names: string[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        names.push(entry.fileName);
        zip.readEntry();
      });
      zip.on('end', () => resolve(names));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

describe('UI: the packaged extension', function () {
  const session = useSession(() => {
    const { version } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    const vsix = path.join(repoRoot, `posture-breaks-${version}.vsix`);
    assert.ok(fs.existsSync(vsix), `${path.basename(vsix)} is missing: run \`npm run package\` first.`);
    return { installVsix: vsix, development: false, waitForItem: false };
  });

  // Under 300 KB: the six languages' runtime translations add about 60 KB to the package.
  it('is a small package (under 300 KB)', function () {
    const { version } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    const bytes = fs.statSync(path.join(repoRoot, `posture-breaks-${version}.vsix`)).size;
    assert.ok(bytes < 300 * 1024, `the .vsix is ${bytes} bytes`);
  });

  it('ships exactly what runs: both bundles, the panel files, the translations, the walkthrough media', async function () {
    const { version } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    const files = (await vsixEntries(path.join(repoRoot, `posture-breaks-${version}.vsix`)))
      .filter((name) => name.startsWith('extension/')).map((name) => name.slice('extension/'.length));
    // (vsce names the docs readme.md, changelog.md and LICENSE.txt.)
    for (const required of ['package.json', 'readme.md', 'changelog.md', 'LICENSE.txt', 'dist/extension.js', 'dist/app.js',
      'dist/web/extension.js', 'media/build/panel.js', 'media/panel.css', 'package.nls.json']) {
      assert.ok(files.includes(required), `${required} is not in the .vsix: ${files.join(', ')}`);
    }
    const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    const languages = fs.readdirSync(repoRoot).filter((name) => /^package\.nls\..+\.json$/.test(name));
    // The translations; the English source bundle is not needed at run time (the English is in the code).
    const bundles = fs.readdirSync(path.join(repoRoot, 'l10n')).filter((name) => name !== 'bundle.l10n.json').map((name) => `l10n/${name}`);
    assert.ok(bundles.length >= 6, `${bundles.length} translations`);
    assert.ok(!files.includes('l10n/bundle.l10n.json'), 'the English source bundle is packaged');
    const walkthroughMedia = (manifest.contributes.walkthroughs ?? []).flatMap((walkthrough: { steps: { media: Record<string, unknown> }[] }) =>
      walkthrough.steps.flatMap((step) => Object.entries(step.media)
        .filter((entry): entry is [string, string] => entry[0] !== 'altText' && typeof entry[1] === 'string' && !/^(https?:)/.test(entry[1]))
        .map(([, file]) => file)));
    for (const required of [...languages, ...bundles, ...walkthroughMedia]) {
      assert.ok(files.includes(required), `${required} is not in the .vsix`);
    }
    const stray = files.filter((name) => /(^|\/)(src|test|out|node_modules)\/|\.map$|\.ts$/.test(name));
    assert.deepEqual(stray, [], 'sources, tests or source maps were packaged');
  });

  it('installs with --install-extension and activates: its item appears', async function () {
    const item = session.statusItem();
    await item.waitFor({ state: 'visible', timeout: 60_000 });
    assert.match((await item.innerText()).trim(), /^\d+m$/);
  });
});
