// The extension's entry in VS Code's Node extension host (desktop, and the
// remote side of SSH, WSL, containers and Codespaces). Activation
// (activation.ts) returns at once; the rest of the extension is a second
// bundle, dist/app.js (hosts/node.ts and all it uses, the panel's code
// included), loaded in the next turn of the event loop. The browser's entry
// is web.ts.
import { activation } from './activation';

export type { Activated } from './activation';
export type { PostureBreaksApi } from './app';

/* eslint-disable-next-line @typescript-eslint/no-require-imports -- the bundle loaded after activation */
export const { activate, deactivate } = activation(() => require('./app.js') as typeof import('./hosts/node'));
