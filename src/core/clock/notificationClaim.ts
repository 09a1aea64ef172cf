// The notification of a due break shows in one window only: the window with
// the latest activity known (the one the person uses) claims it, once per due
// break, through the shared state. Windows that have not yet seen each
// other's latest writes may both claim here; the adapter settles that with an
// exclusive claim on disk, named by dueKey. A break offered at a good moment
// has a claim of its own (in the offer), so declining the offer leaves the
// notification of the break at its due mark unclaimed.
//
// Pure: no vscode import.

import { changedForAll, dueMark, isOffered, type ClockState } from './state';
import type { Offer } from './stored';
import { applyPendingNaturalBreak } from './codingTime';
import { promptContext } from './promptContext';

/**
 * Claims the notification of the current due break: true only once per due
 * break across every window whose state was merged, only while the prompt
 * may show, and only in the window with the latest activity known.
 */
export function claimNotification(state: ClockState, now: number): boolean {
  applyPendingNaturalBreak(state, now);
  const mark = dueMark(state);
  const offer = isOffered(state) ? state.offer as Offer : null;
  const claimed = offer ? offer.claimed : state.claimedDueMs >= mark;
  if (state.prompt.state(now, promptContext(state, now)) !== 'prompt' || claimed) {
    return false;
  }
  const shared = state.lastActivity;
  if (state.ownLastActivity === null || (shared !== null && state.ownLastActivity < shared)) {
    return false; // another window was used more recently
  }
  if (offer) {
    state.offer = { ...offer, claimed: true };
  } else {
    state.claimedDueMs = mark;
  }
  changedForAll(state);
  return true;
}

/** Names the current due break, the same in every window: the stretch and its due mark (and whether it is the offer of it). */
export function dueKey(state: ClockState): string {
  return `${state.stretchStart}-${dueMark(state)}${isOffered(state) ? '-offered' : ''}`;
}
