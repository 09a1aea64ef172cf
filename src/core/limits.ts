// The numeric settings' ranges and the one clamp policy, used by the settings
// reader and by everything that receives such a number from elsewhere (the
// break plan in the page, restored state).
//
// Pure: no vscode import, no other dependency; no words (bundled into the
// page's script as well).

/** Each numeric setting's default, next to its range [min, max]: the one home of both. */
export const NUMBER_SETTINGS = {
  intervalMinutes: { default: 30, range: [1, 240] },
  idleSeconds: { default: 120, range: [15, 900] },
  naturalBreakMinutes: { default: 5, range: [1, 60] },
  snoozeMinutes: { default: 5, range: [1, 60] },
  holdSeconds: { default: 30, range: [10, 120] },
  rounds: { default: 2, range: [1, 5] },
  earlyPromptMinutes: { default: 5, range: [0, 30] },
} as const satisfies Record<string, { default: number; range: readonly [min: number, max: number] }>;

export type NumberKey = keyof typeof NUMBER_SETTINGS;

/** The ranges alone, for the manifest check and the settings reader. */
export const RANGES = Object.fromEntries(Object.entries(NUMBER_SETTINGS).map(([key, { range }]) => [key, range])) as { [K in NumberKey]: (typeof NUMBER_SETTINGS)[K]['range'] };

/** A numeric setting as anything but the settings reader receives it (the page, restored state): clamped, its default when not a number. */
export function settingNumber(key: NumberKey, raw: unknown): number {
  return checkNumber(raw, NUMBER_SETTINGS[key].default, NUMBER_SETTINGS[key].range).value;
}

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
