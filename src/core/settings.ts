// One typed reader for the `postureBreaks.*` settings. Every value is checked
// against the contract's table: numbers are rounded to whole numbers and
// clamped to their range, a value of the wrong type (or NaN) is replaced by the
// default, and each problem gives exactly one warning that names the setting
// and the value used. A setting that is not set (undefined) is never a warning.
import { BREAK_LENGTHS, DEFAULT_LENGTH, type BreakLength } from './break/lengths';
import { STRETCH_VARIANTS, type StretchVariant } from './break/exercises';
import { GOOD_MOMENT_SOURCES, goodMomentSetting, type GoodMomentSetting } from './goodMomentSources';
import { l10n } from './l10n';
import { checkNumber, NUMBER_SETTINGS, RANGES, type Checked, type NumberIssue, type NumberKey } from './limits';

/** Settings of the contract, already validated and clamped (see settings.ts). */
export interface Settings extends Record<GoodMomentSetting, boolean> {
  enabled: boolean;
  intervalMinutes: number;
  idleSeconds: number;
  naturalBreakMinutes: number;
  snoozeMinutes: number;
  holdSeconds: number;
  rounds: number;
  stretchVariant: StretchVariant;
  breakLength: BreakLength;
  /** Sound cues in the break panel. */
  sound: boolean;
  reminderStyle: ReminderStyle;
  quietWhileDebugging: boolean;
  /** A break due within this many minutes of coding is offered at a good moment (0: never); at most intervalMinutes. */
  earlyPromptMinutes: number;
  /** Time at the computer outside VS Code: 'auto' (in the desktop UI extension host), 'on' (also in a server host the person knows is theirs), 'off'. */
  countTimeOutsideEditor: OutsideSetting;
}

export type OutsideSetting = 'auto' | 'on' | 'off';

export type ReminderStyle = 'statusBar' | 'notification' | 'off';

const choice = <T extends string>(fallback: T, choices: readonly T[]) => ({ default: fallback, choices });

/** Each setting that is a closed list: its default next to its choices, the one home of both (the numbers': limits.ts). */
const CHOICE_SETTINGS = {
  stretchVariant: choice<StretchVariant>('standing', STRETCH_VARIANTS),
  breakLength: choice<BreakLength>(DEFAULT_LENGTH, BREAK_LENGTHS),
  reminderStyle: choice<ReminderStyle>('statusBar', ['statusBar', 'notification', 'off']),
  countTimeOutsideEditor: choice<OutsideSetting>('auto', ['auto', 'on', 'off']),
};

type ChoiceKey = keyof typeof CHOICE_SETTINGS;

/** The choices alone (the manifest's enums are checked against these). */
export const CHOICES = Object.fromEntries(Object.entries(CHOICE_SETTINGS).map(([key, { choices }]) => [key, choices])) as
  { [K in ChoiceKey]: (typeof CHOICE_SETTINGS)[K]['choices'] };

/** Every setting's default: the numbers' and the closed lists' from beside their ranges, the switches' here. */
export const DEFAULTS: Settings = {
  enabled: true,
  intervalMinutes: NUMBER_SETTINGS.intervalMinutes.default,
  idleSeconds: NUMBER_SETTINGS.idleSeconds.default,
  naturalBreakMinutes: NUMBER_SETTINGS.naturalBreakMinutes.default,
  snoozeMinutes: NUMBER_SETTINGS.snoozeMinutes.default,
  holdSeconds: NUMBER_SETTINGS.holdSeconds.default,
  rounds: NUMBER_SETTINGS.rounds.default,
  stretchVariant: CHOICE_SETTINGS.stretchVariant.default,
  breakLength: CHOICE_SETTINGS.breakLength.default,
  sound: true,
  reminderStyle: CHOICE_SETTINGS.reminderStyle.default,
  quietWhileDebugging: true,
  earlyPromptMinutes: NUMBER_SETTINGS.earlyPromptMinutes.default,
  countTimeOutsideEditor: CHOICE_SETTINGS.countTimeOutsideEditor.default,
  'goodMoments.commit': true,
  'goodMoments.task': true,
  'goodMoments.debug': true,
  'goodMoments.terminal': true,
};

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
    return l10n.t({ message: 'a list', comment: ['A setting\'s value that is a list, in a warning such as: postureBreaks.holdSeconds: a list is not a number; using 30.'] });
  }
  return typeof value === 'object'
    ? l10n.t({ message: 'an object', comment: ['A setting\'s value that is an object, in a warning such as: postureBreaks.rounds: an object is not a number; using 2.'] })
    : String(typeof value);
}

