// The rest of the extension in the browser's web-worker extension host
// (vscode.dev, github.dev, VS Code in a browser tab): part of the one bundle
// dist/web/extension.js, since that host resolves no `require` but `vscode`.
// Still evaluated only when first required: after activation, and the
// panel's code when a panel first opens. No Node built-ins: the shared state
// goes through vscode.workspace.fs, and claims use the rule that converges
// without an atomic create (see SharedStore.claimOnce).
import type * as vscode from 'vscode';
import { PostureBreaks } from '../app';

export function start(context: vscode.ExtensionContext): Promise<PostureBreaks> {
  /* eslint-disable-next-line @typescript-eslint/no-require-imports -- evaluated when a panel first opens */
  return PostureBreaks.start(context, { loadPanel: () => require('../panel/breakPanel') as typeof import('../panel/breakPanel') });
}
