// "Export Break History": the per-day history as a CSV file the person picks.
import * as vscode from 'vscode';
import { localDayKey } from '../core/dayLedger';
import { historyCsv } from '../core/csv';
import { DayStats } from '../core/types';

export async function exportHistory(days: Readonly<Record<string, DayStats>>, to?: vscode.Uri): Promise<void> {
  const target = to ?? await vscode.window.showSaveDialog({
    title: 'Export break history',
    saveLabel: 'Export',
    filters: { CSV: ['csv'] },
    defaultUri: vscode.Uri.file(`posture-breaks-history-${localDayKey(Date.now())}.csv`),
  });
  if (!target) {
    return;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(historyCsv(days)));
  void vscode.window.showInformationMessage(`Posture Breaks: break history exported to ${target.fsPath}.`);
}
