// Taking the focus from a workbench page in headless Chromium, and giving it
// back: a real loss of focus, as VS Code sees it when the person switches to
// another application (the extension host sees window.state.focused false).
//
// Playwright emulates focus, so every page believes it is focused: that is
// turned off for the page through its DevTools session, then another page is
// brought to the front. Bringing the workbench's page to the front gives the
// focus back; the emulation is turned on again after it, as it was.
//
// The integration suite runs inside the extension host and cannot reach the
// browser: it asks the launcher through a file in the folder both share
// (focusChannel.ts, test/integration/windowFocus.ts), and the launcher serves
// the request.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { FOCUS_DONE, FOCUS_REQUEST, type FocusDone, type FocusRequest } from './focusChannel';
import { errorMessage } from '../../src/core/errors';

const devTools = new WeakMap<Page, CDPSession>();
const fronts = new WeakMap<Page, Page>();

/** Takes the focus from `page`: another page of its browser comes to the front. */
export async function loseFocus(page: Page): Promise<void> {
  let cdp = devTools.get(page);
  if (!cdp) {
    cdp = await page.context().newCDPSession(page);
    devTools.set(page, cdp);
  }
  await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: false });
  // The page takes the real focus first: without the emulation it may have none (a
  // webview that had it was closed), and then the next step would be no blur at all.
  await page.bringToFront();
  await page.evaluate('window.focus()');
  let front = fronts.get(page);
  if (!front) {
    front = await page.context().newPage();
    fronts.set(page, front);
  }
  await front.bringToFront();
}

/** Gives the focus back to `page`. */
export async function regainFocus(page: Page): Promise<void> {
  await page.bringToFront();
  const front = fronts.get(page);
  fronts.delete(page);
  await front?.close();
  await devTools.get(page)?.send('Emulation.setFocusEmulationEnabled', { enabled: true });
}

/** Serves the suite's focus requests for `page`, from the folder `dir`: call it often (the launcher's loop). */
export function focusRequests(page: Page, dir: string): () => Promise<void> {
  let served = 0;
  return async () => {
    let request: FocusRequest;
    try {
      request = JSON.parse(fs.readFileSync(path.join(dir, FOCUS_REQUEST), 'utf8')) as FocusRequest;
    } catch {
      return; // none yet, or being written
    }
    if (request.seq <= served) {
      return;
    }
    served = request.seq;
    let error: string | null = null;
    let pageSays: string | null = null;
    try {
      await (request.focused ? regainFocus(page) : loseFocus(page));
      // What the page says of its focus, for the suite's message when VS Code does not follow.
      pageSays = String(await page.evaluate(`JSON.stringify({ hasFocus: document.hasFocus(), visibility: document.visibilityState, active: document.activeElement && (document.activeElement.tagName + '.' + document.activeElement.className) })`));
    } catch (failure) {
      error = errorMessage(failure);
    }
    const temp = path.join(dir, `${FOCUS_DONE}.tmp`);
    fs.writeFileSync(temp, JSON.stringify({ seq: request.seq, error, page: pageSays } satisfies FocusDone));
    fs.renameSync(temp, path.join(dir, FOCUS_DONE));
  };
}
