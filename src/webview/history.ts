// DOM code: the history view of the panel, drawn from the extension's
// `history` message (already validated by parseHostMessage). The chart is SVG
// built here with createElementNS from the layout of historyView.ts:
// no markup strings, so no value is ever parsed as HTML. Colours come from
// classes in panel.css (theme variables only); the SVG carries geometry only.

import { fillPlaceholders } from '../core/l10n';
import type { HistoryMessage, PanelWords } from '../core/protocol/hostMessages';
import { DAY_STATS } from '../core/days/dayStats';
import { formatDate } from '../core/format/dates';
import { formatDayStat } from '../core/format/durations';
import { CHART, chartLabel, chartLayout, emptyText, hasData, streakText, totalsText, type ChartLayout } from './historyView';
import { page, setText } from './page';

const SVG_NS = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) {
    node.setAttribute(name, String(value));
  }
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

function drawChart(layout: ChartLayout, label: string, words: PanelWords): SVGSVGElement {
  const root = svg('svg', {
    class: 'history-chart',
    width: layout.width,
    height: layout.height,
    viewBox: `0 0 ${layout.width} ${layout.height}`,
    role: 'img',
    'aria-label': label,
    preserveAspectRatio: 'xMinYMin meet',
  });
  const c = layout.columns;
  const left = CHART.padX;
  const right = layout.width - CHART.padX;
  const today = c[c.length - 1];
  if (today) {
    root.append(svg('rect', { class: 'today-band', x: today.x, y: 0, width: today.columnWidth, height: layout.height, rx: 3 }));
  }

  // One bar of a day, with the day's numbers as a tooltip; the baseline of a series.
  const bar = (col: (typeof c)[number], series: string, y: number, height: number, data: Record<string, string | number>) => {
    const rect = svg('rect', { class: `bar bar-${series}`, x: col.barX, y, width: col.barWidth, height, rx: 2, 'data-date': col.date, ...data });
    rect.append(svg('title', {}, col.title));
    return rect;
  };
  const axis = (baseline: number) => svg('line', { class: 'axis', x1: left, x2: right, y1: baseline + 0.5, y2: baseline + 0.5 });

  // Breaks taken.
  const taken = svg('g', { class: 'series series-taken', 'aria-hidden': 'true' });
  taken.append(svg('text', { class: 'panel-title', x: left, y: CHART.takenTitleY }, words.stats.taken));
  for (const col of c) {
    taken.append(bar(col, 'taken', col.takenY, col.takenHeight, { 'data-taken': col.taken }));
    if (col.taken > 0 || col.codingMs > 0) {
      // A day with coding and no break says 0; a day with nothing recorded says nothing.
      const cls = col.taken > 0 ? 'value' : 'value zero';
      taken.append(svg('text', { class: cls, x: col.center, y: col.takenY - 5, 'text-anchor': 'middle' }, String(col.taken)));
    }
  }
  taken.append(axis(CHART.takenBaseline));

  // Coding time, against one reference line at a whole number of hours.
  const coding = svg('g', { class: 'series series-coding', 'aria-hidden': 'true' });
  coding.append(svg('text', { class: 'panel-title', x: left, y: CHART.codingTitleY }, words.stats.codingMs));
  coding.append(svg('line', { class: 'grid', x1: left, x2: right, y1: CHART.codingTop - 0.5, y2: CHART.codingTop - 0.5 }));
  coding.append(svg('text', { class: 'scale', x: right, y: CHART.codingTop - 5, 'text-anchor': 'end' }, layout.codingScaleLabel));
  for (const col of c) {
    coding.append(bar(col, 'coding', col.codingY, col.codingHeight, { 'data-coding-ms': col.codingMs }));
  }
  coding.append(axis(CHART.codingBaseline));

  // Dates.
  const dates = svg('g', { class: 'dates', 'aria-hidden': 'true' });
  for (const col of c) {
    const cls = col.today ? ' today' : '';
    dates.append(svg('text', { class: `weekday${cls}`, x: col.center, y: CHART.weekdayY, 'text-anchor': 'middle' }, col.weekday));
    dates.append(svg('text', { class: `day${cls}`, x: col.center, y: CHART.dayY, 'text-anchor': 'middle' }, col.day));
    if (col.month) {
      dates.append(svg('text', { class: 'month', x: col.center, y: CHART.monthY, 'text-anchor': 'middle' }, col.month));
    }
  }
  root.append(taken, coding, dates);
  return root;
}

function fillTable(rows: HTMLElement, message: HistoryMessage, words: PanelWords): void {
  const lines = message.series.map((day) => {
    const tr = document.createElement('tr');
    tr.dataset.date = day.date;
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = day.date === message.today.date ? fillPlaceholders(words.text.todayMark, [formatDate(day.date)]) : formatDate(day.date);
    tr.append(th);
    for (const stat of DAY_STATS) {
      const td = document.createElement('td');
      td.dataset.col = stat.field;
      td.textContent = formatDayStat(stat, day.stats[stat.field]);
      tr.append(td);
    }
    return tr;
  });
  rows.replaceChildren(...lines);
}

/** The last history drawn, to draw again at a new width (and not again for the same data). */
let shown: HistoryMessage | null = null;
let shownJson = '';
let drawnWidth = 0;
let observer: ResizeObserver | null = null;

/** The width to draw the chart at: its container's. */
function chartWidth(chart: HTMLElement): number {
  return chart.clientWidth || CHART.width;
}

function redrawOnResize(chart: HTMLElement): void {
  if (observer || typeof ResizeObserver === 'undefined') {
    return;
  }
  let pending = false;
  observer = new ResizeObserver(() => {
    if (pending) {
      return;
    }
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      if (shown && !chart.hidden && Math.abs(chartWidth(chart) - drawnWidth) >= 1) {
        draw(shown);
      }
    });
  });
  observer.observe(chart);
}

/** Draws (or redraws) the history view. Does nothing outside the history view, or when nothing changed. */
export function applyHistory(message: HistoryMessage): void {
  const json = JSON.stringify(message);
  if (json === shownJson) {
    return;
  }
  if (draw(message)) {
    shownJson = json;
  }
}

function draw(message: HistoryMessage): boolean {
  const section = document.getElementById('history-days');
  const chart = document.getElementById('history-chart');
  const table = document.getElementById('history-table');
  const rows = document.getElementById('history-rows');
  const empty = document.getElementById('history-empty');
  const totals = document.getElementById('history-totals');
  const streak = document.getElementById('history-streak');
  const words = page.content?.words;
  if (!section || !chart || !table || !rows || !empty || !totals || !streak || !words) {
    return false;
  }
  setText(streak, streakText(message, words)); // only on a change: the streak line is a live region
  streak.dataset.streak = String(message.streak);

  const any = hasData(message.series);
  empty.hidden = any;
  setText(empty, any ? '' : emptyText(message, words));
  chart.hidden = !any;
  table.hidden = !any;
  totals.hidden = !any;
  shown = message;
  if (any) {
    drawnWidth = chartWidth(chart);
    chart.replaceChildren(drawChart(chartLayout(message.series, words, drawnWidth), chartLabel(message, words), words));
    redrawOnResize(chart);
    fillTable(rows, message, words);
    setText(totals, totalsText(message, words));
  } else {
    chart.replaceChildren();
    rows.replaceChildren();
    totals.textContent = '';
  }
  section.setAttribute('aria-busy', 'false');
  document.body.dataset.history = any ? 'shown' : 'empty';
  return true;
}
