// Lengths of time in milliseconds: every time in the core is counted in ms
// (a moment is epoch ms, a length a number of ms).
//
// Pure: no dependency; bundled into the page's script as well.

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
