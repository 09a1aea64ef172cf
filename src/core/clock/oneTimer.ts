// The clock's one timer: at most one pending, set to a moment. A pending
// timer for an earlier or equal moment is kept, so typing never clears and
// sets timers; a moment later than a timer reaches is reached in steps (the
// clock sets the timer again when it fires).
//
// Pure: the timer functions are passed in.

/** The longest delay a timer accepts. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export interface TimerDeps {
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

export class OneTimer {
  /** Timers set so far (for the tests and the bench). */
  scheduled = 0;
  private handle: unknown = undefined;
  /** When the pending timer fires (epoch ms); null when none is pending. */
  private at: number | null = null;

  constructor(private readonly deps: TimerDeps, private readonly fire: () => void) {}

  /** A timer for `target` (null: none), unless the one pending fires no later. */
  setFor(target: number | null, now: number): void {
    if (target === null) {
      this.cancel();
      return;
    }
    if (this.at !== null && this.at <= target) {
      return;
    }
    this.cancel();
    this.at = target;
    this.handle = this.deps.setTimer(() => {
      this.at = null;
      this.handle = undefined;
      this.fire();
    }, Math.min(Math.max(0, target - now), MAX_TIMER_MS));
    this.scheduled++;
  }

  cancel(): void {
    if (this.at !== null) {
      this.deps.clearTimer(this.handle);
      this.at = null;
      this.handle = undefined;
    }
  }
}
