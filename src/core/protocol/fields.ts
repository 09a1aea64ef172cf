// The fields of the panel's messages besides the common ones (schema.ts):
// fractions, the numbers of a day, the panel's modes. Schemas, so
// each gives its type and its check.
//
// Pure: no vscode import; bundled into the page's script.

import { DAY_STATS, type DayField } from '../days/dayStats';
import { isDayKey } from '../days/calendar';
import { number, object, oneOf, text, refine, whole, type Schema } from '../schema';

/** The two views of the panel: the guided break, and the break history. */
const PANEL_MODES = ['break', 'history'] as const;
export type PanelMode = (typeof PANEL_MODES)[number];

export const fraction = number({ min: 0, max: 1 });
export const mode = oneOf(PANEL_MODES);
export const dayKey = refine(text({ max: 10, pattern: /^\d{4}-\d{2}-\d{2}$/ }), isDayKey, 'not a calendar day');

/** The numbers of one day: durations in ms, counts whole. */
export const dayStats = object(Object.fromEntries(DAY_STATS.map((stat) => [stat.field, stat.kind === 'count' ? whole : number({ min: 0 })])) as
  Record<DayField, Schema<number>>);
