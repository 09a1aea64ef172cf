// A full input for renderPanelHtml, for the panel's HTML tests.
import type { PanelHtmlInput } from '../../../src/panel/html';

export function panelInput(overrides: Partial<PanelHtmlInput>): PanelHtmlInput {
  return {
    cspSource: 'https://example.vscode-cdn.net',
    nonce: 'bm9uY2Vub25jZW5vbmNl',
    scriptUri: 'https://file.example.vscode-cdn.net/ext/media/build/panel.js',
    styleUri: 'https://file.example.vscode-cdn.net/ext/media/panel.css',
    illustrations: { standing: '<svg viewBox="0 0 1 1"></svg>', kneeling: '<svg viewBox="0 0 1 1"></svg>' },
    variant: 'standing',
    holdSeconds: 30,
    rounds: 2,
    snoozeMinutes: 5,
    today: { codingMs: 0, taken: 0, skipped: 0, snoozed: 0, natural: 0, longestStretchMs: 0 },
    due: false,
    codingMs: 0,
    mode: 'break',
    ...overrides,
  };
}
