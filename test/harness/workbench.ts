// Opening the VS Code workbench of a running server in headless Chromium,
// and following a test suite that runs in its extension host.
import * as fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { Counts } from './mocha';
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

/** Where a suite that runs in the workbench leaves its report (as it runs) and its counts (at its end). */
export interface SuiteFiles {
  report: string;
  counts: string;
}

/**
 * Follows a suite that runs in the workbench until its extension host exits
 * (`exitCode` says the code once it has): prints the suite's report as it
 * grows, then returns the counts it left (one failure when it left none) and
 * the exit code. Fails after `timeoutMs`, with the end of the server's output.
 */
export async function followSuite(name: string, files: SuiteFiles, exitCode: () => number | undefined, server: RunningServer,
  { timeoutMs = 15 * 60_000, onPoll }: { timeoutMs?: number; /** Called at each poll, e.g. to serve the suite's requests. */ onPoll?: () => Promise<void> } = {},
): Promise<{ counts: Counts; exitCode: number }> {
  const started = Date.now();
  let printed = 0;
  const printReport = () => {
    if (fs.existsSync(files.report)) {
      const text = fs.readFileSync(files.report, 'utf8');
      if (text.length > printed) {
        process.stdout.write(text.slice(printed));
        printed = text.length;
      }
    }
  };
  let code = exitCode();
  while (code === undefined) {
    printReport();
    await onPoll?.();
    if (Date.now() - started > timeoutMs) {
      throw new Error(`The ${name} did not finish within ${timeoutMs / 60_000} minutes.\n${server.output().slice(-4000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
    code = exitCode();
  }
  printReport();
  const counts: Counts = fs.existsSync(files.counts)
    ? JSON.parse(fs.readFileSync(files.counts, 'utf8'))
    : { passed: 0, failed: 1, pending: 0 };
  return { counts, exitCode: code };
}

/** The status-bar element of one of our items, by its id. */
export function statusItemSelector(id: string): string {
  return `[id="posturebreaks.posture-breaks.${id}"]`;
}
