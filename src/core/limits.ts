// The numeric settings' ranges and the one clamp policy, used by the settings
// reader and by everything that receives such a number from elsewhere (the
// break plan in the page, restored state).
//
// Pure: no vscode import, no other dependency.

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

/**
 * The clamp policy: undefined is the fallback, silently; the wrong type or
 * NaN is the fallback; a number is rounded to a whole number and clamped to
 * [min, max] (±Infinity clamps too).
 */
export function checkNumber(raw: unknown, fallback: number, [min, max]: readonly [number, number]): Checked<number> {
  if (raw === undefined) {
    return { value: fallback, problem: null };
  }
  if (typeof raw !== 'number' || Number.isNaN(raw)) {
    return { value: fallback, problem: 'is not a number' };
  }
  const whole = Number.isFinite(raw) ? Math.round(raw) : raw;
  if (whole < min) {
    return { value: min, problem: `is below the minimum ${min}` };
  }
  if (whole > max) {
    return { value: max, problem: `is above the maximum ${max}` };
  }
  return { value: whole, problem: whole === raw ? null : 'is not a whole number' };
}
