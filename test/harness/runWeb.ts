// Runs the integration suite in the browser's web-worker extension host of
// the offline VS Code server: the browser build of the extension, staged
// (webExtension.ts), with the suite bundled for the browser. The report and
// counts come back through the test workspace folder on the server's disk.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPORT_FOLDER } from '../web/report';
import { launchBrowser } from './browser';
import { Counts, finish } from './mocha';
import { startServer } from './server';
import { bundleWebSuite, stageWebExtension } from './webExtension';
import { openWorkbench } from './workbench';

const timeoutMs = 15 * 60_000;

async function main(): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'posture-breaks-web-'));
  const dir = stageWebExtension(work);
  const suite = await bundleWebSuite(dir, process.env.MOCHA_GREP);
  // The same workspace as the Node host's run: a trusted git repository (the
  // Git extension runs in the server's Node host, out of this host's reach).
  const server = await startServer({ quiet: true, gitWorkspace: true, trustWorkspace: true });
  const browser = await launchBrowser();
  const report = path.join(server.workspaceDir, REPORT_FOLDER, 'report.txt');
  const countsFile = path.join(server.workspaceDir, REPORT_FOLDER, 'counts.json');
  try {
    let exitCode: number | undefined;
    // The web-worker host's own errors reach only the page's console.
    const consoleErrors: string[] = [];
    const page = await openWorkbench(browser, server, {
      extensionDevelopmentPath: dir,
      extensionTestsPath: suite,
      onExit: (code) => { exitCode = code; },
    });
    page.on('console', (message) => {
      if (message.type() === 'error') {
        consoleErrors.push(message.text());
      }
    });
    const started = Date.now();
    let printed = 0;
    const printReport = () => {
      if (fs.existsSync(report)) {
        const text = fs.readFileSync(report, 'utf8');
        if (text.length > printed) {
          process.stdout.write(text.slice(printed));
          printed = text.length;
        }
      }
    };
    while (exitCode === undefined) {
      printReport();
      if (Date.now() - started > timeoutMs) {
        throw new Error(`The web integration suite did not finish within ${timeoutMs / 60_000} minutes.\n${server.output().slice(-4000)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    printReport();
    const counts: Counts = fs.existsSync(countsFile)
      ? JSON.parse(fs.readFileSync(countsFile, 'utf8'))
      : { passed: 0, failed: 1, pending: 0 };
    if (!fs.existsSync(countsFile)) {
      console.error(`The suite left no counts (exit ${exitCode}). Errors in the page's console:\n${consoleErrors.map((e) => e.split("\n").slice(0, 3).join("\n")).slice(-12).join('\n')}`);
    }
    finish('web', counts, exitCode);
  } finally {
    await browser.close();
    await server.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
