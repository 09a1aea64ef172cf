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
import { finish } from './mocha';
import { repoRoot, startServer } from './server';
import { focusRequests } from './windowFocus';
import { followSuite, openWorkbench } from './workbench';

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
      const run = await followSuite('integration suite', { report, counts: countsFile }, () => exitCode, server, { onPoll: focusRequests(page, outputDir) });
      finish('integration', run.counts, run.exitCode);
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
