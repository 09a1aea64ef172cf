// What the adapters are told of the clock: the kinds of activity that come in,
// and the view that goes out (derived from the state at a moment), with the
// one test of whether two views show the same thing.
//
// Pure: no vscode import.
import { DAY_STATS, type DayStats } from '../days/dayStats';
import type { GoodMomentSource } from '../goodMomentSources';
import type { OutsideStatus } from '../sitting/idleSource';
import { MINUTE } from '../time';


/**
 * What kind of activity arrived: text edits matter for the typing-pause wait;
 * the window gaining focus is written at once, so every window soon knows
 * which one the person uses (the due break's notification goes there);
 * 'outside' is input at the computer outside VS Code, from a sample of the
 * system's input time (codingTime.ts).
 */
export type ActivityKind = 'edit' | 'focus' | 'other' | 'outside';

/** What the adapters render. Derived from the state at a given moment. */
export interface ClockView {
  /** The stretch's time at the desk at `now` (ms): continuous time in VS Code and, when it is counted, elsewhere at the computer. */
  stretchMs: number;
  /** Of it, the time elsewhere at the computer (0 when that is not counted). */
  outsideMs: number;
  /** Whether time outside VS Code is counted in this window ('on'), or why not. */
  outside: OutsideStatus;
  /** The stretch's time at which the break is due (interval plus snoozes), ms. */
  dueAtCodingMs: number;
  /** The stretch's time has reached the due mark. */
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
  return minutes(a.stretchMs) === minutes(b.stretchMs)
    && minutes(a.outsideMs) === minutes(b.outsideMs)
    && a.outside === b.outside
    && a.dueAtCodingMs === b.dueAtCodingMs
    && a.due === b.due
    && a.offered === b.offered
    && a.prompt === b.prompt
    && a.heldBy === b.heldBy
    && a.pausedUntil === b.pausedUntil
    && a.idle === b.idle
    && DAY_STATS.every(({ field, kind }) => (kind === 'duration' ? minutes(a.today[field]) === minutes(b.today[field]) : a.today[field] === b.today[field]));
}
