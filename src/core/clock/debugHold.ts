// Quiet while debugging, across windows: a window that debugs shares a hold
// on the prompt (until when, and when it decided that), so no window prompts
// while any window debugs. The debugging window renews its hold every
// DEBUG_RENEW_MS; a window that crashed mid-debug holds the others at most
// DEBUG_HOLD_MS more. The later decision of a window wins in a merge
// (merge.ts), so a stale copy relayed by a third window cannot undo a
// release.
//
// Pure: no vscode import.

import { changedForAll, isDue, type ClockState } from './state';
import type { PromptContext } from './promptPolicy';
import { MINUTE } from '../time';

/** A debugging window holds the prompt in every window for this long, renewed while it debugs... */
export const DEBUG_HOLD_MS = 3 * MINUTE;
/** ...every this long, so a window that crashed holds it at most DEBUG_HOLD_MS more. */
export const DEBUG_RENEW_MS = 2 * MINUTE;
/** Another window's hold that ended longer ago than this is dropped. */
const OLD_HOLD_MS = 60 * MINUTE;

/**
 * A debug session started or ended (all sessions of this window). The hold
 * is shared, so no window prompts while any window debugs. Returns whether
 * what is shown may change.
 */
export function setDebugging(state: ClockState, now: number, running: boolean): boolean {
  if (!state.prompt.setDebugging(now, running)) {
    return false;
  }
  decideHold(state, now, running);
  return isDue(state) && state.settings.quietWhileDebugging;
}

/** While this window debugs, renews its shared hold when it is due for renewal. Returns whether it did. */
export function renewDebugHold(state: ClockState, now: number): boolean {
  const own = state.debugHolds[state.writerId];
  if (!state.prompt.isDebugging || (own && now < own.at + DEBUG_RENEW_MS && now >= own.at)) {
    return false;
  }
  decideHold(state, now, true);
  return true;
}

/** Sets whether another window debugs now, and when another window's debugging last ended (0: never). */
export function noteDebugElsewhere(state: ClockState, now: number, into: Pick<PromptContext, 'debuggingElsewhere' | 'debugEndedElsewhere'>): void {
  let debuggingElsewhere = false;
  let debugEndedElsewhere = 0;
  for (const writer of Object.keys(state.debugHolds)) {
    if (writer === state.writerId) {
      continue;
    }
    const hold = state.debugHolds[writer];
    if (hold.until > now) {
      debuggingElsewhere = true;
    } else {
      debugEndedElsewhere = Math.max(debugEndedElsewhere, hold.until === 0 ? hold.at : hold.until);
    }
  }
  into.debuggingElsewhere = debuggingElsewhere;
  into.debugEndedElsewhere = debugEndedElsewhere;
}

/** Adds to `moments` when the holds change without input: this window's renewal, and the end of each other window's hold. */
export function holdMoments(state: ClockState, now: number, moments: number[]): void {
  const own = state.debugHolds[state.writerId];
  if (state.prompt.isDebugging && own) {
    moments.push(Math.max(own.at + DEBUG_RENEW_MS, now + 1)); // renew the hold
  }
  for (const writer of Object.keys(state.debugHolds)) {
    const until = state.debugHolds[writer].until;
    if (writer !== state.writerId && until > now) {
      moments.push(until); // another window's hold runs out (it crashed, or stopped renewing)
    }
  }
}

/** This window's shared debug hold: held from now (renewed while it debugs), or released. Old holds of others are dropped. */
function decideHold(state: ClockState, now: number, holding: boolean): void {
  const holds = state.debugHolds;
  const own = holds[state.writerId];
  holds[state.writerId] = { until: holding ? now + DEBUG_HOLD_MS : 0, at: Math.max(now, (own?.at ?? 0) + 1) };
  for (const writer of Object.keys(holds)) {
    const hold = holds[writer];
    if (writer !== state.writerId && Math.max(hold.until, hold.at) < now - OLD_HOLD_MS) {
      delete holds[writer];
    }
  }
  changedForAll(state);
}
