// Activation does no work of its own: it schedules the start for the next
// turn of the event loop and returns. Even the vscode API object (about a
// millisecond to create, paid by every extension that loads it) is left to
// that turn. Then app.ts loads, registers the commands and the status-bar
// item at once, reads the stored state without blocking, and shows the coding
// time. Nothing else runs at activation, so window start-up does not wait for
// us; the work itself is measured in `npm run bench` (CPU in the first 10 s).
import type * as vscode from 'vscode';
import type { PostureBreaks, PostureBreaksApi } from './app';

/** What activate returns: the tests' handle on the extension, once it has started. */
export interface Activated {
  /** Settles once the stored state is read and the status-bar item shows the coding time. */
  ready: Promise<PostureBreaksApi>;
}

/** How this host loads the rest of the extension (a second bundle in Node; part of the one bundle in the browser), which knows its host. */
export type AppLoader = () => { start(context: vscode.ExtensionContext): Promise<PostureBreaks> };

export function activation(loadApp: AppLoader) {
  let started: Promise<PostureBreaks> | undefined;

  function activate(context: vscode.ExtensionContext): Activated {
    started = new Promise<void>((resolve) => setTimeout(resolve, 0))
      .then(() => loadApp().start(context));
    const ready = started.then((app) => app.api);
    // A failure to start is reported where it happens (app.ts); keep it off the unhandled list.
    ready.catch((error: unknown) => console.error('Posture Breaks could not start:', error));
    return { ready };
  }

  async function deactivate(): Promise<void> {
    const app = await started?.catch(() => undefined);
    await app?.stop();
  }

  return { activate, deactivate };
}
