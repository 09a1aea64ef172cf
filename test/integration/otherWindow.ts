// Another VS Code window, as far as the shared state file is concerned: it
// writes the file the way every window does (a temporary file, then a rename).
import * as vscode from 'vscode';
import { STATE_FILE } from '../../src/vscode/sharedStore';
import { api, until } from './helpers';
import { MINUTE } from '../../src/core/time';

/** Writes the shared state file as another window would, with `change` applied. */
export async function writeAsOtherWindow(change: (state: Record<string, unknown>) => void): Promise<void> {
  const { store, storageUri } = await api();
  await store.flushed();
  const state = structuredClone(store.read()) as Record<string, unknown>;
  state.writer = 'another-window';
  state.seq = Number(state.seq) + 1;
  state.rev = Number(state.rev) + 1;
  change(state);
  // Atomically, as every window writes it: a temporary file, then a rename.
  const temp = vscode.Uri.joinPath(storageUri, 'other-window.tmp');
  await vscode.workspace.fs.writeFile(temp, new TextEncoder().encode(JSON.stringify(state)));
  await vscode.workspace.fs.rename(temp, vscode.Uri.joinPath(storageUri, STATE_FILE), { overwrite: true });
}

/**
 * Writes as another window would until this window shows `done`. (This fake
 * window does not merge: if this window's own write lands at the same moment
 * and replaces it, it writes again, as a real window would after merging.)
 */
export async function fromOtherWindow(what: string, change: (state: Record<string, unknown>) => void, done: () => boolean): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await writeAsOtherWindow(change);
    try {
      await until(what, done, 3_000);
      return;
    } catch (error) {
      if (attempt === 3) {
        throw error;
      }
    }
  }
}

/** Makes a break due now, as if another window had been coding for `minutes`. */
export async function makeDue(minutes = 31): Promise<void> {
  const { driver } = await api();
  await fromOtherWindow('the break to be due', (state) => {
    state.codingMs = minutes * MINUTE;
    state.lastActivity = Date.now();
  }, () => driver.view().due);
}

