// The extension's entry in VS Code's Node extension host (desktop, and the
// remote side of SSH, WSL, containers and Codespaces). Activation
// (activation.ts) returns at once; the rest of the extension is a second
// bundle, dist/app.js, loaded in the next turn of the event loop, and the
// panel's code a third, dist/panel.js, loaded the first time a panel opens.
// The browser's entry is web.ts.
import { activation } from './activation';

export type { Activated } from './activation';
export type { PostureBreaksApi } from './app';

/* eslint-disable @typescript-eslint/no-require-imports -- the bundles loaded after activation, and Node's fs when the state is first read */
const fs = () => require('node:fs') as typeof import('node:fs');

export const { activate, deactivate } = activation(() => require('./app.js') as typeof import('./app'), {
  loadPanel: () => require('./panel.js') as typeof import('./panel/breakPanel'),
  localDisk: {
    readFile: (fsPath) => fs().promises.readFile(fsPath),
    mkdir: async (fsPath) => {
      await fs().promises.mkdir(fsPath, { recursive: true });
    },
    // Node's exclusive create ('wx') is atomic on a local disk.
    createExclusive: async (fsPath) => {
      try {
        await (await fs().promises.open(fsPath, 'wx')).close();
        return true;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
          return false;
        }
        throw error;
      }
    },
  },
});
