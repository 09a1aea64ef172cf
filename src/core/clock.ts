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
import { ActivityKind, ClockView, DayStats, Settings } from './types';

const MINUTE = 60_000;
/** The prompt waits while text edits arrive less than this apart... */
export const TYPING_PAUSE_MS = 5_000;
/** ...but for at most this long after it could first have appeared. */
export const TYPING_WAIT_CAP_MS = 2 * MINUTE;
/** Days of history kept (one year). */
export const MAX_DAYS = 366;
export const STATE_VERSION = 1;

/** Reminders paused until this epoch ms, or until the person resumes. */
export type PauseUntil = number | 'resume';

/** The stored, shared form of the clock (what toJSON returns). */
export interface StoredClockState {
  version: typeof STATE_VERSION;
  /** Raised by every change other windows must see at once. */
  rev: number;
  /** The clock instance (window) that wrote this state. */
  writer: string;
  /** Raised by every change of the state; with writer and rev it identifies a stored version. */
  seq: number;
  /** When the current stretch started (the last break or reset), epoch ms. Later wins in a merge. */
  stretchStart: number;
  /** Continuous coding time, counted up to lastActivity. */
  codingMs: number;
  /** The last activity, epoch ms; null when none since the last natural break. */
  lastActivity: number | null;
  /** How far snoozes moved the due mark in this stretch, ms. */
  snoozeMs: number;
  /** The due mark (interval plus snooze, ms) whose notification a window has claimed; 0 for none. */
  claimedDueMs: number;
  pausedUntil: PauseUntil | null;
  /** When the current pause or resume was decided, epoch ms. Later wins in a merge. */
  pauseDecidedAt: number;
  days: Record<string, DayStats>;
}

export interface ClockOptions {
  settings: Settings;
  /** A random id of this clock instance, written with its state. */
  writerId: string;
  /** The local day of an epoch ms, 'YYYY-MM-DD'. Default: the local time zone. */
  localDay?: (ms: number) => string;
}

