// The break panel in VS Code: one webview panel at a time, opened beside the
// editor, in one of two modes: the guided stretch ('break') or the break
// history ('history'). The page (media/build/panel.js) talks to it with the
// messages of core/protocol.ts; everything it sends is validated before use.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { countsAsTaken } from '../core/hold';
import { historySummary } from '../core/history';
import { historyMessage, parsePanelMessage, stateMessage, type HostMessage } from '../core/protocol';
import type { ClockView, DayStats, Settings, StretchVariant } from '../core/types';
import { renderPanelHtml, type PanelMode } from './html';
import { findReference } from './references';

/** What the panel needs from the extension. */
export interface PanelHost {
  view(): ClockView;
  settings(): Settings;
  /** The day history ('YYYY-MM-DD' local days), for the history view. */
  days(): Readonly<Record<string, DayStats>>;
  take(): void;
  snooze(): void;
  skip(): void;
  /** The clock changed: post fresh state to the panel. */
  onDidChange: vscode.Event<void>;
  /** To the extension's output channel. */
  log(message: string): void;
}

const TITLES: Record<PanelMode, string> = {
  break: 'Posture Breaks: Stretch break',
  history: 'Posture Breaks: Break history',
};

const RECORD_AS_SKIPPED = 'Record as Skipped';

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

export class BreakPanel {
  public static readonly viewType = 'postureBreaks.breakPanel';

  /** The open panel, if any (one at a time). */
  public static currentPanel: BreakPanel | undefined;

  private static readonly _illustrations = new Map<string, Promise<{ standing: string; kneeling: string }>>();

