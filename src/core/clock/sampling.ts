// The sitting day: who samples the system's input time, when, and what a
// sample means. The rule of time itself is codingTime.ts: a sample that says
// "the last input was `idle` ms ago" is an activity of the kind 'outside' at
// `at - idle`; here is everything around it.
// - Only while none of the person's VS Code windows is focused: the shared
//   `focus` says which one is (set on focus, cleared on blur). With a window
//   focused, or with time outside not counted, nothing is sampled.
// - One sampler for all windows: the shared lease (`sampler`). The window
//   that blurred last takes the duty; while it samples, it renews the lease
//   to one period ahead. Another unfocused window takes over once the lease
//   has run out by one period (the sampler window was closed or crashed). A
//   window that crashes while focused leaves `focus` set, and then nobody
//   samples until the next focus or blur.
// - Every period: min(60 s, idleSeconds / 2), so that steady input elsewhere
//   is never split into gaps longer than idleSeconds.
// - After sleep: a tick that comes much later than its period does not trust
//   the sample's idle (some idle counters leave out the time asleep): the idle
//   is taken as at least the time since the previous tick.
//
// Pure: no vscode import; the time is passed in.

import { countActivity } from './codingTime';
import { changedForAll, type ClockState } from './state';
import type { IdleSample } from '../sitting/idleSource';

const MAX_PERIOD_MS = 60_000;
/** A tick this many periods after the previous one came after sleep. */
const LATE_TICKS = 2;

/** How often the sampler samples: min(60 s, idleSeconds / 2). */
function samplePeriodMs(state: ClockState): number {
  return Math.min(MAX_PERIOD_MS, state.settings.idleSeconds * 500);
}

/** Time outside VS Code is counted here, and none of the person's windows is focused. */
function unfocusedEverywhere(state: ClockState): boolean {
  return state.settings.enabled && state.outside === 'on' && !state.focused && state.focus.id === null;
}

/** This window holds the sampler duty now. */
export function holdsDuty(state: ClockState): boolean {
  return unfocusedEverywhere(state) && state.sampler?.id === state.writerId;
}

/** The duty is free for this window to take: nobody holds it, or its lease ran out by one period. */
function dutyFree(state: ClockState, now: number): boolean {
  return unfocusedEverywhere(state) && state.sampler?.id !== state.writerId
    && (state.sampler === null || now >= state.sampler.until + samplePeriodMs(state));
}

/** This window takes the duty: its lease lasts one period, and its first sample is one period from now. */
function takeDuty(state: ClockState, now: number): void {
  state.sampler = { id: state.writerId, until: now + samplePeriodMs(state) };
  state.lastSampleTick = now;
  changedForAll(state);
}

/**
 * This window is focused, as VS Code says at start (a focus that comes
 * later is an activity of its own), or it lost focus (noteBlur).
 */
export function setFocused(state: ClockState, now: number, focused: boolean): void {
  if (!focused) {
    noteBlur(state, now);
    return;
  }
  state.focused = true;
  if (state.focus.id !== state.writerId) {
    state.focus = { id: state.writerId, at: Math.max(now, state.focus.at + 1) };
    changedForAll(state);
  }
}

/**
 * The window lost focus. If the shared focus was this window's, none is
 * focused now; and the window that blurred last takes the sampler duty.
 */
function noteBlur(state: ClockState, now: number): void {
  state.focused = false;
  if (state.focus.id === state.writerId || state.focus.id === null) {
    state.focus = { id: null, at: Math.max(now, state.focus.at + 1) };
    changedForAll(state);
  }
  if (unfocusedEverywhere(state)) {
    takeDuty(state, now);
  }
}

/**
 * The next moment this window has a sampling job, or null: its next sample
 * while it holds the duty; otherwise, while no window is focused, the moment
 * the holder's lease has run out by one period (it may take over then).
 */
export function nextSamplingAt(state: ClockState, now: number): number | null {
  if (holdsDuty(state)) {
    return Math.max(now, (state.lastSampleTick ?? now) + samplePeriodMs(state));
  }
  if (!unfocusedEverywhere(state)) {
    return null;
  }
  return state.sampler === null ? now : Math.max(now, state.sampler.until + samplePeriodMs(state));
}

/**
 * A tick at `now`: whether this window samples now. It takes over a duty that
 * is free, and renews its lease to one period ahead (written with the
 * sample's answer, see applySample and samplingFailed). Returns the moment of
 * the previous tick (for the after-sleep rule), or null when it does not
 * sample.
 */
export function startTick(state: ClockState, now: number): number | null {
  if (dutyFree(state, now)) {
    takeDuty(state, now);
    return now;
  }
  if (!holdsDuty(state) || now < (state.lastSampleTick ?? now) + samplePeriodMs(state)) {
    return null;
  }
  const previous = state.lastSampleTick ?? now;
  state.lastSampleTick = now;
  state.sampler = { id: state.writerId, until: now + samplePeriodMs(state) };
  state.seq++;
  return previous;
}

/** A sample of this tick failed: the renewed lease is written all the same (this window is still on duty). */
export function samplingFailed(state: ClockState): void {
  changedForAll(state);
}

/** On a clean stop, the window on duty gives it up, so that another window takes it at its next tick rather than after the lease ran out. */
export function releaseDuty(state: ClockState): boolean {
  if (state.sampler?.id !== state.writerId) {
    return false;
  }
  state.sampler = null;
  changedForAll(state);
  return true;
}

/**
 * Applies a sample taken for the tick at `tickAt` (the previous tick at
 * `previousTick`; null for the sample a window takes as it regains focus).
 * Dropped unless time outside VS Code is counted here; after a tick that came
 * much later than its period (sleep), the idle is at least the time since the
 * previous tick. Returns whether what is shown may have changed.
 */
export function applySample(state: ClockState, sample: IdleSample, tickAt: number | null, previousTick: number | null): boolean {
  if (state.outside !== 'on' || !Number.isFinite(sample.idleMs) || sample.idleMs < 0 || !Number.isFinite(sample.at)) {
    return false;
  }
  if (tickAt !== null && !unfocusedEverywhere(state)) {
    return false; // a window was focused while the sample was taken: it counts from its focus
  }
  let idle = sample.idleMs;
  if (tickAt !== null && previousTick !== null && tickAt - previousTick > LATE_TICKS * samplePeriodMs(state)) {
    idle = Math.max(idle, sample.at - previousTick);
  }
  const changed = countActivity(state, sample.at - idle, 'outside');
  if (tickAt !== null) {
    changedForAll(state); // the renewed lease and what the sample added, in one write a period
  }
  return changed;
}
