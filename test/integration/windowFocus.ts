// The window's focus, really taken and given back: the suite asks the launcher
// of the offline VS Code server (test/harness/windowFocus.ts), which holds the
// browser, through a file in the folder they share; then it waits until VS
// Code itself says the window's focus changed.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { FOCUS_DONE, FOCUS_REQUEST, type FocusDone, type FocusRequest } from '../harness/focusChannel';
import { inBrowserHost, until } from './helpers';

/** The shared folder of the server's launcher (absent under @vscode/test-electron and in the browser host). */
const sharedDir = inBrowserHost ? undefined : process.env.POSTURE_BREAKS_TEST_OUTPUT;

/** Why this run cannot take the focus from its window, or null when it can. */
export const focusUnavailable: string | null = inBrowserHost
  ? 'in the browser host'
  : sharedDir ? null : 'this launcher cannot take the focus from the window (the offline VS Code server\'s can)';

let seq = 0;

/** Takes the focus from this window (focused: false) or gives it back, and waits until VS Code says so. */
export async function setWindowFocus(focused: boolean): Promise<void> {
  assert.ok(sharedDir, focusUnavailable ?? '');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- Node only, and not bundled for the browser host
  const fs = require('node:fs') as typeof import('node:fs');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- as above
  const path = require('node:path') as typeof import('node:path');
  const request = ++seq;
  const temp = path.join(sharedDir, `${FOCUS_REQUEST}.tmp`);
  fs.writeFileSync(temp, JSON.stringify({ seq: request, focused } satisfies FocusRequest));
  fs.renameSync(temp, path.join(sharedDir, FOCUS_REQUEST));
  let answer: FocusDone | undefined;
  await until('the launcher to change the window\'s focus', () => {
    try {
      answer = JSON.parse(fs.readFileSync(path.join(sharedDir, FOCUS_DONE), 'utf8'));
      return answer?.seq === request;
    } catch {
      return false; // not written yet
    }
  }, 15_000);
  assert.equal(answer?.error, null, `the launcher could not change the focus: ${answer?.error}`);
  await until(`VS Code to say the window is ${focused ? 'focused' : 'not focused'} (the page says ${answer?.page})`, () => vscode.window.state.focused === focused, 10_000);
}
