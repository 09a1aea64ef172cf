// The clock at work: the pure ClockRules, one timer, and the store shared by
// every window. This is what the VS Code adapter talks to. Still no 'vscode'
// import: time, the timer, the store and the output are passed in.
//
// Timer: at most one pending, set to the clock's next change (pause end, end of
// the typing wait); none while nothing would change without input. A pending
// timer for an earlier or equal moment is kept, so typing never clears and sets
// timers.
// Storage: written at once on every change other windows must see (take,
// skip, snooze, pause, resume, reset, natural break, due, an offer at a good
// moment, notification claim);
// anything else (the count, the history) at most once per 15 s, on an activity
// or timer wake-up, and on flush. Never once per keystroke. When another
// window's write replaced one of ours, the merged state is written back.
// The sitting day (sampling.ts): while no window is focused, the same one
// timer wakes the window on sampler duty once a period; it asks the system's
// input source (passed in) and applies the answer as an activity elsewhere.
import { ClockRules } from './rules';
import { sameDisplay, ActivityKind, ClockView } from './view';
import type { PauseUntil } from './stored';
import type { IdleSample, OutsideStatus } from '../sitting/idleSource';
import type { DaysSince, DayStats } from '../days/dayStats';
import { GoodMomentSource } from '../goodMomentSources';
import { Settings } from '../settings';

export interface DriverDeps {
  now(): number;
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
  /** read is sync (the latest known shared state); write is fire-and-forget. */
  store: { read(): unknown; write(state: unknown): void };
  /** Called only when what is shown may change; never once per keystroke. */
  render(view: ClockView): void;
  log(message: string): void;
  localDay?: (ms: number) => string;
  writerId?: string;
}

/** Asks the system how long since the last keyboard or mouse input (see core/sitting/idleSource.ts). */
export type SampleIdle = () => Promise<IdleSample>;

/** The longest a window that regains focus waits for its sample before it counts the focus. */
export const FOCUS_SAMPLE_WAIT_MS = 500;

/** Lazy writes of the count and history: at most one per this long. */
export const WRITE_INTERVAL_MS = 15_000;
/** The longest delay a timer accepts; a later moment is reached in steps. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** The fields that identify a stored version: who wrote it, and its rev and seq. */
interface Stamp {
  writer?: unknown;
  rev?: unknown;
  seq?: unknown;
}

