// The day ledger: the numbers of each local day ('YYYY-MM-DD'), kept for one
// year, with a cached "which local day is this moment" so an activity rarely
// computes it. The time zone comes in as a function (the machine's by
// default), so tests can run any zone.
//
// Pure: no vscode import.

import { copyDay, DAY_STATS, emptyDay, mergeDayInto, sameDay, type DaysSince, type DayStats } from './dayStats';
import { MINUTE } from '../time';

/** Days of history kept (one year). */
export const MAX_DAYS = 366;

/** The local day of `ms` in this machine's time zone, 'YYYY-MM-DD'. */
export function localDayKey(ms: number): string {
  const date = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

export class DayLedger {
  private days: Record<string, DayStats> = {};
  private count = 0;
  private firstDays: DaysSince = {};
  // `cachedDay` is the local day of every ms in [cachedFrom, cachedTo].
  private cachedDay = '';
  private cachedFrom = 1;
  private cachedTo = 0;

  constructor(readonly localDay: (ms: number) => string = localDayKey) {}

  /** Every day on record, at most MAX_DAYS. */
  get all(): Readonly<Record<string, Readonly<DayStats>>> {
    return this.days;
  }

  /** The numbers of `day` as a copy (zeros when nothing is recorded). */
  statsOf(day: string): DayStats {
    const record = this.days[day];
    return record ? copyDay(record) : emptyDay();
  }

  /** For each statistic added later, the first day it was recorded on (see DaysSince). */
  get since(): Readonly<DaysSince> {
    return this.firstDays;
  }

  /** The record of `day`, created (and the oldest dropped) if needed. From this day on, every statistic is recorded. */
  record(day: string): DayStats {
    this.noteSince(day);
    const existing = this.days[day];
    if (existing) {
      return existing;
    }
    const record = emptyDay();
    this.days[day] = record;
    this.count++;
    this.dropOld();
    return record;
  }

  /** The local day of `ms`, cached. */
  dayKey(ms: number): string {
    if (ms >= this.cachedFrom && ms <= this.cachedTo) {
      return this.cachedDay;
    }
    // Assumes the local day changes at most once within a minute (true of
    // every time zone and DST rule): probe a minute ahead, and find the exact
    // change if there is one there.
    const day = this.localDay(ms);
    const ahead = ms + MINUTE;
    this.cachedDay = day;
    this.cachedFrom = ms;
    this.cachedTo = this.localDay(ahead) === day ? ahead : this.firstMsOfNextDay(ms, ahead, day) - 1;
    return day;
  }

  /** The first ms in (from, to] whose local day is not `fromDay` (the local day at `to` is not). */
  firstMsOfNextDay(from: number, to: number, fromDay: string): number {
    let low = from;
    let high = to;
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (this.localDay(middle) === fromDay) {
        low = middle;
      } else {
        high = middle;
      }
    }
    return high;
  }

  /** Another window's days: per day and field the larger number, and the earlier first day of each later statistic. Returns whether anything changed. */
  merge(days: Readonly<Record<string, DayStats>>, since: Readonly<DaysSince> = {}): boolean {
    let changed = false;
    for (const [field, day] of Object.entries(since) as [keyof DaysSince, string][]) {
      const mine = this.firstDays[field];
      if (mine === undefined || day < mine) {
        this.firstDays[field] = day;
        changed = true;
      }
    }
    for (const key of Object.keys(days)) {
      const mine = this.days[key];
      if (!mine) {
        this.days[key] = copyDay(days[key]);
        this.count++;
        changed = true;
      } else {
        changed = mergeDayInto(mine, days[key]) || changed;
      }
    }
    this.dropOld();
    return changed;
  }

  /** Whether `days` holds every day of this ledger with the same numbers, and `since` its first days. */
  isCoveredBy(days: Readonly<Record<string, Partial<DayStats> | undefined>>, since: Readonly<Record<string, unknown>> = {}): boolean {
    if (!Object.entries(this.firstDays).every(([field, day]) => since[field] === day)) {
      return false;
    }
    return Object.keys(this.days).every((key) => {
      const theirs = days[key];
      return theirs !== undefined && sameDay(this.days[key], theirs);
    });
  }

  /** Replaces the ledger (a validated stored history). */
  load(days: Record<string, DayStats>, since: DaysSince = {}): void {
    this.days = days;
    this.count = Object.keys(days).length;
    this.firstDays = { ...since };
  }

  /** A copy, for storage. */
  toJSON(): Record<string, DayStats> {
    const copy: Record<string, DayStats> = {};
    for (const key of Object.keys(this.days)) {
      copy[key] = copyDay(this.days[key]);
    }
    return copy;
  }

  private noteSince(day: string): void {
    for (const stat of DAY_STATS) {
      if ('addedLater' in stat && this.firstDays[stat.field] === undefined) {
        this.firstDays[stat.field] = day;
      }
    }
  }

  /** Keeps the newest MAX_DAYS days ('YYYY-MM-DD' sorts by date). */
  private dropOld(): void {
    if (this.count <= MAX_DAYS) {
      return;
    }
    const keys = Object.keys(this.days).sort();
    for (const old of keys.slice(0, keys.length - MAX_DAYS)) {
      delete this.days[old];
    }
    this.count = Math.min(keys.length, MAX_DAYS);
  }
}
