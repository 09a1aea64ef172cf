// The extension's entry in VS Code's Node extension host. Activation
// (activation.ts) returns at once; the rest of the extension is a second
// bundle, dist/app.js, loaded in the next turn of the event loop, and the
// panel's code a third, dist/panel.js, loaded the first time a panel opens.
import { activation } from './activation';

export type { Activated } from './activation';
export type { PostureBreaksApi } from './app';

/* eslint-disable @typescript-eslint/no-require-imports -- the bundles loaded after activation */
export const { activate, deactivate } = activation(
  () => require('./app.js') as typeof import('./app'),
  () => require('./panel.js') as typeof import('./panel/breakPanel'),
);
