// The break as a timeline: which exercises, in which order, on which side,
// for how long. Built from the exercise catalogue (passed in, so the page can
// build it from the data the extension sent) and the settings. Every duration
// the panel states is computed here, from the same segments the guidance runs.
//
// Pure: no vscode import; bundled into the page's script as well.

import { DEFAULT_LENGTH, LENGTHS, type BreakLength, type LengthRecipe } from './lengths';
import type { Exercise, ExerciseKind } from './shapes';
import { formatSpan } from '../format/durations';
import { settingNumber } from '../limits';
import { SECOND } from '../time';

export type Side = 'left' | 'right';

/** What happens in one stretch of the timeline. */
export type SegmentKind = 'setup' | 'hold' | 'release' | 'switch' | 'on' | 'off' | 'walk';

export interface Segment {
  kind: SegmentKind;
  /** From the start of the break (ms). */
  startMs: number;
  ms: number;
  /** The side being worked (for 'switch': the side coming next); null for an exercise that is not sided. */
  side: Side | null;
  /** Round on this side, 1-based (for 'release': the round coming next); 0 when it does not apply. */
  round: number;
  /** Repetition, 1-based (for 'off': the one just done); 0 when it does not apply. */
  rep: number;
}

export interface PlanPart {
  exercise: Exercise;
  startMs: number;
  ms: number;
  segments: readonly Segment[];
  /** Values for the placeholders of the exercise's texts. */
  values: Readonly<Record<string, string | number>>;
}

export interface PlanOptions {
  length: BreakLength;
  /** The id of the stretch to do (the `stretchVariant` setting, or the one picked in the panel). */
  variant: string;
  holdSeconds: number;
  rounds: number;
}

export interface BreakPlan {
  options: PlanOptions;
  parts: readonly PlanPart[];
  totalMs: number;
}

/** `{name}` placeholders filled from `values`; unknown names are left as they are. */
export function fill(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) =>
    (Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole));
}

function isLength(value: unknown): value is BreakLength {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(LENGTHS, value);
}

/** The options, made safe: the settings' own ranges, a known length, a stretch that exists. */
function planOptions(exercises: readonly Exercise[], raw: Partial<PlanOptions>): PlanOptions {
  const stretches = exercises.filter((exercise) => exercise.kind === 'stretch');
  const variant = stretches.some((exercise) => exercise.id === raw.variant) ? raw.variant as string : (stretches[0]?.id ?? '');
  return {
    length: isLength(raw.length) ? raw.length : DEFAULT_LENGTH,
    variant,
    holdSeconds: settingNumber('holdSeconds', raw.holdSeconds),
    rounds: settingNumber('rounds', raw.rounds),
  };
}

function pickExercise(exercises: readonly Exercise[], kind: ExerciseKind, variant: string): Exercise | undefined {
  const ofKind = exercises.filter((exercise) => exercise.kind === kind);
  return ofKind.find((exercise) => exercise.id === variant) ?? ofKind[0];
}

/** The segments of one exercise, from `startMs`, and the values of its texts. */
function partOf(exercise: Exercise, recipe: LengthRecipe, options: PlanOptions, startMs: number): PlanPart {
  const segments: Segment[] = [];
  let at = startMs;
  const add = (kind: SegmentKind, seconds: number, side: Side | null, round = 0, rep = 0) => {
    if (seconds > 0) {
      segments.push({ kind, startMs: at, ms: seconds * SECOND, side, round, rep });
      at += seconds * SECOND;
    }
  };
  const sides: Array<Side | null> = exercise.sided ? ['left', 'right'] : [null];
  add('setup', exercise.setupSeconds, sides[0]);
  const values: Record<string, string | number> = {};
  const timing = exercise.timing;
  switch (timing.type) {
    case 'hold': {
      const holdSeconds = Math.min(options.holdSeconds, recipe.maxHoldSeconds ?? Infinity);
      const rounds = recipe.rounds ?? options.rounds;
      Object.assign(values, { holdSeconds, rounds });
      sides.forEach((side, s) => {
        if (s > 0) {
          add('switch', timing.switchSeconds, side, 1);
        }
        for (let round = 1; round <= rounds; round++) {
          add('hold', holdSeconds, side, round);
          if (round < rounds) {
            add('release', timing.releaseSeconds, side, round + 1);
          }
        }
      });
      break;
    }
    case 'reps': {
      const reps = recipe.reps ?? timing.reps;
      Object.assign(values, { onSeconds: timing.onSeconds, offSeconds: timing.offSeconds, reps });
      for (let rep = 1; rep <= reps; rep++) {
        add('on', timing.onSeconds, null, 0, rep);
        if (rep < reps) {
          add('off', timing.offSeconds, null, 0, rep);
        }
      }
      break;
    }
    case 'timed':
      add('walk', timing.seconds, null);
      break;
  }
  const ms = at - startMs;
  values.duration = formatSpan(ms - exercise.setupSeconds * SECOND);
  return { exercise, startMs, ms, segments, values };
}

/** The break for these options: one part per kind of the length's recipe, in order. */
export function buildPlan(exercises: readonly Exercise[], raw: Partial<PlanOptions>): BreakPlan {
  const options = planOptions(exercises, raw);
  const recipe = LENGTHS[options.length];
  const parts: PlanPart[] = [];
  let at = 0;
  for (const kind of recipe.kinds) {
    const exercise = pickExercise(exercises, kind, options.variant);
    if (exercise) {
      const part = partOf(exercise, recipe, options, at);
      parts.push(part);
      at += part.ms;
    }
  }
  return { options, parts, totalMs: at };
}

/** The plan has a walking part (what the explanation's closing may claim). */
export function hasWalk(plan: BreakPlan): boolean {
  return plan.parts.some((part) => part.exercise.kind === 'walk');
}

/** Same options: a saved run belongs to this plan. */
export function sameOptions(a: PlanOptions, b: PlanOptions): boolean {
  return a.length === b.length && a.variant === b.variant && a.holdSeconds === b.holdSeconds && a.rounds === b.rounds;
}
