// Shared vocabulary of the pure core. Nothing here uses the VS Code API:
// the core is plain TypeScript that takes the time as an input (epoch ms).
import type { BreakLength } from './break/lengths';
import type { StretchVariant } from './break/exercises';
import type { GoodMomentSetting, GoodMomentSource } from './clock/goodMomentSources';

export type { BreakLength, GoodMomentSource, StretchVariant };

/** Settings of the contract, already validated and clamped (see settings.ts). */
export interface Settings extends Record<GoodMomentSetting, boolean> {
  enabled: boolean;
  intervalMinutes: number;
  idleSeconds: number;
  naturalBreakMinutes: number;
  snoozeMinutes: number;
  holdSeconds: number;
  rounds: number;
  stretchVariant: StretchVariant;
  breakLength: BreakLength;
  /** Sound cues in the break panel. */
  sound: boolean;
  reminderStyle: ReminderStyle;
  quietWhileDebugging: boolean;
  /** A break due within this many minutes of coding is offered at a good moment (0: never); at most intervalMinutes. */
  earlyPromptMinutes: number;
}

export type ReminderStyle = 'statusBar' | 'notification' | 'off';

/**
 * What kind of activity arrived: text edits matter for the typing-pause wait;
 * the window gaining focus is written at once, so every window soon knows
 * which one the person uses (the due break's notification goes there).
 */
export type ActivityKind = 'edit' | 'focus' | 'other';

/** How a stretch of continuous coding ended. */
export type BreakKind = 'taken' | 'skipped' | 'natural';

export type { DayStats } from './days/dayStats';
import type { DayStats } from './days/dayStats';

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
