// Where time outside VS Code may be counted, before any source is asked: the
// setting, and the extension host the extension runs in.
// - `off`: nowhere ('setting').
// - A host that cannot start processes (the browser's web worker): 'browser'.
// - `auto`: only in the desktop UI extension host, on the person's own side
//   (desktop VS Code, and SSH, WSL and container windows, where a UI
//   extension runs locally); elsewhere 'remote'.
// - `on`: also in a server host the person knows is their own machine.
//
// Pure: no vscode import.
import type { OutsideSetting } from '../settings';
import type { NoSourceReason } from './idleSource';

/** What the setting and the host allow, before any source is asked: 'ask', or why not. */
export function allowed(setting: OutsideSetting, hasSystem: boolean, onPersonsSide: boolean): 'ask' | NoSourceReason {
  if (setting === 'off') {
    return 'setting';
  }
  if (!hasSystem) {
    return 'browser';
  }
  return setting === 'auto' && !onPersonsSide ? 'remote' : 'ask';
}
