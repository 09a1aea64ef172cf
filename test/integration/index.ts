// Entry point of the integration suite inside a real VS Code extension host.
// The same `run()` serves both launchers: @vscode/test-electron (desktop) and
// the offline VS Code server (see test/harness/runIntegration.ts). The
// server's launcher reads the report and the counts from files, because the
// extension host's console there is mixed with the workbench's.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';
import { runMocha, testFiles } from '../harness/mocha';

export async function run(): Promise<void> {
  const outputDir = process.env.POSTURE_BREAKS_TEST_OUTPUT;
  if (outputDir) {
    const log = path.join(outputDir, 'report.txt');
    const consoleLog = Mocha.reporters.Base.consoleLog;
    Mocha.reporters.Base.consoleLog = (...args: unknown[]) => {
      fs.appendFileSync(log, `${format(...args)}\n`);
      consoleLog(...args);
    };
  }
  const counts = await runMocha(testFiles(__dirname), { timeout: 30_000, color: false });
  if (outputDir) {
    fs.writeFileSync(path.join(outputDir, 'counts.json'), JSON.stringify(counts));
  }
  if (counts.failed > 0) {
    throw new Error(`${counts.failed} integration test(s) failed.`);
  }
  if (counts.passed === 0) {
    throw new Error('No integration test ran.');
  }
}
