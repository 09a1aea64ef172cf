// The break panel's page, as one HTML string. Pure: no vscode import, so it
// can be rendered and checked anywhere.
//
// Security: the Content-Security-Policy allows nothing by default, styles and
// images only from the webview's own resource origin, and scripts only with
// the nonce. There are no inline styles or event handlers. Every value from
// settings or state is escaped; the only markup taken as is comes from the
// extension's own media/ folder (the illustrations).

import escapeHtml from 'escape-html';
import { HISTORY_DAYS } from '../core/history';
import * as hold from '../core/hold';
import type { PanelMode } from '../core/protocol';
import type { DayStats, StretchVariant } from '../core/types';
import { NOT_MEDICAL_ADVICE, ROUTINES, SAFETY_NOTE, VARIANT_ORDER, WHY_PARAGRAPHS, WHY_TITLE, type Routine } from './content';
import { count, dueLine, formatCodingTime, formatSpan } from './format';
import { REFERENCES } from './references';

export type { PanelMode };

export interface PanelHtmlInput {
  /** `webview.cspSource`. */
  cspSource: string;
  /** Fresh random nonce for the script tag. */
  nonce: string;
  /** Webview URI of media/build/panel.js. */
  scriptUri: string;
  /** Webview URI of media/panel.css. */
  styleUri: string;
  /** SVG markup of the illustrations, read from the extension's media/ folder (trusted). */
  illustrations: { standing: string; kneeling: string };
  variant: StretchVariant;
  holdSeconds: number;
  rounds: number;
  /** Minutes a snooze adds (for the hint under the buttons). */
  snoozeMinutes?: number;
  today: DayStats;
  due: boolean;
  /** Continuous coding time (ms), for the first line when a break is due. */
  codingMs?: number;
  mode: PanelMode;
}

const esc = (value: unknown): string => escapeHtml(String(value));

/** Characters a CSP source list may hold here; `;` and `,` would start a new directive or policy. */
function cspSafe(value: string): string {
  return value.replace(/[;,\r\n]/g, ' ');
}

function variantOf(value: unknown): StretchVariant {
  return value === 'kneeling' ? 'kneeling' : 'standing';
}

/** The SVG element alone: no XML prologue or comments before it. */
function svgMarkup(markup: string): string {
  const start = markup.indexOf('<svg');
  return start < 0 ? '' : markup.slice(start).trim();
}

function renderRoutine(routine: Routine, illustration: string, visible: boolean): string {
  const steps = routine.steps.map((step) => `<li>${esc(step)}</li>`).join('\n          ');
  return `
    <div class="variant" data-variant-block="${esc(routine.variant)}"${visible ? '' : ' hidden'}>
      <h2 class="variant-title">${esc(routine.title)}</h2>
      <div class="variant-body">
        <figure class="figure">
          <div class="art" role="img" aria-label="${esc(routine.figureLabel)}">${svgMarkup(illustration)}</div>
          <figcaption class="side-caption">
            <span class="for-left">${esc(routine.sideCaption.left)}</span>
            <span class="for-right">${esc(routine.sideCaption.right)}</span>
          </figcaption>
        </figure>
        <ol class="steps">
          ${steps}
        </ol>
      </div>
      <p class="mistakes"><strong>Common mistakes:</strong> ${esc(routine.mistakes)}</p>
    </div>`;
}

function renderStats(today: DayStats, full: boolean): string {
  const stats: Array<[string, string, string]> = [
    ['coding', 'Coding time', formatCodingTime(today.codingMs)],
    ['taken', 'Breaks taken', String(count(today.taken))],
    ['skipped', 'Skipped', String(count(today.skipped))],
    ...(full ? [['snoozed', 'Snoozed', String(count(today.snoozed))] as [string, string, string]] : []),
    ['natural', 'Natural breaks', String(count(today.natural))],
    ...(full ? [['longest', 'Longest stretch', formatCodingTime(today.longestStretchMs)] as [string, string, string]] : []),
  ];
  const items = stats.map(([key, label, value]) =>
    `<div class="stat"><dt>${esc(label)}</dt><dd data-stat="${esc(key)}">${esc(value)}</dd></div>`).join('\n      ');
  return `<dl class="stats">
      ${items}
    </dl>`;
}

function renderToday(today: DayStats): string {
  return `
  <footer class="today" aria-labelledby="today-title">
    <h2 id="today-title">Today</h2>
    ${renderStats(today, false)}
    <p class="view-nav"><button type="button" class="link" id="show-history" data-mode-target="history">Break history: the last ${HISTORY_DAYS} days</button></p>
  </footer>`;
}

