import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAllEditors, EXTENSION_ID, inBrowserHost, panelTabs, until } from './helpers';

/** Defined (true) only in the suite's bundle for the browser host. */
declare const POSTURE_BREAKS_WEB_SUITE: boolean | undefined;

describe('Integration: activation and the break panel', function () {
  afterEach(closeAllEditors);

  it('activates after startup without being asked', async function () {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    await until('the extension to activate on startup', () => extension.isActive, 20_000);
  });

  it('runs in the extension host it was built for (the browser bundle in the web worker, without Node)', async function () {
    const bundledForTheBrowser = typeof POSTURE_BREAKS_WEB_SUITE !== 'undefined' && POSTURE_BREAKS_WEB_SUITE;
    assert.equal(inBrowserHost, bundledForTheBrowser);
    assert.equal(vscode.env.uiKind === vscode.UIKind.Web || !bundledForTheBrowser, true);
    if (bundledForTheBrowser) {
      const scope = globalThis as { process?: { versions?: { node?: string } } };
      assert.equal(scope.process?.versions?.node, undefined, 'Node is not there');
    }
    await api();
  });

  it('registers every command of the contract', async function () {
    await api();
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['takeBreak', 'snooze', 'skip', 'pause', 'resume', 'resetTimer', 'showHistory', 'exportHistory']) {
      assert.ok(commands.includes(`postureBreaks.${id}`), `postureBreaks.${id} is not registered`);
    }
  });

  it('"Take a Break Now" opens one break panel, and reuses it when run again', async function () {
    await api();
    await vscode.commands.executeCommand('postureBreaks.takeBreak');
    await until('the break panel to open', () => panelTabs().length === 1);
    await vscode.commands.executeCommand('postureBreaks.takeBreak');
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(panelTabs().length, 1);
  });
});
