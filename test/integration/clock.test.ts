// The clock in a real VS Code: activity from real editor events, the
// commands, settings from VS Code's configuration, the shared state file.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Clock } from '../../src/core/clock/clock';
import { SharedStore, STATE_FILE } from '../../src/vscode/sharedStore';
import { api, closeAllEditors, itInNode, resetClock, setSetting, sleep, until, writeAsAnotherProgram } from './helpers';
import { fromOtherWindow, makeDue } from './otherWindow';
import { MINUTE } from '../../src/core/time';

async function openNotes(): Promise<vscode.TextEditor> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  const document = folder
    ? await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'notes.md'))
    : await vscode.workspace.openTextDocument({ language: 'markdown', content: '# Notes\n' });
  return vscode.window.showTextDocument(document);
}

async function type(editor: vscode.TextEditor, text: string): Promise<void> {
  const ok = await editor.edit((edit) => edit.insert(editor.document.positionAt(editor.document.getText().length), text));
  assert.ok(ok, 'the edit was not applied');
}

describe('Integration: the coding clock', function () {
  this.timeout(120_000);

  beforeEach(async function () {
    await setSetting('intervalMinutes', undefined);
    await resetClock();
  });

  afterEach(async function () {
    await closeAllEditors();
    for (const key of ['intervalMinutes', 'idleSeconds', 'naturalBreakMinutes', 'stretchVariant', 'reminderStyle']) {
      await setSetting(key, undefined);
    }
  });

  it('typing in an editor advances the clock', async function () {
    const { driver } = await api();
    const editor = await openNotes();
    await type(editor, 'a');
    await sleep(300); // editor events reach the extension host after the edit resolves
    const before = driver.view().stretchMs;
    await sleep(1500);
    await type(editor, 'b');
    await sleep(300);
    const view = driver.view();
    assert.equal(view.idle, false);
    const added = view.stretchMs - before;
    assert.ok(added >= 1400 && added < 5000, `typing 1.5 s later added ${added} ms`);
  });

  it('edits to a document nobody is typing in are not activity', async function () {
    const { driver } = await api();
    const editor = await openNotes();
    const background = await vscode.workspace.openTextDocument({ content: 'written by a tool\n' });
    await type(editor, 'a');
    await sleep(300);
    const before = driver.view().stretchMs;
    await sleep(1500);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(background.uri, new vscode.Position(0, 0), 'more from the tool\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await until('the background edit to land', () => background.getText().startsWith('more from the tool'));
    await sleep(300);
    assert.equal(driver.view().stretchMs, before, 'the background edit counted as activity');
  });

  it('typing into a clean (saved) file counts from its first keystroke', async function () {
    const { driver } = await api();
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the test window has a workspace folder');
    const file = vscode.Uri.joinPath(folder.uri, 'clean-typing.txt');
    await writeAsAnotherProgram(file, 'saved\n');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file));
    assert.equal(editor.document.isDirty, false);
    await sleep(300);
    const before = driver.view().stretchMs;
    await sleep(1500);
    await type(editor, 'x');
    await sleep(300);
    const added = driver.view().stretchMs - before;
    assert.ok(added >= 1400 && added < 5000, `the first keystroke 1.5 s later added ${added} ms`);
  });

  it('a file reloaded from disk while open in the active editor is not activity (git checkout, a generator)', async function () {
    const { driver } = await api();
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the test window has a workspace folder');
    const file = vscode.Uri.joinPath(folder.uri, 'reloaded.txt');
    await writeAsAnotherProgram(file, Array.from({ length: 200 }, (_, i) => `line ${i}`).join('\n'));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file));
    assert.equal(editor.document.isDirty, false);
    await type(editor, 'a'); // some activity, then save: the file is clean again
    assert.ok(await editor.document.save());
    await sleep(500);
    const before = driver.view().stretchMs;
    await sleep(1500);
    // Another program rewrites the file; VS Code reloads the clean document.
    const rewritten = Array.from({ length: 300 }, (_, i) => `generated ${i}`).join('\n');
    await writeAsAnotherProgram(file, rewritten);
    await until('VS Code to reload the file', () => editor.document.getText() === rewritten, 20_000);
    await sleep(500);
    assert.equal(driver.view().stretchMs, before, 'the reload counted as activity');
    assert.equal(editor.document.isDirty, false);
    // And typing right after still counts.
    await type(editor, 'b');
    await sleep(300);
    assert.ok(driver.view().stretchMs > before, 'typing after the reload did not count');
  });

  it('a long enough stretch of typing makes the break due (1-minute interval)', async function () {
    const { driver } = await api();
    await setSetting('intervalMinutes', 1);
    await until('the 1-minute interval to apply', () => driver.view().dueAtCodingMs === MINUTE);
    const editor = await openNotes();
    await type(editor, 'start ');
    // A thinking pause under idleSeconds (120 s) counts fully as coding.
    await sleep(61_000);
    await type(editor, 'end');
    await sleep(300);
    assert.equal(driver.view().due, true);
    // The prompt shows at once, or after a pause in typing (5 s without edits).
    await until('the prompt', () => driver.view().prompt, 8_000);
  });

  it('Snooze Break moves the due mark by snoozeMinutes and counts a snooze', async function () {
    const { driver } = await api();
    await makeDue();
    const before = driver.view();
    const snoozedBefore = before.today.snoozed;
    await vscode.commands.executeCommand('postureBreaks.snooze');
    const view = driver.view();
    assert.equal(view.due, false);
    // Due again after 5 (snoozeMinutes) more minutes of coding.
    assert.equal(view.dueAtCodingMs, before.stretchMs + 5 * MINUTE);
    assert.equal(view.today.snoozed, snoozedBefore + 1);
  });

  it('Skip Break records a skipped break and starts the count again', async function () {
    const { driver } = await api();
    await makeDue();
    const skippedBefore = driver.view().today.skipped;
    await vscode.commands.executeCommand('postureBreaks.skip');
    const view = driver.view();
    assert.equal(view.due, false);
    assert.equal(view.stretchMs, 0);
    assert.equal(view.today.skipped, skippedBefore + 1);
  });

  it('Snooze and Skip with no break due record nothing', async function () {
    const { driver } = await api();
    const editor = await openNotes();
    await type(editor, 'a');
    await sleep(1200);
    await type(editor, 'b');
    await sleep(300);
    const before = driver.view();
    assert.equal(before.due, false);
    assert.ok(before.stretchMs > 0);
    await vscode.commands.executeCommand('postureBreaks.skip');
    await vscode.commands.executeCommand('postureBreaks.snooze');
    const after = driver.view();
    assert.deepEqual(after.today, before.today);
    assert.equal(after.stretchMs, before.stretchMs);
    await vscode.commands.executeCommand('notifications.clearAll');
  });

  it('Pause Reminders holds the prompt until the pause ends; Resume Reminders ends it', async function () {
    const { driver } = await api();
    await makeDue();
    const pauseEnd = Date.now() + 30 * MINUTE;
    await vscode.commands.executeCommand('postureBreaks.pause', pauseEnd);
    assert.equal(driver.view().pausedUntil, pauseEnd);
    assert.equal(driver.view().prompt, false);
    await vscode.commands.executeCommand('postureBreaks.resume');
    assert.equal(driver.view().pausedUntil, null);
    // Back at once, or after a pause in typing if an edit was under 5 s ago.
    await until('the prompt to come back', () => driver.view().prompt, 8_000);
  });

  it('Reset Coding Timer starts the count from zero without recording a break', async function () {
    const { driver } = await api();
    await makeDue();
    const before = driver.view().today;
    await vscode.commands.executeCommand('postureBreaks.resetTimer');
    const view = driver.view();
    assert.equal(view.stretchMs, 0);
    assert.equal(view.due, false);
    assert.deepEqual([view.today.taken, view.today.skipped, view.today.natural], [before.taken, before.skipped, before.natural]);
  });

  it("another window's change reaches this window through the shared file", async function () {
    const { driver } = await api();
    await makeDue();
    const pauseEnd = Date.now() + 60 * MINUTE;
    await fromOtherWindow('the pause from the other window', (state) => {
      state.pausedUntil = pauseEnd;
      state.pauseDecidedAt = Date.now();
    }, () => driver.view().pausedUntil === pauseEnd);
  });

  it('while another window debugs, this window does not prompt; once it stops, it does', async function () {
    const { driver } = await api();
    await makeDue();
    await until('the prompt', () => driver.view().prompt, 8_000);
    const started = Date.now();
    await fromOtherWindow('the other window\'s debug hold', (state) => {
      state.debugHolds = { 'another-window': { until: started + 3 * MINUTE, at: started } };
    }, () => driver.view().heldBy === 'debugging');
    assert.equal(driver.view().prompt, false);
    await fromOtherWindow('the other window\'s release', (state) => {
      state.debugHolds = { 'another-window': { until: 0, at: started + 1 } };
    }, () => driver.view().prompt);
  });

  it('with reminderStyle "notification", a due break is notified once (the claim is taken)', async function () {
    const { driver } = await api();
    await setSetting('reminderStyle', 'notification');
    await until('the notification style to apply', async () => (await api()).config.settings.reminderStyle === 'notification');
    await makeDue();
    // This window showed the notification as the break became due, so the
    // claim for this break is already taken.
    assert.equal(driver.claimNotification(), false);
    await vscode.commands.executeCommand('notifications.clearAll');
  });

  it('with reminderStyle "statusBar", no notification is claimed', async function () {
    const { driver, config } = await api();
    // The setting of the test before is undone asynchronously.
    await until('the default reminder style', () => config.settings.reminderStyle === 'statusBar');
    await makeDue();
    // Once the prompt shows (it may wait for a pause in typing), the claim is
    // still free, for the window used last: this one, after an activity here.
    await until('the prompt', () => driver.view().prompt, 8_000);
    driver.activity('other');
    assert.equal(driver.claimNotification(), true);
  });

  it('bad setting values are clamped or replaced, with a warning naming the setting', async function () {
    const { config } = await api();
    const cases: [string, unknown, unknown][] = [
      ['intervalMinutes', 'abc', 30],
      ['intervalMinutes', -5, 1],
      ['intervalMinutes', 1e9, 240],
      ['idleSeconds', null, 120],
      ['stretchVariant', 'upside-down', 'standing'],
      ['reminderStyle', 42, 'statusBar'],
    ];
    for (const [key, bad, used] of cases) {
      await setSetting(key, bad);
      await until(`postureBreaks.${key} = ${JSON.stringify(bad)} to be read`, () => (config.settings as unknown as Record<string, unknown>)[key] === used);
      assert.ok(config.warnings.some((warning) => warning.includes(`postureBreaks.${key}`)), `no warning for ${key} = ${JSON.stringify(bad)}: ${config.warnings.join(' | ')}`);
      await setSetting(key, undefined);
    }
    await until('the warnings to clear once the values are fixed', () => config.warnings.length === 0);
  });

  it('the clock survives a restart: a new clock over the stored state shows the same count', async function () {
    const { driver, storageUri, config, log } = await api();
    await fromOtherWindow('12 minutes of coding', (state) => {
      state.codingMs = 12 * MINUTE;
      state.lastActivity = Date.now();
    }, () => driver.view().stretchMs === 12 * MINUTE);
    const before = driver.view();
    driver.flush();
    const store = await SharedStore.open(storageUri, log);
    try {
      const restarted = new Clock(config.settings, {
        now: () => Date.now(), setTimer: () => undefined, clearTimer: () => undefined,
        store, render: () => undefined, log: () => undefined,
      });
      const after = restarted.view();
      assert.equal(after.stretchMs, before.stretchMs);
      assert.deepEqual(after.today, before.today);
      restarted.dispose();
    } finally {
      store.dispose();
    }
  });

  // The files' age is set on the disk, which only the Node host can do.
  itInNode('at start, temporary files of unfinished writes older than a minute are removed, fresh ones kept', async function () {
    const { storageUri, log } = await api();
    const folder = vscode.Uri.joinPath(storageUri, 'temp-test');
    await vscode.workspace.fs.createDirectory(folder);
    const old = vscode.Uri.joinPath(folder, `${STATE_FILE}.abc123.tmp`);
    const fresh = vscode.Uri.joinPath(folder, `${STATE_FILE}.def456.tmp`);
    const unrelated = vscode.Uri.joinPath(folder, 'notes.tmp');
    const oldClaim = vscode.Uri.joinPath(folder, 'notified-1-1800000.claim');
    const todaysClaim = vscode.Uri.joinPath(folder, 'notified-2-1800000.claim');
    for (const file of [old, fresh, unrelated, oldClaim, todaysClaim]) {
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode('{"version":1'));
    }
    // As a write killed two minutes ago leaves it (the mtime of a real file, set on disk).
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- Node only, and not bundled for the browser host
    const fs = require('node:fs') as typeof import('node:fs');
    const twoMinutesAgo = new Date(Date.now() - 2 * MINUTE);
    fs.utimesSync(old.fsPath, twoMinutesAgo, twoMinutesAgo);
    fs.utimesSync(unrelated.fsPath, twoMinutesAgo, twoMinutesAgo);
    fs.utimesSync(todaysClaim.fsPath, twoMinutesAgo, twoMinutesAgo);
    const twoDaysAgo = new Date(Date.now() - 48 * 60 * MINUTE);
    fs.utimesSync(oldClaim.fsPath, twoDaysAgo, twoDaysAgo);
    const store = await SharedStore.open(folder, log);
    try {
      assert.deepEqual((await store.staleFilesRemoved).sort(), [`${STATE_FILE}.abc123.tmp`, 'notified-1-1800000.claim']);
      const names = (await vscode.workspace.fs.readDirectory(folder)).map(([name]) => name).sort();
      assert.deepEqual(names, [`${STATE_FILE}.def456.tmp`, 'notes.tmp', 'notified-2-1800000.claim'], 'a fresh temporary file may be another window writing now');
    } finally {
      store.dispose();
      await vscode.workspace.fs.delete(folder, { recursive: true });
    }
  });

  for (const primitive of ['the host\'s exclusive create, where it has one', 'the rule that converges without one']) {
    it(`a claim succeeds in exactly one of several stores of the same folder, at once (${primitive})`, async function () {
      const { storageUri, log, localDisk } = await api();
      const folder = vscode.Uri.joinPath(storageUri, 'claim-test');
      await vscode.workspace.fs.createDirectory(folder);
      const exclusive = primitive.startsWith('the host') ? localDisk : undefined;
      const stores = await Promise.all([1, 2, 3].map(() => SharedStore.open(folder, log, exclusive)));
      try {
        const results = await Promise.all(stores.map((store) => store.claimOnce('notified-7-1800000')));
        assert.equal(results.filter(Boolean).length, 1, JSON.stringify(results));
        assert.equal(await stores[0].claimOnce('notified-7-1800000'), false, 'claimed once only');
        assert.equal(await stores[1].claimOnce('notified-8-1800000'), true, 'another due break is claimed afresh');
        // A window that claims later, after the first ones settled, does not win as well.
        const late = await SharedStore.open(folder, log, exclusive);
        try {
          assert.equal(await late.claimOnce('notified-7-1800000'), false, 'a later window claimed it too');
        } finally {
          late.dispose();
        }
      } finally {
        stores.forEach((store) => store.dispose());
        await vscode.workspace.fs.delete(folder, { recursive: true });
      }
    });
  }

  it('a corrupt state file is set aside and the clock starts afresh, without a crash', async function () {
    const { storageUri, config, log } = await api();
    const folder = vscode.Uri.joinPath(storageUri, 'corrupt-test');
    await vscode.workspace.fs.createDirectory(folder);
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, STATE_FILE), new TextEncoder().encode('{"version":1,"codingMs":'));
    const store = await SharedStore.open(folder, log);
    try {
      assert.equal(store.read(), undefined);
      const clock = new Clock(config.settings, {
        now: () => Date.now(), setTimer: () => undefined, clearTimer: () => undefined,
        store, render: () => undefined, log: () => undefined,
      });
      assert.equal(clock.view().stretchMs, 0);
      clock.dispose();
      const names = (await vscode.workspace.fs.readDirectory(folder)).map(([name]) => name);
      assert.ok(names.some((name) => name.startsWith('clock-state.corrupt-')), `kept aside: ${names.join(', ')}`);
    } finally {
      store.dispose();
      await vscode.workspace.fs.delete(folder, { recursive: true });
    }
  });
});
