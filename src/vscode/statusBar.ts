// Status bar out: one item on the right that shows the continuous coding
// time, and becomes the break prompt when a break is due. It is shown with
// the first render, once the stored state is read.
//
// The text needs no Intl. The tooltip and the screen-reader label write
// clock times and plurals in the display language, and the first use of
// Intl costs tens of milliseconds: so the first render leaves them to the
// next turn, and the first text is not kept waiting.
import * as vscode from 'vscode';
import { clockTime } from '../core/format/intl';
import { describeStatus, statusLabel } from '../core/clock/statusText';
import { l10n } from '../core/l10n';
import { ClockView } from '../core/clock/view';
import { Settings } from '../core/settings';
import { Commands } from './commandIds';

export class StatusBar implements vscode.Disposable {
  static readonly id = 'status';
  private readonly item = vscode.window.createStatusBarItem(StatusBar.id, vscode.StatusBarAlignment.Right, 100);
  private readonly warning = new vscode.ThemeColor('statusBarItem.warningBackground');
  /** The tooltip and label are written at once from the second render on. */
  private detailsAtOnce = false;
  private pending: ReturnType<typeof setTimeout> | undefined;
  private last: { view: ClockView; settings: Settings; now: number } | undefined;

  constructor() {
    this.item.name = l10n.t({ message: 'Posture Breaks', comment: ['The name of the extension, as the status bar\'s menu lists its item.'] });
    this.item.command = Commands.takeBreak;
  }

  render(view: ClockView, settings: Settings, now: number): void {
    if (!settings.enabled) {
      this.item.hide();
      return;
    }
    const label = statusLabel(view, settings.reminderStyle);
    this.item.text = label.text;
    this.item.backgroundColor = label.prompt ? this.warning : undefined;
    this.last = { view, settings, now };
    if (this.detailsAtOnce) {
      this.renderDetails();
    } else {
      this.pending ??= setTimeout(() => {
        this.pending = undefined;
        this.detailsAtOnce = true;
        this.renderDetails();
      }, 0);
      this.item.accessibilityInformation = { label: label.text.replace(/\$\([a-z-]+\)\s*/g, ''), role: 'button' };
    }
    this.item.show();
  }

  private renderDetails(): void {
    if (!this.last) {
      return;
    }
    const { view, settings, now } = this.last;
    const status = describeStatus(view, settings.reminderStyle, now, clockTime);
    this.item.tooltip = status.tooltip;
    this.item.accessibilityInformation = { label: status.ariaLabel, role: 'button' };
  }

  dispose(): void {
    if (this.pending !== undefined) {
      clearTimeout(this.pending);
    }
    this.item.dispose();
  }
}
