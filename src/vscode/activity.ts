// Activity in: the signs that a person is working in this VS Code window,
// handed to the clock. Each handler does O(1) work and allocates nothing of
// its own; the clock decides what an activity means.
import * as vscode from 'vscode';
import { ActivityKind } from '../core/types';

export interface ActivitySink {
  activity(kind: ActivityKind): void;
  setDebugging(running: boolean): void;
  /** The window gained focus: another window may have changed the shared clock. */
  windowFocused(): void;
}

/** Documents whose edits are not made by the person typing. */
const notTypedSchemes = new Set(['output', 'debug', 'git', 'vscode-scm', 'vscode-settings', 'vscode-terminal']);

export function watchActivity(sink: ActivitySink): vscode.Disposable {
  const other = () => sink.activity('other');
  // Tabs change for many reasons (dirty state, labels, previews); switching to
  // another tab is what counts.
  let activeTab = vscode.window.tabGroups.activeTabGroup.activeTab;
  const onTabs = () => {
    const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
    if (tab?.label !== activeTab?.label || tab?.group !== activeTab?.group) {
      activeTab = tab;
      other();
    }
  };
  const disposables: vscode.Disposable[] = [
    // A text edit in the document of the active editor: the person typing,
    // pasting, undoing. Edits to other documents (output channels, git,
    // extensions writing files in the background) are not activity.
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length > 0
        && event.document === vscode.window.activeTextEditor?.document
        && !notTypedSchemes.has(event.document.uri.scheme)) {
        sink.activity('edit');
      }
    }),
    vscode.window.onDidChangeTextEditorSelection((event) => {
      if (event.textEditor === vscode.window.activeTextEditor && !notTypedSchemes.has(event.textEditor.document.uri.scheme)) {
        other();
      }
    }),
    vscode.window.onDidChangeTextEditorVisibleRanges((event) => {
      if (event.textEditor === vscode.window.activeTextEditor) {
        other();
      }
    }),
    vscode.window.onDidChangeActiveTextEditor(other),
    vscode.window.onDidChangeActiveNotebookEditor(other),
    vscode.window.tabGroups.onDidChangeTabs(onTabs),
    vscode.window.tabGroups.onDidChangeTabGroups(onTabs),
    vscode.window.onDidChangeActiveTerminal(other),
    vscode.window.onDidStartTerminalShellExecution(other),
    vscode.workspace.onDidChangeNotebookDocument((event) => {
      if (event.notebook === vscode.window.activeNotebookEditor?.notebook
        && (event.contentChanges.length > 0 || event.cellChanges.some((change) => change.document !== undefined))) {
        sink.activity('edit');
      }
    }),
    vscode.window.onDidChangeWindowState((state) => {
      if (state.focused) {
        sink.windowFocused();
      }
      if (state.focused || state.active) {
        other();
      }
    }),
    vscode.debug.onDidStartDebugSession(() => {
      sink.setDebugging(true);
      other();
    }),
    vscode.debug.onDidTerminateDebugSession(() => {
      sink.setDebugging(vscode.debug.activeDebugSession !== undefined);
    }),
  ];
  if (vscode.debug.activeDebugSession) {
    sink.setDebugging(true);
  }
  return vscode.Disposable.from(...disposables);
}
