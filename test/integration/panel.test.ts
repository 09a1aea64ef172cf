// The break panel in a real VS Code: one panel, its actions reach the clock,
// closing it while a break is due snoozes, bad messages are ignored.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { HostMessage } from '../../src/core/protocol/hostMessages';
import { api, closeAllEditors, itInNode, panelTabs, resetClock, setSetting, sleep, until } from './helpers';
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

  beforeEach(resetClock);

  afterEach(closeAllEditors);

  it('Done after the whole routine records a break taken and closes the panel', async function () {
    const { driver } = await api();
    await makeDue();
    const taken = driver.view().today.taken;
    const panel = await openPanel();
    await panel.handleMessage({ type: 'done', fraction: 1, breakId: 1 });
    assert.equal(driver.view().today.taken, taken + 1);
    assert.equal(driver.view().due, false);
    assert.equal(driver.view().stretchMs, 0);
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
    assert.equal(driver.view().stretchMs, 0);
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
      null, undefined, 42, 'done', [], {}, { type: 'done' }, { type: 'done', fraction: 'all', breakId: 1 },
      { type: 'done', fraction: Number.NaN, breakId: 1 }, { type: 'openLink', id: 'https://example.com' },
      { type: 'finished', fraction: 1 }, { type: 'finished', fraction: 2, breakId: 1 }, { type: 'setSound', on: 'off' },
      { type: 'openLink', id: 'freeman-2013' }, // a reference without a confirmed link: nothing to open
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

  it('a break finished in the panel is recorded as taken without a click, once; Done then only closes', async function () {
    const { driver } = await api();
    await makeDue();
    const taken = driver.view().today.taken;
    const panel = await openPanel();
    await panel.handleMessage({ type: 'finished', fraction: 1, breakId: 1_767_600_000_000 });
    assert.equal(driver.view().today.taken, taken + 1);
    assert.equal(driver.view().due, false);
    assert.ok(panel.webviewPanel.visible || panelTabs().length === 1, 'the panel stays open to say so');
    await panel.handleMessage({ type: 'finished', fraction: 1, breakId: 1_767_600_000_000 });
    await panel.handleMessage({ type: 'done', fraction: 1, breakId: 1_767_600_000_000 });
    assert.equal(driver.view().today.taken, taken + 1, 'recorded once');
    await until('the panel to close', () => panelTabs().length === 0);
  });

  // Real time: a minute (the shortest naturalBreakMinutes) passes in the
  // break with no activity. In the Node host only, to keep the run short: the
  // panel's code is the same in both hosts.
  itInNode('a break longer than naturalBreakMinutes, from its Start to its end, is recorded as taken, not as a natural break', async function () {
    this.timeout(120_000);
    const { driver } = await api();
    // A natural break is never shorter than idleSeconds: both as short as they go.
    await setSetting('idleSeconds', 15);
    await setSetting('naturalBreakMinutes', 1);
    try {
      await makeDue();
      const panel = await openPanel();
      const startPressed = Date.now();
      const before = driver.view().today;
      await sleep(65_000);
      await panel.handleMessage({ type: 'finished', fraction: 1, breakId: startPressed });
      const after = driver.view().today;
      assert.deepEqual({ taken: after.taken - before.taken, natural: after.natural - before.natural }, { taken: 1, natural: 0 });
    } finally {
      await setSetting('naturalBreakMinutes', undefined);
      await setSetting('idleSeconds', undefined);
    }
  });

  it('a break that reached its end with less than half done (parts skipped) is not recorded by itself', async function () {
    const { driver } = await api();
    await makeDue();
    const before = driver.view().today;
    const panel = await openPanel();
    await panel.handleMessage({ type: 'finished', fraction: 0.2, breakId: 1_767_600_000_001 });
    assert.deepEqual(driver.view().today, before);
    assert.equal(driver.view().due, true);
  });

  it('the break length setting reaches the panel (and a change reaches an open panel at once)', async function () {
    const { config } = await api();
    const panel = await openPanel();
    const posted: HostMessage[] = [];
    const webview = panel.webviewPanel.webview;
    const original = webview.postMessage.bind(webview);
    webview.postMessage = (message: HostMessage) => {
      posted.push(message);
      return original(message);
    };
    try {
      await setSetting('breakLength', 'quick');
      await until('the setting', () => config.settings.breakLength === 'quick');
      const state = await until('a state message with the quick break', () =>
        posted.find((m) => m.type === 'state' && m.settings.breakLength === 'quick'));
      assert.ok(state);
      await setSetting('breakLength', 'stretch');
      await until('a state message with the stretch-only break', () =>
        posted.find((m) => m.type === 'state' && m.settings.breakLength === 'stretch'));
    } finally {
      webview.postMessage = original;
      await setSetting('breakLength', undefined);
    }
    await until('the default length', () => config.settings.breakLength === 'full');
  });

  it('the mute toggle writes the sound setting, for the user, and it persists', async function () {
    const { config } = await api();
    const panel = await openPanel();
    try {
      await panel.handleMessage({ type: 'setSound', on: false });
      await until('sound off', () => config.settings.sound === false);
      assert.equal(vscode.workspace.getConfiguration('postureBreaks').inspect('sound')?.globalValue, false);
      await panel.handleMessage({ type: 'setSound', on: true });
      await until('sound on', () => config.settings.sound === true);
      assert.equal(vscode.workspace.getConfiguration('postureBreaks').inspect('sound')?.globalValue, true);
    } finally {
      await setSetting('sound', undefined);
    }
  });

  it('keeps the page while hidden, so the guidance goes on (retainContextWhenHidden)', async function () {
    const panel = await openPanel();
    assert.equal(panel.webviewPanel.options.retainContextWhenHidden, true);
  });
});
