// The lengths a break can have (the `breakLength` setting): which kinds of
// exercise of the catalogue it does, and how much of each.
//
// What the panel calls each length is among the panel's words
// (panel/panelWords.ts); the descriptions are the manifest's text
// (package.nls.json), which the manifest test compares.
//
// Pure data: no vscode import; bundled into the page's script as well.

import type { ExerciseKind } from './shapes';

/** How much of the catalogue a break does: the `breakLength` setting's choices, and its default. */
export const BREAK_LENGTHS = ['full', 'stretch', 'quick'] as const;
export type BreakLength = (typeof BREAK_LENGTHS)[number];
export const DEFAULT_LENGTH: BreakLength = 'full';

export interface LengthRecipe {
  /** The kinds of exercise, in order. */
  kinds: readonly ExerciseKind[];
  /** Holds per side, instead of the `rounds` setting. */
  rounds?: number;
  /** The longest hold, below the `holdSeconds` setting. */
  maxHoldSeconds?: number;
  /** Repetitions of an activation, instead of the catalogue's. */
  reps?: number;
  /** For the settings editor (no numbers: they are computed, see the README's table). */
  description: string;
}

export const LENGTHS: Readonly<Record<BreakLength, LengthRecipe>> = {
  full: { kinds: ['stretch', 'activation', 'walk'], description: 'The whole break: the stretch on both sides, a standing glute squeeze and a short walk.' },
  stretch: { kinds: ['stretch'], description: 'The stretch alone, with your hold time and rounds.' },
  quick: { kinds: ['stretch', 'activation'], rounds: 1, maxHoldSeconds: 15, reps: 4, description: 'About a minute: one short hold per side and a few squeezes.' },
};
