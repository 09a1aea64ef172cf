// Small formatters shared by the panel's HTML and its script. No dependencies
// but the calendar helpers (themselves dependency-free).

import { parseDayKey, weekdayOf } from '../core/calendar';
import type { DayStat } from '../core/dayStats';
export { formatSpan } from '../core/format';

/** Coding time for the panel: "0 min", "45 min", "1 h 5 min". Never negative. */
export function formatCodingTime(ms: number): string {
  const minutes = Number.isFinite(ms) ? Math.max(0, Math.floor(ms / 60_000)) : 0;
  if (minutes < 60) {
    return `${minutes} min`;
  }
  const rest = minutes % 60;
  return rest === 0 ? `${Math.floor(minutes / 60)} h` : `${Math.floor(minutes / 60)} h ${rest} min`;
}

/** A day statistic for display: durations as coding time, counts as whole numbers. */
export function formatDayStat(stat: Pick<DayStat, 'kind'>, value: number): string {
  return stat.kind === 'duration' ? formatCodingTime(value) : String(count(value));
}

/** A whole, finite, non-negative count for display (0 for anything else). */
export function count(value: number): number {
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The parts of a date key for labels: "Mon", 17, "Nov". Null for an invalid key. */
export function dateParts(key: string): { weekday: string; day: number; month: string } | null {
  const parts = parseDayKey(key);
  if (!parts) {
    return null;
  }
  return { weekday: WEEKDAYS[weekdayOf(key)], day: parts.day, month: MONTHS[parts.month - 1] };
}

/** A date key in words: "Mon 17 Nov" (the key itself if it is not valid). */
export function formatDate(key: string): string {
  const parts = dateParts(key);
  return parts ? `${parts.weekday} ${parts.day} ${parts.month}` : key;
}
