// Shared helpers of the integration suite (inside the extension host).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Activated, PostureBreaksApi } from '../../src/extension';

export const EXTENSION_ID = 'posturebreaks.posture-breaks';

/** This suite runs in the browser's web-worker extension host (else in the Node host). */
export const inBrowserHost = typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope !== 'undefined';

/** A test that needs Node (the disk beside VS Code's file service): skipped in the browser host. */
export const itInNode: Mocha.TestFunction | Mocha.PendingTestFunction = inBrowserHost ? it.skip : it;

/**
 * Writes a file as another program would. In the Node host, straight to the
 * disk, beside VS Code's file service; the browser host has no such way, so
 * there it goes through vscode.workspace.fs.
 */
export async function writeAsAnotherProgram(file: vscode.Uri, text: string): Promise<void> {
  if (inBrowserHost) {
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text));
  } else {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- Node only, and not bundled for the browser host
    (require('node:fs') as typeof import('node:fs')).writeFileSync(file.fsPath, text);
  }
}

export async function api(): Promise<PostureBreaksApi> {
  const extension = vscode.extensions.getExtension<Activated>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed`);
  const activated = extension.isActive ? extension.exports : await extension.activate();
  return activated.ready;
}

/** The clock as a test starts from: reminders not paused, and the count started again (nothing recorded). Returns the extension's API. */
export async function resetClock(): Promise<PostureBreaksApi> {
  const posture = await api();
  posture.driver.resume();
  posture.driver.reset();
  return posture;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Waits until `check` returns a truthy value, or fails with `what`. */
export async function until<T>(what: string, check: () => T | Promise<T>, timeoutMs = 10_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await check();
    if (value) {
      return value;
    }
    if (Date.now() - started > timeoutMs) {
      assert.fail(`timed out waiting for: ${what}`);
    }
    await sleep(100);
  }
}

/** Tabs that show one of our webview panels, by title. */
export function panelTabs(title = 'Posture Breaks: Stretch break'): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.label === title);
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Sets one of our settings for the whole user (and waits until it applies). */
export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('postureBreaks').update(key, value, vscode.ConfigurationTarget.Global);
}
