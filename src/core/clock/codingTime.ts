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
// Time at the computer outside VS Code (the sitting day) goes through the
// same rules, as activities of the kind 'outside': a sample of the system's
// input time says "the last input was `idle` ms ago", which is an activity at
// `now - idle` (sitting.ts). Such an activity:
// - is dropped when it is not later than the last activity known: it never
//   moves the last activity back, never ends a gap and never counts, so a
//   sample can only add activity points and no minute counts twice. "Later"
//   means by more than SAMPLE_WOBBLE_MS: the same last input, read again,
//   lands a few ms apart (the answer's own timing, the source's resolution);
// - counts the gap it ends as time elsewhere (outsideMs), as does the focus
//   that ends a time when none of the person's windows was focused;
// - is nobody's own activity: it does not move this window's own last
//   activity (so it never claims the notification), is not typing, and does
//   not renew a debug hold.
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

import { changedForAll, idleMs, isDue, naturalMs, stretchMs, type ClockState } from './state';
import { renewDebugHold } from './debugHold';
import { promptContext } from './promptContext';
import type { ActivityKind } from './view';
import { MINUTE } from '../time';

/** How far apart two readings of the same last input may land: within this, a sample is the input already known. */
export const SAMPLE_WOBBLE_MS = 1000;

/**
 * An activity at `now`. O(1) and allocation-free in the steady state.
 * Returns whether what is shown may have changed (a minute of the count or of
 * today's time, due, the prompt, idle, a natural break, the day).
 */
export function countActivity(state: ClockState, now: number, kind: ActivityKind): boolean {
  if (!state.settings.enabled) {
    return false;
  }
  const last = state.lastActivity;
  const outside = kind === 'outside';
  if (outside && last !== null && now <= last + SAMPLE_WOBBLE_MS) {
    return false; // a sample never moves the last activity back, and never counts twice
  }
  // The typing wait is judged on the edits before this one.
  let changed = kind === 'edit' && state.prompt.endTypingWaitIfOver(now, promptContext(state, now));
  const day = state.ledger.dayKey(now);
  // The gap ends elsewhere: at input outside VS Code, or at the focus that ends a time with no window focused.
  const elsewhere = outside || (kind === 'focus' && state.outside === 'on' && state.focus.id === null);
  if (last === null) {
    changed = true; // from idle to active
  } else {
    const gap = now - last;
    if (gap < 0) {
      changed = true; // the clock went back: no time, maybe another day
    } else if (gap <= idleMs(state)) {
      // Elsewhere from the moment the last window lost focus: the part of the gap before it was spent in VS Code.
      const blurAt = state.focus.id === null ? state.focus.at : 0;
      const fromDay = state.lastActivityDay ?? state.ledger.localDay(last);
      if (elsewhere && blurAt > last && blurAt < now) {
        addTime(state, last, fromDay, blurAt, state.ledger.localDay(blurAt), 'codingMs');
        changed = addTime(state, blurAt, state.ledger.localDay(blurAt), now, day, 'outsideMs') || changed;
      } else {
        changed = addTime(state, last, fromDay, now, day, elsewhere ? 'outsideMs' : 'codingMs') || changed;
      }
    } else {
      changed = true; // from idle to active
      if (gap >= naturalMs(state)) {
        naturalBreak(state, now, now);
      }
    }
  }
  state.lastActivity = now;
  state.lastActivityDay = day;
  if (outside) {
    state.seq++;
    return changed;
  }
  state.ownLastActivity = now;
  if (kind === 'edit') {
    state.prompt.noteEdit(now);
  }
  if (kind === 'focus') {
    state.focused = true;
    state.focus = { id: state.writerId, at: Math.max(now, state.focus.at + 1) };
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

/** A break taken or skipped at `now` (a gap judged up to `judgedAt`): recorded if the stretch had any coding time, and the count starts again. Returns whether it was recorded. */
export function endStretch(state: ClockState, now: number, kind: 'taken' | 'skipped', judgedAt = now): boolean {
  applyPendingNaturalBreak(state, judgedAt);
  const recorded = stretchMs(state) > 0;
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
  state.outsideMs = 0;
  state.snoozeMs = 0;
  state.claimedDueMs = 0;
  state.offer = null;
  state.prompt.clearDue();
  state.lastActivity = lastActivity;
  state.lastActivityDay = lastActivity === null ? null : state.ledger.dayKey(lastActivity);
  changedForAll(state);
}

function naturalBreak(state: ClockState, now: number, lastActivity: number | null): void {
  if (stretchMs(state) > 0) {
    state.ledger.record(state.ledger.dayKey(now)).natural++;
  }
  restart(state, now, lastActivity);
}

/** Counts a confirmed gap [from, to] (on local days fromDay, toDay) as time in VS Code or elsewhere (`field`), split at local midnight. */
function addTime(state: ClockState, from: number, fromDay: string, to: number, toDay: string, field: 'codingMs' | 'outsideMs'): boolean {
  const wasDue = isDue(state);
  const minuteBefore = Math.floor(stretchMs(state) / MINUTE);
  let changed: boolean;
  if (fromDay === toDay) {
    changed = addToDay(state, toDay, to - from, field);
  } else {
    const midnight = state.ledger.firstMsOfNextDay(from, to, fromDay);
    addToDay(state, fromDay, midnight - from, field);
    addToDay(state, toDay, to - midnight, field);
    changed = true;
  }
  if (!wasDue && isDue(state)) {
    // Became due: every window should know at once.
    state.prompt.becameDue(to);
    changedForAll(state);
    changed = true;
  }
  return changed || Math.floor(stretchMs(state) / MINUTE) !== minuteBefore;
}

/** Adds to the stretch and to a day; returns whether the day's whole minutes changed. */
function addToDay(state: ClockState, day: string, ms: number, field: 'codingMs' | 'outsideMs'): boolean {
  state[field] += ms;
  const record = state.ledger.record(day);
  const minuteBefore = Math.floor(record[field] / MINUTE);
  record[field] += ms;
  if (stretchMs(state) > record.longestStretchMs) {
    record.longestStretchMs = stretchMs(state);
  }
  return Math.floor(record[field] / MINUTE) !== minuteBefore;
}
