// The extension's entry in the browser's web-worker extension host
// (vscode.dev, github.dev, VS Code in a browser tab). One bundle,
// dist/web/extension.js: that host resolves no `require` but `vscode`, so the
// rest of the extension and the panel's code are part of it. They are still
// evaluated only when first required: after activation, and when a panel
// first opens. No Node built-ins: the shared state goes through
// vscode.workspace.fs, and claims use the rule that converges without an
// atomic create (see SharedStore.claimOnce).
import { activation } from './activation';

/* eslint-disable @typescript-eslint/no-require-imports -- evaluated on first use, inside the one bundle */
export const { activate, deactivate } = activation(() => require('./app') as typeof import('./app'), {
  loadPanel: () => require('./panel/breakPanel') as typeof import('./panel/breakPanel'),
});