function randomId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export class Clock {
  readonly stats = { timersScheduled: 0, writes: 0, samples: 0 };
  private readonly rules: ClockRules;
  private readonly writerId: string;
  private timer: unknown = undefined;
  /** When the pending timer fires (epoch ms); null when none is pending. */
  private timerAt: number | null = null;
  private writtenRev: number;
  private writtenSeq: number;
  private lastWriteAt: number;
  /** The stored version last seen (read or written), to notice another window's write cheaply. */
  private seen: Stamp = {};
  private lastView: ClockView;
  private rendering = false;
  private renderAgain = false;
  private disposed = false;
  /** The system's input time, where this window counts time outside VS Code. */
  private sampleIdle: SampleIdle | undefined;
  private sampleInFlight = false;
  /** A failed sample was logged: the next failures in a row are not. */
  private sampleFailing = false;

  constructor(settings: Settings, private readonly deps: DriverDeps) {
    this.writerId = deps.writerId ?? randomId();
    const now = deps.now();
    const raw = deps.store.read();
    const { rules, problems } = ClockRules.restore(raw, now, { settings, writerId: this.writerId, localDay: deps.localDay });
    for (const problem of problems) {
      deps.log(problem);
    }
    this.rules = rules;
    this.noteSeen(raw);
    // What the store holds counts as written, unless the restore repaired or changed it.
    const stored = (typeof raw === 'object' && raw !== null ? raw : {}) as Stamp;
    const unchanged = problems.length === 0 && stored.rev === rules.rev && stored.seq === rules.seq;
    this.writtenRev = unchanged ? rules.rev : -1;
    this.writtenSeq = rules.seq;
    this.lastWriteAt = now;
    this.persist(now);
    this.lastView = rules.view(now);
    deps.render(this.lastView);
    this.schedule(now);
  }

  /**
   * An activity. O(1): no write, render or timer change unless something
   * shown changes or a write is due. Gaining focus always renders (it is rare):
   * the person came to this window, so a due break's unclaimed notification
   * may now be this window's to show.
   */
  activity(kind: ActivityKind): void {
    const now = this.deps.now();
    const merged = this.pullShared(now);
    const changed = this.rules.activity(now, kind);
    this.persist(now);
    if (merged || changed || kind === 'focus') {
      this.render();
    }
    this.schedule(now);
  }

  take(): void {
    this.command((now) => this.rules.take(now));
  }

  /** Skips the due break; false (and nothing recorded) when none is due. */
  skip(): boolean {
    return this.command((now) => this.rules.skip(now));
  }

  /** Snoozes the due break; false (and nothing recorded) when none is due. */
  snooze(): boolean {
    return this.command((now) => this.rules.snooze(now));
  }

  /** Pause reminders until an epoch ms, or until resumed ('resume'). */
  pause(until: PauseUntil): void {
    this.command((now) => this.rules.pause(now, until));
  }

  resume(): void {
    this.command((now) => this.rules.resume(now));
  }

  reset(): void {
    this.command((now) => this.rules.reset(now));
  }

  /**
   * A piece of work ended (a commit, a task, a debug session, a long terminal
   * command): the break is offered if it is close (see goodMoments.ts).
   * Renders and writes only when it is; returns whether it was.
   */
  goodMoment(source: GoodMomentSource): boolean {
    const now = this.deps.now();
    const merged = this.pullShared(now);
    const offered = this.rules.goodMoment(now, source);
    this.persist(now);
    if (merged || offered) {
      this.render();
    }
    this.schedule(now);
    return offered;
  }

  setDebugging(running: boolean): void {
    const now = this.deps.now();
    if (this.rules.setDebugging(now, running)) {
      this.render();
    }
    this.schedule(now);
  }

  /** New settings apply at once. */
  updateSettings(settings: Settings): void {
    const now = this.deps.now();
    this.rules.setSettings(now, settings);
    this.render();
    this.schedule(now);
  }

  /** Another window wrote: adopt its state now. Writes only what the store lacks (no echo). */
  sync(): void {
    const now = this.deps.now();
    if (this.pullShared(now)) {
      this.render();
    }
    if (this.writtenRev === -1) {
      this.write(now);
    }
    this.schedule(now);
  }

  /** True only in one window, once per due break (see ClockRules.claimNotification). */
  claimNotification(): boolean {
    const now = this.deps.now();
    if (this.pullShared(now)) {
      this.render();
    }
    const claimed = this.rules.claimNotification(now);
    this.persist(now);
    return claimed;
  }

  /** Names the current due break, the same in every window (for an exclusive claim of its notification). */
  dueKey(): string {
    return this.rules.dueKey;
  }

  view(): ClockView {
    return this.rules.view(this.deps.now());
  }

  days(): Readonly<Record<string, DayStats>> {
    return this.rules.days;
  }

  /** For each day statistic added later, the first day it was recorded on. */
  daysSince(): Readonly<DaysSince> {
    return this.rules.daysSince;
  }

  /**
   * The window lost focus: the person is moving to another window, so what
   * this one counted since its last write is written now (that window goes
   * on from it, and nothing is lost at the handover). If no window is focused
   * now, this one takes the sampler duty.
   */
  windowBlurred(): void {
    const now = this.deps.now();
    this.pullShared(now);
    this.rules.setFocused(now, false);
    this.persist(now);
    this.flush();
    this.schedule(now);
  }

  /** The window is focused at start, as VS Code says (later focus is an activity). */
  startFocused(focused: boolean): void {
    const now = this.deps.now();
    this.rules.setFocused(now, focused);
    this.persist(now);
    this.schedule(now);
  }

  /**
   * Whether this window counts time outside VS Code ('on', with the source to
   * ask), or why not. Applies at once: a sample under way when it turns off
   * is dropped.
   */
  setOutside(status: OutsideStatus, sampleIdle?: SampleIdle): void {
    const now = this.deps.now();
    this.sampleIdle = status === 'on' ? sampleIdle : undefined;
    this.rules.setOutside(this.sampleIdle ? status : status === 'on' ? 'failed' : status);
    this.render();
    this.schedule(now);
  }

  /**
   * The window regains focus: one fresh sample, waited for at most
   * FOCUS_SAMPLE_WAIT_MS, before the focus itself is counted (by the
   * activity that follows), so the time elsewhere ends where the input did.
   */
  async sampleBeforeFocus(): Promise<void> {
    const sampleIdle = this.sampleIdle;
    if (!sampleIdle) {
      return;
    }
    let timer: unknown;
    const late = new Promise<null>((resolve) => {
      timer = this.deps.setTimer(() => resolve(null), FOCUS_SAMPLE_WAIT_MS);
    });
    const sample = await Promise.race([sampleIdle().catch(() => null), late]);
    this.deps.clearTimer(timer);
    if (sample === null || this.disposed) {
      return;
    }
    const now = this.deps.now();
    const merged = this.pullShared(now);
    const changed = this.rules.applySample(sample, null, null);
    this.persist(now);
    if (merged || changed) {
      this.render();
    }
  }

  /** The window closes cleanly: it gives up the sampler duty (another window takes it at once) and writes what is unwritten. */
  stop(): void {
    this.rules.releaseDuty();
    this.flush();
  }

  /** Writes now if anything is unwritten (on deactivate). */
  flush(): void {
    if (this.rules.rev !== this.writtenRev || this.rules.seq !== this.writtenSeq) {
      this.write(this.deps.now());
    }
  }

  dispose(): void {
    this.disposed = true;
    this.cancelTimer();
  }

  private command<T>(apply: (now: number) => T): T {
    const now = this.deps.now();
    this.pullShared(now);
    const result = apply(now);
    this.persist(now);
    this.render();
    this.schedule(now);
    return result;
  }

  /**
   * Merges the shared state if another window wrote since it was last seen.
   * Cheap when nothing changed: three field reads. Returns whether the view changed.
   */
  private pullShared(now: number): boolean {
    const raw = this.deps.store.read();
    if (typeof raw !== 'object' || raw === null) {
      return false;
    }
    const stamp = raw as Stamp;
    if (stamp.writer === this.seen.writer && stamp.rev === this.seen.rev && stamp.seq === this.seen.seq) {
      return false;
    }
    this.noteSeen(raw);
    if (stamp.writer === this.writerId) {
      return false;
    }
    const changed = this.rules.mergeFrom(raw, now);
    // Decisions adopted from another window are already stored: no echo
    // write, unless the store lacks something this window knew (its write was
    // replaced by the other's): then the union is written at once.
    this.writtenRev = this.rules.isCoveredBy(raw) ? this.rules.rev : -1;
    return changed;
  }

  private noteSeen(raw: unknown): void {
    const stamp = (typeof raw === 'object' && raw !== null ? raw : {}) as Stamp;
    this.seen = { writer: stamp.writer, rev: stamp.rev, seq: stamp.seq };
  }

  /** At once if another window must see a change; else lazily, at most once per WRITE_INTERVAL_MS. */
  private persist(now: number): void {
    if (this.rules.rev !== this.writtenRev) {
      this.write(now);
    } else if (this.rules.seq !== this.writtenSeq && (now - this.lastWriteAt >= WRITE_INTERVAL_MS || now < this.lastWriteAt)) {
      this.write(now);
    }
  }

  private write(now: number): void {
    const state = this.rules.toJSON();
    this.stats.writes++;
    this.writtenRev = state.rev;
    this.writtenSeq = state.seq;
    this.lastWriteAt = now;
    this.noteSeen(state);
    this.deps.store.write(state);
  }

  private render(): void {
    // A render may call back (e.g. claimNotification); render once more after it instead of nesting.
    if (this.rendering) {
      this.renderAgain = true;
      return;
    }
    this.rendering = true;
    try {
      do {
        this.renderAgain = false;
        this.lastView = this.rules.view(this.deps.now());
        this.deps.render(this.lastView);
      } while (this.renderAgain);
    } finally {
      this.rendering = false;
    }
  }

  /** One timer at most, for the clock's next change; kept if it fires no later than needed. */
  private schedule(now: number): void {
    const target = this.disposed ? null : this.rules.nextChangeAt(now);
    if (target === null) {
      this.cancelTimer();
      return;
    }
    if (this.timerAt !== null && this.timerAt <= target) {
      return;
    }
    this.cancelTimer();
    this.timerAt = target;
    this.timer = this.deps.setTimer(() => this.wake(), Math.min(Math.max(0, target - now), MAX_TIMER_MS));
    this.stats.timersScheduled++;
  }

  private cancelTimer(): void {
    if (this.timerAt !== null) {
      this.deps.clearTimer(this.timer);
      this.timerAt = null;
      this.timer = undefined;
    }
  }

  private wake(): void {
    this.timerAt = null;
    this.timer = undefined;
    const now = this.deps.now();
    this.pullShared(now);
    this.rules.renewDebugHold(now);
    this.startSample(now);
    this.persist(now);
    if (!sameDisplay(this.lastView, this.rules.view(now))) {
      this.render();
    }
    this.schedule(now);
  }

  /** On sampler duty, at its tick: asks the system's input source, and applies the answer when it comes. */
  private startSample(now: number): void {
    const sampleIdle = this.sampleIdle;
    if (!sampleIdle || this.sampleInFlight) {
      return;
    }
    const previous = this.rules.samplingTick(now);
    if (previous === null) {
      return;
    }
    this.sampleInFlight = true;
    this.stats.samples++;
    sampleIdle().then((sample) => {
      this.sampleFailing = false;
      if (this.disposed) {
        return;
      }
      const at = this.deps.now();
      const merged = this.pullShared(at);
      const changed = this.rules.applySample(sample, now, previous);
      this.persist(at);
      if (merged || changed) {
        this.render();
      }
    }, (error: unknown) => {
      if (!this.disposed) {
        this.rules.samplingFailed();
        this.persist(this.deps.now());
      }
      if (!this.sampleFailing) {
        this.deps.log(`System input source: a sample failed (${error instanceof Error ? error.message : String(error)}); this is said once until one works again.`);
      }
      this.sampleFailing = true;
    }).finally(() => {
      this.sampleInFlight = false;
      if (!this.disposed) {
        this.schedule(this.deps.now());
      }
    });
  }
}
