// One typed reader for the `postureBreaks.*` settings. Every value is checked
// against the contract's table: numbers are rounded to whole numbers and
// clamped to their range, a value of the wrong type (or NaN) is replaced by the
// default, and each problem gives exactly one warning that names the setting
// and the value used. A setting that is not set (undefined) is never a warning.
import { ReminderStyle, Settings, StretchVariant } from './types';

export const DEFAULTS: Settings = {
  enabled: true,
  intervalMinutes: 30,
  idleSeconds: 120,
  naturalBreakMinutes: 5,
  snoozeMinutes: 5,
  holdSeconds: 30,
  rounds: 2,
  stretchVariant: 'standing',
  reminderStyle: 'statusBar',
  quietWhileDebugging: true,
};

type NumberKey = 'intervalMinutes' | 'idleSeconds' | 'naturalBreakMinutes' | 'snoozeMinutes' | 'holdSeconds' | 'rounds';

const RANGES: Record<NumberKey, readonly [min: number, max: number]> = {
  intervalMinutes: [1, 240],
  idleSeconds: [15, 900],
  naturalBreakMinutes: [1, 60],
  snoozeMinutes: [1, 60],
  holdSeconds: [10, 120],
  rounds: [1, 5],
};

const STRETCH_VARIANTS: readonly StretchVariant[] = ['standing', 'kneeling'];
const REMINDER_STYLES: readonly ReminderStyle[] = ['statusBar', 'notification', 'off'];

const PREFIX = 'postureBreaks.';

/** A value as the person wrote it, for a warning: strings quoted, never throws. */
function shown(value: unknown): string {
  if (typeof value === 'string') {
    return JSON.stringify(value);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' || value === null) {
    return String(value);
  }
  if (Array.isArray(value)) {
    return 'a list';
  }
  return typeof value === 'object' ? 'an object' : String(typeof value);
}

interface Checked<T> {
  value: T;
  /** Why the configured value was not used as is, or null when it was. */
  problem: string | null;
}

function checkBoolean(raw: unknown, fallback: boolean): Checked<boolean> {
  if (raw === undefined || typeof raw === 'boolean') {
    return { value: raw ?? fallback, problem: null };
  }
  return { value: fallback, problem: 'is not true or false' };
}

function checkNumber(raw: unknown, fallback: number, [min, max]: readonly [number, number]): Checked<number> {
  if (raw === undefined) {
    return { value: fallback, problem: null };
  }
  if (typeof raw !== 'number' || Number.isNaN(raw)) {
    return { value: fallback, problem: 'is not a number' };
  }
  // ±Infinity clamps like any other number out of range.
  const whole = Number.isFinite(raw) ? Math.round(raw) : raw;
  if (whole < min) {
    return { value: min, problem: `is below the minimum ${min}` };
  }
  if (whole > max) {
    return { value: max, problem: `is above the maximum ${max}` };
  }
  return { value: whole, problem: whole === raw ? null : 'is not a whole number' };
}

function checkChoice<T extends string>(raw: unknown, fallback: T, choices: readonly T[]): Checked<T> {
  if (raw === undefined) {
    return { value: fallback, problem: null };
  }
  if (typeof raw === 'string' && (choices as readonly string[]).includes(raw)) {
    return { value: raw as T, problem: null };
  }
  return { value: fallback, problem: `is not one of ${choices.join(', ')}` };
}

/**
 * Reads every setting through `get(key)` (key without the `postureBreaks.`
 * prefix, returning the raw configured value of any type).
 */
export function readSettings(get: (key: string) => unknown): { settings: Settings; warnings: string[] } {
  const number = (key: NumberKey) => checkNumber(get(key), DEFAULTS[key], RANGES[key]);
  const checked = {
    enabled: checkBoolean(get('enabled'), DEFAULTS.enabled),
    intervalMinutes: number('intervalMinutes'),
    idleSeconds: number('idleSeconds'),
    naturalBreakMinutes: number('naturalBreakMinutes'),
    snoozeMinutes: number('snoozeMinutes'),
    holdSeconds: number('holdSeconds'),
    rounds: number('rounds'),
    stretchVariant: checkChoice(get('stretchVariant'), DEFAULTS.stretchVariant, STRETCH_VARIANTS),
    reminderStyle: checkChoice(get('reminderStyle'), DEFAULTS.reminderStyle, REMINDER_STYLES),
    quietWhileDebugging: checkBoolean(get('quietWhileDebugging'), DEFAULTS.quietWhileDebugging),
  };

  // A natural break must be longer than idleSeconds, or a gap could be both
  // "counted as coding" and "a natural break". If it is not, it is raised to the
  // smallest whole minute above idleSeconds (at most 16, so always within 1..60).
  const idleSeconds = checked.idleSeconds.value;
  const natural = checked.naturalBreakMinutes;
  if (natural.value * 60 <= idleSeconds) {
    const rule = `must be more than ${PREFIX}idleSeconds (${idleSeconds} s)`;
    natural.problem = natural.problem === null ? rule : `${natural.problem} and ${rule}`;
    natural.value = Math.floor(idleSeconds / 60) + 1;
  }

  const warnings: string[] = [];
  for (const key of Object.keys(checked) as (keyof Settings)[]) {
    const { value, problem } = checked[key];
    if (problem === null) {
      continue;
    }
    const raw = get(key);
    // Not set, yet in conflict (only the default naturalBreakMinutes can be).
    const what = raw === undefined ? `the default ${String(DEFAULTS[key])}` : shown(raw);
    warnings.push(`${PREFIX}${key}: ${what} ${problem}; using ${String(value)}.`);
  }

  const settings: Settings = {
    enabled: checked.enabled.value,
    intervalMinutes: checked.intervalMinutes.value,
    idleSeconds,
    naturalBreakMinutes: natural.value,
    snoozeMinutes: checked.snoozeMinutes.value,
    holdSeconds: checked.holdSeconds.value,
    rounds: checked.rounds.value,
    stretchVariant: checked.stretchVariant.value,
    reminderStyle: checked.reminderStyle.value,
    quietWhileDebugging: checked.quietWhileDebugging.value,
  };
  return { settings, warnings };
}
