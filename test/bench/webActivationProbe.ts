// Runs in the browser's web-worker extension host (bundled for it, as the
// window's extension test module) and activates two extensions that are
// loaded there but not active yet: an empty browser extension and the
// browser build of Posture Breaks, each through VS Code's activation path
// (getExtension(id).activate(): load the bundle, create the context, call
// activate and wait for its promise), timed with performance.now(). The
// order alternates between windows. The figures go to the workspace folder
// through vscode.workspace.fs (this host has no other way to the disk).
import * as vscode from 'vscode';

declare const POSTURE_BREAKS_BENCH_IDS: string[];
declare const POSTURE_BREAKS_BENCH_RUN: number;

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function run(): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) {
    throw new Error('The probe needs a workspace folder for its figures.');
  }
  const order = POSTURE_BREAKS_BENCH_RUN % 2 === 0 ? POSTURE_BREAKS_BENCH_IDS : [...POSTURE_BREAKS_BENCH_IDS].reverse();
  const extensions = order.map((id) => {
    const extension = vscode.extensions.getExtension(id);
    if (!extension || extension.isActive) {
      throw new Error(`${id} is not loaded, or already active, in this host.`);
    }
    return extension;
  });
  // Let the window's start-up work end first.
  await delay(3000);
  const ms: Record<string, number> = {};
  for (const extension of extensions) {
    const started = performance.now();
    await extension.activate();
    ms[extension.id] = performance.now() - started;
  }
  const file = vscode.Uri.joinPath(folder, `web-activation-${POSTURE_BREAKS_BENCH_RUN}.json`);
  await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(JSON.stringify({ order, ms, uiKind: vscode.env.uiKind })));
}
