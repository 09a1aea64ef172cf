// Good moments in a real VS Code: with a break a few minutes away, a commit
// in the workspace's git repository (through the Git extension, and typed in
// a terminal), a shell task that ends, a debug session that ends and a long
// terminal command bring the prompt at once, with the reason; with
// earlyPromptMinutes 0 none does. The workspace folder is a git repository
// (the launcher makes it one); the Git extension runs in the Node host only,
// so in the browser host commits are not watched and the rest still works.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAllEditors, inBrowserHost, itInNode, resetClock, setSetting, sleep, until } from './helpers';
import { fromOtherWindow } from './otherWindow';
import { MINUTE } from '../../src/core/time';

/** The part of the Git extension's API the tests use. */
interface TestRepository {
  readonly rootUri: vscode.Uri;
  add(paths: string[]): Promise<void>;
  commit(message: string): Promise<void>;
  readonly state: { readonly HEAD: { readonly commit?: string } | undefined };
}
interface TestGitApi {
  readonly repositories: readonly TestRepository[];
}

function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  assert.ok(folder, 'the test window has a workspace folder');
  return folder;
}

/** The workspace's repository, once the Git extension has opened it and our extension watches its commits. */
async function workspaceRepository(): Promise<TestRepository> {
  const { goodMoments } = await api();
  const extension = vscode.extensions.getExtension<{ getAPI(version: 1): TestGitApi }>('vscode.git');
  assert.ok(extension, 'the built-in Git extension is present');
  const git = (extension.isActive ? extension.exports : await extension.activate()).getAPI(1);
  const root = workspaceFolder().fsPath;
  const repository = await until<TestRepository | undefined>('the Git extension to open the workspace repository (is git installed?)',
    () => git.repositories.find((r) => r.rootUri.fsPath === root), 30_000) as TestRepository;
  await until('commits in the workspace repository to be watched', () => goodMoments.watchedRepositories().includes(root), 10_000);
  return repository;
}

/** Another window has coded `minutes` of this stretch: the break is close, not yet due. */
async function makeClose(minutes = 27): Promise<void> {
  const { driver } = await api();
  await fromOtherWindow('the break to be close', (state) => {
    state.codingMs = minutes * MINUTE;
    state.lastActivity = Date.now();
  }, () => driver.view().stretchMs >= minutes * MINUTE);
  assert.equal(driver.view().due, false);
}

async function writeFile(name: string, text: string): Promise<vscode.Uri> {
  const file = vscode.Uri.joinPath(workspaceFolder(), name);
  await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text));
  return file;
}

/**
 * Runs a shell task of the workspace's tasks.json to its end, as a person
 * does with Run Task (an extension of the browser host cannot start a shell
 * task itself, but sees it end).
 */
async function runTask(label: string, command: string): Promise<void> {
  const tasks = { version: '2.0.0', tasks: [{ label, type: 'shell', command, presentation: { reveal: 'never' }, problemMatcher: [] }] };
  await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(workspaceFolder(), '.vscode', 'tasks.json'), new TextEncoder().encode(JSON.stringify(tasks, null, 2)));
  await until(`the task "${label}" to be known`, async () => (await vscode.tasks.fetchTasks()).some((task) => task.name === label));
  const ended = new Promise<void>((resolve) => {
    const listener = vscode.tasks.onDidEndTaskProcess((event) => {
      if (event.execution.task.name === label) {
        listener.dispose();
        resolve();
      }
    });
  });
  await vscode.commands.executeCommand('workbench.action.tasks.runTask', label);
  await Promise.race([ended, sleep(30_000).then(() => assert.fail(`the task "${label}" did not end`))]);
}

/** Runs a debug session of a tiny Node program to its end. */
async function runDebugSession(): Promise<void> {
  const program = await writeFile('good-moment.js', 'console.log("a piece of work done");\n');
  const ended = new Promise<void>((resolve) => {
    const listener = vscode.debug.onDidTerminateDebugSession((session) => {
      if (session.parentSession === undefined) {
        listener.dispose();
        resolve();
      }
    });
  });
  const started = await vscode.debug.startDebugging(vscode.workspace.workspaceFolders?.[0], {
    type: 'node', request: 'launch', name: 'A good moment', program: program.fsPath, console: 'internalConsole', internalConsoleOptions: 'neverOpen',
  });
  assert.ok(started, 'a Node debug session started (the built-in JavaScript debugger)');
  await Promise.race([ended, sleep(60_000).then(() => assert.fail('the debug session did not end'))]);
}

async function offeredFor(source: string): Promise<void> {
  const { driver } = await api();
  await until(`the break to be offered at the ${source}`, () => driver.view().due && driver.view().offered === source, 20_000);
}

