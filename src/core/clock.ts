// The coding clock: the rules of time, as state plus rules. No timers, no I/O:
// every method takes the time (epoch ms) as an input, so the same rules run in
// the extension, in tests with fake time, and when a stored state is read back.
//
// How it counts (the contract's "Words"):
// - Each activity ends a gap (the time since the previous activity).
// - A gap of at most idleSeconds counts fully as coding time (thinking counts).
// - A longer gap counts nothing; a gap of at least naturalBreakMinutes is a
//   natural break: the count starts again from zero and, if the stretch had any
//   coding time, a natural break is recorded on the day of the activity that
//   ends the gap.
// - A gap with the clock going backwards counts as no time, never negative. A
//   jump forwards (sleep, suspend) is just a long gap.
// - Due: continuous coding time has reached intervalMinutes plus snoozes.
//
// What is shown between two activities: coding time counts only once a gap is
// confirmed by the activity that ends it. A running gap cannot be shown as it
// runs, because it is only coding time if it ends within idleSeconds; counting
// it early would make the shown time go backwards when it does not. So the
// shown count never decreases except at a break (taken, skipped, reset,
// natural), it lags real time by at most the current gap, and it changes only
// with input: no timer is needed to advance it. For the same reason a break
// becomes due at the activity that brings the count to the due mark, and a
// pending natural break (a gap already longer than naturalBreakMinutes) is
// applied by the next input (activity, command, restore), not by a timer.
//
// The parts, each in a file named after it: the stored form and its
// validation (clockState.ts), the merge across windows (clockMerge.ts), the
// day ledger (dayLedger.ts) and when a due break may prompt (promptPolicy.ts).
import { mergeShared, sharedIsCoveredBy } from './clockMerge';
import { initialShared, parseState, sharedOf, STATE_VERSION, type PauseUntil, type SharedClock, type StoredClockState } from './clockState';
import { DayLedger, localDayKey } from './dayLedger';
import type { DayStats } from './dayStats';
import { sameDisplay } from './format';
import { PromptPolicy, type PromptContext } from './promptPolicy';
import type { ActivityKind, ClockView, Settings } from './types';

const MINUTE = 60_000;
/** A debugging window holds the prompt in every window for this long, renewed while it debugs... */
export const DEBUG_HOLD_MS = 3 * MINUTE;
/** ...every this long, so a window that crashed holds it at most DEBUG_HOLD_MS more. */
export const DEBUG_RENEW_MS = 2 * MINUTE;

export interface ClockOptions {
  settings: Settings;
  /** A random id of this clock instance, written with its state. */
  writerId: string;
  /** The local day of an epoch ms, 'YYYY-MM-DD'. Default: the local time zone. */
  localDay?: (ms: number) => string;
}

export class CodingClock {
  readonly writerId: string;
  private settings: Settings;
  /** Shared state (stored, merged across windows). */
  private readonly s: SharedClock = initialShared();
  private readonly ledger: DayLedger;
  /** Local to this window: when a due break may prompt here. */
  private readonly prompt = new PromptPolicy();
  /** Local day of lastActivity; null when not known yet. */
  private lastActivityDay: string | null = null;
  /** This window's own last activity (the shared one may be another window's). */
  private ownLastActivity: number | null = null;

  constructor(options: ClockOptions) {
    this.settings = options.settings;
    this.writerId = options.writerId;
    this.ledger = new DayLedger(options.localDay ?? localDayKey);
  }

  /** Raised by each change other windows must see at once (take, skip, snooze, pause, resume, reset, natural break, due, claim). */
  get rev(): number {
    return this.s.rev;
  }

  /** Raised by each change of the stored state (including every counted activity). */
  get seq(): number {
    return this.s.seq;
  }

  /** History per local day ('YYYY-MM-DD'), at most MAX_DAYS days. */
  get days(): Readonly<Record<string, Readonly<DayStats>>> {
    return this.ledger.all;
  }

  // ---- Input ---------------------------------------------------------------

