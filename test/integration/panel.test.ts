// The break panel in a real VS Code: one panel, its actions reach the clock,
// closing it while a break is due snoozes, bad messages are ignored.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAllEditors, panelTabs, until } from './helpers';
import { makeDue } from './otherWindow';

async function openPanel() {
  const { panel } = await api();
  await vscode.commands.executeCommand('postureBreaks.takeBreak');
  const open = await until('the break panel', () => panel());
  assert.ok(open);
  return open;
}

describe('Integration: the break panel', function () {
  this.timeout(60_000);

  beforeEach(async function () {
    const { driver } = await api();
    driver.resume();
    driver.reset();
  });

  afterEach(closeAllEditors);

  it('Done after the whole routine records a break taken and closes the panel', async function () {
    const { driver } = await api();
    await makeDue();
    const taken = driver.view().today.taken;
    const panel = await openPanel();
    await panel.handleMessage({ type: 'done', fraction: 1 });
    assert.equal(driver.view().today.taken, taken + 1);
    assert.equal(driver.view().due, false);
    assert.equal(driver.view().codingMs, 0);
    await until('the panel to close', () => panelTabs().length === 0);
  });

  it('Snooze in the panel snoozes the due break', async function () {
    const { driver } = await api();
    await makeDue();
    const snoozed = driver.view().today.snoozed;
    const panel = await openPanel();
    await panel.handleMessage({ type: 'snooze' });
    assert.equal(driver.view().due, false);
    assert.equal(driver.view().today.snoozed, snoozed + 1);
  });

  it('Skip in the panel records a skipped break', async function () {
    const { driver } = await api();
    await makeDue();
    const skipped = driver.view().today.skipped;
    const panel = await openPanel();
    await panel.handleMessage({ type: 'skip' });
    assert.equal(driver.view().today.skipped, skipped + 1);
    assert.equal(driver.view().codingMs, 0);
  });

  it('closing the panel while a break is due counts as a snooze', async function () {
    const { driver } = await api();
    await makeDue();
    const snoozed = driver.view().today.snoozed;
    const panel = await openPanel();
    panel.webviewPanel.dispose(); // what the close button of the tab does
    await until('the snooze', () => driver.view().today.snoozed === snoozed + 1);
    assert.equal(driver.view().due, false);
  });

  it('closing the panel when no break is due records nothing', async function () {
    const { driver } = await api();
    const before = driver.view().today;
    const panel = await openPanel();
    panel.webviewPanel.dispose();
    await until('the panel to close', () => panelTabs().length === 0);
    assert.deepEqual(driver.view().today, before);
  });

  it('ignores malformed messages from the page without throwing, and changes nothing', async function () {
    const { driver } = await api();
    await makeDue();
    const before = driver.view();
    const panel = await openPanel();
    const garbage: unknown[] = [
      null, undefined, 42, 'done', [], {}, { type: 'done' }, { type: 'done', fraction: 'all' },
      { type: 'done', fraction: Number.NaN }, { type: 'openLink', id: 'https://example.com' },
      { type: 'setVariant', variant: 'handstand' }, { type: 'nope' }, { type: 'skip', extra: true },
      JSON.parse('{"__proto__": {"polluted": true}, "type": "snooze"}'),
    ];
    for (const message of garbage) {
      await panel.handleMessage(message);
    }
    const after = driver.view();
    assert.equal(after.due, true);
    assert.deepEqual(after.today, before.today);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });
});
