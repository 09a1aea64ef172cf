// The merge across windows: how one window adopts another's stored state so
// that every window shows one clock. Merging is monotone (a later stretch, a
// larger count, a later pause decision win), so two windows that keep merging
// each other's writes agree after one round.
//
// Pure: no vscode import.

import { parseState, type DebugHold, type Focus, type SamplerLease, type SharedClock, type StoredClockState } from './stored';
import { joinOffers, sameOffer } from './goodMoments';
import { isDue, type ClockState } from './state';
import { viewAt } from './display';
import { sameDisplay } from './view';
import type { DayStats } from '../days/dayStats';

/**
 * Adopts another window's stored state (the rules: mergeShared below); day
 * history takes, per day and field, the larger number, so activity seen by
 * both windows counts once. Returns whether the view changed.
 */
export function mergeFrom(state: ClockState, raw: unknown, now: number): boolean {
  const parsed = parseState(raw, []);
  if (!parsed || !parsed.knownVersion) {
    return false;
  }
  const before = viewAt(state, now);
  const merged = mergeShared(state, parsed.state);
  if (merged.newStretch) {
    state.prompt.clearDue();
  }
  if (merged.lastActivityMoved) {
    state.lastActivityDay = null;
  }
  const daysChanged = state.ledger.merge(parsed.state.days, parsed.state.daysSince);
  if (merged.changed || daysChanged) {
    state.seq++;
  }
  state.prompt.noteDue(now, isDue(state));
  return !sameDisplay(before, viewAt(state, now));
}

/**
 * Whether a stored state already holds everything this clock knows (the
 * same stretch, count, pause decision and day numbers). When two windows
 * write at nearly the same moment, the later write replaces the earlier in
 * storage; the window whose state was replaced sees, after merging, that
 * the store lacks something and writes the union back, so no decision is
 * lost. Merging is monotone, so this settles after one round.
 */
export function isCoveredBy(state: ClockState, raw: unknown): boolean {
  if (!sharedIsCoveredBy(state, raw)) {
    return false;
  }
  const { days, daysSince } = raw as { days?: unknown; daysSince?: unknown };
  return typeof days === 'object' && days !== null && state.ledger.isCoveredBy(days as Record<string, Partial<DayStats>>,
    typeof daysSince === 'object' && daysSince !== null ? daysSince as Record<string, unknown> : {});
}

interface MergeResult {
  /** Anything of the shared state changed. */
  changed: boolean;
  /** A later stretch replaced this one (a break or reset happened there later). */
  newStretch: boolean;
  /** The last activity moved (its local day is no longer known). */
  lastActivityMoved: boolean;
}

/**
 * Merges `other` into `mine` (which it changes). A later stretch start
 * replaces this stretch; within the same stretch the larger time in VS Code
 * and elsewhere, snooze and claim win, and the offers of a good moment join
 * (joinOffers); the later last activity of the current stretch wins; the
 * later pause decision wins; each window's debug hold as it last decided it
 * wins; the later focus or blur wins, and the sampler lease that lasts
 * longer; the larger rev is kept.
 */
function mergeShared(mine: SharedClock, other: StoredClockState): MergeResult {
  const result: MergeResult = { changed: false, newStretch: false, lastActivityMoved: false };
  if (other.stretchStart > mine.stretchStart) {
    // My activity before their stretch began belongs to the stretch that ended.
    if (mine.lastActivity !== null && mine.lastActivity < other.stretchStart) {
      mine.lastActivity = null;
      result.lastActivityMoved = true;
    }
    mine.stretchStart = other.stretchStart;
    mine.codingMs = other.codingMs;
    mine.outsideMs = other.outsideMs;
    mine.snoozeMs = other.snoozeMs;
    mine.claimedDueMs = other.claimedDueMs;
    mine.offer = other.offer;
    result.newStretch = true;
    result.changed = true;
  } else if (other.stretchStart === mine.stretchStart) {
    if (other.codingMs > mine.codingMs || other.outsideMs > mine.outsideMs || other.snoozeMs > mine.snoozeMs || other.claimedDueMs > mine.claimedDueMs) {
      mine.codingMs = Math.max(mine.codingMs, other.codingMs);
      mine.outsideMs = Math.max(mine.outsideMs, other.outsideMs);
      mine.snoozeMs = Math.max(mine.snoozeMs, other.snoozeMs);
      mine.claimedDueMs = Math.max(mine.claimedDueMs, other.claimedDueMs);
      result.changed = true;
    }
    const offer = joinOffers(mine.offer, other.offer);
    if (offer !== mine.offer) {
      mine.offer = offer;
      result.changed = true;
    }
  }
  if (other.lastActivity !== null && other.lastActivity >= mine.stretchStart
    && (mine.lastActivity === null || other.lastActivity > mine.lastActivity)) {
    mine.lastActivity = other.lastActivity;
    result.lastActivityMoved = true;
    result.changed = true;
  }
  if (other.pauseDecidedAt > mine.pauseDecidedAt) {
    mine.pausedUntil = other.pausedUntil;
    mine.pauseDecidedAt = other.pauseDecidedAt;
    result.changed = true;
  }
  for (const writer of Object.keys(other.debugHolds)) {
    const theirs = other.debugHolds[writer];
    const own = mine.debugHolds[writer];
    if (!own || theirs.at > own.at) {
      mine.debugHolds[writer] = { until: theirs.until, at: theirs.at };
      result.changed = true;
    }
  }
  if (other.focus.at > mine.focus.at) {
    mine.focus = other.focus;
    result.changed = true;
  }
  if (laterLease(other.sampler, mine.sampler)) {
    mine.sampler = other.sampler;
    result.changed = true;
  }
  mine.rev = Math.max(mine.rev, other.rev);
  return result;
}

/** Whether lease `a` outlasts `b`: the later end wins, and at the same end the smaller id (so every window picks the same). */
function laterLease(a: SamplerLease | null, b: SamplerLease | null): boolean {
  return a !== null && (b === null || a.until > b.until || (a.until === b.until && a.id < b.id));
}

/** The shared fields whose values a stored state must hold for it to cover `mine` (rev and seq name versions, not content). */
const CONTENT: readonly (keyof SharedClock)[] = ['stretchStart', 'codingMs', 'outsideMs', 'lastActivity', 'snoozeMs', 'claimedDueMs', 'pausedUntil', 'pauseDecidedAt'];

/** Whether a stored state (of unknown shape) holds the same stretch, count, claim, offer and pause decision as `mine`. */
function sharedIsCoveredBy(mine: SharedClock, raw: unknown): boolean {
  if (typeof raw !== 'object' || raw === null) {
    return false;
  }
  const other = raw as Partial<SharedClock>;
  if (!CONTENT.every((field) => other[field] === mine[field]) || !sameOffer(other.offer, mine.offer)) {
    return false;
  }
  const focus = other.focus as Partial<Focus> | undefined;
  const sampler = other.sampler as Partial<SamplerLease> | null | undefined;
  if (focus?.id !== mine.focus.id || focus?.at !== mine.focus.at
    || (mine.sampler === null ? sampler !== null && sampler !== undefined : sampler?.id !== mine.sampler.id || sampler?.until !== mine.sampler.until)) {
    return false;
  }
  const holds = other.debugHolds as Record<string, Partial<DebugHold> | undefined> | undefined;
  return Object.keys(mine.debugHolds).every((writer) => {
    const theirs = holds?.[writer];
    return theirs !== undefined && theirs.until === mine.debugHolds[writer].until && theirs.at === mine.debugHolds[writer].at;
  });
}
