// Runs the integration suite in the browser's web-worker extension host of
// the offline VS Code server: the browser build of the extension, staged
// (webExtension.ts), with the suite bundled for the browser. The report and
// counts come back through the test workspace folder on the server's disk.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPORT_FOLDER } from '../web/report';
import { launchBrowser } from './browser';
import { finish } from './mocha';
import { startServer } from './server';
import { bundleWebSuite, stageWebExtension } from './webExtension';
import { followSuite, openWorkbench } from './workbench';

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
    const run = await followSuite('web integration suite', { report, counts: countsFile }, () => exitCode, server);
    if (!fs.existsSync(countsFile)) {
      console.error(`The suite left no counts (exit ${run.exitCode}). Errors in the page's console:\n${consoleErrors.map((e) => e.split("\n").slice(0, 3).join("\n")).slice(-12).join('\n')}`);
    }
    finish('web', run.counts, run.exitCode);
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
