// "Export Break History": the per-day history as a CSV file the person picks.
// The file's header stays English in every language (core/csv.ts): it names
// the columns for the programs that read the file, not for people.
import * as vscode from 'vscode';
import { localDayKey } from '../core/days/dayLedger';
import { historyCsv } from '../core/days/csv';
import type { DaysSince, DayStats } from '../core/days/dayStats';

export async function exportHistory(days: Readonly<Record<string, DayStats>>, since: Readonly<DaysSince>, to?: vscode.Uri): Promise<void> {
  const target = to ?? await vscode.window.showSaveDialog({
    title: vscode.l10n.t('Export break history'),
    saveLabel: vscode.l10n.t({ message: 'Export', comment: ['The button of the save dialog that writes the history file.'] }),
    filters: { [vscode.l10n.t('CSV files')]: ['csv'] },
    defaultUri: vscode.Uri.file(`posture-breaks-history-${localDayKey(Date.now())}.csv`),
  });
  if (!target) {
    return;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(historyCsv(days, since)));
  void vscode.window.showInformationMessage(vscode.l10n.t({ message: 'Posture Breaks: break history exported to {0}.', args: [target.fsPath], comment: ['{0} is the path of the file written.'] }));
}
