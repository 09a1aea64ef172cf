// The person's computer, as a system input source sees it, in fake time: the
// moments of keyboard or mouse input anywhere (in VS Code or elsewhere), and
// the source that answers how long ago the last one was. Its answer can be
// made to arrive late, to fail, or to leave out time asleep.
import type * as FakeTimers from '@sinonjs/fake-timers';
import type { IdleSample } from '../../../src/core/sitting/idleSource';

export class Desk {
  /** The last input at the computer; starts at the clock's start. */
  lastInput: number;
  /** How long the source takes to answer (ms of fake time). */
  answerDelayMs = 0;
  /** Every sample answered, in order. */
  readonly answered: IdleSample[] = [];
  /** Set to make samples fail. */
  failing = false;
  /** The idle counter leaves out time asleep: the sleep's start and end, when set. */
  asleep: { from: number; to: number } | null = null;

  constructor(private readonly fake: FakeTimers.Clock) {
    this.lastInput = fake.now;
  }

  /** Keyboard or mouse input now. */
  input(): void {
    this.lastInput = this.fake.now;
  }

  /** Input every `everyMs` for `durationMs` of fake time (timers run meanwhile). */
  async inputFor(durationMs: number, everyMs: number): Promise<void> {
    const end = this.fake.now + durationMs;
    while (this.fake.now + everyMs <= end) {
      await this.fake.tickAsync(everyMs);
      this.input();
    }
    await this.fake.tickAsync(end - this.fake.now);
  }

  /** The source: resolves after answerDelayMs with the idle at that moment. */
  readonly sample = (): Promise<IdleSample> => new Promise((resolve, reject) => {
    this.fake.setTimeout(() => {
      if (this.failing) {
        reject(new Error('no answer'));
        return;
      }
      const at = this.fake.now;
      let idleMs = at - this.lastInput;
      if (this.asleep && this.lastInput <= this.asleep.from && at >= this.asleep.to) {
        idleMs -= this.asleep.to - this.asleep.from;
      }
      const sample = { idleMs: Math.max(0, idleMs), at };
      this.answered.push(sample);
      resolve(sample);
    }, this.answerDelayMs);
  });
}
