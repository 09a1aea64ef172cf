// The extension, loaded just after activation (see activation.ts). A table of
// contents, one object per concern: the clock (pure core) in the middle;
// settings, activity, good moments and shared storage in; status bar,
// notification and panel out; the commands.
import * as vscode from 'vscode';
import { Clock } from './core/clock/clock';
import { errorMessage } from './core/errors';
import { setTranslator } from './core/l10n';
import type { ClockView } from './core/clock/view';
import type { BreakPanel } from './panel/breakPanel';
import { watchActivity } from './vscode/activity';
import { COMMAND_NAMES, CommandName, Commands } from './vscode/commandIds';
import { commandHandlers, CommandHandlers } from './vscode/commands';
import { Config } from './vscode/config';
import { Disposable } from './vscode/disposable';
import { exportHistory } from './vscode/exportHistory';
import { GoodMoments } from './vscode/goodMoments';
import { Panels } from './panel/panels';
import { reminderActions, remindIfDue } from './vscode/reminders';
import { LocalDisk, SharedStore } from './vscode/sharedStore';
import { personsSide, SittingDay, type SystemIdle } from './vscode/sittingDay';
import { StatusBar } from './vscode/statusBar';

/** What the integration tests reach through the extension's exports. */
export interface PostureBreaksApi {
  driver: Clock;
  store: SharedStore;
  config: Config;
  log: vscode.LogOutputChannel;
  /** The folder of the shared state file. */
  storageUri: vscode.Uri;
  /** The open break panel, if any. */
  panel(): BreakPanel | undefined;
  /** The sources of good moments (commits, tasks, debug sessions, terminal commands). */
  goodMoments: GoodMoments;
  /** The local disk, where the host reaches it (Node). */
  localDisk: LocalDisk | undefined;
  /** Whether time outside VS Code is counted here, and its source. */
  sittingDay: SittingDay;
}

/** What differs between the extension hosts; everything else is the same code in both. */
export interface Host {
  /** Loads the panel's code: a bundle of its own in Node, part of the one bundle in the browser. */
  loadPanel: () => typeof import('./panel/breakPanel');
  /** The local disk, where the host reaches it directly (Node): fast reads and an atomic exclusive create. */
  localDisk?: LocalDisk;
  /** The system's input time, where the host can ask the operating system (Node). */
  systemIdle?: SystemIdle;
}

export class PostureBreaks extends Disposable {
  private readonly commands: CommandHandlers;

  private constructor(
    context: vscode.ExtensionContext,
    readonly log: vscode.LogOutputChannel,
    readonly config: Config,
    readonly store: SharedStore,
    statusBar: StatusBar,
    host: Host,
  ) {
    super();
    const now = () => Date.now();
    const changed = this._register(new vscode.EventEmitter<ClockView>());

    // The clock, with its one timer and the shared state.
    this.driver = new Clock(config.settings, {
      now,
      setTimer: (fn, ms) => setTimeout(fn, ms),
      clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
      store,
      render: (view) => {
        statusBar.render(view, config.settings, now());
        changed.fire(view);
      },
      log: (message) => log.info(message),
      writerId: store.windowId,
    });
    this._register({ dispose: () => this.driver.dispose() });

    // Out: the panel, and the notification reminder.
    this.panels = new Panels(context.extensionUri, this.driver, config, changed.event, host.loadPanel, log);
    const reminders = reminderActions(this.driver, store, () => this.panels.open('break'), log);
    this._register(changed.event((view) => void remindIfDue(view, config.settings, reminders)));

    // In: settings, other windows' writes, and this window's activity.
    this._register(config.onDidChange((settings) => this.driver.updateSettings(settings)));
    this._register(store.onDidChangeElsewhere(() => this.driver.sync()));
    this._register(watchActivity({
      activity: (kind) => this.driver.activity(kind),
      setDebugging: (running) => this.driver.setDebugging(running),
      // Read the shared state again, take one sample of the time elsewhere, then count the focus.
      windowFocused: (then) => void store.reload().then(() => this.driver.sync(), () => undefined)
        .then(() => this.driver.sampleBeforeFocus()).then(then, then),
      windowBlurred: () => this.driver.windowBlurred(),
    }));
    this.driver.startFocused(vscode.window.state.focused);
    // In: time at the computer outside VS Code, where it is counted.
    this.sittingDay = this._register(new SittingDay({
      clock: this.driver,
      settings: () => config.settings,
      onDidChangeSettings: config.onDidChange,
      systemIdle: host.systemIdle,
      onPersonsSide: personsSide(context),
      log: (message) => log.info(message),
    }));
    const goodMoments = this._register(new GoodMoments({
      goodMoment: (source) => this.driver.goodMoment(source),
      settings: () => config.settings,
      onDidChangeSettings: config.onDidChange,
      log: (message) => log.info(message),
    }));

    // The commands (registered at activation; they call in here).
    this.commands = commandHandlers({
      openPanel: (mode) => this.panels.open(mode),
      snooze: () => this.driver.snooze(),
      skip: () => this.driver.skip(),
      pause: (until) => this.driver.pause(until),
      resume: () => this.driver.resume(),
      reset: () => this.driver.reset(),
      exportHistory: (target) => exportHistory(this.driver.days(), this.driver.daysSince(), target),
      now,
    });
    this.api = { driver: this.driver, store, config, log, storageUri: context.globalStorageUri, panel: () => this.panels.current, localDisk: host.localDisk, goodMoments, sittingDay: this.sittingDay };
  }

  readonly driver: Clock;
  readonly panels: Panels;
  readonly sittingDay: SittingDay;
  readonly api: PostureBreaksApi;

  /**
   * Registers the commands and the status-bar item at once (a command that
   * comes while the state is read waits for it), then reads the shared state
   * and shows the coding time.
   */
  static start(context: vscode.ExtensionContext, host: Host): Promise<PostureBreaks> {
    // The core's words from here on come from VS Code's translator, its formats follow the display language.
    setTranslator(vscode.l10n.t, vscode.env.language);
    const log = vscode.window.createOutputChannel('Posture Breaks', { log: true });
    const statusBar = new StatusBar();
    context.subscriptions.push(log, statusBar);
    const app = (async () => {
      const config = new Config(log);
      const store = await SharedStore.open(context.globalStorageUri, log, host.localDisk);
      const started = new PostureBreaks(context, log, config, store, statusBar, host);
      context.subscriptions.push(config, store, started);
      return started;
    })();
    // In the same turn: a command that comes while the state is read waits for it.
    for (const name of COMMAND_NAMES) {
      context.subscriptions.push(vscode.commands.registerCommand(Commands[name], (...args: unknown[]) =>
        app.then((started) => started.run(name, args))));
    }
    app.catch((error: unknown) => {
      const message = errorMessage(error);
      log.error(`Could not start: ${message}`);
      void vscode.window.showErrorMessage(vscode.l10n.t({ message: 'Posture Breaks could not start: {0}', args: [message], comment: ['{0} is the error, as the system gave it.'] }));
    });
    return app;
  }

  run(name: CommandName, args: unknown[]): unknown {
    return this.commands[name](...args);
  }

  /** Writes what is not written yet, and waits for it to reach the disk. */
  async stop(): Promise<void> {
    this.driver.stop();
    await this.store.flushed();
  }
}
