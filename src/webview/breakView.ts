// The panel's views as markup, rendered by the page (the only renderer) from
// the data the extension sent: the content message (catalogue, references,
// figures, texts), the plan built from it, and the state message. Pure: no
// DOM and no vscode, so it is unit-tested in plain Node.
//
// Every value is escaped; the only markup taken as is is the figures' SVG,
// read by the extension from its own media/ folder. No inline styles or event
// handlers: the page's script wires the buttons by id and data attributes.
// Every word comes from the content message (the page has none of its own).

import escapeHtml from 'escape-html';
import { fill, hasWalk, type BreakPlan, type PlanPart } from '../core/break/plan';
import type { ContentMessage, PanelWords } from '../core/protocol/hostMessages';
import { DAY_STATS, type DayStats } from '../core/days/dayStats';
import { HISTORY_DAYS } from '../core/days/history';
import type { Reference } from '../core/break/shapes';
import { formatCodingTime, formatDayStat, formatSpan } from '../core/format/durations';
import { formatNumber, formatPercent, plural, pluralForm } from '../core/format/intl';
import { fillPlaceholders } from '../core/l10n';
import { settingNumber } from '../core/limits';
import { MINUTE } from '../core/time';

const esc = (value: unknown): string => escapeHtml(String(value));

/** The SVG element alone: no XML prologue or comments before it. */
function svgMarkup(markup: string | undefined): string {
  const start = (markup ?? '').indexOf('<svg');
  return start < 0 ? '' : (markup as string).slice(start).trim();
}

function referenceItem(reference: Reference): string {
  const label = reference.url
    ? `<button type="button" class="link" data-ref="${esc(reference.id)}">${esc(reference.label)}</button>`
    : `<span class="ref-label">${esc(reference.label)}</span>`;
  return `<li data-ref-id="${esc(reference.id)}">${label}<br><span class="citation">${esc(reference.citation)}</span></li>`;
}

function referencesOf(content: ContentMessage, ids: readonly string[]): Reference[] {
  return ids.map((id) => content.references.find((reference) => reference.id === id)).filter((r): r is Reference => r !== undefined);
}

/** "Full break: 4 min 26 s, in 3 parts." Computed from the plan, never typed in. */
function planLine(plan: BreakPlan, words: PanelWords): string {
  return plural(plan.parts.length, words.plural.planLine, words.lengths[plan.options.length], formatSpan(plan.totalMs));
}

/** The stretch's time as the panel states it: at the desk, and of it outside VS Code (0 when that is not counted). */
export interface StretchTime {
  stretchMs: number;
  outsideMs: number;
}

/** The first line of the panel: whether a break is due (and why now, if it was offered at a good moment), for how long the person has sat, and how long this break takes. */
export function dueLine(words: PanelWords, due: boolean, time: StretchTime | undefined, plan: BreakPlan, reason: string | null = null): string {
  const w = words.text;
  const length = formatSpan(plan.totalMs);
  if (!due) {
    return fillPlaceholders(w.notDue, [length]);
  }
  const elsewhere = time !== undefined && Number.isFinite(time.outsideMs) && time.outsideMs >= MINUTE;
  if (reason) {
    return time === undefined ? fillPlaceholders(w.offeredNow, [reason, length])
      : elsewhere ? fillPlaceholders(w.offeredSitting, [reason, formatCodingTime(time.stretchMs), formatCodingTime(time.outsideMs), length])
        : fillPlaceholders(w.offeredCoded, [reason, formatCodingTime(time.stretchMs), length]);
  }
  return time === undefined ? fillPlaceholders(w.dueNow, [length])
    : elsewhere ? fillPlaceholders(w.dueSitting, [formatCodingTime(time.stretchMs), formatCodingTime(time.outsideMs), length])
      : fillPlaceholders(w.dueCoded, [formatCodingTime(time.stretchMs), length]);
}

/** A sentence with one piece of markup where its {0} is: the rest escaped. */
function withMarkup(template: string, markup: string): string {
  const [before, ...after] = template.split('{0}');
  return after.length === 0 ? esc(template) : `${esc(before)}${markup}${esc(after.join('{0}'))}`;
}

/** The hint under Done, Snooze and Skip, with the snooze minutes in their own element (the page updates them). */
export function snoozeHint(words: PanelWords, snoozeMinutes: number): string {
  const minutes = settingNumber('snoozeMinutes', snoozeMinutes);
  return withMarkup(pluralForm(minutes, words.plural.snoozeHint), `<span id="snooze-minutes">${esc(formatNumber(minutes))}</span>`);
}

/** The snooze minutes as the hint states them. */
export function snoozeMinutesText(snoozeMinutes: number): string {
  return formatNumber(settingNumber('snoozeMinutes', snoozeMinutes));
}

