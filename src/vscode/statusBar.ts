// Status bar out: one item on the right that shows the continuous coding
// time, and becomes the break prompt when a break is due. It is shown with
// the first render, once the stored state is read.
import * as vscode from 'vscode';
import { clockTime, describeStatus } from '../core/format';
import { ClockView, Settings } from '../core/types';
import { Commands } from './commandIds';

export class StatusBar implements vscode.Disposable {
  static readonly id = 'status';
  private readonly item = vscode.window.createStatusBarItem(StatusBar.id, vscode.StatusBarAlignment.Right, 100);
  private readonly warning = new vscode.ThemeColor('statusBarItem.warningBackground');

  constructor() {
    this.item.name = 'Posture Breaks';
    this.item.command = Commands.takeBreak;
  }

  render(view: ClockView, settings: Settings, now: number): void {
    if (!settings.enabled) {
      this.item.hide();
      return;
    }
    const status = describeStatus(view, settings.reminderStyle, now, clockTime);
    this.item.text = status.text;
    this.item.tooltip = status.tooltip;
    this.item.accessibilityInformation = { label: status.ariaLabel, role: 'button' };
    this.item.backgroundColor = status.prompt ? this.warning : undefined;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