  /**
   * An activity at `now`. O(1) and allocation-free in the steady state.
   * Returns whether what is shown may have changed (a minute of the count or of
   * today's time, due, the prompt, idle, a natural break, the day).
   */
  activity(now: number, kind: ActivityKind): boolean {
    if (!this.settings.enabled) {
      return false;
    }
    // The typing wait is judged on the edits before this one.
    let changed = kind === 'edit' && this.prompt.endTypingWaitIfOver(now, this.promptContext(now));
    const day = this.ledger.dayKey(now);
    const last = this.s.lastActivity;
    if (last === null) {
      changed = true; // from idle to active
    } else {
      const gap = now - last;
      if (gap < 0) {
        changed = true; // the clock went back: no time, maybe another day
      } else if (gap <= this.idleMs) {
        changed = this.addCoding(last, now, day) || changed;
      } else {
        changed = true; // from idle to active
        if (gap >= this.naturalMs) {
          this.naturalBreak(now, now);
        }
      }
    }
    this.s.lastActivity = now;
    this.lastActivityDay = day;
    this.ownLastActivity = now;
    if (kind === 'edit') {
      this.prompt.noteEdit(now);
    }
    if (kind === 'focus') {
      this.changedForAll();
    } else {
      this.s.seq++;
    }
    this.renewDebugHold(now);
    return changed;
  }

  /** A break taken (whether due or not). Recorded if the stretch had any coding time. */
  take(now: number): boolean {
    return this.endStretch(now, 'taken');
  }

  /** The due break skipped: recorded, and the count starts again. Only when due (the one "is a break due" guard, with snooze); returns whether it applied. */
  skip(now: number): boolean {
    this.settle(now);
    return this.isDue() && this.endStretch(now, 'skipped');
  }

  /** The count starts again; nothing is recorded. */
  reset(now: number): void {
    this.settle(now);
    this.restart(now, now);
  }

  /**
   * Due again after snoozeMinutes more coding, counted from the current
   * coding time (the prompt may have waited). Only when due; returns whether it applied.
   */
  snooze(now: number): boolean {
    this.settle(now);
    if (!this.isDue()) {
      return false;
    }
    const snooze = this.settings.snoozeMinutes * MINUTE;
    this.s.snoozeMs = Math.max(this.s.snoozeMs + snooze, this.s.codingMs + snooze - this.intervalMs);
    this.ledger.record(this.ledger.dayKey(now)).snoozed++;
    this.prompt.clearDue();
    this.changedForAll();
    return true;
  }

  /** No prompt until `until` (epoch ms) or until resumed; time is still counted. */
  pause(now: number, until: PauseUntil): void {
    this.decidePause(now, until);
  }

  resume(now: number): void {
    this.decidePause(now, null);
  }

  /**
   * A debug session started or ended (all sessions of this window). The hold
   * is shared, so no window prompts while any window debugs. Returns whether
   * what is shown may change.
   */
  setDebugging(now: number, running: boolean): boolean {
    if (!this.prompt.setDebugging(now, running)) {
      return false;
    }
    this.decideHold(now, running);
    return this.isDue() && this.settings.quietWhileDebugging;
  }

  /** While this window debugs, renews its shared hold when it is due for renewal. Returns whether it did. */
  renewDebugHold(now: number): boolean {
    const own = this.s.debugHolds[this.writerId];
    if (!this.prompt.isDebugging || (own && now < own.at + DEBUG_RENEW_MS && now >= own.at)) {
      return false;
    }
    this.decideHold(now, true);
    return true;
  }

  /** New settings apply at once. */
  setSettings(now: number, settings: Settings): void {
    this.settings = settings;
    this.prompt.noteDue(now, this.isDue());
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
    this.settle(now);
    if (this.prompt.state(now, this.promptContext(now)) !== 'prompt' || this.s.claimedDueMs >= this.dueMark) {
      return false;
    }
    if (this.ownLastActivity === null || (this.s.lastActivity !== null && this.ownLastActivity < this.s.lastActivity)) {
      return false; // another window was used more recently
    }
    this.s.claimedDueMs = this.dueMark;
    this.changedForAll();
    return true;
  }

  /** Names the current due break, the same in every window: the stretch and its due mark. */
  get dueKey(): string {
    return `${this.s.stretchStart}-${this.dueMark}`;
  }

  // ---- Output --------------------------------------------------------------

  view(now: number): ClockView {
    const state = this.prompt.state(now, this.promptContext(now));
    return {
      codingMs: this.s.codingMs,
      dueAtCodingMs: this.dueMark,
      due: this.isDue(),
      prompt: state === 'prompt',
      heldBy: state === 'typing' || state === 'debugging' ? state : null,
      pausedUntil: this.pausedAt(now),
      idle: this.s.lastActivity === null || now - this.s.lastActivity > this.idleMs,
      today: this.ledger.statsOf(this.ledger.dayKey(now)),
    };
  }