function partArticle(content: ContentMessage, part: PlanPart, index: number): string {
  const exercise = part.exercise;
  const w = content.words.text;
  const steps = exercise.steps.map((step) => `<li>${esc(fill(step, part.values))}</li>`).join('\n          ');
  const caption = exercise.sideCaption
    ? `<figcaption class="side-caption"><span class="for-left">${esc(exercise.sideCaption.left)}</span><span class="for-right">${esc(exercise.sideCaption.right)}</span></figcaption>`
    : '';
  const sources = referencesOf(content, exercise.references).map((reference) => reference.url
    ? `<button type="button" class="link" data-ref="${esc(reference.id)}">${esc(reference.label)}</button>`
    : esc(reference.label)).join(' ');
  const side = exercise.sided ? ' data-side="left"' : '';
  return `
    <article class="exercise" data-part="${index}" data-exercise="${esc(exercise.id)}" data-kind="${esc(exercise.kind)}" aria-labelledby="part-title-${index}">
      <h2 id="part-title-${index}"><span class="part-number">${esc(fillPlaceholders(w.partNumber, [formatNumber(index + 1)]))}</span> ${esc(exercise.title)} <span class="part-time hint">${esc(formatSpan(part.ms))}</span></h2>
      <div class="exercise-body">
        <figure class="figure">
          <div class="art" role="img" aria-label="${esc(exercise.figure.label)}"${side}>${svgMarkup(content.figures[exercise.figure.file])}</div>
          ${caption}
        </figure>
        <ol class="steps">
          ${steps}
        </ol>
      </div>
      <p class="mistakes"><strong>${esc(w.commonMistakes)}</strong> ${esc(exercise.mistakes)}</p>
      ${sources ? `<p class="sources hint">${esc(w.whyThis)} ${sources}</p>` : ''}
    </article>`;
}

export interface BreakViewInput {
  content: ContentMessage;
  plan: BreakPlan;
  sound: boolean;
  snoozeMinutes: number;
  today: DayStats;
  due: boolean;
  /** The stretch's time at the desk, and of it outside VS Code. */
  time: StretchTime;
  /** Why the break is due now, when it was offered at a good moment; else null. */
  reason?: string | null;
}

/** The break view: where you are, the guide, each part, safety, actions, the explanation, today. */
export function renderBreakView(input: BreakViewInput): string {
  const { content, plan } = input;
  const stretches = content.exercises.filter((exercise) => exercise.kind === 'stretch');
  const chips = stretches.map((exercise) =>
    `<button type="button" class="chip" data-variant="${esc(exercise.id)}" aria-pressed="${exercise.id === plan.options.variant}">${esc(exercise.label)}</button>`).join('\n      ');
  const partsList = plan.parts.map((part, i) =>
    `<li data-part="${i}" data-state="${i === 0 ? 'current' : 'next'}"${i === 0 ? ' aria-current="step"' : ''}>${esc(part.exercise.title)} <span class="part-time">${esc(formatSpan(part.ms))}</span></li>`).join('\n      ');
  const articles = plan.parts.map((part, i) => partArticle(content, part, i)).join('');
  // What to have ready before Start (the cushion for the kneeling stretch): shown until the break starts.
  const beforeStart = plan.parts.flatMap((part) => (part.exercise.beforeStart ? [`<p class="before-start">${esc(part.exercise.beforeStart)}</p>`] : [])).join('');
  const texts = content.texts;
  const words = content.words;
  const w = words.text;
  const paragraphs = [...texts.why.paragraphs, hasWalk(plan) ? texts.why.lastWithWalk : texts.why.lastWithoutWalk];
  const why = paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n      ');
  const refs = referencesOf(content, texts.why.references).map(referenceItem).join('\n      ');
  return `
<main class="break">
  <header class="intro">
    <h1>${esc(w.stretchBreak)}</h1>
    <p class="lede" id="due-line">${esc(dueLine(words, input.due, input.time, plan, input.reason ?? null))}</p>
  </header>

  <section class="guide" aria-labelledby="guide-title">
    <h2 id="guide-title" class="visually-hidden">${esc(w.guide)}</h2>
    <ol class="parts" id="parts" aria-label="${esc(w.partsList)}">
      ${partsList}
    </ol>
    <p class="hint" id="plan-line">${esc(planLine(plan, words))}</p>
    ${stretches.length > 1 ? `<div class="variant-switch" role="group" aria-label="${esc(w.whichStretch)}">
      ${chips}
    </div>` : ''}
    <div class="guide-display">
      <p class="guide-where"><span id="guide-part"></span><span class="sep" aria-hidden="true"> · </span><span id="guide-step"></span></p>
      <div class="guide-now">
        <p class="countdown" role="timer" aria-live="off" aria-atomic="true"><span id="countdown">${esc(formatSpan(plan.totalMs))}</span></p>
        <div class="art guide-figure" id="guide-figure" aria-hidden="true"></div>
      </div>
      <progress id="break-bar" max="1" value="0" aria-label="${esc(w.breakDone)}">${esc(formatPercent(0))}</progress>
      <p class="cue" id="cue" aria-live="polite" aria-atomic="true">${esc(w.startHint)}</p>
    </div>
    ${beforeStart}
    <div class="controls">
      <button type="button" id="run-toggle" class="primary">${esc(w.start)}</button>
      <button type="button" id="run-skip" class="secondary">${esc(w.skipPart)}</button>
      <button type="button" id="run-restart" class="secondary" hidden>${esc(w.restart)}</button>
      <button type="button" id="sound-toggle" class="secondary" aria-pressed="${input.sound}">${esc(input.sound ? w.soundOn : w.soundOff)}</button>
    </div>
  </section>
${articles}

  <aside class="safety" aria-label="${esc(w.safety)}">
    <p>${esc(texts.safety)}</p>
    <p class="disclaimer"><strong>${esc(texts.notMedicalAdvice)}</strong></p>
  </aside>

  <section class="actions" aria-label="${esc(w.finish)}">
    <div class="buttons">
      <button type="button" id="action-done" class="primary">${esc(w.done)}</button>
      <button type="button" id="action-snooze" class="secondary">${esc(w.snooze)}</button>
      <button type="button" id="action-skip" class="secondary">${esc(w.skip)}</button>
    </div>
    <p class="hint">${snoozeHint(words, input.snoozeMinutes)}</p>
  </section>

  <section class="why" aria-labelledby="why-title">
    <h2 id="why-title">${esc(texts.whyTitle)}</h2>
    <div class="why-text">
      ${why}
    </div>
    <h3 class="refs-title">${esc(w.sources)} <span class="hint">${esc(w.linksOpen)}</span></h3>
    <ul class="refs">
      ${refs}
    </ul>
  </section>
${renderToday(input.today, words, texts.walkthrough)}
</main>`;
}

