// Break history as CSV (RFC 4180: CRLF line ends, fields quoted when needed).
import { DAY_STATS, recordedOn, type DaysSince, type DayStats } from './dayStats';
import { MINUTE } from '../time';

/** The columns: the date, then each day statistic (durations in whole minutes), those added later last. */
const CSV_HEADER = ['date', ...DAY_STATS.map((stat) => stat.csv)];

export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row per day, oldest first; a statistic added later is blank on the days recorded before it existed. */
export function historyCsv(days: Readonly<Record<string, DayStats>>, since: Readonly<DaysSince> = {}): string {
  const minutes = (ms: number) => Math.round(ms / MINUTE);
  const rows = [CSV_HEADER];
  for (const date of Object.keys(days).sort()) {
    const day = days[date];
    rows.push([date, ...DAY_STATS.map((stat) => (!recordedOn(stat.field, date, since) ? '' : stat.kind === 'duration' ? minutes(day[stat.field]) : day[stat.field]))].map(String));
  }
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
