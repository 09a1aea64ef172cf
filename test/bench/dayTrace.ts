// A working day as the person lives it, for the benchmark's simulated day
// (dayBench.ts): what they do, where (in VS Code or in another application),
// and when they are away from the desk. It is the truth the figures are
// measured against; what the clock makes of it is dayPlayer.ts.
//
// The day is a schedule of parts (WORKING_DAY); the details inside each part
// (burst lengths, pauses, the moments of input) are drawn from a seeded
// generator, so one seed always gives the same day and several seeds give
// several days of the same shape. Every part's assumptions are written beside
// the code that makes it.
import { MINUTE, SECOND } from '../../src/core/time';
import { prng } from '../unit/support/clockHelpers';


/** A Monday, 09:00 UTC: the person sits down and opens VS Code. */
export const DAY_START = Date.UTC(2026, 0, 5, 9, 0);

/** A time of the simulated day, 'HH:MM' (UTC), as epoch ms. */
export function dayTime(hhmm: string): number {
  const [hours, minutes] = hhmm.split(':').map(Number);
  return Date.UTC(2026, 0, 5, hours, minutes);
}

/** 'HH:MM:SS' of a moment of the simulated day. */
export function clockText(at: number): string {
  return new Date(at).toISOString().slice(11, 19);
}

export interface Interval {
  from: number;
  to: number;
}

/**
 * What the person does at a moment:
 * - edit: a keystroke that changes the document in the editor;
 * - other: input in VS Code that the extension sees but that is no edit (a
 *   cursor move, a scroll of the editor, a tab switch, a task's terminal
 *   opening);
 * - input: keyboard or mouse input that VS Code's events do not report: in
 *   another application, or in a part of VS Code the extension cannot see
 *   (scrolling a terminal's output, typing a commit message in the Source
 *   Control view); only the system's input time sees it;
 * - blur, focus: the person switches from VS Code to another application, or
 *   back (by a click or a key: input at that moment too);
 * - goodMoment: a piece of work ends (a commit, a build task).
 */
export type DayAction =
  | { type: 'edit' | 'other' | 'input' | 'blur' | 'focus' }
  | { type: 'goodMoment'; source: 'commit' | 'task' };

export interface DayEvent {
  at: number;
  action: DayAction;
}

export interface DayPartDone {
  name: string;
  from: number;
  to: number;
}

export interface DayTrace {
  start: number;
  /** The person leaves: the end of the day. */
  end: number;
  /** In time order. */
  events: DayEvent[];
  /** When the person is away from the desk by the schedule (lunch). The breaks the prompts bring are the player's. */
  away: Interval[];
  /** When the person is typing: from the first to the last keystroke of each burst (in the editor, or a commit message). */
  typing: Interval[];
  /** The schedule's parts as they fell, for the printout and the tests. */
  parts: DayPartDone[];
}

/** One line of the schedule. Times are of the simulated day ('HH:MM'). */
export type DayPart =
  | { kind: 'code'; until: string }
  | { kind: 'meeting' | 'reading' | 'lunch' | 'build'; minutes: number }
  | { kind: 'commit' };

/**
 * The working day of the benchmark (issue 16), from 09:00 to 17:00. The
 * person starts in VS Code, which stays focused when they leave for lunch
 * (they stand up from the editor and lock nothing), and leaves at 17:00.
 */
export const WORKING_DAY: readonly DayPart[] = [
  { kind: 'code', until: '10:20' },
  { kind: 'meeting', minutes: 50 }, // 10:20-11:10, a video call
  { kind: 'code', until: '12:00' },
  { kind: 'build', minutes: 4 }, // a build task, then back to the code
  { kind: 'code', until: '12:30' },
  { kind: 'lunch', minutes: 30 }, // 12:30-13:00
  { kind: 'reading', minutes: 40 }, // 13:00-13:40, in the browser
  { kind: 'code', until: '14:30' },
  { kind: 'commit' },
  { kind: 'code', until: '17:00' },
];

