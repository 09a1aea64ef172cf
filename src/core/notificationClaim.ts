// The notification of a due break shows in one window only: the window with
// the latest activity known (the one the person uses) claims it, once per due
// break, through the shared state. Windows that have not yet seen each
// other's latest writes may both claim here; the adapter settles that with an
// exclusive claim on disk, named by dueKey.
//
// Pure: no vscode import.

import { changedForAll, dueMark, type ClockCore } from './clockCore';
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
  if (core.prompt.state(now, promptContext(core, now)) !== 'prompt' || core.s.claimedDueMs >= mark) {
    return false;
  }
  const shared = core.s.lastActivity;
  if (core.ownLastActivity === null || (shared !== null && core.ownLastActivity < shared)) {
    return false; // another window was used more recently
  }
  core.s.claimedDueMs = mark;
  changedForAll(core);
  return true;
}

/** Names the current due break, the same in every window: the stretch and its due mark. */
export function dueKey(core: ClockCore): string {
  return `${core.s.stretchStart}-${dueMark(core)}`;
}
