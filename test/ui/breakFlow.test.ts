// A whole break as a person goes through it, in the real workbench: type for
// a minute (1-minute interval), see the prompt once typing pauses, see it in a
// second window too, click it, press Done after half the break; then a whole
// quick break from Start to its end, hands-free, recorded without a click.
// The quick break with the shortest hold the settings allow (10 s) takes about
// a minute.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { artifactsDir, QUICK_BREAK, useSession, waitForHalfDone, type Session } from './session';

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

const TRANSFORM_OF = new Function('svg', 'return getComputedStyle(svg).transform;') as (svg: unknown) => string;

const HIGHLIGHT_STROKE = `getComputedStyle(document.querySelector('article.exercise .highlight :not(.highlight-glow)')).stroke`;

async function onWarningBackground(session: Session, page: Page): Promise<boolean> {
  return session.statusItem(page).evaluate(isOnWarningBackground);
}

/** The figure of the part under way: which side it shows, whether it is mirrored, and the caption a person sees. */
async function currentFigure(panel: FrameLocator): Promise<{ side: string | null; mirrored: boolean; guideMirrored: boolean; caption: string }> {
  const art = panel.locator('article.exercise[data-current="true"] .art');
  const side = await art.getAttribute('data-side');
  const transform = await art.locator('svg').evaluate(TRANSFORM_OF) as string;
  const guide = await panel.locator('#guide-figure svg').evaluate(TRANSFORM_OF) as string;
  const caption = (await panel.locator('article.exercise[data-current="true"] .side-caption span:visible').innerText()).trim();
  return { side, mirrored: /^matrix\(-1,/.test(transform), guideMirrored: /^matrix\(-1,/.test(guide), caption };
}

async function waitForText(panel: FrameLocator, selector: string, text: RegExp, timeout = 30_000): Promise<void> {
  await panel.locator(selector).getByText(text).waitFor({ timeout });
}

async function bodyData(panel: FrameLocator, name: string): Promise<string | null> {
  return panel.locator('body').getAttribute(`data-${name}`);
}

describe('UI: a break from the prompt to Done', function () {
  const session = useSession({ settings: QUICK_BREAK });
  let second: Page;

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

  it('clicking the prompt opens the panel: the parts, steps, figure, explanation, safety', async function () {
    await session.statusItem(second).click();
    const panel = session.panel(second);
    await panel.locator('h1').getByText('Stretch break').waitFor({ timeout: 30_000 });
    const parts = await panel.locator('#parts li').allInnerTexts();
    assert.deepEqual(parts.map((t) => t.replace(/\s+\d.*$/, '').trim()), ['Standing hip-flexor stretch', 'Standing glute squeeze']);
    const steps = panel.locator('article.exercise[data-part="0"] ol.steps > li');
    const count = await steps.count();
    assert.ok(count >= 4 && count <= 6, `${count} steps`);
    assert.ok(await panel.locator('article.exercise[data-part="0"] .art svg').isVisible(), 'no illustration');
    assert.match(await panel.locator('#plan-line').innerText(), /^Quick break: 1 min \d+ s, in 2 parts\.$/);
    assert.match(await panel.locator('#why-title').innerText(), /glute inhibition/i);
    assert.match(await panel.locator('.safety').innerText(), /not medical advice/i);
    await session.screenshot('panel-break', second);
  });

  it('the panel has no serious or critical accessibility violations (axe-core)', async function () {
    const frame = await session.panelFrame(second);
    const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    await frame.evaluate(axeSource);
    const violations = await frame.evaluate(AXE_VIOLATIONS) as { id: string; impact: string; nodes: number }[];
    const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(bad, [], JSON.stringify(violations));
  });

  it('Done once half the break is done records it: the panel closes and both windows show 0m', async function () {
    const panel = session.panel(second);
    await panel.locator('#run-toggle').click();
    await waitForText(panel, '#guide-part', /^Part 2 of 2/, 60_000);
    await waitForHalfDone(panel, 60_000);
    await panel.locator('#action-done').click();
    await second.locator('iframe.webview.ready').waitFor({ state: 'detached', timeout: 15_000 });
    for (const page of [second, session.page]) {
      await session.waitForItem('0m', page);
      assert.equal(await onWarningBackground(session, page), false);
    }
  });

  it('the quick break from Start to its end, hands-free: parts in order, the sides the figure shows, sounds, recorded without a click', async function () {
    await session.statusItem(second).click(); // an early break counts too
    const panel = session.panel(second);
    await panel.locator('h1').waitFor({ timeout: 30_000 });
    const takenBefore = Number(await panel.locator('[data-stat="taken"]').innerText());
    await panel.locator('#run-toggle').click();

    // Part 1, left side: the figure faces left (mirrored), the caption and the words say left.
    await waitForText(panel, '#guide-part', /^Part 1 of 2: Standing hip-flexor stretch$/);
    assert.match(await panel.locator('#cue').innerText(), /Left side: left leg back/);
    await waitForText(panel, '#guide-step', /^Left side, round 1 of 1$/);
    assert.deepEqual(await currentFigure(panel), { side: 'left', mirrored: true, guideMirrored: true, caption: 'Left side: left leg back' });
    assert.equal(await bodyData(panel, 'last-cue'), 'start');
    assert.ok(Number(await panel.locator('#countdown').innerText()) <= 10);
    await session.screenshot('break-left', second);

    // The switch, then the right side: the figure faces right.
    await waitForText(panel, '#guide-step', /^Switch to the right side$/);
    assert.equal(await bodyData(panel, 'last-cue'), 'switch');
    await waitForText(panel, '#guide-step', /^Right side, round 1 of 1$/);
    assert.deepEqual(await currentFigure(panel), { side: 'right', mirrored: false, guideMirrored: false, caption: 'Right side: right leg back' });
    await session.screenshot('break-right', second);

    // Part 2: the squeezes, heard as on and off.
    await waitForText(panel, '#guide-part', /^Part 2 of 2: Standing glute squeeze$/);
    assert.equal(await bodyData(panel, 'last-cue'), 'partEnd');
    await waitForText(panel, '#guide-step', /^Squeeze 1 of 4$/);
    assert.equal(await bodyData(panel, 'last-cue'), 'on');
    await session.screenshot('break-squeeze', second);

    // Hidden mid-break (another editor in front of the panel), the guidance goes on.
    const cuesBefore = Number(await bodyData(panel, 'cue-count'));
    const tab = second.locator('.tab', { hasText: 'Posture Breaks: Stretch break' });
    await tab.click();
    await session.openFile('notes.md', second);
    await second.waitForTimeout(7_000);
    await tab.click();
    await panel.locator('h1').waitFor({ timeout: 15_000 });
    const cuesAfter = Number(await bodyData(panel, 'cue-count'));
    assert.ok(cuesAfter >= cuesBefore + 2, `cues while hidden: ${cuesBefore} then ${cuesAfter}`);

    // The end: said, heard, and recorded without a click.
    await waitForText(panel, '#cue', /Break complete\. Well done\. The break is recorded\./, 60_000);
    assert.equal(await bodyData(panel, 'last-cue'), 'partEnd');
    assert.equal((await panel.locator('#countdown').innerText()).trim(), 'Done');
    await panel.locator('[data-stat="taken"]').getByText(String(takenBefore + 1)).waitFor({ timeout: 10_000 });
    await session.screenshot('break-done', second);
    for (const page of [second, session.page]) {
      await session.waitForItem('0m', page);
    }
    await panel.locator('#action-done').click(); // recorded already: Done only closes
    await second.locator('iframe.webview.ready').waitFor({ state: 'detached', timeout: 15_000 });
  });

  it('looks right in light, dark and high-contrast themes (screenshots)', async function () {
    const page = session.page;
    await session.statusItem(page).click();
    await session.panel(page).locator('h1').waitFor({ timeout: 30_000 });
    for (const [theme, file] of [['Light Modern', 'panel-light'], ['Dark Modern', 'panel-dark'], ['Dark High Contrast', 'panel-high-contrast']]) {
      await session.setTheme(theme, page);
      const shot = await session.screenshot(file, page);
      assert.ok(fs.statSync(shot).size > 10_000, `${path.basename(shot)} looks empty`);
      // The highlight is drawn in every theme (a colour the theme lacks would hide it).
      const stroke = await (await session.panelFrame(page)).evaluate(HIGHLIGHT_STROKE) as string;
      assert.ok(stroke && stroke !== 'none' && !/rgba\(.*, 0\)$/.test(stroke), `the highlight is not drawn in ${theme}: ${stroke}`);
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
