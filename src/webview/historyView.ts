// The history view's chart geometry and sentences, computed from the history
// data alone. Pure (no DOM, no vscode): the page script turns the layout into
// SVG elements, and the tests can check it anywhere.
//
// The chart is two small panels over one row of dates: breaks taken per day
// (bars with their number on top), and coding time per day (bars against one
// reference line at a whole number of hours). Each panel has its own scale;
// nothing is stacked, so each bar reads on its own.
//
// Every word comes from the content message's words (the page has none of
// its own); dates, numbers and plurals follow the display language.

import { DAY_FIELDS } from '../core/days/dayStats';
import type { HistoryDay, HistorySummary } from '../core/days/history';
import { dateParts, formatDate } from '../core/format/dates';
import { formatCodingTime, wholeCount } from '../core/format/durations';
import { formatNumber, plural } from '../core/format/intl';
import { fillPlaceholders } from '../core/l10n';
import type { PanelWords } from '../core/protocol/hostMessages';
import { HOUR, MINUTE } from '../core/time';


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
  /** Narrower columns get short weekdays (two letters, or as many as tell the days apart); wider ones say "Today" under today, where the word fits. */
  shortWeekdayBelow: 30,
  todayWordFrom: 40,
  /** The width taken for a character of the weekday row (11 px type, bold under today), and for a wide (CJK) one. */
  labelCharWidth: 7,
  labelWideCharWidth: 12,
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
  /** "Mon" (or "Mo" in narrow columns); "Today" under today where the word fits its column. */
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
export function chartLayout(series: readonly HistoryDay[], words: PanelWords, width: number = CHART.width): ChartLayout {
  const n = Math.max(1, series.length);
  const chartWidth = Number.isFinite(width) ? Math.round(Math.min(CHART.maxWidth, Math.max(CHART.minWidth, width))) : CHART.width;
  const columnWidth = (chartWidth - 2 * CHART.padX) / n;
  const barWidth = Math.min(CHART.maxBarWidth, columnWidth * 0.6);
  const takenScale = Math.max(CHART.minTakenScale, ...series.map((d) => wholeCount(d.stats.taken)));
  const longest = Math.max(0, ...series.map((d) => (Number.isFinite(d.stats.codingMs) ? d.stats.codingMs : 0)));
  const codingScaleMs = Math.max(1, Math.ceil(longest / HOUR)) * HOUR;
  const takenRange = CHART.takenBaseline - CHART.takenTop;
  const codingRange = CHART.codingBaseline - CHART.codingTop;
  const letters = columnWidth < CHART.shortWeekdayBelow ? weekdayLetters() : 0;
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
      : isToday && columnWidth >= CHART.todayWordFrom && labelWidth(words.text.today) <= columnWidth ? words.text.today
        : letters > 0 ? shortWeekday(parts.weekday, letters) : parts.weekday;
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
      day: parts ? formatNumber(parts.day) : d.date,
      month: parts && (i === 0 || parts.day === 1) ? parts.month : null,
      title: plural(taken, words.plural.dayTitle, formatDate(d.date), formatCodingTime(codingMs)),
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

/**
 * About how wide a label of the weekday row is drawn, in px: a word wider
 * than its column would be cut off at the chart's edge or run into the
 * next label (French "Aujourd'hui"), so today's column keeps its weekday.
 */
function labelWidth(text: string): number {
  return Array.from(text).reduce((width, char) => width + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(char) ? CHART.labelWideCharWidth : CHART.labelCharWidth), 0);
}

/** A weekday's name in its first `letters` letters (or characters) for a narrow column: "Mo", "Di", "seg", "日". */
function shortWeekday(name: string, letters: number): string {
  return Array.from(name.replace(/\.$/, '')).slice(0, letters).join('');
}

/** Seven days in a row, one of each weekday. */
const WEEK = ['2026-03-29', '2026-03-30', '2026-03-31', '2026-04-01', '2026-04-02', '2026-04-03', '2026-04-04'];

/**
 * How many letters the display language's short weekdays need to tell the
 * seven days apart: two where that is enough ("Mo", "Di"), more where two
 * collide (Portuguese "seg" and "sex", "qua" and "qui").
 */
function weekdayLetters(): number {
  const names = WEEK.map((key) => dateParts(key)?.weekday ?? '');
  const longest = Math.max(2, ...names.map((name) => Array.from(name).length));
  for (let letters = 2; letters < longest; letters++) {
    if (new Set(names.map((name) => shortWeekday(name, letters))).size === WEEK.length) {
      return letters;
    }
  }
  return longest;
}

/** The chart's accessible name: what it shows and its main figures. */
export function chartLabel(summary: HistorySummary, words: PanelWords): string {
  const w = words.text;
  const { series, totals } = summary;
  const first = series[0];
  const last = series[series.length - 1];
  let most = series[0];
  for (const day of series) {
    if (wholeCount(day.stats.taken) > wholeCount(most.stats.taken)) {
      most = day;
    }
  }
  const taken = formatNumber(wholeCount(totals.taken));
  return [
    plural(series.length, words.plural.chartRange, formatDate(first.date), formatDate(last.date)),
    wholeCount(most.stats.taken) > 0
      ? fillPlaceholders(w.chartTakenPeak, [taken, formatDate(most.date), formatNumber(wholeCount(most.stats.taken))])
      : fillPlaceholders(w.chartTaken, [taken]),
    fillPlaceholders(w.chartCoding, [formatCodingTime(totals.codingMs)]),
    w.chartTable,
  ].reduce((text, next) => fillPlaceholders(w.sentences, [text, next]));
}

/** The current streak in words. */
export function streakText(summary: HistorySummary, words: PanelWords): string {
  const { streak, today } = summary;
  const takenToday = wholeCount(today.stats.taken) > 0;
  if (streak <= 0) {
    return words.text.streakNone;
  }
  return plural(wholeCount(streak), takenToday ? words.plural.streakToday : words.plural.streakYesterday);
}

/** The totals of the series in words. */
export function totalsText(summary: HistorySummary, words: PanelWords): string {
  const t = summary.totals;
  const p = words.plural;
  const count = (value: number) => formatNumber(wholeCount(value));
  const totals = fillPlaceholders(words.text.totals, [
    plural(summary.series.length, p.days),
    formatCodingTime(t.codingMs),
    plural(wholeCount(t.taken), p.breaks),
    count(t.skipped),
    count(t.snoozed),
    plural(wholeCount(t.natural), p.naturalBreaks),
    formatCodingTime(t.longestStretchMs),
  ]);
  const also = [
    ...(wholeCount(t.offered) > 0 ? [fillPlaceholders(words.text.offeredTotals, [plural(wholeCount(t.offered), p.breaks), count(t.offeredTaken)])] : []),
    ...(t.outsideMs >= MINUTE ? [fillPlaceholders(words.text.outsideTotals, [formatCodingTime(t.outsideMs)])] : []),
  ];
  return also.reduce((text, sentence) => fillPlaceholders(words.text.sentences, [text, sentence]), totals);
}

/** What the view says instead of the chart when the series holds no numbers. */
export function emptyText(summary: HistorySummary, words: PanelWords): string {
  return summary.recordedDays === 0 ? words.text.emptyNone : plural(summary.series.length, words.plural.emptyRecent);
}
