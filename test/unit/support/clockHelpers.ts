// Shared helpers of the clock tests: fixed settings, a UTC day function (so the
// tests do not depend on the machine's time zone), and bursts of activity.
import { countActivity } from '../../../src/core/clock/codingTime';
import { storedForm } from '../../../src/core/clock/sharedWrites';
import { newClockState, type ClockState } from '../../../src/core/clock/state';
import type { StoredClockState } from '../../../src/core/clock/stored';
import { DEFAULTS, Settings } from '../../../src/core/settings';
import { ActivityKind } from '../../../src/core/clock/view';

import { HOUR, MINUTE, SECOND } from '../../../src/core/time';

export { HOUR, MINUTE, SECOND };
export const DAY = 24 * HOUR;

/** Monday 5 January 2026, 09:00 UTC. */
export const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);

/** 'YYYY-MM-DD' of `ms` in UTC, shifted by `offsetMs` (a fixed time zone). */
export function dayAtOffset(offsetMs: number): (ms: number) => string {
  return (ms) => new Date(ms + offsetMs).toISOString().slice(0, 10);
}

export const utcDay = dayAtOffset(0);

export function settings(overrides: Partial<Settings> = {}): Settings {
  return { ...DEFAULTS, ...overrides };
}

export function newClock(overrides: Partial<Settings> = {}, localDay = utcDay, writerId = 'test'): ClockState {
  return newClockState({ settings: settings(overrides), writerId, localDay });
}

/** A clock's state as another window reads it from the store: its stored form, carried as JSON. */
export function stored(clock: ClockState): StoredClockState {
  return JSON.parse(JSON.stringify(storedForm(clock))) as StoredClockState;
}

/**
 * Activity every `everyMs` from `from` up to and including `to`. Returns the
 * time of the last activity.
 */
export function activeFor(clock: ClockState, from: number, to: number, everyMs: number, kind: ActivityKind = 'other'): number {
  let t = from;
  for (; t <= to; t += everyMs) {
    countActivity(clock, t, kind);
  }
  return t - everyMs;
}

/** Seeded PRNG (mulberry32): the same seed gives the same sequence. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
