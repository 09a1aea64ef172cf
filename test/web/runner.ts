// Runs the integration suite in the browser's web-worker extension host,
// the way @vscode/test-web does: the suite is bundled for the browser with
// Mocha's browser build (test/harness/webSuite.ts builds it). That host has
// no Node and no file access beside vscode.workspace.fs, so the report and
// the counts are written through it, into the test workspace folder, where
// the launcher (test/harness/runWeb.ts) reads them on the server's disk.
import * as vscode from 'vscode';
import { REPORT_FOLDER } from './report';

interface BrowserMocha {
  setup(options: Record<string, unknown>): void;
  grep(pattern: string): void;
  run(done: (failures: number) => void): { stats?: { passes: number; failures: number; pending: number } };
}

/** console.log's formatting of the reporter's lines ("%s", "%d" filled in order). */
function format([first, ...rest]: unknown[]): string {
  if (first === undefined) {
    return '';
  }
  if (typeof first !== 'string') {
    return [first, ...rest].map(String).join(' ');
  }
  const text = first.replace(/%[sdi%]/g, (token) => (token === '%%' ? '%' : String(rest.shift())));
  return [text, ...rest.map(String)].join(' ');
}

export async function runSuite(grep: string | undefined, loadTests: () => void): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) {
    throw new Error('The web test run needs a workspace folder for its report.');
  }
  const out = vscode.Uri.joinPath(folder, REPORT_FOLDER);
  await vscode.workspace.fs.createDirectory(out);
  const lines: string[] = [];
  let writing = Promise.resolve();
  const flush = () => {
    const text = `${lines.join('\n')}\n`;
    writing = writing.then(() => vscode.workspace.fs.writeFile(vscode.Uri.joinPath(out, 'report.txt'), new TextEncoder().encode(text)), () => undefined);
    return writing;
  };

  // eslint-disable-next-line @typescript-eslint/no-require-imports -- Mocha's browser build: it defines the globals
  require('mocha/mocha.js');
  const global = globalThis as unknown as { mocha: BrowserMocha; Mocha: { reporters: { Base: { consoleLog: (...args: unknown[]) => void } } } };
  const base = global.Mocha.reporters.Base;
  const consoleLog = base.consoleLog;
  base.consoleLog = (...args: unknown[]) => {
    lines.push(format(args));
    consoleLog(...args);
  };
  global.mocha.setup({ ui: 'bdd', reporter: 'spec', timeout: 30_000, color: false });
  if (grep) {
    global.mocha.grep(grep);
  }
  loadTests();
  // Mocha's browser build reads its options from the page's address, which this host has not got.
  const scope = globalThis as { location?: unknown };
  scope.location ??= { search: '' };
  const ticker = setInterval(() => void flush(), 1000);
  const counts = await new Promise<{ passed: number; failed: number; pending: number }>((resolve) => {
    const runner = global.mocha.run(() => resolve({
      passed: runner.stats?.passes ?? 0,
      failed: runner.stats?.failures ?? 0,
      pending: runner.stats?.pending ?? 0,
    }));
  });
  clearInterval(ticker);
  await flush();
  await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(out, 'counts.json'), new TextEncoder().encode(JSON.stringify(counts)));
  if (counts.failed > 0) {
    throw new Error(`${counts.failed} integration test(s) failed in the browser host.`);
  }
  if (counts.passed === 0) {
    throw new Error('No integration test ran in the browser host.');
  }
}
