// Unit tests of the pure core, in plain Node.
import * as path from 'node:path';
import { reportCounts, runMocha, testFiles } from './mocha';

async function main(): Promise<void> {
  const counts = await runMocha(testFiles(path.resolve(__dirname, '..', 'unit')));
  reportCounts('unit', counts);
  process.exitCode = counts.failed || counts.passed === 0 ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
