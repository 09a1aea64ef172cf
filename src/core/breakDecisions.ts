// What the person decides about breaks: take one (due or not), skip or snooze
// the due break, start the count again, pause and resume reminders. Skip and
// snooze apply only to a due break (the one "is a break due" guard) and say
// whether they did. Each decision is a change every window must see at once.
//
// Pure: no vscode import.

import type { PauseUntil } from './clockState';
import { changedForAll, intervalMs, isDue, MINUTE, type ClockCore } from './clockCore';
import { endStretch, restart, applyPendingNaturalBreak } from './codingTime';

/** A break taken (whether due or not). Recorded if the stretch had any coding time. */
export function take(core: ClockCore, now: number): boolean {
  return endStretch(core, now, 'taken');
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
 * coding time (the prompt may have waited). Only when due; returns whether it applied.
 */
export function snooze(core: ClockCore, now: number): boolean {
  applyPendingNaturalBreak(core, now);
  if (!isDue(core)) {
    return false;
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
