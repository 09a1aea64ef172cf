// Every formatter of the product, in one place: clock times, lengths of time,
// counts, plurals and dates, and what the status-bar item says (derived from
// the clock's view). Pure: the words come through the translator seam
// (l10n.ts), the formats follow its display language. The panel's page uses
// the formats of its views too; it has no translator, so it sets the words
// the extension sent (setFormatWords) and the display language.
//
// Clock times, dates, numbers and plural rules come from Intl for the display
// language. The first use of Intl loads locale data (tens of milliseconds),
// so no formatter exists before a tooltip or the panel asks for one; each is
// made once per language and kept. Without a display language (the unit
// tests), the formats are the English source's own: a 24-hour "14:05" and
// numbers made by hand, dates as British English writes them ("Mon 17 Nov").
import { parseDayKey } from './calendar';
import { DAY_STATS, type DayStat } from './dayStats';
import { GOOD_MOMENT_REASONS } from './goodMomentSources';
import { displayLanguage, fillPlaceholders, l10n, type L10nArg } from './l10n';
import { ClockView, DayStats, ReminderStyle } from './types';

const MINUTE = 60_000;

// ---- Intl, made on first use ---------------------------------------------------------

type Made = Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules;
const made = new Map<string, Made>();

/**
 * The Intl object of this kind for the display language, made the first
 * time it is asked for; without a display language, the one for `fallback`,
 * or null.
 */
function intl<T extends Made>(kind: string, make: (locale: string) => T, fallback?: string): T | null {
  const language = displayLanguage() ?? fallback;
  if (language === undefined) {
    return null;
  }
  const key = `${language} ${kind}`;
  let found = made.get(key) as T | undefined;
  if (!found) {
    try {
      found = make(language);
    } catch {
      found = make('en'); // a tag Intl does not take: English formats rather than none
    }
    made.set(key, found);
  }
  return found;
}

/** A number as the display language writes it ("1,234", "1.234"). */
export function formatNumber(value: number): string {
  return intl('number', (locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }))?.format(value) ?? String(value);
}

/** A share (0..1) as a percentage: "50%", "50 %". */
export function formatPercent(fraction: number): string {
  const share = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
  return intl('percent', (locale) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }))?.format(share)
    ?? `${Math.round(share * 100)}%`;
}

/** The two forms of a phrase with a count: "{0} break" and "{0} breaks". */
export interface PluralForms {
  one: string;
  other: string;
}

/**
 * The form for `count` by the display language's plural rules (French says
 * "0 pause" as it says "1 pause"; Japanese and Chinese have one form), with
 * {0} the count and {1}, {2}… the further values.
 */
export function plural(count: number, forms: PluralForms, ...more: L10nArg[]): string {
  return fillPlaceholders(pluralForm(count, forms), [formatNumber(count), ...more]);
}

/**
 * Languages whose readers say zero in the plural although their plural rules
 * put it with one: Brazilian Portuguese ("0 minutos", where the rules give
 * "0 minuto").
 */
const ZERO_IN_PLURAL = /^pt(-br)?$/i;

/** The form for `count`, its placeholders not filled. */
export function pluralForm(count: number, forms: PluralForms): string {
  const rules = intl('plural', (locale) => new Intl.PluralRules(locale));
  const one = rules ? rules.select(count) === 'one' && !(count === 0 && ZERO_IN_PLURAL.test(displayLanguage() ?? '')) : count === 1;
  return one ? forms.one : forms.other;
}

