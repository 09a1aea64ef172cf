// The break panel in VS Code: one webview panel at a time, opened beside the
// editor, in one of two modes: the guided break ('break') or the break
// history ('history'). The extension sets a static shell; the page
// (media/build/panel.js) renders from the messages of core/protocol/messages.ts, and
// everything it sends back is validated before use.
//
// The page keeps running while the panel is hidden (retainContextWhenHidden),
// so the guidance and its sounds go on when the person clicks an editor tab
// mid-break; `npm run bench` reports what that costs in memory.
import * as vscode from 'vscode';
import { Commands } from '../vscode/commandIds';
import { Disposable } from '../vscode/disposable';
import { countsAsTaken } from '../core/break/run';
import { historySummary } from '../core/days/history';
import { parsePanelMessage, type PanelMessage } from '../core/protocol/panelMessages';
import { dispatch, type Handlers } from '../core/schema';
import type { HostMessage } from '../core/protocol/hostMessages';
import { historyMessage, stateMessage } from '../core/protocol/build';
import type { PanelMode } from '../core/protocol/fields';
import { findReference } from '../core/break/references';
import type { ClockView } from '../core/clock/view';
import type { DayStats } from '../core/days/dayStats';
import type { Settings } from '../core/settings';
import { contentMessage } from './content';
import { loadFigures } from './figures';
import { pageTitle, renderShell } from './shell';
import { errorMessage } from '../core/errors';

/** What the panel needs from the extension. */
export interface PanelHost {
  view(): ClockView;
  settings(): Settings;
  /** The day history ('YYYY-MM-DD' local days), for the history view. */
  days(): Readonly<Record<string, DayStats>>;
  /** A break taken; `begunAt`: when its run was started (epoch ms, the run's id), so the time in the break is not a natural break. */
  take(begunAt?: number): void;
  /** Each acts only on a due break and returns whether it did. */
  snooze(): boolean;
  skip(): boolean;
  /** The panel's mute toggle: write the `sound` setting. */
  setSound(on: boolean): Thenable<void>;
  /** The clock changed: post fresh state to the panel. */
  onDidChange: vscode.Event<void>;
  /** To the extension's output channel. */
  log(message: string): void;
}

/** The panel's tab title: "Posture Breaks: Stretch break". */
function panelTitle(mode: PanelMode): string {
  return vscode.l10n.t({ message: 'Posture Breaks: {0}', args: [pageTitle(mode)], comment: ['The title of the panel\'s tab: the extension\'s name, then "Stretch break" or "Break history".'] });
}

/** A fresh nonce for the page's script tag (Web Crypto: the same in every extension host). */
function nonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}


/** A short, safe description of something that arrived from the page, for the log. */
function describe(raw: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(raw) ?? String(raw);
  } catch {
    text = Object.prototype.toString.call(raw);
  }
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

export class BreakPanel extends Disposable {
  public static readonly viewType = 'postureBreaks.breakPanel';

  /** The open panel, if any (one at a time). */
  public static currentPanel: BreakPanel | undefined;

  private readonly _panel: vscode.WebviewPanel;
  private readonly _extensionUri: vscode.Uri;
  private readonly _host: PanelHost;
  private _mode: PanelMode;
  /** The page has said `ready` since it last loaded. */
  private _ready = false;
  /** A modal question is open: further actions wait. */
  private _busy = false;
  /** Closed by the extension (after Done/Snooze/Skip, or dispose()), not by the person. */
  private _closing = false;
  private _disposed = false;
  /** The run of the break last recorded from this panel (its id), so a finished break is recorded once. */
  private _recordedBreakId = 0;

