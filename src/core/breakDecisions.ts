// What the person decides about breaks: take one (due or not), skip or snooze
// the due break, start the count again, pause and resume reminders. Skip and
// snooze apply only to a due break (the one "is a break due" guard) and say
// whether they did. Each decision is a change every window must see at once.
// A break offered at a good moment is a due break (goodMoments.ts): Snooze
// declines the offer and records nothing, Skip and take record as usual, and
// a break taken while the offer stands also counts as an offered break taken.
//
// Pure: no vscode import.

import type { PauseUntil } from './clockState';
import { changedForAll, intervalMs, isDue, isOffered, MINUTE, type ClockCore } from './clockCore';
import { endStretch, restart, applyPendingNaturalBreak } from './codingTime';
import { declineOffer } from './goodMoments';

/** A break taken (whether due or not). Recorded if the stretch had any coding time. */
export function take(core: ClockCore, now: number): boolean {
  applyPendingNaturalBreak(core, now);
  const offered = isOffered(core);
  const recorded = endStretch(core, now, 'taken');
  if (recorded && offered) {
    core.ledger.record(core.ledger.dayKey(now)).offeredTaken++;
  }
  return recorded;
}

/** The due break skipped: recorded, and the count starts again. Only when due; returns whether it applied. */
export function skip(core: ClockCore, now: number): boolean {
  applyPendingNaturalBreak(core, now);
  return isDue(core) && endStretch(core, now, 'skipped');
}

/** The count starts again; nothing is recorded. */
export function reset(core: ClockCore, now: number): void {
  applyPendingNaturalBreak(core, now);
  restart(core, now, now);
}

/**
 * Due again after snoozeMinutes more coding, counted from the current
 * coding time (the prompt may have waited). Only when due; returns whether it
 * applied. A break offered at a good moment before its due mark falls back to
 * that mark instead, and nothing is recorded.
 */
export function snooze(core: ClockCore, now: number): boolean {
  applyPendingNaturalBreak(core, now);
  if (!isDue(core)) {
    return false;
  }
  if (declineOffer(core)) {
    return true;
  }
  const s = core.s;
  const more = core.settings.snoozeMinutes * MINUTE;
  s.snoozeMs = Math.max(s.snoozeMs + more, s.codingMs + more - intervalMs(core));
  core.ledger.record(core.ledger.dayKey(now)).snoozed++;
  core.prompt.clearDue();
  changedForAll(core);
  return true;
}

/** No prompt until `until` (epoch ms, or 'resume': until resumed), or none paused (null). Time is still counted. The later decision wins across windows. */
export function decidePause(core: ClockCore, now: number, until: PauseUntil | null): void {
  core.s.pausedUntil = until;
  core.s.pauseDecidedAt = Math.max(now, core.s.pauseDecidedAt + 1);
  changedForAll(core);
}
