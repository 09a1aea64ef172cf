// Lengths of time in milliseconds: every time in the core is counted in ms
// (a moment is epoch ms, a length a number of ms), and the one check of a
// time read back from elsewhere.
//
// Pure: no dependency; bundled into the page's script as well.

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;

/** A moment or a length of time read from elsewhere (storage, the page's saved state): a finite number, not negative. */
export function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}
