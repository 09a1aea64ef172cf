// The history view's chart geometry and sentences, computed from the history
// data alone. Pure (no DOM, no vscode): the page script turns the layout into
// SVG elements, and the tests can check it anywhere.
//
// The chart is two small panels over one row of dates: breaks taken per day
// (bars with their number on top), and coding time per day (bars against one
// reference line at a whole number of hours). Each panel has its own scale;
// nothing is stacked, so each bar reads on its own.

import { DAY_FIELDS } from '../core/dayStats';
import type { HistoryDay, HistorySummary } from '../core/history';
import { dateParts, formatCodingTime, formatDate, wholeCount } from '../core/format';

const HOUR_MS = 3_600_000;

/** Geometry of the chart, in px (the page draws it at the width of its container, so text keeps its size). */
export const CHART = {
  /** Default width, and the range the page may ask for. */
  width: 480,
  minWidth: 260,
  maxWidth: 640,
  height: 258,
  padX: 4,
  /** Baseline of the panel titles. */
  takenTitleY: 14,
  /** Tallest bar top of the breaks panel (the numbers sit above it). */
  takenTop: 36,
  takenBaseline: 108,
  codingTitleY: 134,
  codingTop: 146,
  codingBaseline: 204,
  weekdayY: 222,
  dayY: 237,
  monthY: 252,
  maxBarWidth: 20,
  /** Breaks scale: at least this many, so one break is not a full-height bar. */
  minTakenScale: 4,
  /** Narrower columns get two-letter weekdays; wider ones say "Today" under today. */
  shortWeekdayBelow: 30,
  todayWordFrom: 40,
} as const;

export interface ChartColumn {
  date: string;
  taken: number;
  codingMs: number;
  today: boolean;
  /** Left edge and width of the column (for today's band). */
  x: number;
  columnWidth: number;
  /** Centre of the column (for the labels). */
  center: number;
  barX: number;
  barWidth: number;
  takenY: number;
  takenHeight: number;
  codingY: number;
  codingHeight: number;
  /** "Mon" (or "Mo" in narrow columns); "Today" under today where it fits. */
  weekday: string;
  day: string;
  /** The month under the first column and under the first of a month; null elsewhere. */
  month: string | null;
  /** "Mon 17 Nov: 3 breaks taken, 2 h 5 min of coding". */
  title: string;
}