/** A local clock time: "14:05", "2:05 PM", as the display language writes it. */
export function clockTime(epochMs: number): string {
  const date = new Date(epochMs);
  const format = intl('time', (locale) => new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }));
  return format ? format.format(date) : `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

// ---- lengths of time -----------------------------------------------------------

/** The words of the lengths of time the panel shows; the page gets them from the extension with its content. */
export interface FormatWords {
  seconds: string;
  minutes: string;
  minutesSeconds: string;
  hours: string;
  hoursMinutes: string;
}

/** The words of the lengths of time, in the display language. */
export function formatWords(): FormatWords {
  return {
    seconds: l10n.t({ message: '{0} s', comment: ['A length of time in seconds, abbreviated as in "45 s". {0} is the number.'] }),
    minutes: l10n.t({ message: '{0} min', comment: ['A length of time in minutes, abbreviated as in "25 min". {0} is the number.'] }),
    minutesSeconds: l10n.t({ message: '{0} min {1} s', comment: ['A length of time in minutes and seconds, abbreviated as in "2 min 15 s".'] }),
    hours: l10n.t({ message: '{0} h', comment: ['A length of time in whole hours, abbreviated as in "3 h". {0} is the number.'] }),
    hoursMinutes: l10n.t({ message: '{0} h {1} min', comment: ['A length of time in hours and minutes, abbreviated as in "1 h 5 min".'] }),
  };
}

let pageWords: FormatWords | undefined;

/** The panel's page: the words the extension sent (the page has no translator of its own). */
export function setFormatWords(words: FormatWords | undefined): void {
  pageWords = words;
}

function words(): FormatWords {
  return pageWords ?? formatWords();
}

/** A length of time in minutes and seconds: "45 s", "2 min", "2 min 15 s". */
export function formatSpan(ms: number): string {
  const seconds = Number.isFinite(ms) ? Math.max(0, Math.round(ms / 1000)) : 0;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const w = words();
  if (minutes === 0) {
    return fillPlaceholders(w.seconds, [formatNumber(rest)]);
  }
  return rest === 0 ? fillPlaceholders(w.minutes, [formatNumber(minutes)]) : fillPlaceholders(w.minutesSeconds, [formatNumber(minutes), formatNumber(rest)]);
}

/** Whole minutes, never negative. */
export function wholeMinutes(ms: number): number {
  return Math.max(0, Math.floor(ms / MINUTE));
}

/** "23m", "1h 05m": compact, for the status bar. No Intl: this is the status-bar text at start. */
export function shortDuration(ms: number): string {
  const minutes = wholeMinutes(ms);
  if (minutes < 60) {
    return l10n.t({ message: '{0}m', args: [minutes], comment: ['Minutes of coding on the status bar, as short as possible: "23m".'] });
  }
  return l10n.t({
    message: '{0}h {1}m',
    args: [Math.floor(minutes / 60), String(minutes % 60).padStart(2, '0')],
    comment: ['Hours and minutes of coding on the status bar, as short as possible: "1h 05m".'],
  });
}

/** "23 minutes", "1 hour 5 minutes": for tooltips and screen readers. */
export function longDuration(ms: number): string {
  const minutes = wholeMinutes(ms);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const inMinutes = (n: number) => plural(n, {
    one: l10n.t({ message: '{0} minute', comment: ['Singular form: the form for 1 (and any other number your language treats the same way). {0} is the number.'] }),
    other: l10n.t({ message: '{0} minutes', comment: ['Plural form: the form for every other number. {0} is the number.'] }),
  });
  const inHours = (n: number) => plural(n, {
    one: l10n.t({ message: '{0} hour', comment: ['Singular form: the form for 1 (and any other number your language treats the same way). {0} is the number.'] }),
    other: l10n.t({ message: '{0} hours', comment: ['Plural form: the form for every other number. {0} is the number.'] }),
  });
  if (hours === 0) {
    return inMinutes(rest);
  }
  return rest === 0 ? inHours(hours) : l10n.t({
    message: '{0} {1}',
    args: [inHours(hours), inMinutes(rest)],
    comment: ['A length of time in hours and minutes, written out: {0} is "1 hour", {1} is "5 minutes".'],
  });
}

export function todaySummary(today: DayStats): string {
  const taken = plural(wholeCount(today.taken), {
    one: l10n.t({ message: '{0} break taken', comment: ['Singular form: the form for 1 (and any other number your language treats the same way). {0} is the number.'] }),
    other: l10n.t({ message: '{0} breaks taken', comment: ['Plural form: the form for every other number. {0} is the number.'] }),
  });
  return l10n.t({
    message: 'Today: {0} of coding, {1}, {2} skipped, {3} natural.',
    args: [longDuration(today.codingMs), taken, formatNumber(wholeCount(today.skipped)), formatNumber(wholeCount(today.natural))],
    comment: ['{0} is a length of time ("2 hours 5 minutes"), {1} the breaks taken ("1 break taken"), {2} and {3} are numbers of breaks skipped and of natural breaks.'],
  });
}

export interface StatusText {
  /** Text with one codicon. */
  text: string;
  tooltip: string;
  ariaLabel: string;
  /** Show as the prompt, with the theme's warning background. */
  prompt: boolean;
}

/** The status-bar item's text alone, and whether it is the prompt: no clock time, no plural, no Intl. */
export function statusLabel(view: ClockView, reminderStyle: ReminderStyle): Pick<StatusText, 'text' | 'prompt'> {
  if (view.pausedUntil !== null) {
    return { text: `$(debug-pause) ${shortDuration(view.codingMs)}`, prompt: false };
  }
  if (view.prompt && reminderStyle !== 'off') {
    return { text: `$(heart) ${l10n.t({ message: 'Stretch break', comment: ['The prompt on the status bar, and the panel\'s title: a short break to stretch.'] })}`, prompt: true };
  }
  return { text: `$(watch) ${shortDuration(view.codingMs)}`, prompt: false };
}

export function describeStatus(
  view: ClockView,
  reminderStyle: ReminderStyle,
  now: number,
  clockTime: (epochMs: number) => string,
): StatusText {
  const label = statusLabel(view, reminderStyle);
  const coding = longDuration(view.codingMs);
  const summary = todaySummary(view.today);
  const dueIn = (left: number) => longDuration(Math.ceil(left / MINUTE) * MINUTE);
  if (view.pausedUntil !== null) {
    const pausedUntil = view.pausedUntil;
    const resume = pausedUntil === 'resume';
    const until = pausedUntil === 'resume' ? '' : clockTime(pausedUntil);
    return {
      ...label,
      tooltip: `${resume
        ? l10n.t({ message: 'Posture Breaks: reminders paused until you resume them. Continuous coding: {0}. Click to take a break now.', args: [coding], comment: ['The status-bar tooltip. {0} is a length of time ("23 minutes").'] })
        : l10n.t({ message: 'Posture Breaks: reminders paused until {0}. Continuous coding: {1}. Click to take a break now.', args: [until, coding], comment: ['The status-bar tooltip. {0} is a clock time ("14:30"), {1} a length of time ("23 minutes").'] })}\n${summary}`,
      ariaLabel: resume
        ? l10n.t({ message: 'Posture Breaks: reminders paused until you resume them; {0} of continuous coding.', args: [coding], comment: ['What screen readers say of the status-bar item. {0} is a length of time ("23 minutes").'] })
        : l10n.t({ message: 'Posture Breaks: reminders paused until {0}; {1} of continuous coding.', args: [until, coding], comment: ['What screen readers say of the status-bar item. {0} is a clock time ("14:30"), {1} a length of time ("23 minutes").'] }),
    };
  }
  const reason = view.offered ? GOOD_MOMENT_REASONS[view.offered] : null;
  if (label.prompt && reason !== null) {
    const left = view.dueAtCodingMs - view.codingMs;
    const offered = left > 0
      ? l10n.t({ message: 'Posture Breaks: {0} {1} of coding so far. It would be due in {2} of coding. Click to start (about 3 minutes).', args: [reason, coding, dueIn(left)], comment: ['The status-bar tooltip of a break offered early. {0} says why now ("You just committed: a good moment for a break."), {1} and {2} are lengths of time.'] })
      : l10n.t({ message: 'Posture Breaks: {0} {1} of coding so far. Click to start (about 3 minutes).', args: [reason, coding], comment: ['The status-bar tooltip of a break offered early. {0} says why now ("You just committed: a good moment for a break."), {1} is a length of time.'] });
    return {
      ...label,
      tooltip: `${offered}\n${summary}`,
      ariaLabel: l10n.t({ message: 'Stretch break offered. {0} Click to start the break.', args: [reason], comment: ['What screen readers say of the status-bar item. {0} says why now ("You just committed: a good moment for a break.").'] }),
    };
  }
  if (label.prompt) {
    return {
      ...label,
      tooltip: `${l10n.t({ message: 'Posture Breaks: time for a stretch break, after {0} of coding. Click to start (about 3 minutes).', args: [coding], comment: ['The status-bar tooltip of a due break. {0} is a length of time ("31 minutes").'] })}\n${summary}`,
      ariaLabel: l10n.t({ message: 'Stretch break due after {0} of coding. Click to start the break.', args: [coding], comment: ['What screen readers say of the status-bar item. {0} is a length of time ("31 minutes").'] }),
    };
  }
  let due: string;
  if (view.due && reason !== null) {
    due = view.heldBy === 'debugging' ? l10n.t({ message: '{0} The break waits until debugging ends.', args: [reason], comment: ['{0} says why the break is offered now ("You just committed: a good moment for a break.").'] })
      : view.heldBy === 'typing' ? l10n.t({ message: '{0} The break waits for a pause in your typing.', args: [reason], comment: ['{0} says why the break is offered now ("You just committed: a good moment for a break.").'] })
        : reason;
  } else if (view.due) {
    due = view.heldBy === 'debugging' ? l10n.t('A break is due; it waits until debugging ends.')
      : view.heldBy === 'typing' ? l10n.t('A break is due; it waits for a pause in your typing.')
        : l10n.t('A break is due.');
  } else {
    const left = view.dueAtCodingMs - view.codingMs;
    due = l10n.t({
      message: 'Break due in {0} of coding (about {1} if you keep going).',
      args: [dueIn(left), clockTime(now + left)],
      comment: ['{0} is a length of time ("7 minutes"), {1} a clock time ("10:07").'],
    });
  }
  return {
    ...label,
    tooltip: `${l10n.t({ message: 'Posture Breaks: {0} of continuous coding. {1} Click to take a break now.', args: [coding, due], comment: ['The status-bar tooltip. {0} is a length of time ("23 minutes"), {1} says when the break is due (a sentence).'] })}\n${summary}`,
    ariaLabel: l10n.t({ message: 'Posture Breaks: {0} of continuous coding. {1}', args: [coding, due], comment: ['What screen readers say of the status-bar item. {0} is a length of time ("23 minutes"), {1} says when the break is due (a sentence).'] }),
  };
}

/** Whether two views show the same thing (status bar, tooltip, panel summary), at minute resolution. */
export function sameDisplay(a: ClockView, b: ClockView): boolean {
  const minutes = (ms: number) => Math.floor(ms / MINUTE);
  return minutes(a.codingMs) === minutes(b.codingMs)
    && a.dueAtCodingMs === b.dueAtCodingMs
    && a.due === b.due
    && a.offered === b.offered
    && a.prompt === b.prompt
    && a.heldBy === b.heldBy
    && a.pausedUntil === b.pausedUntil
    && a.idle === b.idle
    && DAY_STATS.every(({ field, kind }) => (kind === 'duration' ? minutes(a.today[field]) === minutes(b.today[field]) : a.today[field] === b.today[field]));
}

/** Coding time for the panel: "0 min", "45 min", "1 h 5 min". Never negative. */
export function formatCodingTime(ms: number): string {
  const minutes = Number.isFinite(ms) ? Math.max(0, Math.floor(ms / 60_000)) : 0;
  const w = words();
  if (minutes < 60) {
    return fillPlaceholders(w.minutes, [formatNumber(minutes)]);
  }
  const hours = formatNumber(Math.floor(minutes / 60));
  const rest = minutes % 60;
  return rest === 0 ? fillPlaceholders(w.hours, [hours]) : fillPlaceholders(w.hoursMinutes, [hours, formatNumber(rest)]);
}

/** A day statistic for display: durations as coding time, counts as whole numbers. */
export function formatDayStat(stat: Pick<DayStat, 'kind'>, value: number): string {
  return stat.kind === 'duration' ? formatCodingTime(value) : formatNumber(wholeCount(value));
}

/** A whole, finite, non-negative count for display (0 for anything else). */
export function wholeCount(value: number): number {
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}

// ---- dates -----------------------------------------------------------------------

/** The dates of the English source, without a display language: "Mon 17 Nov". */
const SOURCE_DATES = 'en-GB';

/** Noon of a calendar day, in UTC: formatted in UTC, it is that day wherever the person is. */
function utcNoon(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day, 12));
}

const utcFormat = (options: Intl.DateTimeFormatOptions) => (locale: string) => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });

/** The parts of a date key for labels: "Mon", 17, "Nov" (as the display language names them). Null for an invalid key. */
export function dateParts(key: string): { weekday: string; day: number; month: string } | null {
  const parts = parseDayKey(key);
  if (!parts) {
    return null;
  }
  const date = utcNoon(parts.year, parts.month, parts.day);
  return {
    weekday: intl('weekday', utcFormat({ weekday: 'short' }), SOURCE_DATES)?.format(date) ?? '',
    day: parts.day,
    month: intl('month', utcFormat({ month: 'short' }), SOURCE_DATES)?.format(date) ?? '',
  };
}

/** A date key in words, in the display language's order: "Mon 17 Nov", "Mon, Nov 17", "11月17日(月)" (the key itself if it is not valid). */
export function formatDate(key: string): string {
  const parts = parseDayKey(key);
  if (!parts) {
    return key;
  }
  return intl('date', utcFormat({ weekday: 'short', day: 'numeric', month: 'short' }), SOURCE_DATES)?.format(utcNoon(parts.year, parts.month, parts.day)) ?? key;
}