  /**
   * The next moment the view changes without new input, or null if it does
   * not: the end of a pause with an end, and the end of the typing wait (5 s
   * after the last edit, or the 2-minute cap). The count and due change only
   * with input (see the top of this file). Not included, as nothing in the
   * status bar depends on them: the moment `idle` turns true, and the local
   * midnight that starts a new `today` (both show at the next render).
   */
  nextChangeAt(now: number): number | null {
    if (!this.settings.enabled) {
      return null;
    }
    if (typeof this.s.pausedUntil === 'number' && this.s.pausedUntil > now) {
      return this.s.pausedUntil;
    }
    const moments: number[] = [];
    const typingEnds = this.prompt.typingWaitEndsAt(now, this.promptContext(now));
    if (typingEnds !== null) {
      moments.push(typingEnds);
    }
    const own = this.s.debugHolds[this.writerId];
    if (this.prompt.isDebugging && own) {
      moments.push(Math.max(own.at + DEBUG_RENEW_MS, now + 1)); // renew the hold
    }
    for (const writer of Object.keys(this.s.debugHolds)) {
      const until = this.s.debugHolds[writer].until;
      if (writer !== this.writerId && until > now) {
        moments.push(until); // another window's hold runs out (it crashed, or stopped renewing)
      }
    }
    return moments.length > 0 ? Math.min(...moments) : null;
  }

  // ---- Storage and windows -------------------------------------------------

  toJSON(): StoredClockState {
    return { version: STATE_VERSION, writer: this.writerId, ...sharedOf(this.s), days: this.ledger.toJSON() };
  }

  /**
   * A clock from a stored state of unknown quality (see clockState.ts). Then
   * the gap since the stored last activity is judged by the usual rules: one
   * of at least naturalBreakMinutes is a natural break.
   */
  static restore(raw: unknown, now: number, options: ClockOptions): { clock: CodingClock; problems: string[] } {
    const clock = new CodingClock(options);
    const problems: string[] = [];
    if (raw !== undefined && raw !== null) {
      const parsed = parseState(raw, problems);
      if (parsed) {
        Object.assign(clock.s, sharedOf(parsed.state));
        clock.ledger.load(parsed.state.days);
      }
    }
    clock.settle(now);
    clock.prompt.noteDue(now, clock.isDue());
    return { clock, problems };
  }

  /**
   * Adopts another window's stored state (the rules are in clockMerge.ts);
   * day history takes, per day and field, the larger number, so activity seen
   * by both windows counts once. Returns whether the view changed.
   */
  mergeFrom(raw: unknown, now: number): boolean {
    const parsed = parseState(raw, []);
    if (!parsed || !parsed.knownVersion) {
      return false;
    }
    const before = this.view(now);
    const merged = mergeShared(this.s, parsed.state);
    if (merged.newStretch) {
      this.prompt.clearDue();
    }
    if (merged.lastActivityMoved) {
      this.lastActivityDay = null;
    }
    const daysChanged = this.ledger.merge(parsed.state.days);
    if (merged.changed || daysChanged) {
      this.s.seq++;
    }
    this.prompt.noteDue(now, this.isDue());
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
    if (!sharedIsCoveredBy(this.s, raw)) {
      return false;
    }
    const days = (raw as { days?: unknown }).days;
    return typeof days === 'object' && days !== null && this.ledger.isCoveredBy(days as Record<string, Partial<DayStats>>);
  }

  // ---- Rules ---------------------------------------------------------------

  private get idleMs(): number {
    return this.settings.idleSeconds * 1000;
  }

  private get naturalMs(): number {
    return this.settings.naturalBreakMinutes * MINUTE;
  }

  private get intervalMs(): number {
    return this.settings.intervalMinutes * MINUTE;
  }

  private get dueMark(): number {
    return this.intervalMs + this.s.snoozeMs;
  }

  private isDue(): boolean {
    return this.settings.enabled && this.s.codingMs >= this.dueMark;
  }

  private promptContext(now: number): PromptContext {
    const until = this.s.pausedUntil;
    let debuggingElsewhere = false;
    let debugEndedElsewhere = 0;
    for (const writer of Object.keys(this.s.debugHolds)) {
      if (writer === this.writerId) {
        continue;
      }
      const hold = this.s.debugHolds[writer];
      if (hold.until > now) {
        debuggingElsewhere = true;
      } else {
        debugEndedElsewhere = Math.max(debugEndedElsewhere, hold.until === 0 ? hold.at : hold.until);
      }
    }
    return {
      debuggingElsewhere,
      debugEndedElsewhere,
      due: this.isDue(),
      reminderStyle: this.settings.reminderStyle,
      quietWhileDebugging: this.settings.quietWhileDebugging,
      paused: this.pausedAt(now) !== null,
      pauseEnd: typeof until === 'number' ? until : this.s.pauseDecidedAt,
    };
  }

