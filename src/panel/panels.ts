// Panel out: opens the break panel (or its history view) for the clock. The
// panel's code is evaluated the first time a panel opens.
import * as vscode from 'vscode';
import type { Clock } from '../core/clock/clock';
import type { BreakPanel, PanelHost } from './breakPanel';
import type { Config } from '../vscode/config';

type PanelModule = typeof import('./breakPanel');

export class Panels {
  private code: PanelModule | undefined;
  private readonly host: PanelHost;

  constructor(
    private readonly extensionUri: vscode.Uri,
    driver: Clock,
    config: Config,
    onDidChange: vscode.Event<unknown>,
    private readonly load: () => PanelModule,
    log: vscode.LogOutputChannel,
  ) {
    this.host = {
      view: () => driver.view(),
      settings: () => config.settings,
      days: () => driver.days(),
      take: (begunAt) => driver.take(begunAt),
      snooze: () => driver.snooze(),
      skip: () => driver.skip(),
      setSound: (on) => config.setSound(on),
      onDidChange: (listener, thisArgs, disposables) => onDidChange(() => listener.call(thisArgs), undefined, disposables),
      log: (message) => log.warn(message),
    };
  }

  open(mode: 'break' | 'history'): BreakPanel {
    this.code ??= this.load();
    return this.code.BreakPanel.createOrShow(this.extensionUri, this.host, mode);
  }

  /** The open panel, if any. */
  get current(): BreakPanel | undefined {
    return this.code?.BreakPanel.currentPanel;
  }
}
