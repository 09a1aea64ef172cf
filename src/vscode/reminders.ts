// The notification reminder (reminderStyle "notification"): one toast per due
// break, shown by exactly one window. The clock's claim (shared, and only in
// the window with the latest activity) picks it; two windows that claim before
// seeing each other's write are settled by an exclusive claim on disk, which
// only one of them can make.
import * as vscode from 'vscode';
import type { Clock } from '../core/clock/clock';
import { stretchPhrase } from '../core/clock/statusText';
import { GOOD_MOMENT_REASONS } from '../core/goodMomentSources';
import { ClockView } from '../core/clock/view';
import { Settings } from '../core/settings';
import type { SharedStore } from './sharedStore';

export interface ReminderActions {
  claimNotification(): boolean;
  /** The exclusive claim of the current due break's notification: true in exactly one window. */
  claimExclusive(): Promise<boolean>;
  start(): void;
  /** Act only on a due break (the break may have been handled elsewhere while the toast was open). */
  snooze(): boolean;
  skip(): boolean;
  log(message: string): void;
}

export async function remindIfDue(view: ClockView, settings: Settings, actions: ReminderActions): Promise<void> {
  if (!settings.enabled || settings.reminderStyle !== 'notification' || !view.prompt || view.pausedUntil !== null) {
    return;
  }
  if (!actions.claimNotification()) {
    return;
  }
  if (!(await actions.claimExclusive())) {
    actions.log('Notification: another window claimed this break first.');
    return;
  }
  actions.log('Notification: shown in this window.');
  // An offered break (a good moment) says why now; Snooze then falls back to the usual due time.
  const message = view.offered
    ? vscode.l10n.t('{0} Take your stretch break now?', GOOD_MOMENT_REASONS[view.offered])
    : vscode.l10n.t({ message: 'Time for a stretch break, after {0}.', args: [stretchPhrase(view)], comment: ['A notification. {0} is the time since the last break ("31 minutes of continuous coding").'] });
  const start = vscode.l10n.t({ message: 'Start', comment: ['A button: start the stretch break now.'] });
  const snooze = vscode.l10n.t({ message: 'Snooze', comment: ['A button: ask again after a few more minutes of coding.'] });
  const skip = vscode.l10n.t({ message: 'Skip', comment: ['A button: skip this break (it is recorded as skipped).'] });
  void vscode.window.showInformationMessage(message, start, snooze, skip).then((choice) => {
    if (choice === start) {
      actions.start();
    } else if (choice === snooze) {
      actions.snooze();
    } else if (choice === skip) {
      actions.skip();
    }
  });
}

/** The reminder for this window's clock: offered whenever what the clock shows changes. */
export function reminderActions(driver: Clock, store: SharedStore, start: () => void, log: vscode.LogOutputChannel): ReminderActions {
  return {
    claimNotification: () => driver.claimNotification(),
    claimExclusive: () => store.claimOnce(`notified-${driver.dueKey()}`),
    start,
    snooze: () => driver.snooze(),
    skip: () => driver.skip(),
    log: (message) => log.info(message),
  };
}
