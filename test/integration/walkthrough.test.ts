// The walkthrough in a real VS Code: its command opens it, and so does the
// break panel's link.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAllEditors, until } from './helpers';

/** The tab of the walkthrough's editor (VS Code's welcome page, shown on our walkthrough). */
function walkthroughTab(): vscode.Tab | undefined {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs)
    .find((tab) => tab.input === undefined && /Posture Breaks|Walkthrough|Welcome/i.test(tab.label));
}

function tabLabels(): string {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs).map((tab) => tab.label).join(', ') || 'none';
}

describe('Integration: the walkthrough', function () {
  this.timeout(60_000);

  beforeEach(closeAllEditors);
  afterEach(closeAllEditors);

  it('postureBreaks.showWalkthrough is registered, runs without error and opens the walkthrough', async function () {
    await api();
    assert.ok((await vscode.commands.getCommands(true)).includes('postureBreaks.showWalkthrough'));
    assert.equal(walkthroughTab(), undefined, `a walkthrough is open already: ${tabLabels()}`);
    await vscode.commands.executeCommand('postureBreaks.showWalkthrough');
    await until(`the walkthrough's tab (tabs: ${tabLabels()})`, () => walkthroughTab(), 20_000);
  });

  it('the break panel\'s walkthrough link opens the walkthrough', async function () {
    const { panel } = await api();
    await vscode.commands.executeCommand('postureBreaks.takeBreak');
    const open = await until('the break panel', () => panel());
    assert.ok(open);
    await open.handleMessage({ type: 'showWalkthrough' });
    await until(`the walkthrough's tab (tabs: ${tabLabels()})`, () => walkthroughTab(), 20_000);
  });
});
