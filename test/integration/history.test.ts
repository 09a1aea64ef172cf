// Break history in a real VS Code: the history view opens, the export writes
// one CSV row per day with the stored numbers.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { localDayKey } from '../../src/core/days/dayLedger';
import { api, closeAllEditors, panelTabs, until } from './helpers';
import { makeDue } from './otherWindow';

describe('Integration: break history', function () {
  this.timeout(60_000);
  afterEach(closeAllEditors);

  it('"Show Break History" opens the panel on the history view', async function () {
    const { panel } = await api();
    await vscode.commands.executeCommand('postureBreaks.showHistory');
    await until('the history panel', () => panelTabs('Posture Breaks: Break history').length === 1);
    assert.equal(panel()?.mode, 'history');
  });

  it('"Export Break History" writes a CSV with a header and one row per stored day', async function () {
    const { driver, storageUri } = await api();
    driver.reset();
    await makeDue();
    driver.skip(); // today has at least one skipped break
    const target = vscode.Uri.joinPath(storageUri, `posture-breaks-export-${Date.now()}.csv`);
    await vscode.commands.executeCommand('postureBreaks.exportHistory', target);
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    await vscode.workspace.fs.delete(target);
    const lines = text.split('\r\n');
    assert.equal(lines[0], 'date,coding_minutes,breaks_taken,breaks_skipped,breaks_snoozed,natural_breaks,longest_stretch_minutes,'
      + 'breaks_offered_at_good_moments,offered_breaks_taken,outside_minutes');
    assert.equal(lines.at(-1), '', 'the file ends with a line break');
    const days = driver.days();
    assert.equal(lines.length - 2, Object.keys(days).length);
    const today = localDayKey(Date.now());
    const row = lines.find((line) => line.startsWith(`${today},`));
    assert.ok(row, `no row for ${today}`);
    const stats = days[today];
    assert.deepEqual(row.split(',').slice(1).map(Number), [
      Math.round(stats.codingMs / 60_000), stats.taken, stats.skipped, stats.snoozed, stats.natural, Math.round(stats.longestStretchMs / 60_000),
      stats.offered, stats.offeredTaken,
      // Time outside VS Code: a number, as today was recorded since the column exists (blank only on days before it).
      Math.round(stats.outsideMs / 60_000),
    ]);
    assert.notEqual(row.split(',').at(-1), '', 'today\'s time outside VS Code is blank');
    assert.ok(stats.skipped >= 1);
  });
});
