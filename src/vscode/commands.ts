// What each command of the contract does, by name. Activation registers every
// id at once (extension.ts) and hands the call on here once the rest of the
// extension has loaded.
import * as vscode from 'vscode';
import { pauseChoices } from '../core/clock/pauseChoices';
import { WALKTHROUGH_ID, type CommandName } from './commandIds';

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

export type CommandHandlers = Record<CommandName, (...args: unknown[]) => unknown>;

export function commandHandlers(actions: CommandActions): CommandHandlers {
  // Snooze and Skip act on a due break (the clock decides); with none due, say so.
  const whenDue = (action: () => boolean) => () => {
    if (!action()) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Posture Breaks: no break is due right now.'));
    }
  };
  return {
    takeBreak: () => actions.openPanel('break'),
    snooze: whenDue(actions.snooze),
    skip: whenDue(actions.skip),
    pause: async (until?: unknown) => {
      // Tests and keybindings may pass the end directly; people get a quick pick.
      if (until === 'resume' || (typeof until === 'number' && Number.isFinite(until))) {
        actions.pause(until);
        return;
      }
      const choice = await vscode.window.showQuickPick(pauseChoices(actions.now()), {
        title: vscode.l10n.t('Pause break reminders'),
        placeHolder: vscode.l10n.t('Time is still counted while reminders are paused'),
      });
      if (choice) {
        actions.pause(choice.until);
      }
    },
    resume: () => actions.resume(),
    resetTimer: () => actions.reset(),
    showHistory: () => actions.openPanel('history'),
    exportHistory: (target?: unknown) => actions.exportHistory(target instanceof vscode.Uri ? target : undefined),
    // VS Code opens the walkthrough by itself once, on install; this opens it again on request (in the active editor group).
    showWalkthrough: () => vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH_ID, false),
  };
}