export interface ChartLayout {
  width: number;
  height: number;
  columns: ChartColumn[];
  /** Breaks per full-height bar. */
  takenScale: number;
  /** Coding time (ms) of a full-height bar: a whole number of hours. */
  codingScaleMs: number;
  /** The reference line's label, e.g. "3 h". */
  codingScaleLabel: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Whether the series holds any number at all (otherwise the view says there is nothing yet). */
export function hasData(series: readonly HistoryDay[]): boolean {
  return series.some(({ stats }) => DAY_FIELDS.some((field) => stats[field] > 0));
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * The chart's geometry for a series (oldest first; the last day is today), at
 * `width` px (kept within CHART.minWidth..maxWidth).
 */
export function chartLayout(series: readonly HistoryDay[], width: number = CHART.width): ChartLayout {
  const n = Math.max(1, series.length);
  const chartWidth = Number.isFinite(width) ? Math.round(Math.min(CHART.maxWidth, Math.max(CHART.minWidth, width))) : CHART.width;
  const columnWidth = (chartWidth - 2 * CHART.padX) / n;
  const barWidth = Math.min(CHART.maxBarWidth, columnWidth * 0.6);
  const takenScale = Math.max(CHART.minTakenScale, ...series.map((d) => wholeCount(d.stats.taken)));
  const longest = Math.max(0, ...series.map((d) => (Number.isFinite(d.stats.codingMs) ? d.stats.codingMs : 0)));
  const codingScaleMs = Math.max(1, Math.ceil(longest / HOUR_MS)) * HOUR_MS;
  const takenRange = CHART.takenBaseline - CHART.takenTop;
  const codingRange = CHART.codingBaseline - CHART.codingTop;
  const columns = series.map((d, i): ChartColumn => {
    const taken = wholeCount(d.stats.taken);
    const codingMs = Number.isFinite(d.stats.codingMs) ? Math.max(0, d.stats.codingMs) : 0;
    const x = CHART.padX + i * columnWidth;
    const center = x + columnWidth / 2;
    const takenHeight = (takenRange * taken) / takenScale;
    const codingHeight = (codingRange * codingMs) / codingScaleMs;
    const parts = dateParts(d.date);
    const isToday = i === series.length - 1;
    const weekday = !parts ? ''
      : isToday && columnWidth >= CHART.todayWordFrom ? 'Today'
        : columnWidth < CHART.shortWeekdayBelow ? parts.weekday.slice(0, 2) : parts.weekday;
    return {
      date: d.date,
      taken,
      codingMs,
      today: isToday,
      x: round(x),
      columnWidth: round(columnWidth),
      center: round(center),
      barX: round(center - barWidth / 2),
      barWidth: round(barWidth),
      takenY: round(CHART.takenBaseline - takenHeight),
      takenHeight: round(takenHeight),
      codingY: round(CHART.codingBaseline - codingHeight),
      codingHeight: round(codingHeight),
      weekday,
      day: parts ? String(parts.day) : d.date,
      month: parts && (i === 0 || parts.day === 1) ? parts.month : null,
      title: `${formatDate(d.date)}: ${plural(taken, 'break', 'breaks')} taken, ${formatCodingTime(codingMs)} of coding`,
    };
  });
  return {
    width: chartWidth,
    height: CHART.height,
    columns,
    takenScale,
    codingScaleMs,
    codingScaleLabel: formatCodingTime(codingScaleMs),
  };
}

/** The chart's accessible name: what it shows and its main figures. */
export function chartLabel(summary: HistorySummary): string {
  const { series, totals } = summary;
  const first = series[0];
  const last = series[series.length - 1];
  let most = series[0];
  for (const day of series) {
    if (wholeCount(day.stats.taken) > wholeCount(most.stats.taken)) {
      most = day;
    }
  }
  const peak = wholeCount(most.stats.taken) > 0 ? `, most on ${formatDate(most.date)} (${wholeCount(most.stats.taken)})` : '';
  return `Chart of the last ${plural(series.length, 'day', 'days')}, ${formatDate(first.date)} to ${formatDate(last.date)}. `
    + `Breaks taken: ${wholeCount(totals.taken)} in all${peak}. Coding time: ${formatCodingTime(totals.codingMs)} in all. `
    + 'The table that follows has the numbers of each day.';
}

/** The current streak in words. */
export function streakText(summary: HistorySummary): string {
  const { streak, today } = summary;
  const takenToday = wholeCount(today.stats.taken) > 0;
  if (streak <= 0) {
    return 'No streak yet: a day counts once you take at least one break in it.';
  }
  const days = streak === 1 ? '1 day' : `${wholeCount(streak)} days in a row`;
  return takenToday
    ? `Current streak: ${days} with at least one break taken, today included.`
    : `Current streak: ${days} with at least one break taken, up to yesterday. A break today keeps it going.`;
}

/** The totals of the series in words. */
export function totalsText(summary: HistorySummary): string {
  const t = summary.totals;
  return `Last ${plural(summary.series.length, 'day', 'days')}: ${formatCodingTime(t.codingMs)} of coding, `
    + `${plural(wholeCount(t.taken), 'break', 'breaks')} taken, ${wholeCount(t.skipped)} skipped, ${wholeCount(t.snoozed)} snoozed, `
    + `${plural(wholeCount(t.natural), 'natural break', 'natural breaks')}; longest stretch ${formatCodingTime(t.longestStretchMs)}.`
    + (wholeCount(t.offered) > 0
      ? ` ${plural(wholeCount(t.offered), 'break', 'breaks')} offered at a good moment, ${wholeCount(t.offeredTaken)} of them taken.`
      : '');
}

/** What the view says instead of the chart when the series holds no numbers. */
export function emptyText(summary: HistorySummary): string {
  return summary.recordedDays === 0
    ? 'No history yet. Coding time and breaks are recorded on this computer as you work; they show here from your first day with Posture Breaks.'
    : `Nothing recorded in the last ${plural(summary.series.length, 'day', 'days')}.`;
}
