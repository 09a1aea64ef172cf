// The rest of the extension in VS Code's Node extension host (desktop, and
// the remote side of SSH, WSL, containers and Codespaces): dist/app.js, one
// bundle loaded in the turn after activation (extension.ts). The panel's code
// is part of it, evaluated the first time a panel opens, so both share one
// copy of every core module (the translator among them). What this host has
// that the browser's does not: the local disk, read directly, and the
// operating system's input time (src/system, loaded when it is first asked).
import * as vscode from 'vscode';
import { PostureBreaks } from '../app';
import type { LocalDisk } from '../vscode/sharedStore';
import type { SystemIdle } from '../vscode/sittingDay';

/* eslint-disable @typescript-eslint/no-require-imports -- evaluated on first use, inside this bundle, and Node's fs when the state is first read */
const fs = () => require('node:fs') as typeof import('node:fs');

const localDisk: LocalDisk = {
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
};

/** The system input sources of this machine: the candidates of its platform, tried in order (core/sitting/discovery.ts). */
const systemIdle: SystemIdle = {
  async discover(log) {
    const { candidateSources } = require('../system/idleSources') as typeof import('../system/idleSources');
    const { discoverSource } = require('../core/sitting/discovery') as typeof import('../core/sitting/discovery');
    const { sources, reason } = candidateSources(process.env, process.platform);
    if (reason !== null) {
      return { source: null, reason };
    }
    return discoverSource(sources, { wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)), log });
  },
};

export function start(context: vscode.ExtensionContext): Promise<PostureBreaks> {
  return PostureBreaks.start(context, {
    loadPanel: () => require('../panel/breakPanel') as typeof import('../panel/breakPanel'),
    localDisk,
    systemIdle,
  });
}
