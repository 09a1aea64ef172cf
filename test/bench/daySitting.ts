// The figures of a simulated day (dayBench.ts), measured against the truth of
// the trace, not against what the clock believes:
// - The person sits from the start of the day to its end, except when the
//   schedule has them away (lunch) and during the breaks they take. Each
//   stretch of sitting starts when they sit down (the start of the day, the
//   end of a break or of lunch) and ends when they stand up.
// - Sitting until due: for each stretch, the time from its start to the
//   first moment the clock said a break was due; a stretch in which no break
//   came due counts whole (they sat that long and were never asked). The
//   figure is the longest of the day.
// - Sitting until seen: the same, to the first moment a prompt was shown in a
//   focused VS Code window (the person can see it); with the person taking
//   the break as they see it (dayPlayer.ts), the longest stretch of sitting.
// - Prompts: the prompts the person saw; mid-typing: of them, those shown
//   inside a burst of keystrokes; break minutes offered: the prompts times the
//   length of the break they offer.
import type { DayRun } from './dayPlayer';
import { subtract, type DayTrace } from './dayTrace';
import { MINUTE } from '../../src/core/time';


export interface Sitting {
  from: number;
  to: number;
  /** The first moment in it that the clock said a break was due; null if none. */
  dueAt: number | null;
  /** The first moment in it that a prompt was shown in a focused window; null if none. */
  seenAt: number | null;
}

export interface DayFigures {
  longestSittingMinutes: number;
  seenDelayMinutes: number;
  prompts: number;
  promptsMidTyping: number;
  breakMinutesOffered: number;
}

const firstIn = (moments: readonly number[], from: number, to: number): number | null =>
  moments.filter((at) => at >= from && at <= to).reduce<number | null>((first, at) => (first === null || at < first ? at : first), null);

/** The person's stretches of sitting (the day minus lunch and the breaks taken), each with its first due and seen moments. */
export function sittings(trace: DayTrace, run: DayRun): Sitting[] {
  const seen = run.seen.map((prompt) => prompt.at);
  return subtract({ from: trace.start, to: trace.end }, [...trace.away, ...run.breaks]).map(({ from, to }) => ({
    from,
    to,
    dueAt: firstIn(run.dueAt, from, to),
    seenAt: firstIn(seen, from, to),
  }));
}

const minutes = (ms: number) => Math.round((ms / MINUTE) * 10) / 10;

/** The day's figures; `breakMs` is the length of the break a prompt offers. */
export function dayFigures(trace: DayTrace, run: DayRun, breakMs: number): DayFigures {
  const stretches = sittings(trace, run);
  const longest = (end: (sitting: Sitting) => number) => Math.max(0, ...stretches.map((sitting) => end(sitting) - sitting.from));
  return {
    longestSittingMinutes: minutes(longest((sitting) => sitting.dueAt ?? sitting.to)),
    seenDelayMinutes: minutes(longest((sitting) => sitting.seenAt ?? sitting.to)),
    prompts: run.seen.length,
    promptsMidTyping: run.seen.filter((prompt) => prompt.midTyping).length,
    breakMinutesOffered: minutes(run.seen.length * breakMs),
  };
}
