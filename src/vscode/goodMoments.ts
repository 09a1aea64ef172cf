// Good moments in: the ends of pieces of work in this window, handed to the
// clock, which decides whether one offers the coming break now
// (src/core/goodMoments.ts). Event listeners only: nothing polls, and
// nothing runs while the person is idle.
// - A commit in any repository of the workspace, seen through the built-in
//   Git extension's API, never by parsing git output: `onDidCommit` for a
//   commit made through the Git extension (the Source Control view), and HEAD
//   moving to a child of the commit it was on, on the same branch, for one
//   typed in a terminal. The Git API is reached only once the extension has
//   started, and only while the commit source is on; a host without the Git
//   extension (the browser) has the other sources.
// - A task process ending.
// - A debug session ending (the top-level one; its child sessions end with it).
// - A terminal command ending, where shell integration reports it, if it ran
//   for at least 10 s.
import * as vscode from 'vscode';
import { isLongTerminalCommand, type GoodMomentSource } from '../core/goodMomentSources';
import type { Settings } from '../core/settings';
import { Disposable } from './disposable';
import { errorMessage } from '../core/errors';

/** The part of the Git extension's API (vscode.git, API version 1) used here. */
interface GitBranch {
  readonly name?: string;
  readonly commit?: string;
}

interface GitRepository {
  readonly rootUri: vscode.Uri;
  readonly state: { readonly HEAD: GitBranch | undefined; readonly onDidChange: vscode.Event<void> };
  /** Commits made through the Git extension. */
  readonly onDidCommit?: vscode.Event<void>;
  getCommit(ref: string): Promise<{ readonly hash: string; readonly parents: readonly string[] }>;
}

interface GitApi {
  readonly repositories: readonly GitRepository[];
  readonly onDidOpenRepository: vscode.Event<GitRepository>;
  readonly onDidCloseRepository: vscode.Event<GitRepository>;
}

interface GitExtension {
  readonly enabled: boolean;
  readonly onDidChangeEnablement: vscode.Event<boolean>;
  getAPI(version: 1): GitApi;
}

const GIT_EXTENSION_ID = 'vscode.git';

export interface GoodMomentSink {
  /** A piece of work ended; returns whether the break was offered. */
  goodMoment(source: GoodMomentSource): boolean;
  settings(): Settings;
  onDidChangeSettings: vscode.Event<Settings>;
  log(message: string): void;
}

/** Where watching commits stands: no Git extension in this host, not started (commit source off), starting, or watching. */
export type GitWatch = 'absent' | 'off' | 'starting' | 'watching';

export class GoodMoments extends Disposable {
  private git: GitWatch = 'off';
  /** The branch and commit each open repository's HEAD was last seen on. */
  private readonly heads = new Map<GitRepository, { branch?: string; commit?: string; watch: vscode.Disposable }>();
  /** When each terminal command this window saw start began, epoch ms. */
  private readonly started = new WeakMap<vscode.TerminalShellExecution, number>();

  constructor(private readonly sink: GoodMomentSink) {
    super();
    this._register(vscode.tasks.onDidEndTaskProcess(() => this.ended('task')));
    this._register(vscode.debug.onDidTerminateDebugSession((session) => {
      if (session.parentSession === undefined) {
        this.ended('debug');
      }
    }));
    this._register(vscode.window.onDidStartTerminalShellExecution((event) => this.started.set(event.execution, Date.now())));
    // Older hosts may lack the end event: then terminal commands are not watched.
    const onDidEnd = vscode.window.onDidEndTerminalShellExecution as typeof vscode.window.onDidEndTerminalShellExecution | undefined;
    if (typeof onDidEnd === 'function') {
      this._register(onDidEnd((event) => {
        const startedAt = this.started.get(event.execution);
        this.started.delete(event.execution);
        if (startedAt !== undefined && isLongTerminalCommand(startedAt, Date.now())) {
          this.ended('terminal');
        }
      }));
    }
    this._register(sink.onDidChangeSettings(() => this.watchGitIfOn()));
    this._register({ dispose: () => this.heads.forEach((head) => head.watch.dispose()) });
    this.watchGitIfOn();
  }

