// Runs a folder of compiled Mocha test files and returns the counts, and ends
// a layer's run with them (finish). Used by every layer (unit in Node,
// integration inside the extension host, UI).
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export interface Counts {
  passed: number;
  failed: number;
  pending: number;
}

export function testFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.js'))
    .sort()
    .map((name) => path.join(dir, name));
}

export function runMocha(files: string[], options: Mocha.MochaOptions = {}): Promise<Counts> {
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: !process.env.CI && process.stdout.isTTY, timeout: 10_000, ...options });
  const grep = process.env.MOCHA_GREP;
  if (grep) {
    mocha.grep(grep);
  }
  for (const file of files) {
    mocha.addFile(file);
  }
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run(() => {
        resolve({ passed: runner.stats?.passes ?? 0, failed: runner.stats?.failures ?? 0, pending: runner.stats?.pending ?? 0 });
      });
    } catch (error) {
      reject(error);
    }
  });
}

/** Where a layer leaves its counts for the summary of `npm test`. */
export const resultsDir = path.resolve(__dirname, '..', '..', 'results');

/**
 * The end of a layer's run: its counts, left for the summary of `npm test`
 * and printed, and the exit code: 0 only when tests ran, none failed, and
 * the extension host they ran in (if any) exited with 0.
 */
export function finish(layer: string, counts: Counts, hostExitCode = 0): void {
  fs.mkdirSync(resultsDir, { recursive: true });
  fs.writeFileSync(path.join(resultsDir, `${layer}.json`), JSON.stringify(counts));
  const skipped = counts.pending ? `, ${counts.pending} skipped` : '';
  console.log(`\n${layer}: ${counts.passed} passed, ${counts.failed} failed${skipped}`);
  process.exitCode = hostExitCode === 0 && counts.failed === 0 && counts.passed > 0 ? 0 : 1;
}
