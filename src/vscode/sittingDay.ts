// The sitting day in: whether this window counts time at the computer
// outside VS Code, and the system input source it asks (core/sitting,
// src/system). Decided at start and again whenever the setting changes:
// - `off`: not counted ('setting');
// - no system input sources in this host (the browser's web worker cannot
//   start processes): 'browser';
// - `auto`, where the extension does not run in the desktop UI extension
//   host (a remote machine, a server in a browser tab): 'remote';
// - otherwise the source is found once per window start (discovery, a few
//   seconds off the start's path) and kept: 'on' with it, or why none works.
// The clock does the rest (sampling.ts). One log line says what was decided.
import * as vscode from 'vscode';
import type { Clock } from '../core/clock/clock';
import type { Settings } from '../core/settings';
import { allowed } from '../core/sitting/allowed';
import type { IdleSource, NoSourceReason, OutsideStatus } from '../core/sitting/idleSource';
import { Disposable } from './disposable';
import { errorMessage } from '../core/errors';

/** The system input sources of this machine, where the host can start processes (Node). */
export interface SystemIdle {
  /** Finds the source: the first candidate that works, or why none does (each dropped one says why in the log). */
  discover(log: (line: string) => void): Promise<{ source: IdleSource } | { source: null; reason: NoSourceReason }>;
}

export interface SittingDayDeps {
  clock: Pick<Clock, 'setOutside'>;
  settings(): Settings;
  onDidChangeSettings: vscode.Event<Settings>;
  /** Undefined where the host cannot ask the system (the browser). */
  systemIdle: SystemIdle | undefined;
  /** Whether the extension runs in the desktop UI extension host (on the person's side). */
  onPersonsSide: boolean;
  log(line: string): void;
}

/** Whether the extension runs in the desktop UI extension host: a UI extension in desktop VS Code. */
export function personsSide(context: vscode.ExtensionContext): boolean {
  return context.extension.extensionKind === vscode.ExtensionKind.UI && vscode.env.uiKind === vscode.UIKind.Desktop;
}

export class SittingDay extends Disposable {
  private discovery: Promise<{ source: IdleSource } | { source: null; reason: NoSourceReason }> | undefined;
  private source: IdleSource | undefined;
  private lastStatus: OutsideStatus | undefined;

  constructor(private readonly deps: SittingDayDeps) {
    super();
    this._register(deps.onDidChangeSettings(() => void this.decide()));
    this._register({ dispose: () => this.source?.dispose() });
    void this.decide();
  }

  /** Settles once the status for the current setting is decided (for the tests). */
  decided: Promise<OutsideStatus> = Promise.resolve('pending');

  private decide(): Promise<OutsideStatus> {
    this.decided = this.status().then((status) => {
      if (this.isDisposed) {
        return status;
      }
      this.deps.clock.setOutside(status, status === 'on' && this.source ? this.source.sample.bind(this.source) : undefined);
      if (status !== this.lastStatus) {
        this.lastStatus = status;
        this.deps.log(status === 'on'
          ? `Time outside VS Code: counted here, from the system's input time (source: ${this.source?.name}).`
          : `Time outside VS Code: not counted here (${status}).`);
      }
      return status;
    }, (error: unknown) => {
      this.deps.log(`Time outside VS Code: not counted here (the source could not be found: ${errorMessage(error)}).`);
      this.deps.clock.setOutside('failed');
      return 'failed' as const;
    });
    return this.decided;
  }

  private async status(): Promise<OutsideStatus> {
    const permitted = allowed(this.deps.settings().countTimeOutsideEditor, this.deps.systemIdle !== undefined, this.deps.onPersonsSide);
    if (permitted !== 'ask' || !this.deps.systemIdle) {
      return permitted === 'ask' ? 'browser' : permitted;
    }
    if (!this.discovery) {
      this.deps.clock.setOutside('pending');
      this.discovery = this.deps.systemIdle.discover(this.deps.log);
    }
    const found = await this.discovery;
    if (found.source === null) {
      return found.reason;
    }
    this.source = found.source;
    // The setting may have changed while the source was being found.
    return allowed(this.deps.settings().countTimeOutsideEditor, true, this.deps.onPersonsSide) === 'ask' ? 'on' : 'setting';
  }
}
