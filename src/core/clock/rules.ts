// The coding clock: the rules of time, as state plus rules. No timers, no I/O:
// every method takes the time (epoch ms) as an input, so the same rules run in
// the extension, in tests with fake time, and when a stored state is read back.
//
// ClockRules is the one API of the rules. Each rule lives in a file named
// after it:
// - how activity counts as coding time, when a break is due, how a stretch
//   ends (codingTime.ts; the contract's "Words" are at its top);
// - take, skip, snooze, reset, pause and resume (decisions.ts);
// - a break offered early when a piece of work ends (goodMoments.ts);
// - quiet while debugging in any window (debugHold.ts);
// - which window shows the notification of a due break (notificationClaim.ts);
// - when a due break may prompt (promptPolicy.ts, told by promptContext.ts);
// - what one clock holds (state.ts), its stored form and validation
//   (stored.ts), the merge across windows (merge.ts) and the day
//   ledger (dayLedger.ts).
// This file adds what is shown (view, nextChangeAt) and storage across
// windows (toJSON, restore, mergeFrom, isCoveredBy).
import { decidePause, reset, skip, snooze, take } from './decisions';
import { changedForAll, dueMark, idleMs, isDue, newClockState, pausedAt, stretchMs, type ClockState, type ClockOptions } from './state';
import { applySample, holdsDuty, nextSamplingAt, noteBlur, releaseDuty, samplingFailed, startTick } from './sampling';
import type { IdleSample, OutsideStatus } from '../sitting/idleSource';
import { mergeShared, sharedIsCoveredBy } from './merge';
import { parseState, sharedOf, STATE_VERSION, type PauseUntil, type StoredClockState } from './stored';
import { countActivity, applyPendingNaturalBreak } from './codingTime';
import { holdMoments, renewDebugHold, setDebugging } from './debugHold';
import type { DaysSince, DayStats } from '../days/dayStats';
import { sameDisplay, type ActivityKind, type ClockView } from './view';
import type { GoodMomentSource } from '../goodMomentSources';
import { goodMoment, offeredAt } from './goodMoments';
import { claimNotification, dueKey } from './notificationClaim';
import { promptContext } from './promptContext';
import type { Settings } from '../settings';

export type { ClockOptions } from './state';
export { DEBUG_HOLD_MS, DEBUG_RENEW_MS } from './debugHold';

export class ClockRules {
  private readonly state: ClockState;

  constructor(options: ClockOptions) {
    this.state = newClockState(options);
  }

  /** A random id of this clock instance, written with its state. */
  get writerId(): string {
    return this.state.writerId;
  }

  /** Raised by each change other windows must see at once (take, skip, snooze, pause, resume, reset, natural break, due, offer, claim). */
  get rev(): number {
    return this.state.rev;
  }

  /** Raised by each change of the stored state (including every counted activity). */
  get seq(): number {
    return this.state.seq;
  }

  /** History per local day ('YYYY-MM-DD'), at most MAX_DAYS days. */
  get days(): Readonly<Record<string, Readonly<DayStats>>> {
    return this.state.ledger.all;
  }

  // ---- Input ---------------------------------------------------------------

  /**
   * An activity at `now` (the rules: codingTime.ts). O(1) and allocation-free
   * in the steady state. Returns whether what is shown may have changed (a
   * minute of the count or of today's time, due, the prompt, idle, a natural
   * break, the day).
   */
  activity(now: number, kind: ActivityKind): boolean {
    return countActivity(this.state, now, kind);
  }

  /** A break taken (whether due or not), begun at `begunAt` (see decisions.ts). Recorded if the stretch had any coding time. */
  take(now: number, begunAt?: number): boolean {
    return take(this.state, now, begunAt);
  }

  /** The due break skipped: recorded, and the count starts again. Only when due (the one "is a break due" guard, with snooze); returns whether it applied. */
  skip(now: number): boolean {
    return skip(this.state, now);
  }

