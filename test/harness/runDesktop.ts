// Runs the same integration suite in desktop VS Code through
// @vscode/test-electron, which downloads VS Code on first use. Without the
// internet that download cannot happen: say so in one sentence and name the
// offline launcher instead of printing a stack trace.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { initGitRepository, repoRoot } from './server';
import { errorMessage } from '../../src/core/errors';

async function main(): Promise<void> {
  // The workspace: a copy of the fixture, made a git repository of its own (commits are good moments).
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'posture-breaks-desktop-'));
  try {
    fs.cpSync(path.join(repoRoot, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
    initGitRepository(workspace);
    await runTests({
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: path.join(repoRoot, 'out', 'test', 'integration', 'index.js'),
      // POSTURE_BREAKS_LOCALE=de runs the suite with that display language.
      launchArgs: ['--disable-extensions', '--disable-workspace-trust',
        ...(process.env.POSTURE_BREAKS_LOCALE ? ['--locale', process.env.POSTURE_BREAKS_LOCALE] : []), workspace],
    });
  } catch (error) {
    const message = errorMessage(error);
    if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|getaddrinfo|network|download/i.test(message)) {
      console.error('Desktop VS Code could not be downloaded (no internet here?); run the same suite offline with `npm run test:integration`.');
    } else {
      console.error(`The desktop integration run failed: ${message}`);
    }
    process.exitCode = 1;
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

void main();