  private readonly _panel: vscode.WebviewPanel;
  private readonly _extensionUri: vscode.Uri;
  private readonly _host: PanelHost;
  private _mode: PanelMode;
  /** The variant picked in the panel, for as long as the panel is open (the setting is left alone). */
  private _variant: StretchVariant | undefined;
  /** The page has said `ready` since it last loaded. */
  private _ready = false;
  /** A modal question is open: further actions wait. */
  private _busy = false;
  /** Closed by the extension (after Done/Snooze/Skip, or dispose()), not by the person. */
  private _closing = false;
  private _disposed = false;
  private _lastHoldFraction = 0;
  private _disposables: vscode.Disposable[] = [];

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
      TITLES[mode],
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
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')],
    };
  }

  private constructor(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, host: PanelHost, mode: PanelMode) {
    this._panel = panel;
    this._extensionUri = extensionUri;
    this._host = host;
    this._mode = mode;

    this._panel.onDidDispose(() => this._onDidDispose(), null, this._disposables);
    this._panel.onDidChangeViewState(() => {
      if (!this._panel.visible) {
        this._ready = false; // the page is thrown away while hidden; it says `ready` again when shown
      }
    }, null, this._disposables);
    this._panel.webview.onDidReceiveMessage((raw: unknown) => this.handleMessage(raw), null, this._disposables);
    this._disposables.push(host.onDidChange(() => this._postState()));

    void this._update();
  }

  public get mode(): PanelMode {
    return this._mode;
  }

  /** The page has loaded and said `ready`. */
  public get isReady(): boolean {
    return this._ready;
  }

  /** The last share of the routine the page reported (0..1). */
  public get lastHoldFraction(): number {
    return this._lastHoldFraction;
  }

  public get webviewPanel(): vscode.WebviewPanel {
    return this._panel;
  }

  /** Handles one message from the page. Malformed ones are logged and ignored; never throws. */
  public async handleMessage(raw: unknown): Promise<void> {
    if (this._disposed) {
      return;
    }
    const message = parsePanelMessage(raw);
    if (!message) {
      this._host.log(`Break panel: ignored a malformed message: ${describe(raw)}`);
      return;
    }
    try {
      switch (message.type) {
        case 'ready':
          this._ready = true;
          this._postState();
          break;
        case 'holdProgress':
          this._lastHoldFraction = message.fraction;
          break;
        case 'setVariant':
          this._variant = message.variant;
          break;
        case 'switchMode':
          if (message.mode !== this._mode) {
            this._mode = message.mode;
            await this._update();
          }
          break;
        case 'openLink': {
          const reference = findReference(message.id);
          if (!reference) {
            this._host.log(`Break panel: ignored a link to an unknown reference: ${describe(message.id)}`);
            break;
          }
          await vscode.env.openExternal(vscode.Uri.parse(reference.url));
          break;
        }
        case 'done':
          await this._done(message.fraction);
          break;
        case 'snooze':
          this._act(() => this._host.snooze());
          break;
        case 'skip':
          this._act(() => this._host.skip());
          break;
      }
    } catch (error) {
      this._host.log(`Break panel: ${message.type} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Closes the panel without counting it as a snooze. */
  public dispose(): void {
    this._closing = true;
    this._cleanUp();
  }

  private async _done(fraction: number): Promise<void> {
    if (this._busy) {
      return;
    }
    if (countsAsTaken(fraction)) {
      this._act(() => this._host.take());
      return;
    }
    this._busy = true;
    let choice: string | undefined;
    try {
      choice = await vscode.window.showWarningMessage(
        'You have done less than half of the stretch. Record this break as skipped?',
        { modal: true, detail: 'A break counts as taken once you have held at least half the routine. Cancel to keep going.' },
        RECORD_AS_SKIPPED,
      );
    } finally {
      this._busy = false;
    }
    if (choice === RECORD_AS_SKIPPED && !this._disposed) {
      this._act(() => this._host.skip());
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
        if (this._host.view().due) {
          this._host.snooze();
        }
      } catch (error) {
        this._host.log(`Break panel: snooze on close failed: ${error instanceof Error ? error.message : String(error)}`);
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
    while (this._disposables.length) {
      this._disposables.pop()?.dispose();
    }
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
      this._host.log(`Break panel: could not read the clock: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    for (const message of messages) {
      this._panel.webview.postMessage(message).then(undefined, (error: unknown) => {
        this._host.log(`Break panel: could not post ${message.type}: ${String(error)}`);
      });
    }
  }

  private async _update(): Promise<void> {
    try {
      const illustrations = await BreakPanel._loadIllustrations(this._extensionUri, this._host);
      if (this._disposed) {
        return;
      }
      const webview = this._panel.webview;
      const settings = this._host.settings();
      const view = this._host.view();
      this._panel.title = TITLES[this._mode];
      this._ready = false;
      webview.html = renderPanelHtml({
        cspSource: webview.cspSource,
        nonce: randomBytes(16).toString('base64'),
        scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this._extensionUri, 'media', 'build', 'panel.js')).toString(),
        styleUri: webview.asWebviewUri(vscode.Uri.joinPath(this._extensionUri, 'media', 'panel.css')).toString(),
        illustrations,
        variant: this._variant ?? settings.stretchVariant,
        holdSeconds: settings.holdSeconds,
        rounds: settings.rounds,
        snoozeMinutes: settings.snoozeMinutes,
        today: view.today,
        due: view.due,
        codingMs: view.codingMs,
        mode: this._mode,
      });
    } catch (error) {
      this._host.log(`Break panel: could not render: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** The SVG markup of both illustrations, read once from media/. */
  private static _loadIllustrations(extensionUri: vscode.Uri, host: PanelHost): Promise<{ standing: string; kneeling: string }> {
    const key = extensionUri.toString();
    let loading = BreakPanel._illustrations.get(key);
    if (!loading) {
      const read = async (name: string): Promise<string> => {
        try {
          const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'media', name));
          return new TextDecoder().decode(bytes);
        } catch (error) {
          host.log(`Break panel: could not read media/${name}: ${error instanceof Error ? error.message : String(error)}`);
          return '';
        }
      };
      loading = Promise.all([read('standing.svg'), read('kneeling.svg')]).then(([standing, kneeling]) => {
        if (!standing || !kneeling) {
          BreakPanel._illustrations.delete(key); // try again next time
        }
        return { standing, kneeling };
      });
      BreakPanel._illustrations.set(key, loading);
    }
    return loading;
  }
}