  /**
   * A piece of work ended (a commit, a task, a debug session, a long terminal
   * command): if the break will be due within earlyPromptMinutes of coding,
   * it is offered now (the rule: goodMoments.ts). Returns whether it was.
   */
  goodMoment(now: number, source: GoodMomentSource): boolean {
    return goodMoment(this.state, now, source);
  }

  /** The count starts again; nothing is recorded. */
  reset(now: number): void {
    reset(this.state, now);
  }

  /**
   * Due again after snoozeMinutes more coding, counted from the current
   * coding time (the prompt may have waited). Only when due; returns whether it applied.
   */
  snooze(now: number): boolean {
    return snooze(this.state, now);
  }

  /** No prompt until `until` (epoch ms) or until resumed; time is still counted. */
  pause(now: number, until: PauseUntil): void {
    decidePause(this.state, now, until);
  }

  resume(now: number): void {
    decidePause(this.state, now, null);
  }

  /**
   * A debug session started or ended (all sessions of this window). The hold
   * is shared, so no window prompts while any window debugs. Returns whether
   * what is shown may change.
   */
  setDebugging(now: number, running: boolean): boolean {
    return setDebugging(this.state, now, running);
  }

  /** While this window debugs, renews its shared hold when it is due for renewal. Returns whether it did. */
  renewDebugHold(now: number): boolean {
    return renewDebugHold(this.state, now);
  }

  /** New settings apply at once. */
  setSettings(now: number, settings: Settings): void {
    this.state.settings = settings;
    this.state.prompt.noteDue(now, isDue(this.state));
  }

  /**
   * Claims the notification of the current due break: true only once per due
   * break across every window whose state was merged, only while the prompt
   * may show, and only in the window with the latest activity known (the one
   * the person uses). Windows that have not yet seen each other's latest
   * writes may both claim here; the adapter settles that with an exclusive
   * claim on disk (see dueKey).
   */
  claimNotification(now: number): boolean {
    return claimNotification(this.state, now);
  }

  /** Names the current due break, the same in every window: the stretch and its due mark. */
  get dueKey(): string {
    return dueKey(this.state);
  }

  // ---- Output --------------------------------------------------------------

  view(now: number): ClockView {
    const state = this.state;
    const prompt = state.prompt.state(now, promptContext(state, now));
    return {
      stretchMs: stretchMs(state),
      outsideMs: state.outsideMs,
      outside: state.outside,
      dueAtCodingMs: dueMark(state),
      due: isDue(state),
      offered: offeredAt(state),
      prompt: prompt === 'prompt',
      heldBy: prompt === 'typing' || prompt === 'debugging' ? prompt : null,
      pausedUntil: pausedAt(state, now),
      idle: state.lastActivity === null || now - state.lastActivity > idleMs(state),
      today: state.ledger.statsOf(state.ledger.dayKey(now)),
    };
  }

  /**
   * The next moment the view changes without new input, or this window has
   * a sampling job, or null if there is none: the end of a pause with an end,
   * the end of the typing wait (5 s after the last edit, or the 2-minute
   * cap), the renewal of this window's debug hold and the end of another
   * window's, and, while no window is focused and time outside VS Code is
   * counted, the next sample or the moment to take the sampler duty over
   * (sampling.ts). The count and due change only with input (see the top of
   * codingTime.ts). Not included, as nothing in the status bar depends on
   * them: the moment `idle` turns true, and the local midnight that starts a
   * new `today` (both show at the next render).
   */
  nextChangeAt(now: number): number | null {
    const state = this.state;
    if (!state.settings.enabled) {
      return null;
    }
    const moments: number[] = [];
    const sampling = nextSamplingAt(state, now);
    if (sampling !== null) {
      moments.push(sampling);
    }
    if (typeof state.pausedUntil === 'number' && state.pausedUntil > now) {
      moments.push(state.pausedUntil);
      return Math.min(...moments);
    }
    const typingEnds = state.prompt.typingWaitEndsAt(now, promptContext(state, now));
    if (typingEnds !== null) {
      moments.push(typingEnds);
    }
    holdMoments(state, now, moments);
    return moments.length > 0 ? Math.min(...moments) : null;
  }

