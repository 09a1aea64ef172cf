// What the person decides about breaks: take one (due or not), skip or snooze
// the due break, start the count again, pause and resume reminders. Skip and
// snooze apply only to a due break (the one "is a break due" guard) and say
// whether they did. Each decision is a change every window must see at once.
// A break offered at a good moment is a due break (goodMoments.ts): Snooze
// declines the offer and records nothing, Skip and take record as usual, and
// a break taken while the offer stands also counts as an offered break taken.
//
// Pure: no vscode import.

import type { PauseUntil } from './stored';
import { changedForAll, intervalMs, isDue, isOffered, stretchMs, type ClockState } from './state';
import { endStretch, restart, applyPendingNaturalBreak } from './codingTime';
import { declineOffer } from './goodMoments';
import { MINUTE } from '../time';

/**
 * A break taken (whether due or not). Recorded if the stretch had any coding
 * time. `begunAt`, when the break was started in the panel: the time spent in
 * the break itself is not a natural break, however long it took, so a gap is
 * judged up to then (never later than now).
 */
export function take(state: ClockState, now: number, begunAt = now): boolean {
  const judgedAt = Number.isFinite(begunAt) && begunAt > 0 ? Math.min(now, begunAt) : now;
  applyPendingNaturalBreak(state, judgedAt);
  const offered = isOffered(state);
  const recorded = endStretch(state, now, 'taken', judgedAt);
  if (recorded && offered) {
    state.ledger.record(state.ledger.dayKey(now)).offeredTaken++;
  }
  return recorded;
}

/** The due break skipped: recorded, and the count starts again. Only when due; returns whether it applied. */
export function skip(state: ClockState, now: number): boolean {
  applyPendingNaturalBreak(state, now);
  return isDue(state) && endStretch(state, now, 'skipped');
}

/** The count starts again; nothing is recorded. */
export function reset(state: ClockState, now: number): void {
  applyPendingNaturalBreak(state, now);
  restart(state, now, now);
}

/**
 * Due again after snoozeMinutes more coding, counted from the current
 * coding time (the prompt may have waited). Only when due; returns whether it
 * applied. A break offered at a good moment before its due mark falls back to
 * that mark instead, and nothing is recorded.
 */
export function snooze(state: ClockState, now: number): boolean {
  applyPendingNaturalBreak(state, now);
  if (!isDue(state)) {
    return false;
  }
  if (declineOffer(state)) {
    return true;
  }
  const more = state.settings.snoozeMinutes * MINUTE;
  state.snoozeMs = Math.max(state.snoozeMs + more, stretchMs(state) + more - intervalMs(state));
  state.ledger.record(state.ledger.dayKey(now)).snoozed++;
  state.prompt.clearDue();
  changedForAll(state);
  return true;
}

/** No prompt until `until` (epoch ms, or 'resume': until resumed), or none paused (null). Time is still counted. The later decision wins across windows. */
export function decidePause(state: ClockState, now: number, until: PauseUntil | null): void {
  state.pausedUntil = until;
  state.pauseDecidedAt = Math.max(now, state.pauseDecidedAt + 1);
  changedForAll(state);
}
