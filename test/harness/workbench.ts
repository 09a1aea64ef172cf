// Opening the VS Code workbench of a running server in headless Chromium.
import type { Browser, Page } from 'playwright-core';
import { RunningServer } from './server';

export interface OpenOptions {
  extensionDevelopmentPath?: string | string[];
  extensionTestsPath?: string;
  /** Called with the exit code once an extension test run ends. */
  onExit?: (code: number) => void;
}

export async function openWorkbench(browser: Browser, server: RunningServer, options: OpenOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  if (options.onExit) {
    await page.exposeFunction('codeAutomationExit', options.onExit);
  }
  await page.goto(server.url(options));
  return page;
}

/** The status-bar element of one of our items, by its id. */
export function statusItemSelector(id: string): string {
  return `[id="posturebreaks.posture-breaks.${id}"]`;
}
