// The check of every message that arrives from the extension, in the panel's
// page: `content`, `state` and `history` (protocol.ts), each in its exact
// shape, or null. The page trusts nothing it did not expect: the content's
// texts, figures and lists are bounded, and history days must follow each
// other.
//
// No dependencies but breakLengths.ts, calendar.ts, dayStats.ts, messageChecks.ts
// and protocol.ts (pure):
// bundled into the webview script.

import { BREAK_LENGTHS } from './breakLengths';
import { addDays, isDayKey } from './calendar';
import { DAY_FIELDS, sameDay } from './dayStats';
import type { ExerciseKind } from './exercises';
import type { FormatWords } from './format';
import type { HistoryDay } from './history';
import {
  isBoolean, isCount, isHttps, isId, isLength, isMode, isText, isVariant, isWhole,
  listOf, MAX_ITEMS, parseRecord, plainArray, plainRecord, shape, type Check,
} from './messageChecks';
import { MAX_HISTORY_DAYS, PANEL_PLURAL_IDS, PANEL_WORD_IDS, type ContentMessage, type HistoryMessage, type HostMessage, type PanelSettings } from './protocol';
import type { DayStats } from './types';

const KINDS: ReadonlySet<string> = new Set<ExerciseKind>(['stretch', 'activation', 'walk']);
const FIGURE_FILE = /^[a-z0-9][a-z0-9-]*\.svg$/;
/** Longest SVG markup accepted from the extension. */
const MAX_MARKUP = 100_000;

const DAY_STATS_FIELDS: Readonly<Record<string, Check>> = Object.fromEntries(DAY_FIELDS.map((field) => [field, isCount]));

const SETTINGS_FIELDS: Record<keyof PanelSettings, Check> = {
  holdSeconds: isCount, rounds: isCount, stretchVariant: isVariant, breakLength: isLength, sound: isBoolean, snoozeMinutes: isCount,
};

function parseDayStats(raw: unknown): DayStats | null {
  const stats = parseRecord(raw, DAY_STATS_FIELDS);
  return stats ? { ...(stats as unknown as DayStats) } : null;
}

function parseHistoryDay(raw: unknown): HistoryDay | null {
  const fields = plainRecord(raw);
  if (!fields || fields.size !== 2 || !isDayKey(fields.get('date'))) {
    return null;
  }
  const stats = parseDayStats(fields.get('stats'));
  return stats ? { date: fields.get('date') as string, stats } : null;
}

function sameHistoryDay(a: HistoryDay, b: HistoryDay): boolean {
  return a.date === b.date && sameDay(a.stats, b.stats);
}

/** A history message: the exact shape, consecutive days oldest first, today the last of them. */
function parseHistoryMessage(outer: Map<string, unknown>): HistoryMessage | null {
  const names = ['type', 'series', 'today', 'streak', 'totals', 'recordedDays'];
  if (outer.size !== names.length || !names.every((name) => outer.has(name))) {
    return null;
  }
  if (!isWhole(outer.get('streak')) || !isWhole(outer.get('recordedDays'))) {
    return null;
  }
  const items = plainArray(outer.get('series'), MAX_HISTORY_DAYS);
  if (!items || items.length === 0) {
    return null;
  }
  const series: HistoryDay[] = [];
  for (const item of items) {
    const day = parseHistoryDay(item);
    if (!day || (series.length > 0 && addDays(series[series.length - 1].date, 1) !== day.date)) {
      return null;
    }
    series.push(day);
  }
  const today = parseHistoryDay(outer.get('today'));
  const totals = parseDayStats(outer.get('totals'));
  if (!today || !totals || !sameHistoryDay(today, series[series.length - 1])) {
    return null;
  }
  return {
    type: 'history',
    series,
    today,
    streak: outer.get('streak') as number,
    totals,
    recordedDays: outer.get('recordedDays') as number,
  };
}

const isSeconds: Check = (v) => isWhole(v) && (v as number) <= 3600;
const isTiming: Check = (v) => shape({ type: (t) => t === 'hold', releaseSeconds: isSeconds, switchSeconds: isSeconds })(v)
  || shape({ type: (t) => t === 'reps', onSeconds: isSeconds, offSeconds: isSeconds, reps: (n) => isWhole(n) && (n as number) <= 100 })(v)
  || shape({ type: (t) => t === 'timed', seconds: isSeconds })(v);