/** Two problems of one value: "is below the minimum 1 and must be more than…". */
function both(first: string, second: string): string {
  return l10n.t({ message: '{0} and {1}', args: [first, second], comment: ['Two problems of one setting\'s value, each as in "is below the minimum 1".'] });
}

/** What was wrong with a number, in words. */
function numberProblem(issue: NumberIssue, [min, max]: readonly [number, number]): string {
  switch (issue) {
    case 'notNumber':
      return l10n.t({ message: 'is not a number', comment: ['Said of a setting\'s value, in a warning such as: postureBreaks.intervalMinutes: "abc" is not a number; using 30.'] });
    case 'belowMinimum':
      return l10n.t({ message: 'is below the minimum {0}', args: [min], comment: ['Said of a setting\'s value, in a warning such as: postureBreaks.intervalMinutes: -10 is below the minimum 1; using 1.'] });
    case 'aboveMaximum':
      return l10n.t({ message: 'is above the maximum {0}', args: [max], comment: ['Said of a setting\'s value, in a warning such as: postureBreaks.idleSeconds: 1000 is above the maximum 900; using 900.'] });
    case 'notWhole':
      return l10n.t({ message: 'is not a whole number', comment: ['Said of a setting\'s value, in a warning such as: postureBreaks.rounds: 2.5 is not a whole number; using 3.'] });
  }
}

function checkBoolean(raw: unknown, fallback: boolean): Checked<boolean> {
  if (raw === undefined || typeof raw === 'boolean') {
    return { value: raw ?? fallback, problem: null };
  }
  return { value: fallback, problem: l10n.t({ message: 'is not true or false', comment: ['Said of a setting\'s value, in a warning such as: postureBreaks.enabled: "yes" is not true or false; using true.'] }) };
}

function checkChoice<T extends string>(raw: unknown, fallback: T, choices: readonly T[]): Checked<T> {
  if (raw === undefined) {
    return { value: fallback, problem: null };
  }
  if (typeof raw === 'string' && (choices as readonly string[]).includes(raw)) {
    return { value: raw as T, problem: null };
  }
  return { value: fallback, problem: l10n.t({ message: 'is not one of {0}', args: [choices.join(', ')], comment: ['Said of a setting\'s value, in a warning such as: postureBreaks.reminderStyle: "loud" is not one of statusBar, notification, off; using statusBar.'] }) };
}

/**
 * Reads every setting through `get(key)` (key without the `postureBreaks.`
 * prefix, returning the raw configured value of any type).
 */