  /** A change other windows must see at once. */
  private changedForAll(): void {
    this.s.rev++;
    this.s.seq++;
  }

  /** Counts a confirmed gap [from, to] as coding time, split at local midnight. */
  private addCoding(from: number, to: number, toDay: string): boolean {
    const wasDue = this.isDue();
    const minuteBefore = Math.floor(this.s.codingMs / MINUTE);
    const fromDay = this.lastActivityDay ?? this.ledger.localDay(from);
    let changed: boolean;
    if (fromDay === toDay) {
      changed = this.addToDay(toDay, to - from);
    } else {
      const midnight = this.ledger.firstMsOfNextDay(from, to, fromDay);
      this.addToDay(fromDay, midnight - from);
      this.addToDay(toDay, to - midnight);
      changed = true;
    }
    if (!wasDue && this.isDue()) {
      // Became due: every window should know at once.
      this.prompt.becameDue(to);
      this.changedForAll();
      changed = true;
    }
    return changed || Math.floor(this.s.codingMs / MINUTE) !== minuteBefore;
  }

  /** Adds to the stretch and to a day; returns whether the day's whole minutes changed. */
  private addToDay(day: string, ms: number): boolean {
    this.s.codingMs += ms;
    const record = this.ledger.record(day);
    const minuteBefore = Math.floor(record.codingMs / MINUTE);
    record.codingMs += ms;
    if (this.s.codingMs > record.longestStretchMs) {
      record.longestStretchMs = this.s.codingMs;
    }
    return Math.floor(record.codingMs / MINUTE) !== minuteBefore;
  }

  /** Applies a natural break if the gap since the last activity is long enough (a pending one). */
  private settle(now: number): void {
    if (this.s.lastActivity !== null && now - this.s.lastActivity >= this.naturalMs) {
      this.naturalBreak(now, null);
    }
  }

  private naturalBreak(now: number, lastActivity: number | null): void {
    if (this.s.codingMs > 0) {
      this.ledger.record(this.ledger.dayKey(now)).natural++;
    }
    this.restart(now, lastActivity);
  }

  private endStretch(now: number, kind: 'taken' | 'skipped'): boolean {
    this.settle(now);
    const recorded = this.s.codingMs > 0;
    if (recorded) {
      this.ledger.record(this.ledger.dayKey(now))[kind]++;
    }
    this.restart(now, now);
    return recorded;
  }

  /** A new stretch from `now`. Its start never goes back, so a merge can order breaks. */
  private restart(now: number, lastActivity: number | null): void {
    this.s.stretchStart = Math.max(now, this.s.stretchStart + 1);
    this.s.codingMs = 0;
    this.s.snoozeMs = 0;
    this.s.claimedDueMs = 0;
    this.prompt.clearDue();
    this.s.lastActivity = lastActivity;
    this.lastActivityDay = lastActivity === null ? null : this.ledger.dayKey(lastActivity);
    this.changedForAll();
  }

  /** This window's shared debug hold: held from now (renewed while it debugs), or released. Old holds of others are dropped. */
  private decideHold(now: number, holding: boolean): void {
    const own = this.s.debugHolds[this.writerId];
    this.s.debugHolds[this.writerId] = { until: holding ? now + DEBUG_HOLD_MS : 0, at: Math.max(now, (own?.at ?? 0) + 1) };
    for (const writer of Object.keys(this.s.debugHolds)) {
      const hold = this.s.debugHolds[writer];
      if (writer !== this.writerId && Math.max(hold.until, hold.at) < now - 60 * MINUTE) {
        delete this.s.debugHolds[writer];
      }
    }
    this.changedForAll();
  }

  private decidePause(now: number, until: PauseUntil | null): void {
    this.s.pausedUntil = until;
    this.s.pauseDecidedAt = Math.max(now, this.s.pauseDecidedAt + 1);
    this.changedForAll();
  }

  private pausedAt(now: number): PauseUntil | null {
    const until = this.s.pausedUntil;
    return until === 'resume' || (typeof until === 'number' && now < until) ? until : null;
  }
}
