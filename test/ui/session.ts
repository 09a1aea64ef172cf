// A person's session for the UI tests: a fresh VS Code server, a browser tab
// on its workbench, and helpers to look at what the person sees.
import type { Browser, Frame, FrameLocator, Locator, Page } from 'playwright-core';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { launchBrowser } from '../harness/browser';
import { repoRoot, RunningServer, ServerOptions, startServer } from '../harness/server';
import { openWorkbench, statusItemSelector } from '../harness/workbench';

export const artifactsDir = path.join(repoRoot, 'test-artifacts');

export class Session {
  private constructor(readonly server: RunningServer, readonly browser: Browser, readonly pages: Page[],
    private readonly developmentPath: string) {}

  /**
   * A server and one window. `development: false` uses what is installed (a
   * .vsix); `developmentPath` loads the extension from another folder than
   * the repository (the staged browser build).
   */
  static async start(options: ServerOptions & { development?: boolean; developmentPath?: string } = {}): Promise<Session> {
    const server = await startServer({ quiet: true, ...options });
    const browser = await launchBrowser();
    const session = new Session(server, browser, [], options.developmentPath ?? repoRoot);
    await session.openWindow(options.development ?? true);
    return session;
  }

  get page(): Page {
    return this.pages[0];
  }

  async openWindow(development = true): Promise<Page> {
    const page = await openWorkbench(this.browser, this.server, development ? { extensionDevelopmentPath: this.developmentPath } : {});
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

  async stop(): Promise<void> {
    await this.browser.close().catch(() => undefined);
    await this.server.stop();
  }
}