  /** Where watching commits stands (for the tests). */
  get gitWatch(): GitWatch {
    return this.git;
  }

  /** The roots of the repositories whose commits are watched (for the tests). */
  watchedRepositories(): string[] {
    return [...this.heads.keys()].map((repository) => repository.rootUri.fsPath);
  }

  private ended(source: GoodMomentSource): void {
    if (this.sink.goodMoment(source)) {
      this.sink.log(`Good moment (${source}): the break is offered now.`);
    }
  }

  /** Starts watching commits once the commit source is on (and good moments are); once started, it stays. */
  private watchGitIfOn(): void {
    const settings = this.sink.settings();
    if (this.git !== 'off' || !settings['goodMoments.commit'] || settings.earlyPromptMinutes <= 0 || this.isDisposed) {
      return;
    }
    const extension = vscode.extensions.getExtension<GitExtension>(GIT_EXTENSION_ID);
    if (!extension) {
      this.git = 'absent';
      this.sink.log('Good moments: no Git extension in this window; commits are not watched, the other good moments are.');
      return;
    }
    this.git = 'starting';
    void this.startGit(extension);
  }

  private async startGit(extension: vscode.Extension<GitExtension>): Promise<void> {
    let git: GitExtension | undefined;
    try {
      git = extension.isActive ? extension.exports : await extension.activate();
    } catch (error) {
      this.sink.log(`Good moments: the Git extension did not start (${errorMessage(error)}); commits are not watched.`);
    }
    if (this.isDisposed) {
      return;
    }
    if (!git || typeof git.getAPI !== 'function') {
      // Not in this extension host (the Git extension runs in another one), or it failed to start.
      this.git = 'absent';
      return;
    }
    if (git.enabled) {
      this.watchApi(git.getAPI(1));
      return;
    }
    // Git is turned off (git.enabled): watch once it is turned on.
    const gitExtension = git;
    const enabled = this._register(gitExtension.onDidChangeEnablement((on) => {
      if (on) {
        enabled.dispose();
        this.watchApi(gitExtension.getAPI(1));
      }
    }));
  }

  private watchApi(api: GitApi): void {
    this.git = 'watching';
    this._register(api.onDidOpenRepository((repository) => this.watchRepository(repository)));
    this._register(api.onDidCloseRepository((repository) => {
      this.heads.get(repository)?.watch.dispose();
      this.heads.delete(repository);
    }));
    api.repositories.forEach((repository) => this.watchRepository(repository));
  }

  private watchRepository(repository: GitRepository): void {
    if (this.heads.has(repository) || this.isDisposed) {
      return;
    }
    const watches: vscode.Disposable[] = [repository.state.onDidChange(() => this.headChanged(repository))];
    if (typeof repository.onDidCommit === 'function') {
      watches.push(repository.onDidCommit(() => this.ended('commit')));
    }
    const head = repository.state.HEAD;
    this.heads.set(repository, { branch: head?.name, commit: head?.commit, watch: vscode.Disposable.from(...watches) });
  }

  /**
   * The repository's state changed (it does on every status refresh, so this
   * only compares two strings unless HEAD moved). HEAD moving on the same
   * branch to a child of the commit it was on is a commit, however it was
   * made; a branch switch, a pull of several commits, a reset or an amend is not.
   */
  private headChanged(repository: GitRepository): void {
    const seen = this.heads.get(repository);
    const head = repository.state.HEAD;
    if (!seen || (head?.name === seen.branch && head?.commit === seen.commit)) {
      return;
    }
    const before = seen.branch !== undefined && head?.name === seen.branch ? seen.commit : undefined;
    seen.branch = head?.name;
    seen.commit = head?.commit;
    const now = head?.commit;
    if (before === undefined || now === undefined) {
      return;
    }
    repository.getCommit(now).then((commit) => {
      if (commit.parents.includes(before)) {
        this.ended('commit');
      }
    }, () => this.ended('commit')); // the commit could not be read: HEAD moved on the branch, as a commit does
  }
}
