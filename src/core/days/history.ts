// Break history for the panel's history view: the last days as a series, the
// current streak, and totals. Pure: the day records and the time come in, the
// local day of a time comes from an injectable function (the machine's time
// zone by default, as in the clock).
//
// Only "today" depends on the time zone. The days before it are found by
// calendar arithmetic on the date (see calendar.ts), never by stepping back 24
// hours at a time, so a daylight-saving change or a time-zone change cannot
// skip or repeat a day.
import { addDays, isDayKey } from './calendar';
import { localDayKey, MAX_DAYS } from './dayLedger';
import { copyDay, emptyDay, totalOf, type DayStats } from './dayStats';

/** Days the history view shows. */
export const HISTORY_DAYS = 14;

/** One calendar day of the history. */
export interface HistoryDay {
  /** Local day, 'YYYY-MM-DD'. */
  date: string;
  stats: DayStats;
}

/** What the history view needs. */
export interface HistorySummary {
  /** The last HISTORY_DAYS local days, oldest first; the last one is today. A day without a record is all zeros. */
  series: readonly HistoryDay[];
  /** Today's numbers (the same as the last day of the series). */
  today: HistoryDay;
  /** Consecutive days with at least one break taken, ending today or, if today has none yet, yesterday (see streak()). */
  streak: number;
  /** Sums over the series; longestStretchMs is the longest of the series. */
  totals: DayStats;
  /** Days on record in all (any age), 0 when nothing has been recorded yet. */
  recordedDays: number;
}

type Days = Readonly<Record<string, Readonly<DayStats>>>;

/** The record of a day as a fresh object of exactly the DayStats fields; zeros when there is none. */
function statsOf(days: Days, date: string): DayStats {
  return Object.prototype.hasOwnProperty.call(days, date) ? copyDay(days[date]) : emptyDay();
}

/** The local day of `now`; if the given function returns no valid key, the machine's local day. */
function todayKey(now: number, localDay: (ms: number) => string): string {
  const key = localDay(now);
  return isDayKey(key) ? key : localDayKey(now);
}

/**
 * The last `count` local days up to and including today, oldest first, each
 * with its numbers (zeros for a day without a record). `count` is at least 1
 * and at most the days kept (MAX_DAYS).
 */
export function lastDays(days: Days, now: number, count = HISTORY_DAYS, localDay: (ms: number) => string = localDayKey): HistoryDay[] {
  const n = Math.min(MAX_DAYS, Math.max(1, Number.isFinite(count) ? Math.floor(count) : HISTORY_DAYS));
  const today = todayKey(now, localDay);
  const series: HistoryDay[] = [];
  for (let back = n - 1; back >= 0; back--) {
    const date = addDays(today, -back);
    series.push({ date, stats: statsOf(days, date) });
  }
  return series;
}

/**
 * The current streak: the number of consecutive local days with at least one
 * break taken, ending today.
 *
 * A day is not over until midnight, so a today without a break (yet) does not
 * end the streak: then the streak is the one ending yesterday, still alive
 * until today is over. (The view says so: "up to yesterday".) A day without a
 * break taken (skipped or natural breaks do not count) ends it; so does a day
 * with no record at all.
 */
export function streak(days: Days, now: number, localDay: (ms: number) => string = localDayKey): number {
  const taken = (date: string) => statsOf(days, date).taken > 0;
  let date = todayKey(now, localDay);
  if (!taken(date)) {
    date = addDays(date, -1);
  }
  let run = 0;
  // At most MAX_DAYS days are kept, so the walk ends within MAX_DAYS + 1 steps.
  while (run <= MAX_DAYS && taken(date)) {
    run++;
    date = addDays(date, -1);
  }
  return run;
}

/** Sums of a series; longestStretchMs is the longest of the series. */
export function totalsOf(series: readonly HistoryDay[]): DayStats {
  return totalOf(series.map((day) => day.stats));
}

/** Everything the history view shows, at `now`. */
export function historySummary(days: Days, now: number, localDay: (ms: number) => string = localDayKey): HistorySummary {
  const series = lastDays(days, now, HISTORY_DAYS, localDay);
  const last = series[series.length - 1];
  return {
    series,
    today: { date: last.date, stats: { ...last.stats } },
    streak: streak(days, now, localDay),
    totals: totalsOf(series),
    recordedDays: Object.keys(days).filter(isDayKey).length,
  };
}
