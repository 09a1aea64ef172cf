// Break history as CSV (RFC 4180: CRLF line ends, fields quoted when needed).
import { DayStats } from './types';

export const CSV_HEADER = ['date', 'coding_minutes', 'breaks_taken', 'breaks_skipped', 'breaks_snoozed', 'natural_breaks', 'longest_stretch_minutes'];

export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row per day, oldest first. */
export function historyCsv(days: Readonly<Record<string, DayStats>>): string {
  const minutes = (ms: number) => Math.round(ms / 60_000);
  const rows = [CSV_HEADER];
  for (const date of Object.keys(days).sort()) {
    const day = days[date];
    rows.push([date, minutes(day.codingMs), day.taken, day.skipped, day.snoozed, day.natural, minutes(day.longestStretchMs)].map(String));
  }
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
