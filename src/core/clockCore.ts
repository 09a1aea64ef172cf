// What one window's clock holds, and the few facts every rule of time asks of
// it: the due mark, whether a break is due (or offered), whether reminders
// are paused, and how a change is marked for other windows. The rules
// themselves live in the files named after them (codingTime.ts,
// breakDecisions.ts, goodMoments.ts, debugHold.ts, notificationClaim.ts,
// promptContext.ts); CodingClock (clock.ts) puts them together behind one API.
//
// Pure: no vscode import.

import { initialShared, type PauseUntil, type SharedClock } from './clockState';
import { DayLedger, localDayKey } from './dayLedger';
import { PromptPolicy } from './promptPolicy';
import type { Settings } from './types';

export const MINUTE = 60_000;

export interface ClockOptions {
  settings: Settings;
  /** A random id of this clock instance, written with its state. */
  writerId: string;
  /** The local day of an epoch ms, 'YYYY-MM-DD'. Default: the local time zone. */
  localDay?: (ms: number) => string;
}

/** The state of one window's clock. */
export interface ClockCore {
  settings: Settings;
  readonly writerId: string;
  /** Shared state (stored, merged across windows). */
  readonly s: SharedClock;
  readonly ledger: DayLedger;
  /** Local to this window: when a due break may prompt here. */
  readonly prompt: PromptPolicy;
  /** Local day of lastActivity; null when not known yet. */
  lastActivityDay: string | null;
  /** This window's own last activity (the shared one may be another window's). */
  ownLastActivity: number | null;
}

export function newCore(options: ClockOptions): ClockCore {
  return {
    settings: options.settings,
    writerId: options.writerId,
    s: initialShared(),
    ledger: new DayLedger(options.localDay ?? localDayKey),
    prompt: new PromptPolicy(),
    lastActivityDay: null,
    ownLastActivity: null,
  };
}

export function idleMs(core: ClockCore): number {
  return core.settings.idleSeconds * 1000;
}

export function naturalMs(core: ClockCore): number {
  return core.settings.naturalBreakMinutes * MINUTE;
}

export function intervalMs(core: ClockCore): number {
  return core.settings.intervalMinutes * MINUTE;
}

/** The coding time at which the break is due: the interval plus this stretch's snoozes. */
export function dueMark(core: ClockCore): number {
  return intervalMs(core) + core.s.snoozeMs;
}

/**
 * The break of this stretch has been offered at a good moment (goodMoments.ts)
 * and the offer stands: made for the current due mark, not declined, and
 * good moments are on.
 */
export function isOffered(core: ClockCore): boolean {
  const offer = core.s.offer;
  return offer !== null && !offer.declined && offer.dueMs === dueMark(core) && core.settings.earlyPromptMinutes > 0;
}

/** The one "is a break due" check: coding time has reached the due mark, or the break was offered at a good moment. */
export function isDue(core: ClockCore): boolean {
  return core.settings.enabled && (core.s.codingMs >= dueMark(core) || isOffered(core));
}

/** The pause in force at `now`: its end, 'resume', or null when reminders are not paused. */
export function pausedAt(core: ClockCore, now: number): PauseUntil | null {
  const until = core.s.pausedUntil;
  return until === 'resume' || (typeof until === 'number' && now < until) ? until : null;
}

/** A change other windows must see at once. */
export function changedForAll(core: ClockCore): void {
  core.s.rev++;
  core.s.seq++;
}