  /** Opens the panel beside the editor, or reveals the one already open. */
  public static createOrShow(extensionUri: vscode.Uri, host: PanelHost, mode: PanelMode = 'break'): BreakPanel {
    const current = BreakPanel.currentPanel;
    if (current) {
      current._panel.reveal();
      if (current._mode !== mode) {
        current._mode = mode;
        void current._update();
      }
      return current;
    }
    const panel = vscode.window.createWebviewPanel(
      BreakPanel.viewType,
      panelTitle(mode),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false },
      BreakPanel.webviewOptions(extensionUri),
    );
    BreakPanel.currentPanel = new BreakPanel(panel, extensionUri, host, mode);
    return BreakPanel.currentPanel;
  }

  /** Scripts on; the page may load files from media/ and nothing else. */
  public static webviewOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return {
      enableScripts: true,
      retainContextWhenHidden: true,
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')],
    };
  }

  private constructor(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, host: PanelHost, mode: PanelMode) {
    super();
    this._panel = panel;
    this._extensionUri = extensionUri;
    this._host = host;
    this._mode = mode;

    this._register(this._panel.onDidDispose(() => this._onDidDispose()));
    this._register(this._panel.webview.onDidReceiveMessage((raw: unknown) => this.handleMessage(raw)));
    this._register(host.onDidChange(() => this._postState()));

    void this._update();
  }

  public get mode(): PanelMode {
    return this._mode;
  }

  /** The page has loaded and said `ready`. */
  public get isReady(): boolean {
    return this._ready;
  }

  public get webviewPanel(): vscode.WebviewPanel {
    return this._panel;
  }

  /** What each message from the page does: one handler per type (a type without one does not compile). */
  private readonly _handlers: Handlers<PanelMessage, Promise<void> | void> = {
    ready: async () => {
      this._ready = true;
      await this._postContent();
      this._postState();
    },
    finished: (message) => this._finished(message.fraction, message.breakId),
    setSound: async (message) => {
      await this._host.setSound(message.on);
    },
    switchMode: async (message) => {
      if (message.mode !== this._mode) {
        this._mode = message.mode;
        await this._update();
      }
    },
    openLink: async (message) => {
      const reference = findReference(message.id);
      if (!reference?.url) {
        this._host.log(`Break panel: ignored a link to an unknown reference: ${describe(message.id)}`);
        return;
      }
      await vscode.env.openExternal(vscode.Uri.parse(reference.url));
    },
    done: (message) => this._done(message.fraction, message.breakId),
    showWalkthrough: async () => {
      await vscode.commands.executeCommand(Commands.showWalkthrough);
    },
    snooze: () => this._act(() => this._host.snooze()),
    skip: () => this._act(() => this._host.skip()),
    rejected: (message) => this._host.log(`Break panel: the page rejected a message from the extension: ${message.problem}`),
  };

  /** Handles one message from the page. Malformed ones are logged (with the field that failed) and ignored; never throws. */
  public async handleMessage(raw: unknown): Promise<void> {
    if (this._disposed) {
      return;
    }
    const parsed = parsePanelMessage(raw);
    if (!parsed.ok) {
      this._host.log(`Break panel: ignored a malformed message (${parsed.problem}): ${describe(raw)}`);
      return;
    }
    const message = parsed.value;
    try {
      await dispatch(this._handlers, message);
    } catch (error) {
      this._host.log(`Break panel: ${message.type} failed: ${errorMessage(error)}`);
    }
  }

  /** Closes the panel without counting it as a snooze. */
  public override dispose(): void {
    this._closing = true;
    this._cleanUp();
  }

  /** The whole sequence ran to its end: recorded as taken (once per run) when enough of it was done. */
  private _finished(fraction: number, breakId: number): void {
    if (breakId === 0 || breakId === this._recordedBreakId || !countsAsTaken(fraction)) {
      return;
    }
    this._recordedBreakId = breakId;
    this._host.take(breakId);
  }

  private async _done(fraction: number, breakId: number): Promise<void> {
    if (this._busy) {
      return;
    }
    if (breakId !== 0 && breakId === this._recordedBreakId) {
      this.dispose(); // recorded when it finished: Done only closes
      return;
    }
    if (countsAsTaken(fraction)) {
      this._act(() => this._host.take(breakId || undefined));
      return;
    }
    // An early break (none due) has nothing to skip: Done then closes without recording.
    const due = this._host.view().due;
    const button = due
      ? vscode.l10n.t({ message: 'Record as Skipped', comment: ['A button of the question asked when Done is pressed before half of the break is done.'] })
      : vscode.l10n.t({ message: 'Close', comment: ['A button of the question asked when Done is pressed before half of the break is done: close the panel without recording the break.'] });
    this._busy = true;
    let choice: string | undefined;
    try {
      choice = await vscode.window.showWarningMessage(
        due ? vscode.l10n.t('You have done less than half of the break. Record it as skipped?') : vscode.l10n.t('You have done less than half of the break. Close without recording it?'),
        { modal: true, detail: vscode.l10n.t('A break counts as taken once you have done at least half of it; skipped parts do not count. Cancel to keep going.') },
        button,
      );
    } finally {
      this._busy = false;
    }
    if (choice === button && !this._disposed) {
      this._act(() => void this._host.skip());
    }
  }

  /** Done, Snooze or Skip: record it, then close (which then is not a snooze). */
  private _act(record: () => void): void {
    if (this._busy || this._disposed) {
      return;
    }
    this._closing = true;
    try {
      record();
    } finally {
      this._cleanUp();
    }
  }

  /** The panel went away. Closed by the person while a break is due: that is a snooze. */
  private _onDidDispose(): void {
    if (!this._closing && !this._disposed) {
      this._closing = true;
      try {
        this._host.snooze(); // only a due break is snoozed
      } catch (error) {
        this._host.log(`Break panel: snooze on close failed: ${errorMessage(error)}`);
      }
    }
    this._cleanUp();
  }

  private _cleanUp(): void {
    if (this._disposed) {
      return;
    }
    this._disposed = true;
    this._ready = false;
    if (BreakPanel.currentPanel === this) {
      BreakPanel.currentPanel = undefined;
    }
    this._panel.dispose();
    super.dispose();
  }

  private _postState(): void {
    if (!this._ready || this._disposed) {
      return;
    }
    const messages: HostMessage[] = [];
    try {
      messages.push(stateMessage(this._host.view(), this._host.settings()));
      if (this._mode === 'history') {
        messages.push(historyMessage(historySummary(this._host.days(), Date.now())));
      }
    } catch (error) {
      this._host.log(`Break panel: could not read the clock: ${errorMessage(error)}`);
      return;
    }
    messages.forEach((message) => this._post(message));
  }

  /** The catalogue, references, figures and texts: once after each `ready`. */
  private async _postContent(): Promise<void> {
    const figures = await loadFigures(this._extensionUri, (message) => this._host.log(message));
    if (!this._disposed) {
      this._post(contentMessage(this._mode, figures, { walkthrough: vscode.l10n.t('Get started with Posture Breaks') }));
    }
  }

  private _post(message: HostMessage): void {
    this._panel.webview.postMessage(message).then(undefined, (error: unknown) => {
      this._host.log(`Break panel: could not post ${message.type}: ${String(error)}`);
    });
  }

  private async _update(): Promise<void> {
    try {
      const webview = this._panel.webview;
      this._panel.title = panelTitle(this._mode);
      this._ready = false;
      webview.html = renderShell({
        cspSource: webview.cspSource,
        nonce: nonce(),
        scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this._extensionUri, 'media', 'build', 'panel.js')).toString(),
        styleUri: webview.asWebviewUri(vscode.Uri.joinPath(this._extensionUri, 'media', 'panel.css')).toString(),
        mode: this._mode,
      });
    } catch (error) {
      this._host.log(`Break panel: could not render: ${errorMessage(error)}`);
    }
  }
}
