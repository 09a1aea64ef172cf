// Runs the integration suite inside the extension host of the offline VS Code
// server (the default launcher; needs no internet once the server is cached).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { launchBrowser } from './browser';
import { Counts, finish } from './mocha';
import { repoRoot, startServer } from './server';
import { openWorkbench } from './workbench';

const timeoutMs = 15 * 60_000;

async function main(): Promise<void> {
  const outputDir = fs.mkdtempSync(path.join(os.tmpdir(), 'posture-breaks-it-'));
  const report = path.join(outputDir, 'report.txt');
  const countsFile = path.join(outputDir, 'counts.json');
  // The workspace is a trusted git repository, so that commits, tasks and
  // debug sessions (good moments) can run in it.
  const server = await startServer({ quiet: true, env: { POSTURE_BREAKS_TEST_OUTPUT: outputDir }, gitWorkspace: true, trustWorkspace: true });
  const browser = await launchBrowser();
  try {
    let exitCode: number | undefined;
    await openWorkbench(browser, server, {
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: path.join(repoRoot, 'out', 'test', 'integration', 'index.js'),
      onExit: (code) => { exitCode = code; },
    });
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
      if (Date.now() - started > timeoutMs) {
        throw new Error(`The integration suite did not finish within ${timeoutMs / 60_000} minutes.\n${server.output().slice(-4000)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    printReport();
    const counts: Counts = fs.existsSync(countsFile)
      ? JSON.parse(fs.readFileSync(countsFile, 'utf8'))
      : { passed: 0, failed: 1, pending: 0 };
    finish('integration', counts, exitCode);
  } finally {
    await browser.close();
    await server.stop();
    fs.rmSync(outputDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
