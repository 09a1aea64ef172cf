// A whole break as a person goes through it, in the real workbench: type for
// a minute (1-minute interval), see the prompt once typing pauses, see it in a
// second window too, click it, do the guided stretch, press Done.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { artifactsDir, Session } from './session';

/** What the person sees in the status-bar item. */
async function itemText(session: Session, page: Page): Promise<string> {
  return (await session.statusItem(page).innerText()).trim();
}

// Code run inside the page is given as text: these tests compile without the
// DOM library, like the rest of the extension's Node code.

/** Whether an element (or a child) is drawn on the theme's warning background. */
const isOnWarningBackground = new Function('item', `
  const probe = document.createElement('div');
  probe.style.background = 'var(--vscode-statusBarItem-warningBackground)';
  (item.closest('.monaco-workbench') || document.body).appendChild(probe);
  const warning = getComputedStyle(probe).backgroundColor;
  probe.remove();
  const backgrounds = [item, ...item.querySelectorAll('*')].map((el) => getComputedStyle(el).backgroundColor);
  return warning !== 'rgba(0, 0, 0, 0)' && backgrounds.includes(warning);
`) as (item: unknown) => boolean;

const AXE_VIOLATIONS = `axe.run(document).then((results) =>
  results.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })))`;

const STRETCH_STROKE = `getComputedStyle(document.querySelector('.variant:not([hidden]) .stretch line:not(.stretch-glow)')).stroke`;

async function onWarningBackground(session: Session, page: Page): Promise<boolean> {
  return session.statusItem(page).evaluate(isOnWarningBackground);
}

/** The document inside the break panel's webview, as a Frame (for evaluate). */
async function panelFrame(page: Page): Promise<Frame> {
  const outer = await page.locator('iframe.webview.ready').elementHandle();
  const outerFrame = await outer?.contentFrame();
  const inner = await outerFrame?.locator('iframe#active-frame').elementHandle();
  const frame = await inner?.contentFrame();
  assert.ok(frame, 'the break panel has no content frame');
  return frame;
}

