// UI tests: the real workbench in headless Chromium, driven as a person would.
import * as path from 'node:path';
import { reportCounts, runMocha, testFiles } from './mocha';

async function main(): Promise<void> {
  const counts = await runMocha(testFiles(path.resolve(__dirname, '..', 'ui')), { timeout: 180_000, slow: 20_000 });
  reportCounts('ui', counts);
  process.exitCode = counts.failed || counts.passed === 0 ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
