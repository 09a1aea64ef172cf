// The clock at work: one window's state of the rules of time, one timer, and
// the store shared by every window. This is what the VS Code adapter talks
// to. Still no 'vscode' import: time, the timer, the store and the output
// are passed in.
//
// The state (state.ts) is plain data; each rule of time is a function of it
// and the time (epoch ms), in a file named after it, so the same rules run
// here, in tests with fake time, and when a stored state is read back:
// - how activity counts as coding time, when a break is due, how a stretch
//   ends (codingTime.ts; the contract's "Words" are at its top);
// - take, skip, snooze, reset, pause and resume (decisions.ts);
// - a break offered early when a piece of work ends (goodMoments.ts);
// - quiet while debugging in any window (debugHold.ts);
// - which window shows the notification of a due break (notificationClaim.ts);
// - when a due break may prompt (promptPolicy.ts, told by promptContext.ts);
// - the sitting day: who samples the system's input time, and what a sample
//   means (sampling.ts);
// - what is shown, and when that next changes without input (display.ts);
// - the stored form and its checks (stored.ts), the merge across windows
//   (merge.ts) and the day ledger (days/dayLedger.ts).
//
// Timer (oneTimer.ts): at most one pending, set to the clock's next change
// (pause end, end of the typing wait); none while nothing would change without
// input. A pending timer for an earlier or equal moment is kept, so typing
// never clears and sets timers.
// Storage (sharedWrites.ts): written at once on every change other windows
// must see (take, skip, snooze, pause, resume, reset, natural break, due, an
// offer at a good moment, notification claim); anything else (the count,
// the history) at most once per 15 s, on an activity or timer wake-up, and on
// flush. Never once per keystroke. When another window's write replaced one
// of ours, the merged state is written back.
// The sitting day (sampling.ts): while no window is focused, the same one
// timer wakes the window on sampler duty once a period; it asks the system's
// input source (passed in, inputSampler.ts) and applies the answer as an
// activity elsewhere.
import { InputSampler, type SampleIdle } from './inputSampler';
import { OneTimer } from './oneTimer';
import { restoreState, SharedWrites, type Store } from './sharedWrites';
import { countActivity } from './codingTime';
import { decidePause, reset, skip, snooze, take } from './decisions';
import { renewDebugHold, setDebugging } from './debugHold';
import { goodMoment } from './goodMoments';
import { claimNotification, dueKey } from './notificationClaim';
import { applySample, releaseDuty, samplingFailed, setFocused, startTick } from './sampling';
import { nextChangeAt, viewAt } from './display';
import { setSettings, type ClockState } from './state';
import { sameDisplay, type ActivityKind, type ClockView } from './view';
import { newWindowId, type PauseUntil } from './stored';
import type { IdleSample, OutsideStatus } from '../sitting/idleSource';
import type { DaysSince, DayStats } from '../days/dayStats';
import type { GoodMomentSource } from '../goodMomentSources';
import type { Settings } from '../settings';

export interface DriverDeps {
  now(): number;
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
  /** The store every window shares (see sharedWrites.ts). */
  store: Store;
  /** Called only when what is shown may change; never once per keystroke. */
  render(view: ClockView): void;
  log(message: string): void;
  localDay?: (ms: number) => string;
  /** This window's id (the store's, in the extension); a new one when not given. */
  writerId?: string;
}

export class Clock {
  /** What the clock did so far (for the tests and the bench): timers set, state writes, samples of the system's input time. */
  get stats(): { timersScheduled: number; writes: number; samples: number } {
    return { timersScheduled: this.timer.scheduled, writes: this.shared.writes, samples: this.sampler.asked };
  }
  /** This window's state of the clock: plain data, changed by the rules. */
  private readonly state: ClockState;
  private readonly timer: OneTimer;
  private readonly shared: SharedWrites;
  private lastView: ClockView;
  private rendering = false;
  private renderAgain = false;
  private disposed = false;
  /** Asks the system's input time, where this window counts time outside VS Code. */
  private readonly sampler: InputSampler;

  constructor(settings: Settings, private readonly deps: DriverDeps) {
    const now = deps.now();
    const raw = deps.store.read();
    const { state, problems } = restoreState(raw, now, { settings, writerId: deps.writerId ?? newWindowId(), localDay: deps.localDay });
    for (const problem of problems) {
      deps.log(problem);
    }
    this.state = state;
    this.timer = new OneTimer(deps, () => this.wake());
    this.sampler = new InputSampler(deps);
    this.shared = new SharedWrites(state, deps.store, raw, problems.length > 0, now);
    this.shared.persist(now);
    this.lastView = viewAt(state, now);
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
    const merged = this.shared.pull(now);
    const changed = countActivity(this.state, now, kind);
    this.shared.persist(now);
    if (merged || changed || kind === 'focus') {
      this.render();
    }
    this.schedule(now);
  }

  /** A break taken; `begunAt`: when it was started in the panel (epoch ms), if it was. */
  take(begunAt?: number): void {
    this.command((now) => take(this.state, now, begunAt));
  }

  /** Skips the due break; false (and nothing recorded) when none is due. */
  skip(): boolean {
    return this.command((now) => skip(this.state, now));
  }

  /** Snoozes the due break; false (and nothing recorded) when none is due. */
  snooze(): boolean {
    return this.command((now) => snooze(this.state, now));
  }

  /** Pause reminders until an epoch ms, or until resumed ('resume'). */
  pause(until: PauseUntil): void {
    this.command((now) => decidePause(this.state, now, until));
  }

  resume(): void {
    this.command((now) => decidePause(this.state, now, null));
  }

  reset(): void {
    this.command((now) => reset(this.state, now));
  }