/** Today's numbers: all of them, or the summary the break view ends with. */
function renderStats(today: DayStats, words: PanelWords, full: boolean): string {
  const items = DAY_STATS.filter((stat) => full || stat.summary).map((stat) =>
    `<div class="stat"><dt>${esc(words.stats[stat.field])}</dt><dd data-stat="${esc(stat.field)}">${esc(formatDayStat(stat, today[stat.field]))}</dd></div>`).join('\n      ');
  return `<dl class="stats">
      ${items}
    </dl>`;
}

function renderToday(today: DayStats, words: PanelWords, walkthrough: string): string {
  return `
  <footer class="today" aria-labelledby="today-title">
    <h2 id="today-title">${esc(words.text.today)}</h2>
    ${renderStats(today, words, false)}
    <p class="view-nav"><button type="button" class="link" id="show-history" data-mode-target="history">${esc(fillPlaceholders(words.text.historyLink, [formatNumber(HISTORY_DAYS)]))}</button></p>
    <p class="view-nav"><button type="button" class="link" id="show-walkthrough">${esc(walkthrough)}</button></p>
  </footer>`;
}

// The history view. Today's numbers are rendered here and kept up to date by
// the page; the streak, the chart, the totals and the table are filled in by
// the page script from the extension's `history` message (until it arrives
// they are empty and marked busy: no number is shown that did not come from
// the stored history).
export function renderHistoryView(today: DayStats, words: PanelWords): string {
  const w = words.text;
  const columns = [w.date, ...DAY_STATS.map((stat) => words.stats[stat.field])].map((label) => `<th scope="col">${esc(label)}</th>`).join('');
  return `
<main class="history">
  <header class="intro">
    <p class="view-nav"><button type="button" class="link" id="show-break" data-mode-target="break">${esc(w.backToBreak)}</button></p>
    <h1>${esc(w.breakHistory)}</h1>
    <p class="lede">${esc(w.local)}</p>
  </header>

  <section class="history-today" aria-labelledby="today-title">
    <h2 id="today-title">${esc(w.today)}</h2>
    ${renderStats(today, words, true)}
    <p class="streak" id="history-streak" aria-live="polite"></p>
  </section>

  <section class="history-days" id="history-days" aria-labelledby="days-title" aria-busy="true">
    <h2 id="days-title">${esc(fillPlaceholders(w.lastDays, [formatNumber(HISTORY_DAYS)]))}</h2>
    <p class="empty" id="history-empty" hidden></p>
    <div class="chart" id="history-chart"></div>
    <p class="hint" id="history-totals"></p>
    <table class="visually-hidden" id="history-table" hidden>
      <caption>${esc(w.tableCaption)}</caption>
      <thead><tr>${columns}</tr></thead>
      <tbody id="history-rows"></tbody>
    </table>
  </section>
</main>`;
}
