// Runs the integration suite inside the extension host of the offline VS Code
// server (the default launcher; needs no internet once the server is cached).
// On Linux, with Xvfb, xprintidle and xdotool installed, the server gets an X
// display of its own (display.ts), so the system input source works in its
// extension host; and the suite may ask for its window's focus to be taken
// and given back (windowFocus.ts).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { launchBrowser } from './browser';
import { displayMissing, startTestDisplay, type TestDisplay } from './display';
import { Counts, reportCounts } from './mocha';
import { repoRoot, startServer } from './server';
import { focusRequests } from './windowFocus';
import { openWorkbench } from './workbench';

const timeoutMs = 15 * 60_000;

async function main(): Promise<void> {
  const outputDir = fs.mkdtempSync(path.join(os.tmpdir(), 'posture-breaks-it-'));
  const report = path.join(outputDir, 'report.txt');
  const countsFile = path.join(outputDir, 'counts.json');
  const noDisplay = displayMissing();
  if (noDisplay) {
    console.log(`No X display for the system input source: ${noDisplay}.`);
  }
  const display: TestDisplay | null = noDisplay ? null : await startTestDisplay();
  try {
    // The workspace is a trusted git repository, so that commits, tasks and
    // debug sessions (good moments) can run in it.
    const server = await startServer({ quiet: true, env: { POSTURE_BREAKS_TEST_OUTPUT: outputDir, ...display?.env }, gitWorkspace: true, trustWorkspace: true });
    const browser = await launchBrowser();
    try {
      let exitCode: number | undefined;
      const page = await openWorkbench(browser, server, {
        extensionDevelopmentPath: repoRoot,
        extensionTestsPath: path.join(repoRoot, 'out', 'test', 'integration', 'index.js'),
        onExit: (code) => { exitCode = code; },
      });
      const serveFocus = focusRequests(page, outputDir);
      const started = Date.now();
      let printed = 0;
      const printReport = () => {
        if (fs.existsSync(report)) {
          const text = fs.readFileSync(report, 'utf8');
          process.stdout.write(text.slice(printed));
          printed = text.length;
        }
      };
      while (exitCode === undefined) {
        printReport();
        await serveFocus();
        if (Date.now() - started > timeoutMs) {
          throw new Error(`The integration suite did not finish within ${timeoutMs / 60_000} minutes.\n${server.output().slice(-4000)}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      printReport();
      const counts: Counts = fs.existsSync(countsFile)
        ? JSON.parse(fs.readFileSync(countsFile, 'utf8'))
        : { passed: 0, failed: 1, pending: 0 };
      reportCounts('integration', counts);
      process.exitCode = exitCode === 0 && counts.failed === 0 && counts.passed > 0 ? 0 : 1;
    } finally {
      await browser.close();
      await server.stop();
      fs.rmSync(outputDir, { recursive: true, force: true });
    }
  } finally {
    await display?.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