describe('Integration: good moments', function () {
  this.timeout(180_000);

  beforeEach(resetClock);

  afterEach(async function () {
    await resetClock();
    await closeAllEditors();
    for (const key of ['earlyPromptMinutes', 'intervalMinutes', 'goodMoments.task']) {
      await setSetting(key, undefined);
    }
    const { config } = await api();
    await until('the default settings', () => config.settings.earlyPromptMinutes === 5 && config.settings['goodMoments.task']);
  });

  it('without a good moment, a break a few minutes away is not due', async function () {
    const { driver } = await api();
    await makeClose();
    await sleep(1000);
    const view = driver.view();
    assert.deepEqual([view.due, view.offered, view.dueAtCodingMs], [false, null, 30 * MINUTE]);
  });

  itInNode('a commit through the Git extension, with the break 3 minutes away, offers it at once, with the reason', async function () {
    const { driver } = await api();
    const repository = await workspaceRepository();
    await makeClose();
    const offeredBefore = driver.view().today.offered;
    const file = await writeFile('good-moment-commit.txt', `committed at ${new Date().toISOString()}\n`);
    await repository.add([file.fsPath]);
    await repository.commit('A piece of work done');
    await offeredFor('commit');
    const view = driver.view();
    assert.equal(view.dueAtCodingMs, 30 * MINUTE, 'at its usual due mark');
    assert.equal(view.today.offered, offeredBefore + 1);
    await until('the prompt (no typing holds it)', () => driver.view().prompt, 8_000);
  });

  itInNode('a commit typed in a terminal (HEAD moves on the branch) offers the break too', async function () {
    const { driver } = await api();
    const repository = await workspaceRepository();
    const head = repository.state.HEAD?.commit;
    await makeClose();
    await writeFile('good-moment-terminal.txt', `committed at ${new Date().toISOString()}\n`);
    const terminal = vscode.window.createTerminal({ name: 'good moment commit', cwd: workspaceFolder() });
    try {
      terminal.sendText('git add good-moment-terminal.txt && git commit --quiet -m "Typed in a terminal"');
      await until('the Git extension to see the new commit', () => repository.state.HEAD?.commit !== head, 30_000);
      await offeredFor('commit');
      assert.equal(driver.view().offered, 'commit');
    } finally {
      terminal.dispose();
    }
  });

  it('a shell task that ends offers the break', async function () {
    await makeClose();
    await runTask('good moment task', 'echo a piece of work done');
    await offeredFor('task');
  });

  it('a debug session that ends offers the break', async function () {
    const { driver } = await api();
    await makeClose();
    await runDebugSession();
    await offeredFor('debug');
    await until('the prompt once debugging has ended', () => driver.view().prompt, 8_000);
  });

  it('a terminal command that ran 10 s or more offers the break (where shell integration reports it)', async function () {
    const terminal = vscode.window.createTerminal({ name: 'good moment command', cwd: workspaceFolder() });
    try {
      const integration = await until('shell integration in the terminal', () => terminal.shellIntegration, 20_000).catch(() => undefined);
      if (!integration) {
        this.skip(); // no shell integration in this shell: terminal commands are not reported
      }
      await makeClose();
      integration.executeCommand('sleep 11');
      await offeredFor('terminal');
    } finally {
      terminal.dispose();
    }
  });

  it('several good moments in a row offer the break once', async function () {
    const { driver } = await api();
    await makeClose();
    const before = driver.view().today.offered;
    await runTask('good moment task 1', 'echo one');
    await offeredFor('task');
    await runTask('good moment task 2', 'echo two');
    await sleep(500);
    assert.equal(driver.view().today.offered, before + 1);
  });

  it('Snooze on an offered break falls back to the usual due time and records nothing; Skip records it as skipped', async function () {
    const { driver } = await api();
    await makeClose();
    await runTask('good moment task', 'echo done');
    await offeredFor('task');
    const before = driver.view().today;
    await vscode.commands.executeCommand('postureBreaks.snooze');
    let view = driver.view();
    assert.deepEqual([view.due, view.offered, view.dueAtCodingMs, view.today.snoozed], [false, null, 30 * MINUTE, before.snoozed]);
    driver.reset();
    await makeClose();
    await runTask('good moment task again', 'echo done');
    await offeredFor('task');
    await vscode.commands.executeCommand('postureBreaks.skip');
    view = driver.view();
    assert.deepEqual([view.due, view.stretchMs, view.today.skipped], [false, 0, before.skipped + 1]);
  });

  it('with earlyPromptMinutes 0, no good moment offers a break', async function () {
    const { driver, config } = await api();
    await setSetting('earlyPromptMinutes', 0);
    await until('earlyPromptMinutes 0 to apply', () => config.settings.earlyPromptMinutes === 0);
    await makeClose();
    const before = driver.view().today.offered;
    await runTask('no good moment task', 'echo done');
    await runDebugSession();
    if (!inBrowserHost) {
      const repository = await workspaceRepository();
      const head = repository.state.HEAD?.commit;
      const file = await writeFile('good-moment-off.txt', `committed at ${new Date().toISOString()}\n`);
      await repository.add([file.fsPath]);
      await repository.commit('Good moments off');
      await until('the Git extension to see the new commit', () => repository.state.HEAD?.commit !== head, 30_000);
    }
    await sleep(2000);
    const view = driver.view();
    assert.deepEqual([view.due, view.offered, view.today.offered], [false, null, before]);
  });

  it('a source turned off offers nothing (tasks off: a task that ends changes nothing)', async function () {
    const { driver, config } = await api();
    await setSetting('goodMoments.task', false);
    await until('the task source to be off', () => !config.settings['goodMoments.task']);
    await makeClose();
    await runTask('task source off', 'echo done');
    await sleep(1000);
    assert.deepEqual([driver.view().due, driver.view().offered], [false, null]);
  });

  it('commits are watched where the Git extension runs; in the browser host, where it does not, nothing fails', async function () {
    const { goodMoments } = await api();
    await until('the Git extension to be looked up', () => goodMoments.gitWatch !== 'starting' && goodMoments.gitWatch !== 'off', 30_000);
    assert.equal(goodMoments.gitWatch, inBrowserHost ? 'absent' : 'watching');
  });
});
