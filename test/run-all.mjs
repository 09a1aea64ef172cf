// `npm test`: every check, in order, stopping at the first that fails:
// type check, lint, unit tests (plain Node), integration tests (inside a real
// VS Code extension host: the Node host, then the browser's web-worker host),
// UI tests (the real workbench in headless Chromium).
// Ends with the number of tests each layer ran.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const results = path.join(root, 'out', 'results');
const layers = ['unit', 'integration', 'web', 'ui'];

const steps = [
  ['type check', 'npm', ['run', '--silent', 'typecheck']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['compile tests', 'npm', ['run', '--silent', 'compile-tests']],
  ['unit tests', 'node', ['out/test/harness/runUnit.js']],
  ['build', 'npm', ['run', '--silent', 'build']],
  ['integration tests', 'node', ['out/test/harness/runIntegration.js']],
  ['integration tests in the browser host', 'node', ['out/test/harness/runWeb.js']],
  ['package', 'npm', ['run', '--silent', 'package']],
  ['UI tests', 'node', ['out/test/harness/runUi.js']],
];

fs.rmSync(results, { recursive: true, force: true });
const started = Date.now();
let failedStep = null;
for (const [title, command, args] of steps) {
  console.log(`\n=== ${title} ===`);
  const stepStarted = Date.now();
  const run = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  console.log(`--- ${title}: ${run.status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - stepStarted) / 1000).toFixed(1)} s)`);
  if (run.status !== 0) {
    failedStep = title;
    break;
  }
}

console.log('\n=== summary ===');
let passed = 0;
let failed = 0;
for (const layer of layers) {
  const file = path.join(results, `${layer}.json`);
  if (!fs.existsSync(file)) {
    console.log(`${layer}: not run`);
    continue;
  }
  const counts = JSON.parse(fs.readFileSync(file, 'utf8'));
  passed += counts.passed;
  failed += counts.failed;
  console.log(`${layer}: ${counts.passed} passed, ${counts.failed} failed${counts.pending ? `, ${counts.pending} skipped` : ''}`);
}
if (failedStep) {
  console.log(`Stopped at: ${failedStep}`);
  failed = Math.max(failed, 1);
}
console.log(`Took ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failedStep ? 1 : 0;
