// Unit tests of the pure core, in plain Node.
import * as path from 'node:path';
import { finish, runMocha, testFiles } from './mocha';

async function main(): Promise<void> {
  const counts = await runMocha(testFiles(path.resolve(__dirname, '..', 'unit')));
  finish('unit', counts);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