  /**
   * A piece of work ended (a commit, a task, a debug session, a long terminal
   * command): the break is offered if it is close (see goodMoments.ts).
   * Renders and writes only when it is; returns whether it was.
   */
  goodMoment(source: GoodMomentSource): boolean {
    const now = this.deps.now();
    const merged = this.shared.pull(now);
    const offered = goodMoment(this.state, now, source);
    this.shared.persist(now);
    if (merged || offered) {
      this.render();
    }
    this.schedule(now);
    return offered;
  }

  setDebugging(running: boolean): void {
    const now = this.deps.now();
    if (setDebugging(this.state, now, running)) {
      this.render();
    }
    this.schedule(now);
  }

  /** New settings apply at once. */
  updateSettings(settings: Settings): void {
    const now = this.deps.now();
    setSettings(this.state, now, settings);
    this.render();
    this.schedule(now);
  }

  /** Another window wrote: adopt its state now. Writes only what the store lacks (no echo). */
  sync(): void {
    const now = this.deps.now();
    if (this.shared.pull(now)) {
      this.render();
    }
    this.shared.writeBackIfReplaced(now);
    this.schedule(now);
  }

  /** True only in one window, once per due break (see notificationClaim.ts). */
  claimNotification(): boolean {
    const now = this.deps.now();
    if (this.shared.pull(now)) {
      this.render();
    }
    const claimed = claimNotification(this.state, now);
    this.shared.persist(now);
    return claimed;
  }

  /** Names the current due break, the same in every window (for an exclusive claim of its notification). */
  dueKey(): string {
    return dueKey(this.state);
  }

  view(): ClockView {
    return viewAt(this.state, this.deps.now());
  }

  days(): Readonly<Record<string, DayStats>> {
    return this.state.ledger.all;
  }

  /** For each day statistic added later, the first day it was recorded on. */
  daysSince(): Readonly<DaysSince> {
    return this.state.ledger.since;
  }

  /**
   * The window lost focus: the person is moving to another window, so what
   * this one counted since its last write is written now (that window goes
   * on from it, and nothing is lost at the handover). If no window is focused
   * now, this one takes the sampler duty.
   */
  windowBlurred(): void {
    const now = this.deps.now();
    this.shared.pull(now);
    setFocused(this.state, now, false);
    this.shared.persist(now);
    this.flush();
    this.schedule(now);
  }

  /** The window is focused at start, as VS Code says (later focus is an activity). */
  startFocused(focused: boolean): void {
    const now = this.deps.now();
    setFocused(this.state, now, focused);
    this.shared.persist(now);
    this.schedule(now);
  }

  /**
   * Whether this window counts time outside VS Code ('on', with the source to
   * ask), or why not. Applies at once: a sample under way when it turns off
   * is dropped.
   */
  setOutside(status: OutsideStatus, sampleIdle?: SampleIdle): void {
    const now = this.deps.now();
    this.sampler.source = status === 'on' ? sampleIdle : undefined;
    this.state.outside = this.sampler.source ? status : status === 'on' ? 'failed' : status;
    this.render();
    this.schedule(now);
  }

  /**
   * The window regains focus: one fresh sample, waited for at most
   * FOCUS_SAMPLE_WAIT_MS, before the focus itself is counted (by the
   * activity that follows), so the time elsewhere ends where the input did.
   */
  async sampleBeforeFocus(): Promise<void> {
    const sample = await this.sampler.beforeFocus();
    if (sample !== null && !this.disposed) {
      this.applySample(sample, null, null);
    }
  }

  /** The window closes cleanly: it gives up the sampler duty (another window takes it at once) and writes what is unwritten. */
  stop(): void {
    releaseDuty(this.state);
    this.flush();
  }

  /** Writes now if anything is unwritten (on deactivate). */
  flush(): void {
    this.shared.flush(this.deps.now());
  }

  dispose(): void {
    this.disposed = true;
    this.timer.cancel();
  }

  private command<T>(apply: (now: number) => T): T {
    const now = this.deps.now();
    this.shared.pull(now);
    const result = apply(now);
    this.shared.persist(now);
    this.render();
    this.schedule(now);
    return result;
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
        this.lastView = viewAt(this.state, this.deps.now());
        this.deps.render(this.lastView);
      } while (this.renderAgain);
    } finally {
      this.rendering = false;
    }
  }

  /** The one timer, for the clock's next change; kept if it fires no later than needed. */
  private schedule(now: number): void {
    this.timer.setFor(this.disposed ? null : nextChangeAt(this.state, now), now);
  }

  private wake(): void {
    const now = this.deps.now();
    this.shared.pull(now);
    renewDebugHold(this.state, now);
    this.startSample(now);
    this.shared.persist(now);
    if (!sameDisplay(this.lastView, viewAt(this.state, now))) {
      this.render();
    }
    this.schedule(now);
  }

  /** On sampler duty, at its tick: asks the system's input source, and applies the answer when it comes. */
  private startSample(now: number): void {
    if (!this.sampler.ready) {
      return;
    }
    const previous = startTick(this.state, now);
    if (previous === null) {
      return;
    }
    this.sampler.ask((sample) => {
      if (!this.disposed) {
        this.applySample(sample, now, previous);
      }
    }, () => {
      if (!this.disposed) {
        samplingFailed(this.state);
        this.shared.persist(this.deps.now());
      }
    }, () => {
      if (!this.disposed) {
        this.schedule(this.deps.now());
      }
    });
  }

  private applySample(sample: IdleSample, tickAt: number | null, previous: number | null): void {
    const now = this.deps.now();
    const merged = this.shared.pull(now);
    const changed = applySample(this.state, sample, tickAt, previous);
    this.shared.persist(now);
    if (merged || changed) {
      this.render();
    }
  }
}
