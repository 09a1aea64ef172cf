// Calendar days in words, as the display language names them: "Mon 17 Nov",
// "Mon, Nov 17", "11月17日(月)". Without a display language (the unit tests),
// dates as British English writes them.
//
// Pure: no vscode import; bundled into the page's script as well.
import { parseDayKey } from '../days/calendar';
import { intl } from './intl';

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