function renderBreak(input: PanelHtmlInput, state: hold.HoldState, variant: StretchVariant): string {
  const routines = VARIANT_ORDER.map((v) => renderRoutine(ROUTINES[v], input.illustrations[v] ?? '', v === variant)).join('');
  const chips = VARIANT_ORDER.map((v) =>
    `<button type="button" class="chip" data-variant="${esc(v)}" aria-pressed="${v === variant}">${esc(ROUTINES[v].label)}</button>`).join('\n        ');
  const plan = `${state.holdSeconds} s per side, ${state.rounds} ${state.rounds === 1 ? 'round' : 'rounds'}, `
    + `${state.switchSeconds} s to switch sides: ${formatSpan(hold.totalMs(state))} in all.`;
  const refs = REFERENCES.map((ref) =>
    `<li><button type="button" class="link" data-ref="${esc(ref.id)}">${esc(ref.label)}</button></li>`).join('\n        ');
  const why = WHY_PARAGRAPHS.map((p) => `<p>${esc(p)}</p>`).join('\n      ');
  const snooze = count(input.snoozeMinutes ?? 5) || 5;
  return `
<main class="break">
  <header class="intro">
    <h1>Stretch break</h1>
    <p class="lede" id="due-line">${esc(dueLine(input.due, input.codingMs))}</p>
  </header>

  <section class="routine" aria-label="The stretch">
    <div class="variant-switch" role="group" aria-label="Stretch variant">
        ${chips}
    </div>
    ${routines}
    <aside class="safety" aria-label="Safety">
      <p>${esc(SAFETY_NOTE)}</p>
      <p class="disclaimer"><strong>${esc(NOT_MEDICAL_ADVICE)}</strong></p>
    </aside>
  </section>

  <section class="hold" aria-labelledby="hold-title">
    <h2 id="hold-title">Guided hold</h2>
    <p class="hint" id="hold-plan">${esc(plan)}</p>
    <div class="hold-display">
      <p class="hold-where"><span id="hold-side">Left side</span><span class="sep" aria-hidden="true"> · </span><span id="hold-round">round 1 of ${esc(state.rounds)}</span></p>
      <p class="countdown" role="timer" aria-atomic="true"><span id="hold-count">${esc(state.holdSeconds)}</span><span class="unit"> s</span></p>
      <progress id="hold-bar" max="1" value="0" aria-label="Routine done">0%</progress>
      <p class="cue" id="hold-cue" aria-live="polite" aria-atomic="true">Get into position, then press Start.</p>
    </div>
    <div class="controls">
      <button type="button" id="hold-toggle" class="primary">Start</button>
      <button type="button" id="hold-restart" class="secondary" hidden>Restart</button>
    </div>
  </section>

  <section class="actions" aria-label="Finish the break">
    <div class="buttons">
      <button type="button" id="action-done" class="primary">Done</button>
      <button type="button" id="action-snooze" class="secondary">Snooze</button>
      <button type="button" id="action-skip" class="secondary">Skip</button>
    </div>
    <p class="hint">Done records a break taken once you have held at least half the routine. Snooze asks again after <span id="snooze-minutes">${esc(snooze)}</span> more minutes of coding; closing this panel while a break is due does the same.</p>
  </section>

  <section class="why" aria-labelledby="why-title">
    <h2 id="why-title">${esc(WHY_TITLE)}</h2>
    <div class="why-text">
      ${why}
    </div>
    <h3 class="refs-title">Sources <span class="hint">(open in your browser)</span></h3>
    <ul class="refs">
        ${refs}
    </ul>
  </section>
${renderToday(input.today)}
</main>`;
}

// The history view. Today's numbers are rendered here and kept up to date by
// the page; the streak, the chart, the totals and the table are filled in by
// the page script from the extension's `history` message (until it arrives
// they are empty and marked busy: no number is shown that did not come from
// the stored history).
function renderHistory(input: PanelHtmlInput): string {
  const columns = ['Date', 'Coding time', 'Breaks taken', 'Skipped', 'Snoozed', 'Natural breaks', 'Longest stretch']
    .map((label) => `<th scope="col">${esc(label)}</th>`).join('');
  return `
<main class="history">
  <header class="intro">
    <p class="view-nav"><button type="button" class="link" id="show-break" data-mode-target="break">Back to the stretch</button></p>
    <h1>Break history</h1>
    <p class="lede">Your numbers stay on this computer: nothing is sent anywhere.</p>
  </header>

  <section class="history-today" aria-labelledby="today-title">
    <h2 id="today-title">Today</h2>
    ${renderStats(input.today, true)}
    <p class="streak" id="history-streak" aria-live="polite"></p>
  </section>

  <section class="history-days" id="history-days" aria-labelledby="days-title" aria-busy="true">
    <h2 id="days-title">Last ${HISTORY_DAYS} days</h2>
    <p class="empty" id="history-empty" hidden></p>
    <div class="chart" id="history-chart"></div>
    <p class="hint" id="history-totals"></p>
    <table class="visually-hidden" id="history-table" hidden>
      <caption>Numbers per day, oldest first</caption>
      <thead><tr>${columns}</tr></thead>
      <tbody id="history-rows"></tbody>
    </table>
  </section>
</main>`;
}

/** The whole page. */
export function renderPanelHtml(input: PanelHtmlInput): string {
  const mode: PanelMode = input.mode === 'history' ? 'history' : 'break';
  const variant = variantOf(input.variant);
  const state = hold.createHold({ holdSeconds: input.holdSeconds, rounds: input.rounds });
  const nonce = String(input.nonce).replace(/[^A-Za-z0-9+/=_-]/g, '');
  const csp = `default-src 'none'; img-src ${cspSafe(input.cspSource)}; style-src ${cspSafe(input.cspSource)}; script-src 'nonce-${nonce}';`;
  const title = mode === 'history' ? 'Break history' : 'Stretch break';
  const body = mode === 'history' ? renderHistory(input) : renderBreak(input, state, variant);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${esc(input.styleUri)}">
<title>${esc(title)}</title>
</head>
<body data-mode="${esc(mode)}" data-variant="${esc(variant)}" data-side="left" data-phase="ready" data-due="${esc(Boolean(input.due))}"
  data-hold-seconds="${esc(state.holdSeconds)}" data-rounds="${esc(state.rounds)}" data-switch-seconds="${esc(state.switchSeconds)}">
${body}
<script nonce="${esc(nonce)}" src="${esc(input.scriptUri)}"></script>
</body>
</html>
`;
}
