// Coding time: how activity counts, when a break becomes due, and how a
// stretch of continuous coding ends and starts again.
//
// How it counts (the contract's "Words"):
// - Each activity ends a gap (the time since the previous activity).
// - A gap of at most idleSeconds counts fully as coding time (thinking counts).
// - A longer gap counts nothing; a gap of at least naturalBreakMinutes is a
//   natural break: the count starts again from zero and, if the stretch had any
//   coding time, a natural break is recorded on the day of the activity that
//   ends the gap.
// - A gap with the clock going backwards counts as no time, never negative. A
//   jump forwards (sleep, suspend) is just a long gap.
// - Due: continuous coding time has reached intervalMinutes plus snoozes.
//
// What is shown between two activities: coding time counts only once a gap is
// confirmed by the activity that ends it. A running gap cannot be shown as it
// runs, because it is only coding time if it ends within idleSeconds; counting
// it early would make the shown time go backwards when it does not. So the
// shown count never decreases except at a break (taken, skipped, reset,
// natural), it lags real time by at most the current gap, and it changes only
// with input: no timer is needed to advance it. For the same reason a break
// becomes due at the activity that brings the count to the due mark, and a
// pending natural break (a gap already longer than naturalBreakMinutes) is
// applied by the next input (activity, command, restore), not by a timer.
//
// Pure: no vscode import.

import { changedForAll, idleMs, isDue, MINUTE, naturalMs, type ClockCore } from './clockCore';
import { renewDebugHold } from './debugHold';
import { promptContext } from './promptContext';
import type { ActivityKind } from './types';

/**
 * An activity at `now`. O(1) and allocation-free in the steady state.
 * Returns whether what is shown may have changed (a minute of the count or of
 * today's time, due, the prompt, idle, a natural break, the day).
 */
export function countActivity(core: ClockCore, now: number, kind: ActivityKind): boolean {
  if (!core.settings.enabled) {
    return false;
  }
  // The typing wait is judged on the edits before this one.
  let changed = kind === 'edit' && core.prompt.endTypingWaitIfOver(now, promptContext(core, now));
  const day = core.ledger.dayKey(now);
  const last = core.s.lastActivity;
  if (last === null) {
    changed = true; // from idle to active
  } else {
    const gap = now - last;
    if (gap < 0) {
      changed = true; // the clock went back: no time, maybe another day
    } else if (gap <= idleMs(core)) {
      changed = addCoding(core, last, now, day) || changed;
    } else {
      changed = true; // from idle to active
      if (gap >= naturalMs(core)) {
        naturalBreak(core, now, now);
      }
    }
  }
  core.s.lastActivity = now;
  core.lastActivityDay = day;
  core.ownLastActivity = now;
  if (kind === 'edit') {
    core.prompt.noteEdit(now);
  }
  if (kind === 'focus') {
    changedForAll(core);
  } else {
    core.s.seq++;
  }
  renewDebugHold(core, now);
  return changed;
}

/** Applies a natural break if the gap since the last activity is long enough (a pending one). */
export function applyPendingNaturalBreak(core: ClockCore, now: number): void {
  if (core.s.lastActivity !== null && now - core.s.lastActivity >= naturalMs(core)) {
    naturalBreak(core, now, null);
  }
}

/** A break taken or skipped at `now`: recorded if the stretch had any coding time, and the count starts again. Returns whether it was recorded. */
export function endStretch(core: ClockCore, now: number, kind: 'taken' | 'skipped'): boolean {
  applyPendingNaturalBreak(core, now);
  const recorded = core.s.codingMs > 0;
  if (recorded) {
    core.ledger.record(core.ledger.dayKey(now))[kind]++;
  }
  restart(core, now, now);
  return recorded;
}

/** A new stretch from `now`. Its start never goes back, so a merge can order breaks. */
export function restart(core: ClockCore, now: number, lastActivity: number | null): void {
  const s = core.s;
  s.stretchStart = Math.max(now, s.stretchStart + 1);
  s.codingMs = 0;
  s.snoozeMs = 0;
  s.claimedDueMs = 0;
  s.offer = null;
  core.prompt.clearDue();
  s.lastActivity = lastActivity;
  core.lastActivityDay = lastActivity === null ? null : core.ledger.dayKey(lastActivity);
  changedForAll(core);
}

function naturalBreak(core: ClockCore, now: number, lastActivity: number | null): void {
  if (core.s.codingMs > 0) {
    core.ledger.record(core.ledger.dayKey(now)).natural++;
  }
  restart(core, now, lastActivity);
}

/** Counts a confirmed gap [from, to] as coding time, split at local midnight. */
function addCoding(core: ClockCore, from: number, to: number, toDay: string): boolean {
  const wasDue = isDue(core);
  const minuteBefore = Math.floor(core.s.codingMs / MINUTE);
  const fromDay = core.lastActivityDay ?? core.ledger.localDay(from);
  let changed: boolean;
  if (fromDay === toDay) {
    changed = addToDay(core, toDay, to - from);
  } else {
    const midnight = core.ledger.firstMsOfNextDay(from, to, fromDay);
    addToDay(core, fromDay, midnight - from);
    addToDay(core, toDay, to - midnight);
    changed = true;
  }
  if (!wasDue && isDue(core)) {
    // Became due: every window should know at once.
    core.prompt.becameDue(to);
    changedForAll(core);
    changed = true;
  }
  return changed || Math.floor(core.s.codingMs / MINUTE) !== minuteBefore;
}

/** Adds to the stretch and to a day; returns whether the day's whole minutes changed. */
function addToDay(core: ClockCore, day: string, ms: number): boolean {
  core.s.codingMs += ms;
  const record = core.ledger.record(day);
  const minuteBefore = Math.floor(record.codingMs / MINUTE);
  record.codingMs += ms;
  if (core.s.codingMs > record.longestStretchMs) {
    record.longestStretchMs = core.s.codingMs;
  }
  return Math.floor(record.codingMs / MINUTE) !== minuteBefore;
}
