// Asking the system's input source for the clock (sampling.ts has the rules):
// one question at a time at the sampler's ticks, failures said once in the
// log until one answer works again, and the question a window asks as it
// regains focus, waited for at most FOCUS_SAMPLE_WAIT_MS.
//
// Pure: the source, the time, the timer and the log are passed in.
import type { IdleSample } from '../sitting/idleSource';
import { errorMessage } from '../errors';

/** Asks the system how long since the last keyboard or mouse input (see core/sitting/idleSource.ts). */
export type SampleIdle = () => Promise<IdleSample>;

/** The longest a window that regains focus waits for its sample before it counts the focus. */
export const FOCUS_SAMPLE_WAIT_MS = 500;

export interface SamplerDeps {
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
  log(message: string): void;
}

export class InputSampler {
  /** The source, where this window counts time outside VS Code. */
  source: SampleIdle | undefined;
  asked = 0;
  private inFlight = false;
  /** A failed sample was logged: the next failures in a row are not. */
  private failing = false;

  constructor(private readonly deps: SamplerDeps) {}

  /** No question is under way, and there is a source to ask. */
  get ready(): boolean {
    return this.source !== undefined && !this.inFlight;
  }

  /** Asks once, for a tick: `answered` with the answer, or `failed`; `settled` after either. */
  ask(answered: (sample: IdleSample) => void, failed: () => void, settled: () => void): void {
    const source = this.source;
    if (!source || this.inFlight) {
      return;
    }
    this.inFlight = true;
    this.asked++;
    source().then((sample) => {
      this.failing = false;
      answered(sample);
    }, (error: unknown) => {
      failed();
      if (!this.failing) {
        this.deps.log(`System input source: a sample failed (${errorMessage(error)}); this is said once until one works again.`);
      }
      this.failing = true;
    }).finally(() => {
      this.inFlight = false;
      settled();
    });
  }

  /** The answer for a window that regains focus, or null when there is none within FOCUS_SAMPLE_WAIT_MS. */
  async beforeFocus(): Promise<IdleSample | null> {
    const source = this.source;
    if (!source) {
      return null;
    }
    let timer: unknown;
    const late = new Promise<null>((resolve) => {
      timer = this.deps.setTimer(() => resolve(null), FOCUS_SAMPLE_WAIT_MS);
    });
    const sample = await Promise.race([source().catch(() => null), late]);
    this.deps.clearTimer(timer);
    return sample;
  }
}
