// The numeric settings' ranges and the one clamp policy, used by the settings
// reader and by everything that receives such a number from elsewhere (the
// break plan in the page, restored state).
//
// Pure: no vscode import, no other dependency; no words (bundled into the
// page's script as well).

export const RANGES = {
  intervalMinutes: [1, 240],
  idleSeconds: [15, 900],
  naturalBreakMinutes: [1, 60],
  snoozeMinutes: [1, 60],
  holdSeconds: [10, 120],
  rounds: [1, 5],
  earlyPromptMinutes: [0, 30],
} as const satisfies Record<string, readonly [min: number, max: number]>;

export type NumberKey = keyof typeof RANGES;

export interface Checked<T> {
  value: T;
  /** Why the given value was not used as is, or null when it was. */
  problem: string | null;
}

/** What was wrong with a number (the settings reader says it in words). */
export type NumberIssue = 'notNumber' | 'belowMinimum' | 'aboveMaximum' | 'notWhole';

/**
 * The clamp policy: undefined is the fallback, silently; the wrong type or
 * NaN is the fallback; a number is rounded to a whole number and clamped to
 * [min, max] (±Infinity clamps too).
 */
export function checkNumber(raw: unknown, fallback: number, [min, max]: readonly [number, number]): { value: number; issue: NumberIssue | null } {
  if (raw === undefined) {
    return { value: fallback, issue: null };
  }
  if (typeof raw !== 'number' || Number.isNaN(raw)) {
    return { value: fallback, issue: 'notNumber' };
  }
  const whole = Number.isFinite(raw) ? Math.round(raw) : raw;
  if (whole < min) {
    return { value: min, issue: 'belowMinimum' };
  }
  if (whole > max) {
    return { value: max, issue: 'aboveMaximum' };
  }
  return { value: whole, issue: whole === raw ? null : 'notWhole' };
}