/** Builds the trace of `schedule` from `start`; `seed` picks the details. */
export function buildDay(seed: number, schedule: readonly DayPart[] = WORKING_DAY, start = DAY_START): DayTrace {
  const random = prng(seed);
  const between = (min: number, max: number) => Math.round(min + random() * (max - min));
  const trace: DayTrace = { start, end: start, events: [], away: [], typing: [], parts: [] };
  let t = start;
  let focused = true;
  /** Coding time until the next look at the documentation in the browser. */
  let lookupIn = between(12 * MINUTE, 25 * MINUTE);

  const add = (type: 'edit' | 'other' | 'input' | 'blur' | 'focus') => trace.events.push({ at: t, action: { type } });
  /** Back to VS Code: the switch, and the first keystroke 1-4 s after it (a look at where they were). */
  const toVsCode = () => {
    if (!focused) {
      add('focus');
      focused = true;
      t += between(SECOND, 4 * SECOND);
    }
  };
  const elsewhere = () => {
    if (focused) {
      add('blur');
      focused = false;
    }
  };
  /** Input every `min` to `max` ms from now until `end`; then the time is `end`. */
  const inputUntil = (end: number, min: number, max: number) => {
    for (t += between(min, max); t <= end; t += between(min, max)) {
      add('input');
    }
    t = end;
  };
  /** Keystrokes from now for `ms` (not past `until`): `kind` gives each one's action. */
  const typeFor = (ms: number, until: number, kind: () => 'edit' | 'other' | 'input') => {
    const from = t;
    let last = t;
    for (const end = Math.min(t + ms, until); t < end; t += between(150, 600)) {
      trace.events.push({ at: t, action: { type: kind() } });
      last = t;
    }
    trace.typing.push({ from, to: last });
  };

  // Coding: bursts of typing with pauses between them.
  // - A burst: a keystroke every 150-600 ms, one in ten of them a cursor
  //   move rather than an edit; 5-60 s long, one burst in ten 1.5-4 min
  //   (writing a function in one go). Pauses within a burst are under 1 s.
  // - A pause after each burst, with no input at all (thinking, reading the
  //   code on screen): 5-40 s seven times in ten, 40-110 s two in ten, and
  //   one in twenty 2-4 min (beyond the default idleSeconds, 2 min: the
  //   clock counts none of it, though the person sits through it).
  // - Every 12-25 minutes of it, a look at the documentation in the browser:
  //   1-4 minutes with VS Code unfocused, a scroll or a click every 5-40 s
  //   (not in the last 5 minutes before the next part of the day).
  const code = (until: number) => {
    toVsCode();
    while (t < until) {
      if (lookupIn <= 0 && until - t > 5 * MINUTE) {
        elsewhere();
        inputUntil(t + between(MINUTE, 4 * MINUTE), 5 * SECOND, 40 * SECOND);
        toVsCode();
        lookupIn = between(12 * MINUTE, 25 * MINUTE);
        continue;
      }
      const from = t;
      const long = random() < 0.1;
      typeFor(long ? between(90 * SECOND, 4 * MINUTE) : between(5 * SECOND, 60 * SECOND), until, () => (random() < 0.9 ? 'edit' : 'other'));
      const kind = random();
      const pause = kind < 0.7 ? between(5 * SECOND, 40 * SECOND) : kind < 0.95 ? between(40 * SECOND, 110 * SECOND) : between(2 * MINUTE, 4 * MINUTE);
      t = Math.min(t + pause, until);
      lookupIn -= t - from;
    }
  };

  for (const part of schedule) {
    const from = t;
    switch (part.kind) {
      case 'code':
        code(dayTime(part.until));
        break;
      // A video call: VS Code unfocused throughout; keyboard or mouse input
      // in the call's window or in notes every 10-60 s (never a minute
      // without input). The person sits through it.
      case 'meeting':
        elsewhere();
        inputUntil(t + part.minutes * MINUTE, 10 * SECOND, 60 * SECOND);
        break;
      // Reading in the browser: VS Code unfocused; a scroll every 60-120 s,
      // nothing else. The person sits through it.
      case 'reading':
        elsewhere();
        inputUntil(t + part.minutes * MINUTE, 60 * SECOND, 120 * SECOND);
        break;
      // Lunch: the person stands up and leaves; no input at all. VS Code
      // stays as it was (focused, after coding).
      case 'lunch':
        trace.away.push({ from: t, to: t + part.minutes * MINUTE });
        t += part.minutes * MINUTE;
        break;
      // A build task: started from VS Code (its terminal opens: 'other');
      // while it runs, the person watches its output and scrolls the terminal
      // every 20-60 s (input the editor does not see); when it ends, a good
      // moment, and they read the result for 3-10 s before typing again.
      case 'build': {
        toVsCode();
        add('other');
        inputUntil(t + part.minutes * MINUTE, 20 * SECOND, 60 * SECOND);
        trace.events.push({ at: t, action: { type: 'goodMoment', source: 'task' } });
        t += between(3 * SECOND, 10 * SECOND);
        break;
      }
      // A commit from the Source Control view: 10-20 s typing its message
      // (input the editor does not see: the message box is no editor), then
      // Ctrl+Enter: a good moment; 3-10 s later they type in the editor again.
      case 'commit':
        toVsCode();
        typeFor(between(10 * SECOND, 20 * SECOND), Infinity, () => 'input');
        t += between(150, 600);
        trace.events.push({ at: t, action: { type: 'goodMoment', source: 'commit' } });
        t += between(3 * SECOND, 10 * SECOND);
        break;
    }
    trace.parts.push({ name: part.kind, from, to: t });
  }
  trace.end = t;
  return trace;
}

/** The intervals of `within` not covered by any of `gaps` (both sorted or not), in order. */
export function subtract(within: Interval, gaps: readonly Interval[]): Interval[] {
  const result: Interval[] = [];
  let from = within.from;
  for (const gap of [...gaps].sort((a, b) => a.from - b.from)) {
    if (gap.to <= from || gap.from >= within.to) {
      continue;
    }
    if (gap.from > from) {
      result.push({ from, to: gap.from });
    }
    from = Math.max(from, gap.to);
  }
  if (from < within.to) {
    result.push({ from, to: within.to });
  }
  return result;
}
