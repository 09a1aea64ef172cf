// A person's session for the UI tests: a fresh VS Code server, a browser tab
// on its workbench, and helpers to look at what the person sees; useSession
// gives the tests of one `describe` a session of their own.
import type { Browser, Frame, FrameLocator, Locator, Page } from 'playwright-core';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { launchBrowser } from '../harness/browser';
import { repoRoot, RunningServer, ServerOptions, startServer } from '../harness/server';
import { openWorkbench, statusItemSelector } from '../harness/workbench';

export const artifactsDir = path.join(repoRoot, 'test-artifacts');

/**
 * Settings for a break that comes due after a minute of typing and takes
 * about a minute: the quick break, with the shortest hold the settings allow
 * and one round.
 */
export const QUICK_BREAK: Readonly<Record<string, unknown>> = {
  'postureBreaks.intervalMinutes': 1,
  'postureBreaks.holdSeconds': 10,
  'postureBreaks.rounds': 1,
  'postureBreaks.breakLength': 'quick',
};

export interface SessionOptions extends ServerOptions {
  /** false: what is installed (a .vsix) runs, not the repository. */
  development?: boolean;
  /** Loads the extension from another folder than the repository (the staged browser build). */
  developmentPath?: string;
}

type UseOptions = SessionOptions & {
  /** false: the tests start without waiting for the status-bar item (they test that it comes). */
  waitForItem?: boolean;
};

/**
 * The session of the tests of one `describe`: opened before them, and
 * stopped after them. The tests start once the status-bar item shows in the
 * first window (unless `waitForItem` is false). `options` may be a function,
 * for what an earlier `before` makes (a staged build).
 */
export function useSession(options: UseOptions | (() => UseOptions) = {}): Session {
  const session = new Session();
  before(async function () {
    const { waitForItem = true, ...open } = typeof options === 'function' ? options() : options;
    await session.open(open);
    if (waitForItem) {
      await session.statusItem().waitFor({ state: 'visible', timeout: 60_000 });
    }
  });
  after(async function () {
    await session.stop();
  });
  return session;
}

/** Waits until the break bar shows more than half the break done (so that Done records it). */
export async function waitForHalfDone(panel: FrameLocator, timeoutMs: number): Promise<void> {
  await panel.locator('#break-bar').evaluate(new Function('bar', `return new Promise((resolve) => {
    const check = () => (bar.value >= 0.55 ? resolve(bar.value) : setTimeout(check, 200));
    check();
  });`) as (bar: unknown) => Promise<number>, undefined, { timeout: timeoutMs });
}

export class Session {
  readonly pages: Page[] = [];
  private running: { server: RunningServer; browser: Browser; developmentPath: string } | undefined;

  /** A server and one window. */
  static async start(options: SessionOptions = {}): Promise<Session> {
    const session = new Session();
    await session.open(options);
    return session;
  }

  /** Starts the server and the browser, and opens the first window. */
  async open(options: SessionOptions = {}): Promise<void> {
    const server = await startServer({ quiet: true, ...options });
    const browser = await launchBrowser();
    this.running = { server, browser, developmentPath: options.developmentPath ?? repoRoot };
    await this.openWindow(options.development ?? true);
  }

  get server(): RunningServer {
    return this.opened().server;
  }

  get browser(): Browser {
    return this.opened().browser;
  }

  get page(): Page {
    return this.pages[0];
  }

  private opened(): { server: RunningServer; browser: Browser; developmentPath: string } {
    assert.ok(this.running, 'the session is not open');
    return this.running;
  }

  async openWindow(development = true): Promise<Page> {
    const { server, browser, developmentPath } = this.opened();
    const page = await openWorkbench(browser, server, development ? { extensionDevelopmentPath: developmentPath } : {});
    this.pages.push(page);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    return page;
  }

  statusItem(page: Page = this.page): Locator {
    return page.locator(statusItemSelector('status'));
  }

  /** The content of the break panel's webview. */
  panel(page: Page = this.page): FrameLocator {
    return page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  }

  async screenshot(name: string, page: Page = this.page): Promise<string> {
    fs.mkdirSync(artifactsDir, { recursive: true });
    const file = path.join(artifactsDir, `${name}.png`);
    await page.screenshot({ path: file });
    return file;
  }

  /** Opens a file of the workspace in an editor and puts the cursor in it. */
  async openFile(name: string, page: Page = this.page): Promise<void> {
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(name);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.monaco-editor .view-lines').first().waitFor();
    await page.locator('.monaco-editor .view-lines').first().click();
  }

  /** Runs a command from the Command Palette, as a person would. */
  async runCommand(title: string, page: Page = this.page): Promise<void> {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`>${title}`);
    await this.pick(title, page);
  }

  /** Clicks the entry of the open quick pick whose label is `label`. */
  async pick(label: string, page: Page = this.page): Promise<void> {
    const row = page.locator('.quick-input-list .monaco-list-row').filter({ has: page.getByText(label, { exact: true }) }).first();
    await row.waitFor();
    await row.click();
  }

  /** Switches the colour theme from the Command Palette, as a person would. */
  async setTheme(theme: string, page: Page = this.page): Promise<void> {
    await this.runCommand('Preferences: Color Theme', page);
    await page.locator('.quick-input-widget input').fill(theme); // the list only draws what fits
    await this.pick(theme, page);
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    await page.waitForTimeout(1500);
  }

  /** The document inside the break panel's webview, as a Frame (for evaluate). */
  async panelFrame(page: Page = this.page): Promise<Frame> {
    const outer = await page.locator('iframe.webview.ready').elementHandle();
    const outerFrame = await outer?.contentFrame();
    const inner = await outerFrame?.locator('iframe#active-frame').elementHandle();
    const frame = await inner?.contentFrame();
    if (!frame) {
      throw new Error('the break panel has no content frame');
    }
    return frame;
  }

  /** Waits until the status-bar item reads `text` (trimmed), and says what it read if not. */
  async waitForItem(text: string | RegExp, page: Page = this.page, timeoutMs = 15_000): Promise<void> {
    const started = Date.now();
    let seen = '';
    while (Date.now() - started < timeoutMs) {
      seen = (await this.statusItem(page).innerText().catch(() => '')).trim();
      if (typeof text === 'string' ? seen === text : text.test(seen)) {
        return;
      }
      await page.waitForTimeout(200);
    }
    throw new Error(`The status-bar item reads "${seen}", not ${text}`);
  }

  /** Closes the browser and stops the server (nothing, if they never started). */
  async stop(): Promise<void> {
    if (this.running) {
      await this.running.browser.close().catch(() => undefined);
      await this.running.server.stop();
    }
  }
}
