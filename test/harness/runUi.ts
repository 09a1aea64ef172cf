// UI tests: the real workbench in headless Chromium, driven as a person would.
import * as path from 'node:path';
import { finish, runMocha, testFiles } from './mocha';

async function main(): Promise<void> {
  const counts = await runMocha(testFiles(path.resolve(__dirname, '..', 'ui')), { timeout: 180_000, slow: 20_000 });
  finish('ui', counts);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
