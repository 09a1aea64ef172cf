// What the adapters are told of the clock: the kinds of activity that come in,
// and the view that goes out (derived from the state at a moment), with the
// one test of whether two views show the same thing.
//
// Pure: no vscode import.
import { DAY_STATS, type DayStats } from '../days/dayStats';
import type { GoodMomentSource } from '../goodMomentSources';

const MINUTE = 60_000;

/**
 * What kind of activity arrived: text edits matter for the typing-pause wait;
 * the window gaining focus is written at once, so every window soon knows
 * which one the person uses (the due break's notification goes there).
 */
export type ActivityKind = 'edit' | 'focus' | 'other';

/** What the adapters render. Derived from the state at a given moment. */
export interface ClockView {
  /** Continuous coding time at `now` (ms). */
  codingMs: number;
  /** Coding time at which the break is due (interval plus snoozes), ms. */
  dueAtCodingMs: number;
  /** Continuous coding time has reached the due mark. */
  due: boolean;
  /** Due, and the prompt may show now (not waiting for a typing pause, not held by debugging). */
  prompt: boolean;
  /** The break is due because it was offered at this good moment (see goodMoments.ts); null otherwise. */
  offered: GoodMomentSource | null;
  /** Why a due prompt is held back, if it is. */
  heldBy: 'typing' | 'debugging' | null;
  /** Reminders paused: until this epoch ms, or 'resume' (until the person resumes); null when not paused. */
  pausedUntil: number | 'resume' | null;
  /** The person is idle (no activity for idleSeconds). */
  idle: boolean;
  /** Today's numbers (local day of `now`). */
  today: DayStats;
}

/** Whether two views show the same thing (status bar, tooltip, panel summary), at minute resolution. */
export function sameDisplay(a: ClockView, b: ClockView): boolean {
  const minutes = (ms: number) => Math.floor(ms / MINUTE);
  return minutes(a.codingMs) === minutes(b.codingMs)
    && a.dueAtCodingMs === b.dueAtCodingMs
    && a.due === b.due
    && a.offered === b.offered
    && a.prompt === b.prompt
    && a.heldBy === b.heldBy
    && a.pausedUntil === b.pausedUntil
    && a.idle === b.idle
    && DAY_STATS.every(({ field, kind }) => (kind === 'duration' ? minutes(a.today[field]) === minutes(b.today[field]) : a.today[field] === b.today[field]));
}
