// The commands of the contract, one registration each.
import * as vscode from 'vscode';
import { pauseChoices } from '../core/pause';
import { Commands } from './commandIds';

export interface CommandActions {
  openPanel(mode: 'break' | 'history'): void;
  /** Each returns whether a break was due (and so whether it applied). */
  snooze(): boolean;
  skip(): boolean;
  pause(until: number | 'resume'): void;
  resume(): void;
  reset(): void;
  /** Saves the history as CSV: to `target` if given, else where the person picks. */
  exportHistory(target?: vscode.Uri): Promise<void>;
  now(): number;
}

export function registerCommands(actions: CommandActions): vscode.Disposable {
  const register = vscode.commands.registerCommand;
  // Snooze and Skip act on a due break (the clock decides); with none due, say so.
  const whenDue = (action: () => boolean) => () => {
    if (!action()) {
      void vscode.window.showInformationMessage('Posture Breaks: no break is due right now.');
    }
  };
  return vscode.Disposable.from(
    register(Commands.takeBreak, () => actions.openPanel('break')),
    register(Commands.snooze, whenDue(actions.snooze)),
    register(Commands.skip, whenDue(actions.skip)),
    register(Commands.pause, async (until?: unknown) => {
      // Tests and keybindings may pass the end directly; people get a quick pick.
      if (until === 'resume' || (typeof until === 'number' && Number.isFinite(until))) {
        actions.pause(until);
        return;
      }
      const choice = await vscode.window.showQuickPick(pauseChoices(actions.now()), {
        title: 'Pause break reminders',
        placeHolder: 'Coding time is still counted while reminders are paused',
      });
      if (choice) {
        actions.pause(choice.until);
      }
    }),
    register(Commands.resume, () => actions.resume()),
    register(Commands.resetTimer, () => actions.reset()),
    register(Commands.showHistory, () => actions.openPanel('history')),
    register(Commands.exportHistory, (target?: unknown) => actions.exportHistory(target instanceof vscode.Uri ? target : undefined)),
  );
}
