// What an exercise and a reference are, declared once as schemas: the
// catalogues (exercises.ts, references.ts) are typed by them, and the panel's
// page checks the content message with them. A field or a kind added here is
// known to both at once.
//
// Pure: no vscode import, no words (bundled into the page's script: the
// catalogues' texts are not).

import { anyOf, boolean, https, id, list, MAX_ITEMS, number, object, oneOf, text, words, type Infer } from '../schema';

/** What an exercise does in the break, in the order a break does them; a break has at most one part of each kind. */
export const EXERCISE_KINDS = ['stretch', 'activation', 'walk'] as const;
export type ExerciseKind = (typeof EXERCISE_KINDS)[number];

const seconds = number({ min: 0, max: 3600, whole: true });
/** A drawing in media/figures/ (an SVG drawn for this project). */
export const FIGURE_FILE = /^[a-z0-9][a-z0-9-]*\.svg$/;

/** How an exercise is timed. */
const TIMING = anyOf(
  /** Static holds: `rounds` per side, all on one side, then the other. Hold and rounds come from the settings. */
  object({ type: oneOf(['hold']), releaseSeconds: seconds, switchSeconds: seconds }),
  /** Repetitions: on for `onSeconds`, off for `offSeconds`, `reps` times (no rest after the last). */
  object({ type: oneOf(['reps']), onSeconds: seconds, offSeconds: seconds, reps: number({ min: 0, max: 100, whole: true }) }),
  /** One stretch of time. */
  object({ type: oneOf(['timed']), seconds }),
);

export const EXERCISE = object({
  /** Stable id: the value of a setting (for stretches), the saved state, the tests. */
  id,
  kind: oneOf(EXERCISE_KINDS),
  /** Short name: the variant switch, the list of parts. */
  label: words,
  title: words,
  /** 4 to 6 short steps, with the cues that make it work. */
  steps: list(words, { min: 1, max: 8 }),
  /** The common mistakes, one line. */
  mistakes: words,
  /** Done on each side in turn (left first). */
  sided: boolean(),
  /** Seconds to get into position before the first timed segment (0: none). */
  setupSeconds: seconds,
  timing: TIMING,
  figure: object({
    /** File name in media/figures/ (facing right: the near leg is the right leg). */
    file: text({ max: 64, pattern: FIGURE_FILE }),
    /** What the drawing shows, for screen readers: exactly what is drawn, and what is highlighted. */
    label: words,
  }),
  /** Ids of references.ts entries that back this exercise. */
  references: list(id, { max: MAX_ITEMS }),
}, {
  /** Which leg works on each side; only for sided exercises. */
  sideCaption: object({ left: words, right: words }),
  /** Said at the side switch; only for sided exercises. */
  switchCue: words,
  /** Shown before Start when the break begins with this exercise (what to prepare). */
  beforeStart: words,
  /** What the setting's choice says about it in the settings editor. */
  settingDescription: words,
});

export type Exercise = Infer<typeof EXERCISE>;

export const REFERENCE = object({
  /** Stable id the page sends back (lowercase letters, digits, dashes). */
  id,
  /** What the link says in the panel: who, when, and what it is cited for. */
  label: words,
  /** The full citation. */
  citation: words,
}, {
  /** The paper's DOI link or article page (https); absent when none could be confirmed (the citation stands alone). */
  url: https,
});

export type Reference = Infer<typeof REFERENCE>;
