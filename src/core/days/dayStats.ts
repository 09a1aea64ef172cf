// The numbers kept per local day, declared once: each field with its kind
// (a duration in ms, or a count), how days combine (summed, or the longest),
// and its CSV column. The history merge across windows, the stored
// state's validation, the totals, the CSV, the panel's tables and the
// protocol's checks derive from this list.
//
// The labels are among the panel's words (panel/panelWords.ts, one for each
// field); the CSV columns stay English for the programs that read the file.
//
// Pure data: no vscode import, no other dependency.

export const DAY_STATS = [
  { field: 'codingMs', kind: 'duration', total: 'sum', csv: 'coding_minutes', summary: true },
  { field: 'taken', kind: 'count', total: 'sum', csv: 'breaks_taken', summary: true },
  { field: 'skipped', kind: 'count', total: 'sum', csv: 'breaks_skipped', summary: true },
  { field: 'snoozed', kind: 'count', total: 'sum', csv: 'breaks_snoozed', summary: false },
  { field: 'natural', kind: 'count', total: 'sum', csv: 'natural_breaks', summary: true },
  { field: 'longestStretchMs', kind: 'duration', total: 'max', csv: 'longest_stretch_minutes', summary: false },
  // Breaks offered early at a good moment (goodMoments.ts), and how many of those were taken.
  { field: 'offered', kind: 'count', total: 'sum', csv: 'breaks_offered_at_good_moments', summary: false },
  { field: 'offeredTaken', kind: 'count', total: 'sum', csv: 'offered_breaks_taken', summary: false },
  // Time at the computer outside VS Code (the sitting day): added later, so a
  // day recorded before it has none (daysSince says from which day on).
  { field: 'outsideMs', kind: 'duration', total: 'sum', csv: 'outside_minutes', summary: false, addedLater: true },
] as const;

export type DayStat = (typeof DAY_STATS)[number];
export type DayField = DayStat['field'];

/** Numbers of one local day (key 'YYYY-MM-DD'). */
export type DayStats = Record<DayField, number>;

/** The statistics added after the first version. */
export type AddedLaterField = Extract<DayStat, { addedLater: true }>['field'];

/** For each statistic added later, the first local day it was recorded on; a day before it has none of it (shown blank). */
export type DaysSince = Partial<Record<AddedLaterField, string>>;

/** Whether `day` has a value of `field`, or was recorded before that statistic existed. */
export function recordedOn(field: DayField, day: string, since: Readonly<DaysSince>): boolean {
  const first = (since as Partial<Record<DayField, string>>)[field];
  return !DAY_STATS.some((stat) => stat.field === field && 'addedLater' in stat) || (first !== undefined && day >= first);
}

export const DAY_FIELDS: readonly DayField[] = DAY_STATS.map((stat) => stat.field);

/** A day with nothing recorded. */
export function emptyDay(): DayStats {
  const day = {} as DayStats;
  for (const field of DAY_FIELDS) {
    day[field] = 0;
  }
  return day;
}

/** A fresh object of exactly the DayStats fields. */
export function copyDay(day: Readonly<DayStats>): DayStats {
  const copy = {} as DayStats;
  for (const field of DAY_FIELDS) {
    copy[field] = day[field];
  }
  return copy;
}

/** Takes, per field, the larger number (so activity seen by two windows counts once). Returns whether `mine` changed. */
export function mergeDayInto(mine: DayStats, theirs: Readonly<DayStats>): boolean {
  let changed = false;
  for (const field of DAY_FIELDS) {
    if (theirs[field] > mine[field]) {
      mine[field] = theirs[field];
      changed = true;
    }
  }
  return changed;
}

/** Whether two days hold the same numbers. */
export function sameDay(a: Readonly<DayStats>, b: Readonly<Partial<DayStats>>): boolean {
  return DAY_FIELDS.every((field) => a[field] === b[field]);
}

/** Totals of several days: sums, and the longest stretch of them. */
export function totalOf(days: Iterable<Readonly<DayStats>>): DayStats {
  const totals = emptyDay();
  for (const day of days) {
    for (const stat of DAY_STATS) {
      totals[stat.field] = stat.total === 'sum' ? totals[stat.field] + day[stat.field] : Math.max(totals[stat.field], day[stat.field]);
    }
  }
  return totals;
}