  // ---- The sitting day (sampling.ts) ------------------------------------------

  /** Whether time outside VS Code is counted in this window ('on'), or why not. */
  setOutside(status: OutsideStatus): void {
    this.state.outside = status;
  }

  /**
   * This window is focused, as VS Code says at start (a focus that comes
   * later is an activity of its own), or it lost focus (sampling.ts).
   */
  setFocused(now: number, focused: boolean): void {
    const state = this.state;
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

  /** For each statistic added later, the first day it was recorded on (the CSV leaves earlier days blank). */
  get daysSince(): Readonly<DaysSince> {
    return this.state.ledger.since;
  }

  /** A tick of the sampling timer at `now`: the previous tick's moment when this window samples now, else null. */
  samplingTick(now: number): number | null {
    return startTick(this.state, now);
  }

  /** A sample of the system's input time (see applySample). Returns whether what is shown may have changed. */
  applySample(sample: IdleSample, tickAt: number | null, previousTick: number | null): boolean {
    return applySample(this.state, sample, tickAt, previousTick);
  }

  /** A sample of this tick failed (see samplingFailed). */
  samplingFailed(): void {
    samplingFailed(this.state);
  }

  /** On a clean stop, gives the sampler duty up (see releaseDuty). */
  releaseDuty(): boolean {
    return releaseDuty(this.state);
  }

  /** This window holds the sampler duty. */
  get sampling(): boolean {
    return holdsDuty(this.state);
  }

  // ---- Storage and windows -------------------------------------------------

  toJSON(): StoredClockState {
    return { version: STATE_VERSION, writer: this.state.writerId, ...sharedOf(this.state), days: this.state.ledger.toJSON(), daysSince: { ...this.state.ledger.since } };
  }

  /**
   * A clock from a stored state of unknown quality (see stored.ts). Then
   * the gap since the stored last activity is judged by the usual rules: one
   * of at least naturalBreakMinutes is a natural break.
   */
  static restore(raw: unknown, now: number, options: ClockOptions): { rules: ClockRules; problems: string[] } {
    const rules = new ClockRules(options);
    const state = rules.state;
    const problems: string[] = [];
    if (raw !== undefined && raw !== null) {
      const parsed = parseState(raw, problems);
      if (parsed) {
        Object.assign(state, sharedOf(parsed.state));
        state.ledger.load(parsed.state.days, parsed.state.daysSince);
      }
    }
    applyPendingNaturalBreak(state, now);
    state.prompt.noteDue(now, isDue(state));
    return { rules, problems };
  }

  /**
   * Adopts another window's stored state (the rules are in merge.ts);
   * day history takes, per day and field, the larger number, so activity seen
   * by both windows counts once. Returns whether the view changed.
   */
  mergeFrom(raw: unknown, now: number): boolean {
    const parsed = parseState(raw, []);
    if (!parsed || !parsed.knownVersion) {
      return false;
    }
    const state = this.state;
    const before = this.view(now);
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
    return !sameDisplay(before, this.view(now));
  }

  /**
   * Whether a stored state already holds everything this clock knows (the
   * same stretch, count, pause decision and day numbers). When two windows
   * write at nearly the same moment, the later write replaces the earlier in
   * storage; the window whose state was replaced sees, after merging, that
   * the store lacks something and writes the union back, so no decision is
   * lost. Merging is monotone, so this settles after one round.
   */
  isCoveredBy(raw: unknown): boolean {
    if (!sharedIsCoveredBy(this.state, raw)) {
      return false;
    }
    const { days, daysSince } = raw as { days?: unknown; daysSince?: unknown };
    return typeof days === 'object' && days !== null && this.state.ledger.isCoveredBy(days as Record<string, Partial<DayStats>>,
      typeof daysSince === 'object' && daysSince !== null ? daysSince as Record<string, unknown> : {});
  }
}