describe('UI: a break from the prompt to Done', function () {
  let session: Session;
  let second: Page;

  before(async function () {
    session = await Session.start({
      settings: {
        'postureBreaks.intervalMinutes': 1,
        'postureBreaks.holdSeconds': 10,
        'postureBreaks.rounds': 1,
      },
    });
    await session.statusItem().waitFor({ state: 'visible', timeout: 60_000 });
  });

  after(async function () {
    await session?.stop();
  });

  it('typing for a minute makes the item the prompt, but only once typing pauses', async function () {
    const page = session.page;
    await session.openFile('notes.md');
    const started = Date.now();
    // Type a word every second for 70 s: the break is due after 60 s, and the
    // prompt must wait while edits arrive less than 5 s apart.
    let word = 0;
    while (Date.now() - started < 70_000) {
      await page.keyboard.type(`w${word++} `);
      if (Date.now() - started > 63_000) {
        assert.notEqual(await itemText(session, page), 'Stretch break', 'the prompt appeared mid-typing');
      }
      await page.waitForTimeout(1000);
    }
    // A pause in typing: the prompt appears within about 5 s.
    await session.waitForItem('Stretch break', page, 10_000);
    assert.ok(await onWarningBackground(session, page), 'the prompt is not on the warning background');
    await session.screenshot('prompt');
  });

  it('a second window shows the same prompt', async function () {
    second = await session.openWindow();
    await session.waitForItem('Stretch break', second, 60_000);
    assert.ok(await onWarningBackground(session, second));
  });

  it('clicking the prompt opens the panel: steps, illustration, explanation, safety', async function () {
    await session.statusItem(second).click();
    const panel = session.panel(second);
    await panel.locator('h1').getByText('Stretch break').waitFor({ timeout: 30_000 });
    const steps = panel.locator('.variant:not([hidden]) ol.steps > li');
    const count = await steps.count();
    assert.ok(count >= 4 && count <= 6, `${count} steps`);
    assert.ok(await panel.locator('.variant:not([hidden]) .art svg').isVisible(), 'no illustration');
    assert.match(await panel.locator('#why-title').innerText(), /glute inhibition/i);
    assert.match(await panel.locator('.safety').innerText(), /not medical advice/i);
    await session.screenshot('panel-break', second);
  });

  it('the panel has no serious or critical accessibility violations (axe-core)', async function () {
    const frame = await panelFrame(second);
    const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    await frame.evaluate(axeSource);
    const violations = await frame.evaluate(AXE_VIOLATIONS) as { id: string; impact: string; nodes: number }[];
    const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(bad, [], JSON.stringify(violations));
  });

  it('the guided hold counts down and switches sides', async function () {
    const panel = session.panel(second);
    await panel.locator('#hold-toggle').click();
    assert.match(await panel.locator('#hold-side').innerText(), /left/i);
    // 10 s hold, then a switch cue, then the right side.
    await panel.locator('#hold-cue').getByText(/switch/i).waitFor({ timeout: 20_000 });
    await panel.locator('#hold-side').getByText(/right/i).waitFor({ timeout: 20_000 });
    const count = Number(await panel.locator('#hold-count').innerText());
    assert.ok(count > 0 && count <= 10, `countdown shows ${count}`);
    await panel.locator('#hold-cue').getByText(/done|well done|finished|complete/i).waitFor({ timeout: 20_000 });
  });

  it('Done records the break: the panel closes and both windows show 0m', async function () {
    await session.panel(second).locator('#action-done').click();
    await second.locator('iframe.webview.ready').waitFor({ state: 'detached', timeout: 15_000 });
    for (const page of [second, session.page]) {
      await session.waitForItem('0m', page);
      assert.equal(await onWarningBackground(session, page), false);
    }
  });

  it('looks right in light, dark and high-contrast themes (screenshots)', async function () {
    const page = session.page;
    await session.statusItem(page).click();
    await session.panel(page).locator('h1').waitFor({ timeout: 30_000 });
    for (const [theme, file] of [['Light Modern', 'panel-light'], ['Dark Modern', 'panel-dark'], ['Dark High Contrast', 'panel-high-contrast']]) {
      await session.runCommand('Preferences: Color Theme', page);
      await page.locator('.quick-input-widget input').fill(theme); // the list only draws what fits
      await session.pick(theme, page);
      await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
      await page.waitForTimeout(1500);
      const shot = await session.screenshot(file, page);
      assert.ok(fs.statSync(shot).size > 10_000, `${path.basename(shot)} looks empty`);
      // The stretched leg is drawn in every theme (a colour the theme lacks would hide it).
      const stroke = await (await panelFrame(page)).evaluate(STRETCH_STROKE) as string;
      assert.ok(stroke && stroke !== 'none' && !/rgba\(.*, 0\)$/.test(stroke), `the stretched leg is not drawn in ${theme}: ${stroke}`);
      // The panel alone, as the README shows it.
      await page.locator('iframe.webview.ready').screenshot({ path: path.join(artifactsDir, `${file}-only.png`) });
    }
  });

  it('Show Break History draws the last 14 days, and the bars match the stored history', async function () {
    const page = session.page;
    await session.runCommand('Posture Breaks: Show Break History', page);
    const panel = session.panel(page);
    await panel.locator('h1').getByText('Break history').waitFor({ timeout: 30_000 });
    await panel.locator('#history-days[aria-busy="false"]').waitFor({ timeout: 15_000 });
    const bars = panel.locator('#history-chart svg rect.bar-taken');
    assert.equal(await bars.count(), 14);
    const shown = new Map<string, number>();
    for (const bar of await bars.all()) {
      shown.set(String(await bar.getAttribute('data-date')), Number(await bar.getAttribute('data-taken')));
    }
    // The history as stored on disk, in the extension's global storage.
    const stateFile = findFile(session.server.dataDir, 'clock-state.json');
    assert.ok(stateFile, 'no stored state found');
    const stored = JSON.parse(fs.readFileSync(stateFile, 'utf8')) as { days: Record<string, { taken: number }> };
    for (const [date, taken] of shown) {
      assert.equal(taken, stored.days[date]?.taken ?? 0, `bar of ${date}`);
    }
    const today = [...shown.keys()].sort().at(-1) as string;
    assert.ok((shown.get(today) ?? 0) >= 1, 'the break taken today is not in the chart');
    await session.screenshot('history', page);
  });
});

function findFile(dir: string, name: string): string | undefined {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isFile() && entry.name === name) {
      return full;
    }
    if (entry.isDirectory()) {
      const found = findFile(full, name);
      if (found) {
        return found;
      }
    }
  }
  return undefined;
}
