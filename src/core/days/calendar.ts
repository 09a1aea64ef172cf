// Calendar days as 'YYYY-MM-DD' keys, with date arithmetic that does not
// depend on any time zone: a key names a date, and stepping from one date to
// the next is done on the date itself (never by adding 24 hours to a time),
// so a 23- or 25-hour day around a daylight-saving change is still one step.
//
// No dependencies: this module is bundled into the webview script as well.

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Year, month (1..12) and day of a valid key; null for anything else (including 2026-02-30). */
export function parseDayKey(key: unknown): { year: number; month: number; day: number } | null {
  if (typeof key !== 'string') {
    return null;
  }
  const match = DAY_KEY.exec(key);
  if (!match) {
    return null;
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return { year, month, day };
}

export function isDayKey(key: unknown): key is string {
  return parseDayKey(key) !== null;
}

function keyOfUtcDate(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())}`;
}

/** The key `delta` calendar days after (or, if negative, before) `key`. Throws on an invalid key. */
export function addDays(key: string, delta: number): string {
  const parts = parseDayKey(key);
  if (!parts) {
    throw new RangeError(`not a day key: ${JSON.stringify(key)}`);
  }
  return keyOfUtcDate(new Date(Date.UTC(parts.year, parts.month - 1, parts.day + delta)));
}
