// The messages from the panel's page to the extension, each declared once:
// its fields, from which come its type (PanelMessage) and its check
// (parsePanelMessage). The extension handles them by type (Handlers), so a
// message added here does not compile until the extension handles it.
//
// Nothing the page names becomes a URL: links are referred to by the id of a
// fixed list kept in the extension.
//
// Pure: no vscode import; bundled into the page's script.

import { fraction, mode } from './fields';
import { id, whole, words, boolean, messages, parse, type Infer, type Parsed } from '../schema';

const PANEL_MESSAGES = messages({
  /** The page's script has loaded: the extension answers with `content` and `state`. */
  ready: {},
  /** Done pressed: the share of the planned time done, and the run (0: not started). */
  done: { fraction, breakId: whole },
  /** The whole sequence ran to its end (recorded as taken if enough of it was done, once per run). */
  finished: { fraction, breakId: whole },
  snooze: {},
  skip: {},
  openLink: { id },
  /** The mute toggle: writes the `sound` setting. */
  setSound: { on: boolean() },
  switchMode: { mode },
  /** The link to the walkthrough: the extension opens it. */
  showWalkthrough: {},
  /** The page rejected a message from the extension: which field failed, for the extension's log. */
  rejected: { problem: words },
});

export type PanelMessage = Infer<typeof PANEL_MESSAGES>;

/** A message from the page, checked: its exact shape as a fresh object, or which field failed. */
export function parsePanelMessage(raw: unknown): Parsed<PanelMessage> {
  return parse(PANEL_MESSAGES, raw);
}
