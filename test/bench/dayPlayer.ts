// The simulated day through the real core: a trace (dayTrace.ts) played into
// the clock driver (src/core/clock/clock.ts) on fake time, wired as the VS
// Code adapter wires it (src/app.ts): edits and other activity in, the
// window's blur, its focus after one sample of the system's input time, the
// good moments, and the render that puts the prompt on the status bar.
//
// Two ways to play a day:
// - 'editorOnly': countTimeOutsideEditor off, as without the source;
// - 'withSource': the default (auto) where a source works; the source is the
//   person's last input in the trace (anywhere, VS Code included), answered
//   at once (a real source takes milliseconds: see sampleBench.ts).
//
// The person (what the simulation assumes of them):
// - They see a prompt when it is shown on the status bar of a focused VS
//   Code window (a render with the prompt while VS Code is focused); a
//   prompt shown while they are in another application waits until they
//   come back.
// - They take the break at once when they see it: the full break of the
//   default settings, as the panel runs it (breakMs), away from the desk, with
//   no input. Their click on the prompt opens the panel, which becomes the
//   active tab (activity 'other', as the adapter sees a tab change); the panel
//   records the break as taken at its end, and they close it (the editor is
//   the active tab again: 'other').
//   The break replaces what the trace had them do meanwhile: their edits and
//   input in that time are dropped, and a switch to or from VS Code (a meeting
//   that started) happens when they are back.
import * as FakeTimers from '@sinonjs/fake-timers';
import { EXERCISES } from '../../src/core/break/exercises';
import { buildPlan } from '../../src/core/break/plan';
import { Clock } from '../../src/core/clock/clock';
import type { ClockView } from '../../src/core/clock/view';
import type { DayStats } from '../../src/core/days/dayStats';
import type { GoodMomentSource } from '../../src/core/goodMomentSources';
import { DEFAULTS, type Settings } from '../../src/core/settings';
import type { IdleSample } from '../../src/core/sitting/idleSource';
import type { DayTrace, Interval } from './dayTrace';

export type DayMode = 'editorOnly' | 'withSource';

export interface SeenPrompt {
  /** When the person saw it (and stood up for the break). */
  at: number;
  /** It came while they were typing: inside a burst of keystrokes of the trace. */
  midTyping: boolean;
  /** The good moment it was offered at, if it was offered early. */
  offered: GoodMomentSource | null;
}

export interface DayRun {
  mode: DayMode;
  /** The moments the clock said a break was due (each a change from not due to due). */
  dueAt: number[];
  /** The prompts the person saw. */
  seen: SeenPrompt[];
  /** The breaks they took: from the prompt seen to the end of the break. */
  breaks: Interval[];
  /** The moments the clock started the count again after a natural break. */
  naturalAt: number[];
  /** Questions asked of the system's input source (each one a process spawn or a request on Linux or Windows). */
  samples: number;
  /** Time with VS Code unfocused. */
  unfocusedMs: number;
  /** The day as the clock recorded it. */
  today: DayStats;
}

/** The length of one break as the panel runs it, for these settings (the default: the full break). */
export function breakMs(settings: Settings = DEFAULTS): number {
  return buildPlan(EXERCISES, { length: settings.breakLength, variant: settings.stretchVariant, holdSeconds: settings.holdSeconds, rounds: settings.rounds }).totalMs;
}

