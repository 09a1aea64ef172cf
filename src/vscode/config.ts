// Settings in: one typed reader over `postureBreaks.*`. The clamping rules
// live in the core (readSettings); this adapter only reads VS Code's values,
// warns once about each bad value, and reports changes at once.
import * as vscode from 'vscode';
import { readSettings, Settings } from '../core/settings';
import { Disposable } from './disposable';

const SECTION = 'postureBreaks';

export class Config extends Disposable {
  private current: Settings;
  private lastWarnings = new Set<string>();
  private readonly changed = this._register(new vscode.EventEmitter<Settings>());
  readonly onDidChange = this.changed.event;

  constructor(private readonly log: vscode.LogOutputChannel) {
    super();
    this.current = this.read();
    this._register(vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(SECTION)) {
        this.current = this.read();
        this.changed.fire(this.current);
      }
    }));
  }

  get settings(): Settings {
    return this.current;
  }

  /** The warnings about the current values (empty when all are fine). */
  get warnings(): readonly string[] {
    return [...this.lastWarnings];
  }

  /** Writes the `sound` setting (the panel's mute toggle), for the user, in every window. */
  setSound(on: boolean): Thenable<void> {
    return vscode.workspace.getConfiguration(SECTION).update('sound', on, vscode.ConfigurationTarget.Global);
  }

  private read(): Settings {
    const configuration = vscode.workspace.getConfiguration(SECTION);
    const { settings, warnings } = readSettings((key) => configuration.get(key));
    const shown = new Set(warnings);
    for (const warning of warnings) {
      if (!this.lastWarnings.has(warning)) {
        this.log.warn(warning);
        void vscode.window.showWarningMessage(vscode.l10n.t({ message: 'Posture Breaks: {0}', args: [warning], comment: ['A warning about a setting, after the extension\'s name.'] }));
      }
    }
    this.lastWarnings = shown;
    return settings;
  }
}
