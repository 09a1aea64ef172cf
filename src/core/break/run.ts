// Going through a break: start, pause, resume, skip a part, and where the
// person is at a given moment; what the guidance says and which sound plays
// as each moment begins. A pure, serializable state over a BreakPlan.
//
// Elapsed time always comes from clock differences (a `now` in epoch ms passed
// in), never from counting ticks: the state can be saved (the page's
// setState), restored with a later `now`, and the break has moved on by the
// true time. A clock that goes back counts as no time.
//
// Pure: no vscode import; bundled into the page's script as well.

import { fill, type BreakPlan, type PlanPart, type Segment } from './plan';
import type { CueTexts } from './texts';
import { isTime } from '../time';

/** Plain JSON: safe to keep with the page's setState/getState. */
export interface BreakRun {
  /** Epoch ms of the Start that began this run; 0 before Start. Identifies the break when it is recorded. */
  id: number;
  /** Break time reached by earlier running spells (ms), 0..totalMs. */
  bankedMs: number;
  /** Epoch ms at which the current running spell began; null when not running. */
  runningSince: number | null;
  /** Indexes of the parts skipped, in order. */
  skipped: number[];
}

export type RunPhase = 'ready' | 'running' | 'paused' | 'done';

export interface RunProgress {
  phase: RunPhase;
  /** Break time reached (ms), 0..totalMs. */
  positionMs: number;
  /** The part under way (the next one when paused at its start); parts.length when done. */
  partIndex: number;
  /** The segment under way; null when done. */
  segment: Segment | null;
  /** Time left in the segment (ms), and in whole seconds rounded up, for the countdown. */
  remainingMs: number;
  remainingSeconds: number;
  /** Time done, not counting skipped parts (ms), and its share of the planned time (0..1). */
  doneMs: number;
  fraction: number;
  totalMs: number;
}

/** A moment in the break where the guidance speaks, and which sound marks it. */
export type Cue = 'start' | 'stop' | 'switch' | 'on' | 'off' | 'partEnd';

export interface Moment {
  /** Break time at which it happens (ms). */
  atMs: number;
  /** The sound; null for a moment that is only said (getting into position). */
  cue: Cue | null;
  /** What the guidance says. */
  text: string;
}

/** Done counts as a taken break from this share of the planned time on. */
const TAKEN_FRACTION = 0.5;

/** A sound older than this when the page notices it (a throttled or late tick) is not played. */
export const LATE_CUE_MS = 1500;

export function countsAsTaken(fraction: number): boolean {
  return fraction >= TAKEN_FRACTION;
}

export function createRun(): BreakRun {
  return { id: 0, bankedMs: 0, runningSince: null, skipped: [] };
}

export function isRunning(run: BreakRun): boolean {
  return run.runningSince !== null;
}

/** Break time reached at `now` (ms), 0..totalMs. */
export function positionMs(run: BreakRun, plan: BreakPlan, now: number): number {
  const spell = run.runningSince === null ? 0 : Math.max(0, now - run.runningSince);
  return Math.min(plan.totalMs, run.bankedMs + spell);
}

function isDone(run: BreakRun, plan: BreakPlan, now: number): boolean {
  return run.id !== 0 && positionMs(run, plan, now) >= plan.totalMs;
}

/** Start from the beginning (when ready or done), resume when paused, no change while running. */
export function start(run: BreakRun, plan: BreakPlan, now: number): BreakRun {
  if (isRunning(run)) {
    return run;
  }
  if (run.id !== 0 && !isDone(run, plan, now)) {
    return { ...run, runningSince: now };
  }
  return { id: now, bankedMs: 0, runningSince: now, skipped: [] };
}

export function pause(run: BreakRun, plan: BreakPlan, now: number): BreakRun {
  return isRunning(run) ? { ...run, bankedMs: positionMs(run, plan, now), runningSince: null } : run;
}

/** From the beginning, running at once. */
export function restart(_run: BreakRun, now: number): BreakRun {
  return { id: now, bankedMs: 0, runningSince: now, skipped: [] };
}

function partAt(plan: BreakPlan, position: number): number {
  const index = plan.parts.findIndex((part) => position < part.startMs + part.ms);
  return index < 0 ? plan.parts.length : index;
}

/**
 * Skip the part under way: go on with the next one at once (before Start,
 * this starts the break at the next part; when paused, it stays paused).
 * A skipped part counts as not done, also the time already spent in it.
 */
export function skipPart(run: BreakRun, plan: BreakPlan, now: number): BreakRun {
  const current = run.id === 0 ? createRun() : settle(run, plan, now);
  const position = positionMs(current, plan, now);
  const index = partAt(plan, position);
  if (run.id !== 0 && index >= plan.parts.length) {
    return current;
  }
  const part = plan.parts[index];
  const next = part.startMs + part.ms;
  const running = run.id === 0 || isRunning(current);
  return {
    id: run.id === 0 ? now : run.id,
    bankedMs: next,
    runningSince: running && next < plan.totalMs ? now : null,
    skipped: [...current.skipped, index],
  };
}

/**
 * In line with `now`: a finished break stops its clock (no timer needs to
 * run), and a clock that went back restarts the running spell at `now`.
 */
export function settle(run: BreakRun, plan: BreakPlan, now: number): BreakRun {
  if (run.runningSince === null) {
    return run;
  }
  if (now < run.runningSince) {
    return { ...run, runningSince: now };
  }
  return positionMs(run, plan, now) >= plan.totalMs ? { ...run, bankedMs: plan.totalMs, runningSince: null } : run;
}