const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Lets the answers of samples (promises) settle. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Plays `trace` through the clock driver; `settings` are the person's (default: the product's defaults). */
export async function playDay(trace: DayTrace, mode: DayMode, settings: Settings = DEFAULTS): Promise<DayRun> {
  const fake = FakeTimers.createClock(trace.start);
  /** The clock's pending timers and when each fires, so time can stop at each one. */
  const timers = new Map<FakeTimers.TimerId, number>();
  const oneBreakMs = breakMs(settings);
  const run: DayRun = { mode, dueAt: [], seen: [], breaks: [], naturalAt: [], samples: 0, unfocusedMs: 0, today: undefined as unknown as DayStats };
  let focused = true;
  let unfocusedSince = trace.start;
  let lastInput = trace.start;
  /** The end of the break under way, or null. */
  let onBreakUntil: number | null = null;
  /** The end of the latest break: the trace's activity before it did not happen. */
  let backAt = trace.start;
  /** A prompt shown in a focused window, not yet acted on. */
  let shown: { at: number; offered: GoodMomentSource | null } | null = null;
  let wasDue = false;
  let natural = 0;

  const render = (view: ClockView) => {
    const now = fake.now;
    if (view.due && !wasDue) {
      run.dueAt.push(now);
    }
    wasDue = view.due;
    if (view.today.natural > natural) {
      run.naturalAt.push(now);
    }
    natural = view.today.natural;
    if (view.prompt && focused && onBreakUntil === null && shown === null) {
      shown = { at: now, offered: view.offered };
    }
  };
  let stored: unknown;
  const clock = new Clock({ ...settings, countTimeOutsideEditor: mode === 'editorOnly' ? 'off' : settings.countTimeOutsideEditor }, {
    now: () => fake.now,
    setTimer: (fn, ms) => {
      const id = fake.setTimeout(() => {
        timers.delete(id);
        fn();
      }, ms);
      timers.set(id, fake.now + ms);
      return id;
    },
    clearTimer: (handle) => {
      fake.clearTimeout(handle as FakeTimers.TimerId);
      timers.delete(handle as FakeTimers.TimerId);
    },
    store: { read: () => stored, write: (state) => { stored = state; } },
    render,
    log: () => undefined,
    localDay: utcDay,
    writerId: 'day',
  });
  const source = (): Promise<IdleSample> => {
    run.samples++;
    return Promise.resolve({ idleMs: fake.now - lastInput, at: fake.now });
  };
  clock.startFocused(true);
  if (mode === 'editorOnly') {
    clock.setOutside('setting');
  } else {
    clock.setOutside('on', source);
  }

  /** The person acts on a prompt they saw: the break starts now. */
  const takeBreakIfShown = () => {
    if (shown === null) {
      return;
    }
    const { at, offered } = shown;
    shown = null;
    run.seen.push({ at, offered, midTyping: trace.typing.some((burst) => burst.from <= at && at < burst.to) });
    onBreakUntil = at + oneBreakMs;
    backAt = onBreakUntil;
    run.breaks.push({ from: at, to: onBreakUntil });
    lastInput = fake.now;
    clock.activity('other'); // the click on the prompt: the panel opens as the active tab
  };

  /** Fake time to `target`, stopping at each of the clock's timers and at the end of a break. */
  const advanceTo = async (target: number) => {
    for (let step = 0; ; step++) {
      if (step > 1_000_000) {
        throw new Error(`The clock's timers do not let the time reach ${new Date(target).toISOString()}.`);
      }
      let next = onBreakUntil ?? Infinity;
      for (const at of timers.values()) {
        next = Math.min(next, at);
      }
      if (next > target) {
        break;
      }
      await fake.tickAsync(Math.max(0, next - fake.now));
      await settle();
      if (onBreakUntil !== null && fake.now >= onBreakUntil) {
        onBreakUntil = null;
        clock.take(); // the panel records the break at its end
        lastInput = fake.now;
        clock.activity('other'); // the person closes the panel: the editor is the active tab again
      }
      takeBreakIfShown();
    }
    fake.tick(Math.max(0, target - fake.now));
  };

  for (const { at, action } of trace.events) {
    const switching = action.type === 'blur' || action.type === 'focus';
    if (at < backAt && !switching) {
      await advanceTo(Math.min(at, backAt));
      continue; // on a break meanwhile: this did not happen
    }
    await advanceTo(Math.max(at, backAt));
    switch (action.type) {
      case 'edit':
      case 'other':
        lastInput = fake.now;
        clock.activity(action.type);
        break;
      case 'input':
        lastInput = fake.now;
        break;
      case 'blur':
        lastInput = fake.now;
        focused = false;
        unfocusedSince = fake.now;
        clock.windowBlurred();
        break;
      case 'focus':
        lastInput = fake.now;
        focused = true;
        run.unfocusedMs += fake.now - unfocusedSince;
        // As the adapter does: one sample of the time elsewhere, then the focus counts.
        await clock.sampleBeforeFocus();
        clock.activity('focus');
        break;
      case 'goodMoment':
        clock.goodMoment(action.source);
        break;
    }
    takeBreakIfShown();
  }
  await advanceTo(Math.max(trace.end, backAt));
  if (!focused) {
    run.unfocusedMs += fake.now - unfocusedSince;
  }
  run.today = clock.view().today;
  clock.dispose();
  return run;
}