const isExercise = shape({
  id: isId,
  kind: (v) => typeof v === 'string' && KINDS.has(v),
  label: isText,
  title: isText,
  steps: listOf(isText, 1, 8),
  mistakes: isText,
  sided: isBoolean,
  setupSeconds: isSeconds,
  timing: isTiming,
  figure: shape({ file: (v) => typeof v === 'string' && FIGURE_FILE.test(v), label: isText }),
  references: listOf(isId),
}, {
  sideCaption: shape({ left: isText, right: isText }),
  switchCue: isText,
  beforeStart: isText,
  settingDescription: isText,
});
const isReference = shape({ id: isId, label: isText, citation: isText }, { url: isHttps });
const isFigures: Check = (v) => {
  const record = plainRecord(v);
  return record !== null && record.size <= MAX_ITEMS
    && [...record].every(([file, markup]) => FIGURE_FILE.test(file) && typeof markup === 'string' && markup.length <= MAX_MARKUP);
};
const isTexts = shape({
  whyTitle: isText,
  why: shape({ paragraphs: listOf(isText, 0, 4), lastWithWalk: isText, lastWithoutWalk: isText, references: listOf(isId) }),
  safety: isText,
  notMedicalAdvice: isText,
  cues: shape({
    setup: isText, setupSided: isText, hold: isText, release: isText, switch: isText, on: isText, off: isText, walk: isText, done: isText,
    sides: shape({ left: isText, right: isText }),
  }),
  walkthrough: isText,
});
/** A record of exactly these keys, each passing `check`. */
const recordOf = (keys: readonly string[], check: Check): Check => shape(Object.fromEntries(keys.map((key) => [key, check])));
const isWords = shape({
  text: recordOf(PANEL_WORD_IDS, isText),
  plural: recordOf(PANEL_PLURAL_IDS, shape({ one: isText, other: isText })),
  format: recordOf(['seconds', 'minutes', 'minutesSeconds', 'hours', 'hoursMinutes'] satisfies (keyof FormatWords)[], isText),
  stats: recordOf(DAY_FIELDS, isText),
  lengths: recordOf(BREAK_LENGTHS, isText),
});
/** A language tag as VS Code names display languages ("en", "de", "zh-cn", "pt-br"). */
const isLocale: Check = (v) => typeof v === 'string' && /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,3}$/.test(v);
const isContent = shape({
  type: (v) => v === 'content', mode: isMode, exercises: listOf(isExercise, 1), references: listOf(isReference), figures: isFigures, texts: isTexts,
  locale: isLocale, words: isWords,
});

/** A copy made of plain data only (what passed the checks above). */
function copyOf<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** A message from the extension, checked the same way as the panel's (the page trusts nothing it did not expect). */
export function parseHostMessage(raw: unknown): HostMessage | null {
  const outer = plainRecord(raw);
  if (outer && outer.get('type') === 'history') {
    return parseHistoryMessage(outer);
  }
  if (outer && outer.get('type') === 'content') {
    return isContent(raw) ? copyOf(raw as ContentMessage) : null;
  }
  if (!outer || outer.get('type') !== 'state' || outer.size !== 5 || !isBoolean(outer.get('due'))) {
    return null;
  }
  const reason = outer.get('reason');
  if (reason !== null && !isText(reason)) {
    return null;
  }
  const settings = parseRecord(outer.get('settings'), SETTINGS_FIELDS);
  const viewFields = plainRecord(outer.get('view'));
  if (!settings || !viewFields || viewFields.size !== 2 || !isCount(viewFields.get('codingMs'))) {
    return null;
  }
  const today = parseRecord(viewFields.get('today'), DAY_STATS_FIELDS);
  if (!today) {
    return null;
  }
  return {
    type: 'state',
    settings: settings as unknown as PanelSettings,
    view: { codingMs: viewFields.get('codingMs') as number, today: today as unknown as DayStats },
    due: outer.get('due') as boolean,
    reason: reason as string | null,
  };
}