/** The local day of `ms` in this machine's time zone, 'YYYY-MM-DD'. */
export function localDayKey(ms: number): string {
  const date = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

function emptyDay(): DayStats {
  return { codingMs: 0, taken: 0, skipped: 0, snoozed: 0, natural: 0, longestStretchMs: 0 };
}

/** Whether two views show the same thing (status bar, tooltip, panel summary), at minute resolution. */
export function sameDisplay(a: ClockView, b: ClockView): boolean {
  const minutes = (ms: number) => Math.floor(ms / MINUTE);
  return minutes(a.codingMs) === minutes(b.codingMs)
    && a.dueAtCodingMs === b.dueAtCodingMs
    && a.due === b.due
    && a.prompt === b.prompt
    && a.heldBy === b.heldBy
    && a.pausedUntil === b.pausedUntil
    && a.idle === b.idle
    && minutes(a.today.codingMs) === minutes(b.today.codingMs)
    && a.today.taken === b.today.taken
    && a.today.skipped === b.today.skipped
    && a.today.snoozed === b.today.snoozed
    && a.today.natural === b.today.natural
    && minutes(a.today.longestStretchMs) === minutes(b.today.longestStretchMs);
}

/** Where a due break stands at a given moment. */
type PromptState = 'notDue' | 'off' | 'paused' | 'debugging' | 'typing' | 'prompt';

export class CodingClock {
  readonly writerId: string;
  private settings: Settings;
  private readonly localDay: (ms: number) => string;

  // Shared state (stored, merged across windows).
  private revision = 0;
  private sequence = 0;
  private stretchStart = 0;
  private codingMs = 0;
  private lastActivity: number | null = null;
  private snoozeMs = 0;
  private claimedDueMs = 0;
  private pausedUntil: PauseUntil | null = null;
  private pauseDecidedAt = 0;
  private dayStats: Record<string, DayStats> = {};
  private dayCount = 0;

  // Local to this window.
  private lastEdit: number | null = null;
  private debugging = false;
  private debugEndedAt = 0;
  /** When the current due break became due (as seen by this window); null when not due. */
  private dueSince: number | null = null;
  /** The start of the typing wait that has ended (the prompt stays from then on). */
  private typingWaitOverFor: number | null = null;
  /** Local day of lastActivity; null when not known yet. */
  private lastActivityDay: string | null = null;

  // Cache of localDay: `cachedDay` is the local day of every ms in [cachedFrom, cachedTo].
  private cachedDay = '';
  private cachedFrom = 1;
  private cachedTo = 0;

  constructor(options: ClockOptions) {
    this.settings = options.settings;
    this.writerId = options.writerId;
    this.localDay = options.localDay ?? localDayKey;
  }

  /** Raised by each change other windows must see at once (take, skip, snooze, pause, resume, reset, natural break, due, claim). */
  get rev(): number {
    return this.revision;
  }

  /** Raised by each change of the stored state (including every counted activity). */
  get seq(): number {
    return this.sequence;
  }

  /** History per local day ('YYYY-MM-DD'), at most MAX_DAYS days. */
  get days(): Readonly<Record<string, Readonly<DayStats>>> {
    return this.dayStats;
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
    let changed = kind === 'edit' && this.endTypingWaitIfOver(now);
    const day = this.dayKey(now);
    const last = this.lastActivity;
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
    this.lastActivity = now;
    this.lastActivityDay = day;
    if (kind === 'edit') {
      this.lastEdit = now;
    }
    this.sequence++;
    return changed;
  }

  /** A break taken (whether due or not). Recorded if the stretch had any coding time. */
  take(now: number): boolean {
    return this.endStretch(now, 'taken');
  }

  /** The due break skipped. Recorded if the stretch had any coding time. */
  skip(now: number): boolean {
    return this.endStretch(now, 'skipped');
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
    this.snoozeMs = Math.max(this.snoozeMs + snooze, this.codingMs + snooze - this.intervalMs);
    this.dayRecord(this.dayKey(now)).snoozed++;
    this.dueSince = null;
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

  /** A debug session started or ended (all sessions). Returns whether what is shown may change. */
  setDebugging(now: number, running: boolean): boolean {
    if (running === this.debugging) {
      return false;
    }
    this.debugging = running;
    if (!running) {
      this.debugEndedAt = now;
    }
    return this.isDue() && this.settings.quietWhileDebugging;
  }

  /** New settings apply at once. */
  setSettings(now: number, settings: Settings): void {
    this.settings = settings;
    this.noteDue(now);
  }

  /**
   * Claims the notification of the current due break: true only once per due
   * break across every window whose state was merged, and only while the prompt may show.
   */
  claimNotification(now: number): boolean {
    this.settle(now);
    if (this.promptState(now) !== 'prompt' || this.claimedDueMs >= this.dueMark) {
      return false;
    }
    this.claimedDueMs = this.dueMark;
    this.changedForAll();
    return true;
  }

  // ---- Output --------------------------------------------------------------

  view(now: number): ClockView {
    const state = this.promptState(now);
    const paused = this.pausedAt(now);
    const today = this.dayStats[this.dayKey(now)];
    return {
      codingMs: this.codingMs,
      dueAtCodingMs: this.dueMark,
      due: this.isDue(),
      prompt: state === 'prompt',
      heldBy: state === 'typing' || state === 'debugging' ? state : null,
      pausedUntil: paused,
      idle: this.lastActivity === null || now - this.lastActivity > this.idleMs,
      today: today ? { ...today } : emptyDay(),
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
    if (typeof this.pausedUntil === 'number' && this.pausedUntil > now) {
      return this.pausedUntil;
    }
    if (this.promptState(now) === 'typing' && this.lastEdit !== null) {
      return Math.min(this.lastEdit + TYPING_PAUSE_MS, this.typingWaitStart() + TYPING_WAIT_CAP_MS);
    }
    return null;
  }

  // ---- Storage and windows -------------------------------------------------

  toJSON(): StoredClockState {
    const days: Record<string, DayStats> = {};
    for (const key of Object.keys(this.dayStats)) {
      days[key] = { ...this.dayStats[key] };
    }
    return {
      version: STATE_VERSION,
      rev: this.revision,
      writer: this.writerId,
      seq: this.sequence,
      stretchStart: this.stretchStart,
      codingMs: this.codingMs,
      lastActivity: this.lastActivity,
      snoozeMs: this.snoozeMs,
      claimedDueMs: this.claimedDueMs,
      pausedUntil: this.pausedUntil,
      pauseDecidedAt: this.pauseDecidedAt,
      days,
    };
  }

  /**
   * A clock from a stored state of unknown quality. Whatever is valid is kept
   * (above all the day history); anything else gets a safe default and is
   * named in `problems`. Then the gap since the stored last activity is judged
   * by the usual rules: one of at least naturalBreakMinutes is a natural break.
   */
  static restore(raw: unknown, now: number, options: ClockOptions): { clock: CodingClock; problems: string[] } {
    const clock = new CodingClock(options);
    const problems: string[] = [];
    if (raw !== undefined && raw !== null) {
      const parsed = parseState(raw, problems);
      if (parsed) {
        clock.load(parsed.state);
      }
    }
    clock.settle(now);
    clock.noteDue(now);
    return { clock, problems };
  }

  /**
   * Adopts another window's stored state. A later stretch start (a break or
   * reset happened there later) replaces this stretch; within the same stretch
   * the larger coding time, last activity, snooze and claim win; the later
   * pause decision wins; day history takes, per day and field, the larger
   * number, so activity seen by both windows counts once. Returns whether the
   * view changed.
   */
  mergeFrom(raw: unknown, now: number): boolean {
    const parsed = parseState(raw, []);
    if (!parsed || !parsed.knownVersion) {
      return false;
    }
    const other = parsed.state;
    const before = this.view(now);
    let changed = false;
    if (other.stretchStart > this.stretchStart) {
      // My activity before their stretch began belongs to the stretch that ended.
      if (this.lastActivity !== null && this.lastActivity < other.stretchStart) {
        this.lastActivity = null;
        this.lastActivityDay = null;
      }
      this.stretchStart = other.stretchStart;
      this.codingMs = other.codingMs;
      this.snoozeMs = other.snoozeMs;
      this.claimedDueMs = other.claimedDueMs;
      this.dueSince = null;
      changed = true;
    } else if (other.stretchStart === this.stretchStart) {
      if (other.codingMs > this.codingMs || other.snoozeMs > this.snoozeMs || other.claimedDueMs > this.claimedDueMs) {
        this.codingMs = Math.max(this.codingMs, other.codingMs);
        this.snoozeMs = Math.max(this.snoozeMs, other.snoozeMs);
        this.claimedDueMs = Math.max(this.claimedDueMs, other.claimedDueMs);
        changed = true;
      }
    }
    if (other.lastActivity !== null && other.lastActivity >= this.stretchStart
      && (this.lastActivity === null || other.lastActivity > this.lastActivity)) {
      this.lastActivity = other.lastActivity;
      this.lastActivityDay = null;
      changed = true;
    }
    if (other.pauseDecidedAt > this.pauseDecidedAt) {
      this.pausedUntil = other.pausedUntil;
      this.pauseDecidedAt = other.pauseDecidedAt;
      changed = true;
    }
    changed = this.mergeDays(other.days) || changed;
    this.revision = Math.max(this.revision, other.rev);
    if (changed) {
      this.sequence++;
    }
    this.noteDue(now);
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
    if (typeof raw !== 'object' || raw === null) {
      return false;
    }
    const other = raw as Partial<StoredClockState>;
    if (other.stretchStart !== this.stretchStart || other.codingMs !== this.codingMs
      || other.lastActivity !== this.lastActivity || other.snoozeMs !== this.snoozeMs
      || other.claimedDueMs !== this.claimedDueMs || other.pausedUntil !== this.pausedUntil
      || other.pauseDecidedAt !== this.pauseDecidedAt || typeof other.days !== 'object' || other.days === null) {
      return false;
    }
    const days = other.days as Record<string, Partial<DayStats> | undefined>;
    for (const key of Object.keys(this.dayStats)) {
      const theirs = days[key];
      const mine = this.dayStats[key];
      if (!theirs || DAY_FIELDS.some((field) => theirs[field] !== mine[field])) {
        return false;
      }
    }
    return true;
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
    return this.intervalMs + this.snoozeMs;
  }

  private isDue(): boolean {
    return this.settings.enabled && this.codingMs >= this.dueMark;
  }

  /** A change other windows must see at once. */
  private changedForAll(): void {
    this.revision++;
    this.sequence++;
  }

  /** Counts a confirmed gap [from, to] as coding time, split at local midnight. */
  private addCoding(from: number, to: number, toDay: string): boolean {
    const wasDue = this.isDue();
    const minuteBefore = Math.floor(this.codingMs / MINUTE);
    const fromDay = this.lastActivityDay ?? this.localDay(from);
    let changed: boolean;
    if (fromDay === toDay) {
      changed = this.addToDay(toDay, to - from);
    } else {
      const midnight = this.firstMsOfNextDay(from, to, fromDay);
      this.addToDay(fromDay, midnight - from);
      this.addToDay(toDay, to - midnight);
      changed = true;
    }
    if (!wasDue && this.isDue()) {
      // Became due: every window should know at once.
      this.dueSince = to;
      this.changedForAll();
      changed = true;
    }
    return changed || Math.floor(this.codingMs / MINUTE) !== minuteBefore;
  }

  /** Adds to the stretch and to a day; returns whether the day's whole minutes changed. */
  private addToDay(day: string, ms: number): boolean {
    this.codingMs += ms;
    const record = this.dayRecord(day);
    const minuteBefore = Math.floor(record.codingMs / MINUTE);
    record.codingMs += ms;
    if (this.codingMs > record.longestStretchMs) {
      record.longestStretchMs = this.codingMs;
    }
    return Math.floor(record.codingMs / MINUTE) !== minuteBefore;
  }

  /** Applies a natural break if the gap since the last activity is long enough (a pending one). */
  private settle(now: number): void {
    if (this.lastActivity !== null && now - this.lastActivity >= this.naturalMs) {
      this.naturalBreak(now, null);
    }
  }

  private naturalBreak(now: number, lastActivity: number | null): void {
    if (this.codingMs > 0) {
      this.dayRecord(this.dayKey(now)).natural++;
    }
    this.restart(now, lastActivity);
  }

  private endStretch(now: number, kind: 'taken' | 'skipped'): boolean {
    this.settle(now);
    const recorded = this.codingMs > 0;
    if (recorded) {
      this.dayRecord(this.dayKey(now))[kind]++;
    }
    this.restart(now, now);
    return recorded;
  }

  /** A new stretch from `now`. Its start never goes back, so a merge can order breaks. */
  private restart(now: number, lastActivity: number | null): void {
    this.stretchStart = Math.max(now, this.stretchStart + 1);
    this.codingMs = 0;
    this.snoozeMs = 0;
    this.claimedDueMs = 0;
    this.dueSince = null;
    this.lastActivity = lastActivity;
    this.lastActivityDay = lastActivity === null ? null : this.dayKey(lastActivity);
    this.changedForAll();
  }

  private decidePause(now: number, until: PauseUntil | null): void {
    this.pausedUntil = until;
    this.pauseDecidedAt = Math.max(now, this.pauseDecidedAt + 1);
    this.changedForAll();
  }

  /** Keeps `dueSince` in step with due after a change that was not an activity. */
  private noteDue(now: number): void {
    if (!this.isDue()) {
      this.dueSince = null;
    } else if (this.dueSince === null) {
      this.dueSince = now;
    }
  }

  private pausedAt(now: number): PauseUntil | null {
    const until = this.pausedUntil;
    return until === 'resume' || (typeof until === 'number' && now < until) ? until : null;
  }

  private promptState(now: number): PromptState {
    if (!this.isDue()) {
      return 'notDue';
    }
    if (this.settings.reminderStyle === 'off') {
      return 'off';
    }
    if (this.pausedAt(now) !== null) {
      return 'paused';
    }
    if (this.debugging && this.settings.quietWhileDebugging) {
      return 'debugging';
    }
    return this.typingHolds(now, this.typingWaitStart()) ? 'typing' : 'prompt';
  }

  /**
   * The typing wait starts when the prompt could first have appeared: when the
   * break became due, when a pause ended, or when debugging ended (if quiet
   * while debugging), whichever is last. So a prompt never appears mid-sentence
   * just because a pause or a debug session ended.
   */
  private typingWaitStart(): number {
    const pauseEnd = typeof this.pausedUntil === 'number' ? this.pausedUntil : this.pauseDecidedAt;
    const debugEnd = this.settings.quietWhileDebugging ? this.debugEndedAt : 0;
    return Math.max(this.dueSince ?? 0, pauseEnd, debugEnd);
  }

  /**
   * Whether the typing wait that started at `start` holds the prompt at `now`:
   * the last edit was less than 5 s ago, within 2 minutes of the start, and the
   * wait has not ended before (once shown, the prompt stays).
   */
  private typingHolds(now: number, start: number): boolean {
    if (this.typingWaitOverFor === start || this.lastEdit === null) {
      return false;
    }
    const sinceEdit = now - this.lastEdit;
    return now >= start && now < start + TYPING_WAIT_CAP_MS && sinceEdit >= 0 && sinceEdit < TYPING_PAUSE_MS;
  }

  /** Before an edit: if the prompt was showing, the wait is over for good. Returns whether it just ended. */
  private endTypingWaitIfOver(now: number): boolean {
    if (this.promptState(now) !== 'prompt') {
      return false;
    }
    const start = this.typingWaitStart();
    if (this.typingWaitOverFor === start) {
      return false;
    }
    this.typingWaitOverFor = start;
    return true;
  }

  // ---- Days ----------------------------------------------------------------

  /** The local day of `ms`, cached so an activity rarely computes it. */
  private dayKey(ms: number): string {
    if (ms >= this.cachedFrom && ms <= this.cachedTo) {
      return this.cachedDay;
    }
    // Assumes the local day changes at most once within a minute (true of
    // every time zone and DST rule): probe a minute ahead, and find the exact
    // change if there is one there.
    const day = this.localDay(ms);
    const ahead = ms + MINUTE;
    this.cachedDay = day;
    this.cachedFrom = ms;
    this.cachedTo = this.localDay(ahead) === day ? ahead : this.firstMsOfNextDay(ms, ahead, day) - 1;
    return day;
  }

  /** The first ms in (from, to] whose local day is not `fromDay` (the local day at `to` is not). */
  private firstMsOfNextDay(from: number, to: number, fromDay: string): number {
    let low = from;
    let high = to;
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (this.localDay(middle) === fromDay) {
        low = middle;
      } else {
        high = middle;
      }
    }
    return high;
  }

  private dayRecord(day: string): DayStats {
    const existing = this.dayStats[day];
    if (existing) {
      return existing;
    }
    const record = emptyDay();
    this.dayStats[day] = record;
    this.dayCount++;
    this.dropOldDays();
    return record;
  }

  /** Keeps the newest MAX_DAYS days ('YYYY-MM-DD' sorts by date). */
  private dropOldDays(): void {
    if (this.dayCount <= MAX_DAYS) {
      return;
    }
    const keys = Object.keys(this.dayStats).sort();
    for (const old of keys.slice(0, keys.length - MAX_DAYS)) {
      delete this.dayStats[old];
    }
    this.dayCount = Math.min(keys.length, MAX_DAYS);
  }

  private mergeDays(days: Record<string, DayStats>): boolean {
    let changed = false;
    for (const key of Object.keys(days)) {
      const theirs = days[key];
      const mine = this.dayStats[key];
      if (!mine) {
        this.dayStats[key] = { ...theirs };
        this.dayCount++;
        changed = true;
        continue;
      }
      for (const field of DAY_FIELDS) {
        if (theirs[field] > mine[field]) {
          mine[field] = theirs[field];
          changed = true;
        }
      }
    }
    this.dropOldDays();
    return changed;
  }

  private load(stored: StoredClockState): void {
    this.revision = stored.rev;
    this.sequence = stored.seq;
    this.stretchStart = stored.stretchStart;
    this.codingMs = stored.codingMs;
    this.lastActivity = stored.lastActivity;
    this.snoozeMs = stored.snoozeMs;
    this.claimedDueMs = stored.claimedDueMs;
    this.pausedUntil = stored.pausedUntil;
    this.pauseDecidedAt = stored.pauseDecidedAt;
    this.dayStats = stored.days;
    this.dayCount = Object.keys(stored.days).length;
  }
}

// ---- Validation of stored state ---------------------------------------------

const DAY_FIELDS = ['codingMs', 'taken', 'skipped', 'snoozed', 'natural', 'longestStretchMs'] as const;
const COUNT_FIELDS: ReadonlySet<string> = new Set(['taken', 'skipped', 'snoozed', 'natural']);
const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A stored value, for a problem message. */
function describeValue(value: unknown): string {
  if (value === undefined) {
    return 'missing';
  }
  if (typeof value === 'string') {
    return `${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}, not valid`;
  }
  const simple = typeof value === 'number' || typeof value === 'boolean' || value === null;
  return `${simple ? String(value) : typeof value}, not valid`;
}

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isCount = (v: unknown): v is number => isTime(v) && Number.isInteger(v);
const isTimeOrNull = (v: unknown): v is number | null => v === null || isTime(v);
const isPause = (v: unknown): v is PauseUntil | null => v === null || v === 'resume' || isTime(v);

/**
 * Reads a stored state. Null if it is not an object. An unknown version keeps
 * only the valid days (the meaning of the rest is unknown: the stretch starts
 * afresh); the known version keeps every valid field and replaces each invalid
 * one by a safe default.
 */
function parseState(raw: unknown, problems: string[]): { state: StoredClockState; knownVersion: boolean } | null {
  if (!isRecord(raw)) {
    problems.push('The stored clock state is not an object; the clock starts afresh.');
    return null;
  }
  const state: StoredClockState = {
    version: STATE_VERSION, rev: 0, writer: '', seq: 0, stretchStart: 0, codingMs: 0, lastActivity: null,
    snoozeMs: 0, claimedDueMs: 0, pausedUntil: null, pauseDecidedAt: 0, days: parseDays(raw.days, problems),
  };
  if (raw.version !== STATE_VERSION) {
    problems.push(`The stored clock state has an unknown version (${describeValue(raw.version)}); `
      + 'the count starts afresh and the valid day history is kept.');
    return { state, knownVersion: false };
  }
  const field = <T>(name: keyof StoredClockState, valid: (v: unknown) => v is T, fallback: T): T => {
    const value = raw[name];
    if (valid(value)) {
      return value;
    }
    problems.push(`The stored clock state's ${name} was ${describeValue(value)}; using ${String(fallback)}.`);
    return fallback;
  };
  state.rev = field('rev', isCount, 0);
  state.writer = typeof raw.writer === 'string' ? raw.writer : '';
  state.seq = field('seq', isCount, 0);
  state.stretchStart = field('stretchStart', isTime, 0);
  state.codingMs = field('codingMs', isTime, 0);
  state.lastActivity = field('lastActivity', isTimeOrNull, null);
  state.snoozeMs = field('snoozeMs', isTime, 0);
  state.claimedDueMs = field('claimedDueMs', isTime, 0);
  state.pausedUntil = field('pausedUntil', isPause, null);
  state.pauseDecidedAt = field('pauseDecidedAt', isTime, 0);
  return { state, knownVersion: true };
}

/** One stored day: a missing field is 0; a field of the wrong type makes the day invalid (null). */
function parseDay(raw: unknown): DayStats | null {
  if (!isRecord(raw)) {
    return null;
  }
  const day = emptyDay();
  for (const name of DAY_FIELDS) {
    const value = raw[name];
    if (value === undefined) {
      continue;
    }
    if (!(COUNT_FIELDS.has(name) ? isCount(value) : isTime(value))) {
      return null;
    }
    day[name] = value as number;
  }
  return day;
}

/** The valid stored days, the newest MAX_DAYS of them. */
function parseDays(raw: unknown, problems: string[]): Record<string, DayStats> {
  const days: Record<string, DayStats> = {};
  if (!isRecord(raw)) {
    if (raw !== undefined) {
      problems.push(`The stored day history was ${describeValue(raw)}; it starts empty.`);
    }
    return days;
  }
  let dropped = 0;
  const valid: [string, DayStats][] = [];
  for (const key of Object.keys(raw).sort()) {
    const day = DAY_KEY.test(key) ? parseDay(raw[key]) : null;
    if (day) {
      valid.push([key, day]);
    } else {
      dropped++;
    }
  }
  for (const [key, day] of valid.slice(-MAX_DAYS)) {
    days[key] = day;
  }
  if (dropped > 0) {
    problems.push(dropped === 1 ? '1 stored day was not valid and was dropped.' : `${dropped} stored days were not valid and were dropped.`);
  }
  return days;
}
