// Break history in a real VS Code: the history view opens, the export writes
// one CSV row per day with the stored numbers.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { localDayKey } from '../../src/core/days/dayLedger';
import { api, closeAllEditors, panelTabs, resetClock, until } from './helpers';
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
    const { driver, storageUri } = await resetClock();
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
    const fields = row.split(',');
    // The last column is blank for the days recorded before it existed;
    // today is recorded after it, so it holds a number.
    const outsideSince = driver.daysSince().outsideMs;
    assert.ok(outsideSince !== undefined && outsideSince <= today, `time outside VS Code recorded since ${outsideSince}, not today`);
    assert.equal(fields.at(-1), String(Math.round(stats.outsideMs / 60_000)));
    assert.deepEqual(fields.slice(1, -1).map(Number), [
      Math.round(stats.codingMs / 60_000), stats.taken, stats.skipped, stats.snoozed, stats.natural, Math.round(stats.longestStretchMs / 60_000),
      stats.offered, stats.offeredTaken,
    ]);
    assert.ok(stats.skipped >= 1);
  });
});
