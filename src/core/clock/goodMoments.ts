// Good moments: when a break will be due within earlyPromptMinutes of coding
// and a piece of work ends (a commit, a task, a debug session, a long
// terminal command: goodMomentSources.ts), the break is offered then. The
// contract's "Good moments":
// - An offered break is due: the one "is a break due" check (isDue in
//   state.ts) says so, so the prompt, Start, Skip and the notification
//   work as for any due break; the typing wait holds it like any other.
// - It is offered once per due mark: more good moments in a row change
//   nothing, and neither do good moments after it was declined.
// - Snooze declines it: the break falls back to its due mark, and nothing is
//   recorded. Skip records a skipped break, Start (take) a taken one, and a
//   break taken while it stands counts as an offered break taken.
// - The offer is shared state (stored.ts), merged across windows
//   (merge.ts), so every window shows it and one shows the notification.
// - Off is off: with earlyPromptMinutes 0, or the source's setting off, or
//   reminders off or paused, a good moment changes nothing.
//
// Pure: no vscode import.

import { changedForAll, dueMark, isOffered, pausedAt, stretchMs, type ClockState } from './state';
import type { Offer } from './stored';
import { applyPendingNaturalBreak } from './codingTime';
import { goodMomentSetting, type GoodMomentSource } from '../goodMomentSources';
import { MINUTE } from '../time';

/**
 * A piece of work ended at `now`. Offers the break if it will be due within
 * earlyPromptMinutes of coding and has not been offered yet. Returns whether
 * it did.
 */
export function goodMoment(state: ClockState, now: number, source: GoodMomentSource): boolean {
  const settings = state.settings;
  if (!settings.enabled || settings.earlyPromptMinutes <= 0 || !settings[goodMomentSetting(source)] || settings.reminderStyle === 'off') {
    return false;
  }
  applyPendingNaturalBreak(state, now);
  const mark = dueMark(state);
  const sitting = stretchMs(state);
  if (pausedAt(state, now) !== null || sitting <= 0 || sitting >= mark || mark - sitting > settings.earlyPromptMinutes * MINUTE) {
    return false; // paused, nothing coded yet, already due, or not yet close enough
  }
  if (state.offer !== null && state.offer.dueMs === mark) {
    return false; // offered once per due mark (and a declined offer stays declined)
  }
  state.offer = { dueMs: mark, at: now, source, claimed: false, declined: false };
  state.ledger.record(state.ledger.dayKey(now)).offered++;
  state.prompt.becameDue(now);
  changedForAll(state);
  return true;
}

/** The good moment the current break was offered at, while the offer stands; else null. */
export function offeredAt(state: ClockState): GoodMomentSource | null {
  return isOffered(state) ? (state.offer as Offer).source : null;
}

/**
 * Snooze of an offered break that is not due by its coding time: the offer is
 * declined, the break falls back to its due mark, nothing is recorded.
 * Returns whether it applied.
 */
export function declineOffer(state: ClockState): boolean {
  const offer = state.offer;
  if (!isOffered(state) || offer === null || stretchMs(state) >= dueMark(state)) {
    return false;
  }
  state.offer = { ...offer, declined: true };
  state.prompt.clearDue();
  changedForAll(state);
  return true;
}

/**
 * The two windows' offers of one stretch as one: the offer for the later due
 * mark; for the same mark, the first good moment, claimed if either was, and
 * declined if either was. Monotone, so windows agree after one round.
 * Returns `mine` itself when it already holds everything.
 */
export function joinOffers(mine: Offer | null, theirs: Offer | null): Offer | null {
  if (theirs === null) {
    return mine;
  }
  if (mine === null || theirs.dueMs > mine.dueMs) {
    return theirs;
  }
  if (theirs.dueMs < mine.dueMs) {
    return mine;
  }
  const first = theirs.at < mine.at || (theirs.at === mine.at && theirs.source < mine.source) ? theirs : mine;
  const joined: Offer = {
    dueMs: mine.dueMs,
    at: first.at,
    source: first.source,
    claimed: mine.claimed || theirs.claimed,
    declined: mine.declined || theirs.declined,
  };
  return sameOffer(joined, mine) ? mine : joined;
}

export function sameOffer(a: Readonly<Partial<Offer>> | null | undefined, b: Readonly<Partial<Offer>> | null | undefined): boolean {
  if (a === null || a === undefined || b === null || b === undefined) {
    return (a ?? null) === (b ?? null);
  }
  return a.dueMs === b.dueMs && a.at === b.at && a.source === b.source && a.claimed === b.claimed && a.declined === b.declined;
}
