// What one window's clock holds, and the few facts every rule of time asks of
// it: the due mark, whether a break is due (or offered), whether reminders
// are paused, and how a change is marked for other windows. The rules
// themselves live in the files named after them (codingTime.ts,
// decisions.ts, goodMoments.ts, debugHold.ts, notificationClaim.ts,
// promptContext.ts); the Clock (clock.ts) applies them to one window's state.
//
// Pure: no vscode import.

import { initialShared, type PauseUntil, type SharedClock } from './stored';
import { DayLedger, localDayKey } from '../days/dayLedger';
import { PromptPolicy } from './promptPolicy';
import type { Settings } from '../settings';
import type { OutsideStatus } from '../sitting/idleSource';
import { MINUTE, SECOND } from '../time';

export interface ClockOptions {
  settings: Settings;
  /** A random id of this clock instance, written with its state. */
  writerId: string;
  /** The local day of an epoch ms, 'YYYY-MM-DD'. Default: the local time zone. */
  localDay?: (ms: number) => string;
}

/**
 * The state of one window's clock: the shared fields (stored, merged across
 * windows: SharedClock, see stored.ts), and what is this window's own.
 */
export interface ClockState extends SharedClock {
  settings: Settings;
  readonly writerId: string;
  readonly ledger: DayLedger;
  /** Local to this window: when a due break may prompt here. */
  readonly prompt: PromptPolicy;
  /** Local day of lastActivity; null when not known yet. */
  lastActivityDay: string | null;
  /** This window's own last activity (the shared one may be another window's). */
  ownLastActivity: number | null;
  /** Local: this window is focused (as VS Code last said). */
  focused: boolean;
  /** Local: whether this window counts time at the computer outside VS Code ('on': the setting allows it and a system input source works here), or why not. */
  outside: OutsideStatus;
  /** Local: when this window, on sampler duty, last sampled (or took the duty); null when it has not. */
  lastSampleTick: number | null;
}

export function newClockState(options: ClockOptions): ClockState {
  return {
    ...initialShared(),
    settings: options.settings,
    writerId: options.writerId,
    ledger: new DayLedger(options.localDay ?? localDayKey),
    prompt: new PromptPolicy(),
    lastActivityDay: null,
    ownLastActivity: null,
    focused: true,
    outside: 'setting',
    lastSampleTick: null,
  };
}

export function idleMs(state: ClockState): number {
  return state.settings.idleSeconds * SECOND;
}

export function naturalMs(state: ClockState): number {
  return state.settings.naturalBreakMinutes * MINUTE;
}

export function intervalMs(state: ClockState): number {
  return state.settings.intervalMinutes * MINUTE;
}

/** The stretch's time at the desk: in VS Code, and elsewhere at the computer. What the due mark is measured against. */
export function stretchMs(state: SharedClock): number {
  return state.codingMs + state.outsideMs;
}

/** The coding time at which the break is due: the interval plus this stretch's snoozes. */
export function dueMark(state: ClockState): number {
  return intervalMs(state) + state.snoozeMs;
}

/**
 * The break of this stretch has been offered at a good moment (goodMoments.ts)
 * and the offer stands: made for the current due mark, not declined, and
 * good moments are on.
 */
export function isOffered(state: ClockState): boolean {
  const offer = state.offer;
  return offer !== null && !offer.declined && offer.dueMs === dueMark(state) && state.settings.earlyPromptMinutes > 0;
}

/** The one "is a break due" check: coding time has reached the due mark, or the break was offered at a good moment. */
export function isDue(state: ClockState): boolean {
  return state.settings.enabled && (stretchMs(state) >= dueMark(state) || isOffered(state));
}

/** New settings apply at once. */
export function setSettings(state: ClockState, now: number, settings: Settings): void {
  state.settings = settings;
  state.prompt.noteDue(now, isDue(state));
}

/** The pause in force at `now`: its end, 'resume', or null when reminders are not paused. */
export function pausedAt(state: ClockState, now: number): PauseUntil | null {
  const until = state.pausedUntil;
  return until === 'resume' || (typeof until === 'number' && now < until) ? until : null;
}

/** A change other windows must see at once. */
export function changedForAll(state: ClockState): void {
  state.rev++;
  state.seq++;
}
