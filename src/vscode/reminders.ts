// The notification reminder (reminderStyle "notification"): one toast per due
// break, shown by at most one window (the clock's claim is shared).
import * as vscode from 'vscode';
import { longDuration } from '../core/format';
import { ClockView, Settings } from '../core/types';

export interface ReminderActions {
  claimNotification(): boolean;
  start(): void;
  snooze(): void;
  skip(): void;
  isDue(): boolean;
}

export function remindIfDue(view: ClockView, settings: Settings, actions: ReminderActions): void {
  if (!settings.enabled || settings.reminderStyle !== 'notification' || !view.prompt || view.pausedUntil !== null) {
    return;
  }
  if (!actions.claimNotification()) {
    return;
  }
  void vscode.window.showInformationMessage(
    `Time for a stretch break: ${longDuration(view.codingMs)} of coding.`,
    'Start', 'Snooze', 'Skip',
  ).then((choice) => {
    // The break may have been handled elsewhere while the toast was open.
    if (choice === 'Start') {
      actions.start();
    } else if (choice === 'Snooze' && actions.isDue()) {
      actions.snooze();
    } else if (choice === 'Skip' && actions.isDue()) {
      actions.skip();
    }
  });
}
