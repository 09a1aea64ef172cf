// Wiring only: the clock (pure core) in the middle; activity in, settings in,
// status bar out, notification out, panel out, shared storage around it.
import * as vscode from 'vscode';
import { ClockDriver } from './core/driver';
import { ClockView } from './core/types';
import type { BreakPanel, PanelHost } from './panel/breakPanel';
import { watchActivity } from './vscode/activity';
import { registerCommands } from './vscode/commands';
import { Config } from './vscode/config';
import { exportHistory } from './vscode/exportHistory';
import { remindIfDue } from './vscode/reminders';
import { SharedStore } from './vscode/sharedStore';
import { StatusBar } from './vscode/statusBar';

/** What the integration tests reach through the extension's exports. */
export interface PostureBreaksApi {
  driver: ClockDriver;
  store: SharedStore;
  config: Config;
  log: vscode.LogOutputChannel;
  /** The folder of the shared state file. */
  storageUri: vscode.Uri;
  /** The open break panel, if any. */
  panel(): BreakPanel | undefined;
}

let active: { driver: ClockDriver; store: SharedStore } | undefined;

type PanelModule = typeof import('./panel/breakPanel');
let panelModule: PanelModule | undefined;
/** The break panel's code, bundled apart and loaded the first time the panel opens. */
function panelCode(): PanelModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load of dist/panel.js
  panelModule ??= require('./panel.js') as PanelModule;
  return panelModule;
}

export async function activate(context: vscode.ExtensionContext): Promise<PostureBreaksApi> {
  const log = vscode.window.createOutputChannel('Posture Breaks', { log: true });
  const config = new Config(log);
  const store = await SharedStore.open(context.globalStorageUri, log);
  const statusBar = new StatusBar();
  const changed = new vscode.EventEmitter<ClockView>();
  context.subscriptions.push(log, config, store, statusBar, changed);

  const now = () => Date.now();
  const driver = new ClockDriver(config.settings, {
    now,
    setTimer: (fn, ms) => setTimeout(fn, ms),
    clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    store,
    render: (view) => {
      statusBar.render(view, config.settings, now());
      changed.fire(view);
    },
    log: (message) => log.info(message),
  });
  active = { driver, store };
  context.subscriptions.push({ dispose: () => driver.dispose() });

  const reminderActions = {
    claimNotification: () => driver.claimNotification(),
    claimExclusive: () => store.claimOnce(`notified-${driver.dueKey()}`),
    start: () => openPanel('break'),
    snooze: () => driver.snooze(),
    skip: () => driver.skip(),
    log: (message: string) => log.info(message),
  };
  const panelHost: PanelHost = {
    view: () => driver.view(),
    settings: () => config.settings,
    days: () => driver.days(),
    take: () => driver.take(),
    snooze: () => driver.snooze(),
    skip: () => driver.skip(),
    setSound: (on) => config.setSound(on),
    onDidChange: (listener, thisArgs, disposables) => changed.event(() => listener.call(thisArgs), undefined, disposables),
    log: (message) => log.warn(message),
  };
  const openPanel = (mode: 'break' | 'history') => panelCode().BreakPanel.createOrShow(context.extensionUri, panelHost, mode);

  context.subscriptions.push(
    changed.event((view) => void remindIfDue(view, config.settings, reminderActions)),
    config.onDidChange((settings) => driver.updateSettings(settings)),
    store.onDidChangeElsewhere(() => driver.sync()),
    watchActivity({
      activity: (kind) => driver.activity(kind),
      setDebugging: (running) => driver.setDebugging(running),
      windowFocused: (then) => void store.reload().then(() => driver.sync(), () => undefined).then(then),
      windowBlurred: () => driver.windowBlurred(),
    }),
    registerCommands({
      openPanel,
      snooze: () => driver.snooze(),
      skip: () => driver.skip(),
      pause: (until) => driver.pause(until),
      resume: () => driver.resume(),
      reset: () => driver.reset(),
      exportHistory: (target) => exportHistory(driver.days(), target),
      now,
    }),
  );
  return { driver, store, config, log, storageUri: context.globalStorageUri, panel: () => panelModule?.BreakPanel.currentPanel };
}

export async function deactivate(): Promise<void> {
  if (active) {
    active.driver.flush();
    await active.store.flushed();
    active = undefined;
  }
}
