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

import { changedForAll, idleMs, isDue, MINUTE, naturalMs, type ClockState } from './state';
import { renewDebugHold } from './debugHold';
import { promptContext } from './promptContext';
import type { ActivityKind } from './view';

/**
 * An activity at `now`. O(1) and allocation-free in the steady state.
 * Returns whether what is shown may have changed (a minute of the count or of
 * today's time, due, the prompt, idle, a natural break, the day).
 */
export function countActivity(state: ClockState, now: number, kind: ActivityKind): boolean {
  if (!state.settings.enabled) {
    return false;
  }
  // The typing wait is judged on the edits before this one.
  let changed = kind === 'edit' && state.prompt.endTypingWaitIfOver(now, promptContext(state, now));
  const day = state.ledger.dayKey(now);
  const last = state.lastActivity;
  if (last === null) {
    changed = true; // from idle to active
  } else {
    const gap = now - last;
    if (gap < 0) {
      changed = true; // the clock went back: no time, maybe another day
    } else if (gap <= idleMs(state)) {
      changed = addCoding(state, last, now, day) || changed;
    } else {
      changed = true; // from idle to active
      if (gap >= naturalMs(state)) {
        naturalBreak(state, now, now);
      }
    }
  }
  state.lastActivity = now;
  state.lastActivityDay = day;
  state.ownLastActivity = now;
  if (kind === 'edit') {
    state.prompt.noteEdit(now);
  }
  if (kind === 'focus') {
    changedForAll(state);
  } else {
    state.seq++;
  }
  renewDebugHold(state, now);
  return changed;
}

/** Applies a natural break if the gap since the last activity is long enough (a pending one). */
export function applyPendingNaturalBreak(state: ClockState, now: number): void {
  if (state.lastActivity !== null && now - state.lastActivity >= naturalMs(state)) {
    naturalBreak(state, now, null);
  }
}

/** A break taken or skipped at `now`: recorded if the stretch had any coding time, and the count starts again. Returns whether it was recorded. */
export function endStretch(state: ClockState, now: number, kind: 'taken' | 'skipped'): boolean {
  applyPendingNaturalBreak(state, now);
  const recorded = state.codingMs > 0;
  if (recorded) {
    state.ledger.record(state.ledger.dayKey(now))[kind]++;
  }
  restart(state, now, now);
  return recorded;
}

/** A new stretch from `now`. Its start never goes back, so a merge can order breaks. */
export function restart(state: ClockState, now: number, lastActivity: number | null): void {
  state.stretchStart = Math.max(now, state.stretchStart + 1);
  state.codingMs = 0;
  state.snoozeMs = 0;
  state.claimedDueMs = 0;
  state.offer = null;
  state.prompt.clearDue();
  state.lastActivity = lastActivity;
  state.lastActivityDay = lastActivity === null ? null : state.ledger.dayKey(lastActivity);
  changedForAll(state);
}

function naturalBreak(state: ClockState, now: number, lastActivity: number | null): void {
  if (state.codingMs > 0) {
    state.ledger.record(state.ledger.dayKey(now)).natural++;
  }
  restart(state, now, lastActivity);
}

/** Counts a confirmed gap [from, to] as coding time, split at local midnight. */
function addCoding(state: ClockState, from: number, to: number, toDay: string): boolean {
  const wasDue = isDue(state);
  const minuteBefore = Math.floor(state.codingMs / MINUTE);
  const fromDay = state.lastActivityDay ?? state.ledger.localDay(from);
  let changed: boolean;
  if (fromDay === toDay) {
    changed = addToDay(state, toDay, to - from);
  } else {
    const midnight = state.ledger.firstMsOfNextDay(from, to, fromDay);
    addToDay(state, fromDay, midnight - from);
    addToDay(state, toDay, to - midnight);
    changed = true;
  }
  if (!wasDue && isDue(state)) {
    // Became due: every window should know at once.
    state.prompt.becameDue(to);
    changedForAll(state);
    changed = true;
  }
  return changed || Math.floor(state.codingMs / MINUTE) !== minuteBefore;
}

/** Adds to the stretch and to a day; returns whether the day's whole minutes changed. */
function addToDay(state: ClockState, day: string, ms: number): boolean {
  state.codingMs += ms;
  const record = state.ledger.record(day);
  const minuteBefore = Math.floor(record.codingMs / MINUTE);
  record.codingMs += ms;
  if (state.codingMs > record.longestStretchMs) {
    record.longestStretchMs = state.codingMs;
  }
  return Math.floor(record.codingMs / MINUTE) !== minuteBefore;
}