export function readSettings(get: (key: string) => unknown): { settings: Settings; warnings: string[] } {
  const number = (key: NumberKey): Checked<number> => {
    const { value, issue } = checkNumber(get(key), DEFAULTS[key], RANGES[key]);
    return { value, problem: issue && numberProblem(issue, RANGES[key]) };
  };
  const checked = {
    enabled: checkBoolean(get('enabled'), DEFAULTS.enabled),
    intervalMinutes: number('intervalMinutes'),
    idleSeconds: number('idleSeconds'),
    naturalBreakMinutes: number('naturalBreakMinutes'),
    snoozeMinutes: number('snoozeMinutes'),
    holdSeconds: number('holdSeconds'),
    rounds: number('rounds'),
    stretchVariant: checkChoice(get('stretchVariant'), DEFAULTS.stretchVariant, CHOICES.stretchVariant),
    breakLength: checkChoice(get('breakLength'), DEFAULTS.breakLength, CHOICES.breakLength),
    sound: checkBoolean(get('sound'), DEFAULTS.sound),
    reminderStyle: checkChoice(get('reminderStyle'), DEFAULTS.reminderStyle, CHOICES.reminderStyle),
    quietWhileDebugging: checkBoolean(get('quietWhileDebugging'), DEFAULTS.quietWhileDebugging),
    earlyPromptMinutes: number('earlyPromptMinutes'),
    countTimeOutsideEditor: checkChoice(get('countTimeOutsideEditor'), DEFAULTS.countTimeOutsideEditor, CHOICES.countTimeOutsideEditor),
    ...Object.fromEntries(GOOD_MOMENT_SOURCES.map((source) => {
      const key = goodMomentSetting(source);
      return [key, checkBoolean(get(key), DEFAULTS[key])];
    })) as Record<GoodMomentSetting, Checked<boolean>>,
  };

  // A natural break must be longer than idleSeconds, or a gap could be both
  // "counted as coding" and "a natural break". If it is not, it is raised to the
  // smallest whole minute above idleSeconds (at most 16, so always within 1..60).
  const idleSeconds = checked.idleSeconds.value;
  const natural = checked.naturalBreakMinutes;
  if (natural.value * 60 <= idleSeconds) {
    const rule = l10n.t({
      message: 'must be more than {0} ({1} s)',
      args: [`${PREFIX}idleSeconds`, idleSeconds],
      comment: ['Said of a setting\'s value, in a warning such as: postureBreaks.naturalBreakMinutes: 2 must be more than postureBreaks.idleSeconds (300 s); using 6.'],
    });
    natural.problem = natural.problem === null ? rule : both(natural.problem, rule);
    natural.value = Math.floor(idleSeconds / 60) + 1;
  }

  // A break is offered at most one interval early: earlyPromptMinutes is
  // lowered to intervalMinutes if it is more (silently when it is not set: a
  // short interval for trying it out should not warn about a setting nobody
  // wrote).
  const intervalMinutes = checked.intervalMinutes.value;
  const early = checked.earlyPromptMinutes;
  if (early.value > intervalMinutes) {
    if (get('earlyPromptMinutes') !== undefined) {
      const rule = l10n.t({
        message: 'must not be more than {0} ({1})',
        args: [`${PREFIX}intervalMinutes`, intervalMinutes],
        comment: ['Said of a setting\'s value, in a warning such as: postureBreaks.earlyPromptMinutes: 20 must not be more than postureBreaks.intervalMinutes (10); using 10.'],
      });
      early.problem = early.problem === null ? rule : both(early.problem, rule);
    }
    early.value = intervalMinutes;
  }

  const warnings: string[] = [];
  for (const key of Object.keys(checked) as (keyof Settings)[]) {
    const { value, problem } = checked[key];
    if (problem === null) {
      continue;
    }
    const raw = get(key);
    // Not set, yet in conflict (only the default naturalBreakMinutes can be).
    const what = raw === undefined
      ? l10n.t({ message: 'the default {0}', args: [String(DEFAULTS[key])], comment: ['A setting that is not set, in a warning such as: postureBreaks.naturalBreakMinutes: the default 5 must be more than postureBreaks.idleSeconds (900 s); using 16.'] })
      : shown(raw);
    warnings.push(l10n.t({
      message: '{0}: {1} {2}; using {3}.',
      args: [`${PREFIX}${key}`, what, problem, String(value)],
      comment: ['A warning about a setting: {0} is its name, {1} the value found ("abc", "the default 5"), {2} what is wrong with it ("is not a number"), {3} the value used instead.'],
    }));
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
    breakLength: checked.breakLength.value,
    sound: checked.sound.value,
    reminderStyle: checked.reminderStyle.value,
    quietWhileDebugging: checked.quietWhileDebugging.value,
    earlyPromptMinutes: early.value,
    countTimeOutsideEditor: checked.countTimeOutsideEditor.value,
    ...Object.fromEntries(GOOD_MOMENT_SOURCES.map((source) => [goodMomentSetting(source), checked[goodMomentSetting(source)].value])) as Record<GoodMomentSetting, boolean>,
  };
  return { settings, warnings };
}
