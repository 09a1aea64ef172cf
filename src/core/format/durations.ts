// Lengths of time in words: compact for the status bar ("23m"), written out
// for tooltips and screen readers ("23 minutes"), abbreviated for the panel
// ("2 min 15 s"), and the day statistics as the panel shows them. The words
// come through the translator seam; the panel's page, which has no
// translator, sets the words the extension sent (setFormatWords).
//
// Pure: no vscode import; bundled into the page's script as well.
import type { DayStat } from '../days/dayStats';
import { fillPlaceholders, l10n } from '../l10n';
import { formatNumber, plural } from './intl';
import { MINUTE, SECOND } from '../time';

/** The words of the lengths of time the panel shows ("{0} s", "{0} min {1} s"…); the page gets them from the extension with its content. */
export const FORMAT_WORD_IDS = ['seconds', 'minutes', 'minutesSeconds', 'hours', 'hoursMinutes'] as const;
export type FormatWords = Record<(typeof FORMAT_WORD_IDS)[number], string>;

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
  const seconds = Number.isFinite(ms) ? Math.max(0, Math.round(ms / SECOND)) : 0;
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

/** Coding time for the panel: "0 min", "45 min", "1 h 5 min". Never negative. */
export function formatCodingTime(ms: number): string {
  const minutes = Number.isFinite(ms) ? Math.max(0, Math.floor(ms / MINUTE)) : 0;
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
