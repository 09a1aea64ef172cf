// Finding the system input source of this window: the candidates are tried in
// order, each asked twice, DISCOVERY_GAP_MS apart. One that fails either time
// (rejects, or answers an idle that is not a finite number of at least 0) is
// dropped, and so is one that answers exactly 0 both times: a source stuck at
// 0 would count every minute away from VS Code as sitting and never give a
// natural break. Each drop writes one log line naming the source and why;
// the samples themselves are never logged.
//
// The caller runs this once per window start and keeps the result; with no
// candidates at all (an unsupported platform) it does not run it, and says
// 'platform' rather than 'failed'.
//
// Pure: the waiting and the log are passed in.
import type { IdleSample, IdleSource } from './idleSource';

/** Time between the two questions asked of each candidate. */
export const DISCOVERY_GAP_MS = 3000;

export interface DiscoveryDeps {
  /** Resolves after `ms` milliseconds. */
  wait(ms: number): Promise<void>;
  /** One line for the extension's log. */
  log(line: string): void;
}

/** The source this window uses, or why there is none. */
export type Discovery = { source: IdleSource } | { source: null; reason: 'failed' };

/** Asks `source` twice; resolves to why it is dropped, or null when it passes. */
async function trial(source: IdleSource, deps: DiscoveryDeps): Promise<Error | null> {
  const samples: IdleSample[] = [];
  for (let i = 0; i < 2; i++) {
    if (i > 0) {
      await deps.wait(DISCOVERY_GAP_MS);
    }
    let sample: IdleSample;
    try {
      sample = await source.sample();
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
    if (!(Number.isFinite(sample.idleMs) && sample.idleMs >= 0 && Number.isFinite(sample.at))) {
      return new Error('not a usable idle time');
    }
    samples.push(sample);
  }
  return samples.every((sample) => sample.idleMs === 0) ? new Error('answered 0 twice') : null;
}

/** Tries `candidates` in order: the first that passes is the source; every dropped one is disposed. */
export async function discoverSource(candidates: readonly IdleSource[], deps: DiscoveryDeps): Promise<Discovery> {
  for (const candidate of candidates) {
    const dropped = await trial(candidate, deps);
    if (dropped === null) {
      return { source: candidate };
    }
    deps.log(`System input source '${candidate.name}' dropped: ${dropped.message}`);
    candidate.dispose();
  }
  return { source: null, reason: 'failed' };
}
