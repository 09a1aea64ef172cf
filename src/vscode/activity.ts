// Activity in: the signs that a person is working in this VS Code window,
// handed to the clock. Each handler does O(1) work and allocates nothing of
// its own; the clock decides what an activity means.
import * as vscode from 'vscode';
import { ActivityKind } from '../core/clock/view';

export interface ActivitySink {
  activity(kind: ActivityKind): void;
  setDebugging(running: boolean): void;
  /** The window gained focus: another window may have changed the shared clock. Calls `then` once it is read. */
  windowFocused(then: () => void): void;
  /** The window lost focus: the person is moving to another window. */
  windowBlurred(): void;
}

/** After a change that left the document clean, its own scroll and selection echoes are not activity for this long. */
const RELOAD_ECHO_MS = 1000;

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
  // A change that leaves a document clean is either a reload from disk (git,
  // a generator, another editor writing the file) or the first keystroke
  // into a clean document, which VS Code marks dirty a moment later (an event
  // with no content change). It counts only once that mark arrives.
  let unconfirmed: { document: vscode.TextDocument; at: number } | undefined;
  const justReloaded = (document: vscode.TextDocument) =>
    unconfirmed?.document === document && Date.now() - unconfirmed.at < RELOAD_ECHO_MS;
  let focused = vscode.window.state.focused;
  let wasActive = vscode.window.state.active ?? focused;
  // The debug sessions running in this window, by id. Debugging ends with the
  // last of them: activeDebugSession may still name the ending session when
  // its end is reported (the browser host does so).
  const debugSessions = new Set<string>();
  if (vscode.debug.activeDebugSession) {
    debugSessions.add(vscode.debug.activeDebugSession.id);
  }
  const disposables: vscode.Disposable[] = [
    // A text edit in the document of the active editor: the person typing,
    // pasting, undoing. Edits to other documents (output channels, git,
    // extensions writing files in the background) are not activity, and
    // neither is the active document being reloaded from disk.
    vscode.workspace.onDidChangeTextDocument((event) => {
      const document = event.document;
      if (document !== vscode.window.activeTextEditor?.document || notTypedSchemes.has(document.uri.scheme)) {
        return;
      }
      if (event.contentChanges.length === 0) {
        if (document.isDirty && unconfirmed?.document === document) {
          unconfirmed = undefined; // the first edit of a clean document: typed
          sink.activity('edit');
        }
        return;
      }
      if (document.isDirty || event.reason !== undefined) {
        unconfirmed = undefined; // typing, pasting, undo and redo
        sink.activity('edit');
        return;
      }
      unconfirmed = { document, at: Date.now() };
    }),
    vscode.window.onDidChangeTextEditorSelection((event) => {
      // A selection moved by the person has a kind (keyboard, mouse, command);
      // one moved by a content change from elsewhere (a reload) has none.
      if (event.textEditor === vscode.window.activeTextEditor && event.kind !== undefined
        && !notTypedSchemes.has(event.textEditor.document.uri.scheme)) {
        other();
      }
    }),
    vscode.window.onDidChangeTextEditorVisibleRanges((event) => {
      if (event.textEditor === vscode.window.activeTextEditor && !justReloaded(event.textEditor.document)) {
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
      // Only a change to focused or to active is a sign of the person: the
      // event also fires when a window turns inactive, or for the other flag.
      const active = state.active ?? state.focused;
      const gainedFocus = state.focused && !focused;
      const wasFocused = focused;
      const becameActive = active && !wasActive;
      focused = state.focused;
      wasActive = active;
      if (gainedFocus) {
        // Counted once the shared state is read again, so the count goes on
        // from what the window left just now wrote.
        sink.windowFocused(() => sink.activity('focus'));
      } else if (!state.focused && wasFocused) {
        sink.windowBlurred();
      } else if (becameActive) {
        other();
      }
    }),
    vscode.debug.onDidStartDebugSession((session) => {
      debugSessions.add(session.id);
      sink.setDebugging(true);
      other();
    }),
    vscode.debug.onDidTerminateDebugSession((session) => {
      debugSessions.delete(session.id);
      sink.setDebugging(debugSessions.size > 0);
    }),
  ];
  if (debugSessions.size > 0) {
    sink.setDebugging(true);
  }
  return vscode.Disposable.from(...disposables);
}
