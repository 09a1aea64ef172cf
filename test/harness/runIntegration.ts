// Runs the integration suite inside the extension host of the offline VS Code
// server (the default launcher; needs no internet once the server is cached).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { launchBrowser } from './browser';
import { finish } from './mocha';
import { repoRoot, startServer } from './server';
import { followSuite, openWorkbench } from './workbench';

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
    const run = await followSuite('integration suite', { report, counts: countsFile }, () => exitCode, server);
    finish('integration', run.counts, run.exitCode);
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