/** A run read back from storage (anything): itself when well formed for this plan, else a fresh one. */
export function restoreRun(raw: unknown, plan: BreakPlan): BreakRun {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return createRun();
  }
  const r = raw as Record<string, unknown>;
  const skipped = Array.isArray(r.skipped) ? r.skipped : null;
  const wellFormed = isTime(r.id) && isTime(r.bankedMs) && r.bankedMs <= plan.totalMs
    && (r.runningSince === null || isTime(r.runningSince))
    && skipped !== null && skipped.length <= plan.parts.length
    && skipped.every((index, i) => Number.isInteger(index) && index >= 0 && index < plan.parts.length && (i === 0 || index > skipped[i - 1]))
    && (r.id !== 0 || (r.bankedMs === 0 && r.runningSince === null && skipped.length === 0));
  if (!wellFormed) {
    return createRun();
  }
  return { id: r.id as number, bankedMs: r.bankedMs as number, runningSince: r.runningSince as number | null, skipped: [...skipped as number[]] };
}

function segmentAt(part: PlanPart, position: number): Segment {
  return part.segments.find((segment) => position < segment.startMs + segment.ms) ?? part.segments[part.segments.length - 1];
}

/** Where the break stands at `now`. */
export function progress(run: BreakRun, plan: BreakPlan, now: number): RunProgress {
  const position = positionMs(run, plan, now);
  const notDone = run.skipped.reduce((sum, index) => sum + (plan.parts[index]?.ms ?? 0), 0);
  const doneMs = Math.max(0, Math.min(position, plan.totalMs) - notDone);
  const base = { positionMs: position, doneMs, fraction: plan.totalMs > 0 ? doneMs / plan.totalMs : 0, totalMs: plan.totalMs };
  const partIndex = partAt(plan, position);
  if ((run.id !== 0 && position >= plan.totalMs) || partIndex >= plan.parts.length) {
    return { ...base, phase: 'done', partIndex: plan.parts.length, segment: null, remainingMs: 0, remainingSeconds: 0 };
  }
  const segment = segmentAt(plan.parts[partIndex], position);
  const remainingMs = segment.startMs + segment.ms - position;
  const phase: RunPhase = run.id === 0 ? 'ready' : isRunning(run) ? 'running' : 'paused';
  return { ...base, phase, partIndex, segment, remainingMs, remainingSeconds: Math.ceil(remainingMs / 1000) };
}

/** What the guidance says as `segment` of `part` begins. */
export function segmentText(part: PlanPart, segment: Segment, texts: CueTexts): string {
  const exercise = part.exercise;
  const caption = segment.side && exercise.sideCaption ? exercise.sideCaption[segment.side] : '';
  const values = {
    ...part.values,
    title: exercise.title,
    caption,
    side: segment.side ? texts.sides[segment.side] : '',
    round: segment.round,
    rep: segment.rep,
    seconds: Math.round(segment.ms / 1000),
    switchCue: exercise.switchCue ?? '',
  };
  switch (segment.kind) {
    case 'setup':
      return fill(caption ? texts.setupSided : texts.setup, values);
    case 'hold':
      return fill(texts.hold, values);
    case 'release':
      return fill(texts.release, values);
    case 'switch':
      return fill(texts.switch, values).trim();
    case 'on':
      return fill(texts.on, values);
    case 'off':
      return fill(texts.off, values);
    case 'walk':
      return fill(texts.walk, values);
  }
}

/** The sound that marks the start of `segment`, after `previous` (null at the very start). */
function cueOf(previous: Segment | null, endsPart: boolean, segment: Segment): Cue | null {
  if (endsPart) {
    return 'partEnd';
  }
  switch (segment.kind) {
    case 'setup':
      return null;
    case 'hold':
    case 'walk':
      return 'start';
    case 'release':
      return 'stop';
    case 'switch':
      return 'switch';
    case 'on':
      return 'on';
    case 'off':
      return previous ? 'off' : null;
  }
}

/** Every moment of the break, in order: the start of each segment, and the end. */
export function moments(plan: BreakPlan, texts: CueTexts): Moment[] {
  const list: Moment[] = [];
  let previous: Segment | null = null;
  for (const part of plan.parts) {
    part.segments.forEach((segment, i) => {
      list.push({ atMs: segment.startMs, cue: cueOf(previous, i === 0 && previous !== null, segment), text: segmentText(part, segment, texts) });
      previous = segment;
    });
  }
  if (plan.parts.length > 0) {
    list.push({ atMs: plan.totalMs, cue: 'partEnd', text: texts.done });
  }
  return list;
}

/** The moments passed from `fromMs` (exclusive) to `toMs` (inclusive); with `fromMs` < 0, the start is included. */
export function momentsBetween(all: readonly Moment[], fromMs: number, toMs: number): Moment[] {
  return all.filter((moment) => moment.atMs > fromMs && moment.atMs <= toMs);
}

/**
 * The sound to play now for the moments just passed: the latest one's, unless
 * muted or noticed too late (more than LATE_CUE_MS after it happened); never a
 * burst of stale sounds.
 */
export function cueToPlay(passed: readonly Moment[], positionMs: number, muted: boolean): Cue | null {
  const latest = passed[passed.length - 1];
  if (muted || !latest || latest.cue === null || positionMs - latest.atMs > LATE_CUE_MS) {
    return null;
  }
  return latest.cue;
}
