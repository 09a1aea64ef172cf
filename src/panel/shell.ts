// The break panel's page as the extension sets it: a static shell. The page's
// script renders everything else from the data sent over the protocol
// (content, then state). Pure: no vscode import; its words come through the
// translator seam, in the display language, which is also the page's lang.
//
// Security: the Content-Security-Policy allows nothing by default, styles and
// images only from the webview's own resource origin, and scripts only with
// the nonce. There are no inline styles, scripts or event handlers.

import escapeHtml from 'escape-html';
import { displayLanguage, l10n } from '../core/l10n';
import type { PanelMode } from '../core/protocol/fields';

export interface ShellInput {
  /** `webview.cspSource`. */
  cspSource: string;
  /** Fresh random nonce for the script tag. */
  nonce: string;
  /** Webview URI of media/build/panel.js. */
  scriptUri: string;
  /** Webview URI of media/panel.css. */
  styleUri: string;
  mode: PanelMode;
}

/** Characters a CSP source list may hold here; `;` and `,` would start a new directive or policy. */
function cspSafe(value: string): string {
  return value.replace(/[;,\r\n]/g, ' ');
}

/** The page's title in each mode. */
export function pageTitle(mode: PanelMode): string {
  return mode === 'history' ? l10n.t('Break history') : l10n.t({ message: 'Stretch break', comment: ['The prompt on the status bar, and the panel\'s title: a short break to stretch.'] });
}

/** The whole page: head, an empty body marked busy until the page renders, and the script. */
export function renderShell(input: ShellInput): string {
  const mode: PanelMode = input.mode === 'history' ? 'history' : 'break';
  const nonce = String(input.nonce).replace(/[^A-Za-z0-9+/=_-]/g, '');
  const csp = `default-src 'none'; img-src ${cspSafe(input.cspSource)}; style-src ${cspSafe(input.cspSource)}; script-src 'nonce-${nonce}';`;
  return `<!DOCTYPE html>
<html lang="${escapeHtml(displayLanguage() ?? 'en')}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(input.styleUri)}">
<title>${escapeHtml(pageTitle(mode))}</title>
</head>
<body data-mode="${escapeHtml(mode)}" data-phase="ready">
<div id="app" aria-busy="true"></div>
<script nonce="${escapeHtml(nonce)}" src="${escapeHtml(input.scriptUri)}"></script>
</body>
</html>
`;
}
