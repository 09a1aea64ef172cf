// The notification of a due break shows in one window only: the window with
// the latest activity known (the one the person uses) claims it, once per due
// break, through the shared state. Windows that have not yet seen each
// other's latest writes may both claim here; the adapter settles that with an
// exclusive claim on disk, named by dueKey. A break offered at a good moment
// has a claim of its own (in the offer), so declining the offer leaves the
// notification of the break at its due mark unclaimed.
//
// Pure: no vscode import.

import { changedForAll, dueMark, isOffered, type ClockCore } from './clockCore';
import type { Offer } from './clockState';
import { applyPendingNaturalBreak } from './codingTime';
import { promptContext } from './promptContext';

/**
 * Claims the notification of the current due break: true only once per due
 * break across every window whose state was merged, only while the prompt
 * may show, and only in the window with the latest activity known.
 */
export function claimNotification(core: ClockCore, now: number): boolean {
  applyPendingNaturalBreak(core, now);
  const mark = dueMark(core);
  const offer = isOffered(core) ? core.s.offer as Offer : null;
  const claimed = offer ? offer.claimed : core.s.claimedDueMs >= mark;
  if (core.prompt.state(now, promptContext(core, now)) !== 'prompt' || claimed) {
    return false;
  }
  const shared = core.s.lastActivity;
  if (core.ownLastActivity === null || (shared !== null && core.ownLastActivity < shared)) {
    return false; // another window was used more recently
  }
  if (offer) {
    core.s.offer = { ...offer, claimed: true };
  } else {
    core.s.claimedDueMs = mark;
  }
  changedForAll(core);
  return true;
}

/** Names the current due break, the same in every window: the stretch and its due mark (and whether it is the offer of it). */
export function dueKey(core: ClockCore): string {
  return `${core.s.stretchStart}-${dueMark(core)}${isOffered(core) ? '-offered' : ''}`;
}
