// The extension's entry in the browser's web-worker extension host
// (vscode.dev, github.dev, VS Code in a browser tab). One bundle,
// dist/web/extension.js: that host resolves no `require` but `vscode`, so the
// rest of the extension (hosts/browser.ts) and the panel's code are part of
// it, each still evaluated only when first required.
import { activation } from './activation';

/* eslint-disable-next-line @typescript-eslint/no-require-imports -- evaluated on first use, inside the one bundle */
export const { activate, deactivate } = activation(() => require('./hosts/browser') as typeof import('./hosts/browser'));
