// Messages between the break panel (webview) and the extension.
//
// Handshake: the extension sets a static shell; the page posts `ready` once
// its script has loaded; the extension answers with `content` (the exercise
// catalogue, references, figures and texts: everything the page renders from,
// sent once) and `state`, and posts `state` again whenever the clock or the
// settings change. In the history view, each `state` is followed by `history`
// (the last 14 days, today and the streak). The page asks for the other view
// with `switchMode`; the extension then sets the shell anew in that mode.
//
// Everything that arrives from the page goes through parsePanelMessage: only
// the exact shapes below pass, anything else is null (ignored by the caller).
// Links are referred to by the id of a fixed reference list kept in the
// extension; the page never sends a URL.
//
// No dependencies but calendar.ts and breakPlan.ts (pure; the rest are type
// imports): this module is bundled into the webview script as well.

import { BREAK_LENGTHS } from './breakLengths';
import type { CueTexts } from './breakText';
import { addDays, isDayKey } from './calendar';
import { DAY_FIELDS, sameDay } from './dayStats';
import type { Exercise, ExerciseKind } from './exercises';
import type { HistoryDay, HistorySummary } from './history';
import type { Reference } from './references';
import type { BreakLength, ClockView, DayStats, Settings, StretchVariant } from './types';

/** From the panel to the extension. */
export type PanelMessage =
  | { type: 'ready' }
  /** Done pressed: the share of the planned time done, and the run (0: not started). */
  | { type: 'done'; fraction: number; breakId: number }
  /** The whole sequence ran to its end (recorded as taken if enough of it was done, once per run). */
  | { type: 'finished'; fraction: number; breakId: number }
  | { type: 'snooze' }
  | { type: 'skip' }
  | { type: 'openLink'; id: string }
  /** The mute toggle: writes the `sound` setting. */
  | { type: 'setSound'; on: boolean }
  | { type: 'switchMode'; mode: PanelMode };

/** The two views of the panel: the guided break, and the break history. */
export type PanelMode = 'break' | 'history';

export type PanelMessageType = PanelMessage['type'];

/** The part of the settings the panel uses. */
export interface PanelSettings {
  holdSeconds: number;
  rounds: number;
  stretchVariant: StretchVariant;
  breakLength: BreakLength;
  sound: boolean;
  snoozeMinutes: number;
}

/** The part of the clock's view the panel shows. */
export interface PanelView {
  codingMs: number;
  today: DayStats;
}

export interface StateMessage {
  type: 'state';
  settings: PanelSettings;
  view: PanelView;
  due: boolean;
}

/** The words the break view needs besides the exercises. */
export interface PanelTexts {
  whyTitle: string;
  why: { paragraphs: readonly string[]; closingWithWalk: string; closingWithoutWalk: string; references: readonly string[] };
  safety: string;
  notMedicalAdvice: string;
  cues: CueTexts;
}

/**
 * Sent once after each `ready`: everything the page renders from. The
 * exercise catalogue, the references, the figures' SVG markup (read from the
 * extension's own media/ folder, keyed by file name) and the texts.
 */
export interface ContentMessage {
  type: 'content';
  mode: PanelMode;
  exercises: readonly Exercise[];
  references: readonly Reference[];
  figures: Readonly<Record<string, string>>;
  texts: PanelTexts;
}

/**
 * The history view's data (see core/history.ts): `series` is 1 to
 * MAX_HISTORY_DAYS consecutive calendar days, oldest first, ending with
 * `today`; `totals` are over the series.
 */
export interface HistoryMessage extends HistorySummary {
  type: 'history';
}

/** From the extension to the panel. */
export type HostMessage = ContentMessage | StateMessage | HistoryMessage;

export type HostMessageType = HostMessage['type'];

/** Longest link id accepted. */
export const MAX_ID_LENGTH = 64;
/** Most days a history message may carry. */
export const MAX_HISTORY_DAYS = 31;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const VARIANT_PATTERN = ID_PATTERN;
const MODES: ReadonlySet<string> = new Set<PanelMode>(['break', 'history']);
const KINDS: ReadonlySet<string> = new Set<ExerciseKind>(['stretch', 'activation', 'walk']);
const FIGURE_FILE = /^[a-z0-9][a-z0-9-]*\.svg$/;
/** Longest text and SVG markup accepted from the extension, and most list items. */
const MAX_TEXT = 2000;
const MAX_MARKUP = 100_000;
const MAX_ITEMS = 32;

type Check = (value: unknown) => boolean;

const isFraction: Check = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1;
const isId: Check = (v) => typeof v === 'string' && v.length <= MAX_ID_LENGTH && ID_PATTERN.test(v);
const isVariant: Check = (v) => typeof v === 'string' && v.length <= MAX_ID_LENGTH && VARIANT_PATTERN.test(v);
const isLength: Check = (v) => typeof v === 'string' && (BREAK_LENGTHS as readonly string[]).includes(v);
const isCount: Check = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isBoolean: Check = (v) => typeof v === 'boolean';
const isMode: Check = (v) => typeof v === 'string' && MODES.has(v);
const isWhole: Check = (v) => isCount(v) && Number.isInteger(v);
const isText: Check = (v) => typeof v === 'string' && v.length <= MAX_TEXT;
const isHttps: Check = (v) => isText(v) && /^https:\/\/[^\s"'<>]+$/.test(v as string);

/** The fields (besides `type`) of each message from the panel, with their checks. */
const PANEL_FIELDS: ReadonlyMap<string, Readonly<Record<string, Check>>> = new Map<PanelMessageType, Record<string, Check>>([
  ['ready', {}],
  ['done', { fraction: isFraction, breakId: isWhole }],
  ['finished', { fraction: isFraction, breakId: isWhole }],
  ['snooze', {}],
  ['skip', {}],
  ['openLink', { id: isId }],
  ['setSound', { on: isBoolean }],
  ['switchMode', { mode: isMode }],
]);

/**
 * The own data properties of a plain object, or null when `raw` is anything
 * else (null, arrays, class instances, functions) or has accessors, symbol
 * keys or keys that could reach a prototype.
 */
function plainRecord(raw: unknown): Map<string, unknown> | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return null;
  }
  const proto: unknown = Object.getPrototypeOf(raw);
  if (proto !== Object.prototype && proto !== null) {
    return null;
  }
  const fields = new Map<string, unknown>();
  for (const key of Reflect.ownKeys(raw)) {
    if (typeof key !== 'string' || FORBIDDEN_KEYS.has(key)) {
      return null;
    }
    const descriptor = Object.getOwnPropertyDescriptor(raw, key);
    if (!descriptor || !('value' in descriptor)) {
      return null;
    }
    fields.set(key, descriptor.value);
  }
  return fields;
}

/** Exactly `type` plus the named fields, each passing its check. */
function matches(fields: Map<string, unknown>, shape: Readonly<Record<string, Check>>): boolean {
  const names = Object.keys(shape);
  if (fields.size !== names.length + 1) {
    return false;
  }
  return names.every((name) => fields.has(name) && shape[name](fields.get(name)));
}

/**
 * A message from the panel, validated: the exact shape of one PanelMessage
 * (no missing, extra or ill-typed fields), as a fresh object. Null for
 * anything else.
 */
export function parsePanelMessage(raw: unknown): PanelMessage | null {
  const fields = plainRecord(raw);
  if (!fields) {
    return null;
  }
  const type = fields.get('type');
  if (typeof type !== 'string') {
    return null;
  }
  const shape = PANEL_FIELDS.get(type);
  if (!shape || !matches(fields, shape)) {
    return null;
  }
  // Only our own field names are copied: nothing the page named reaches the result.
  const message: Record<string, unknown> = { type };
  for (const name of Object.keys(shape)) {
    message[name] = fields.get(name);
  }
  return message as PanelMessage;
}

function parseRecord(raw: unknown, shape: Readonly<Record<string, Check>>): Record<string, unknown> | null {
  const fields = plainRecord(raw);
  if (!fields || fields.size !== Object.keys(shape).length) {
    return null;
  }
  for (const [name, check] of Object.entries(shape)) {
    if (!fields.has(name) || !check(fields.get(name))) {
      return null;
    }
  }
  return Object.fromEntries(fields);
}

const DAY_STATS_FIELDS: Readonly<Record<string, Check>> = Object.fromEntries(DAY_FIELDS.map((field) => [field, isCount]));

const SETTINGS_FIELDS: Record<keyof PanelSettings, Check> = {
  holdSeconds: isCount, rounds: isCount, stretchVariant: isVariant, breakLength: isLength, sound: isBoolean, snoozeMinutes: isCount,
};

/**
 * The elements of a plain array of at most `max` elements, or null for
 * anything else (array-likes, subclasses, holes, accessors, extra properties).
 */
function plainArray(raw: unknown, max: number): unknown[] | null {
  if (!Array.isArray(raw) || Object.getPrototypeOf(raw) !== Array.prototype || raw.length > max) {
    return null;
  }
  const keys = Reflect.ownKeys(raw);
  if (keys.length !== raw.length + 1) {
    return null; // holes or extra properties
  }
  const items: unknown[] = [];
  for (let i = 0; i < raw.length; i++) {
    const descriptor = Object.getOwnPropertyDescriptor(raw, String(i));
    if (!descriptor || !('value' in descriptor)) {
      return null;
    }
    items.push(descriptor.value);
  }
  return items;
}

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

/** A plain object with exactly these fields (the optional ones may be absent), each passing its check. */
function shape(fields: Readonly<Record<string, Check>>, optional: Readonly<Record<string, Check>> = {}): Check {
  return (raw) => {
    const record = plainRecord(raw);
    if (!record) {
      return false;
    }
    for (const [name, value] of record) {
      const check = fields[name] ?? optional[name];
      if (!Object.prototype.hasOwnProperty.call(fields, name) && !Object.prototype.hasOwnProperty.call(optional, name)) {
        return false;
      }
      if (!check(value)) {
        return false;
      }
    }
    return Object.keys(fields).every((name) => record.has(name));
  };
}

/** A plain array of `min` to `max` items, each passing `check`. */
function listOf(check: Check, min = 0, max = MAX_ITEMS): Check {
  return (raw) => {
    const items = plainArray(raw, max);
    return items !== null && items.length >= min && items.every(check);
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
  why: shape({ paragraphs: listOf(isText, 1, 4), closingWithWalk: isText, closingWithoutWalk: isText, references: listOf(isId) }),
  safety: isText,
  notMedicalAdvice: isText,
  cues: shape({
    setup: isText, setupSided: isText, hold: isText, release: isText, switch: isText, on: isText, off: isText, walk: isText, done: isText,
    sides: shape({ left: isText, right: isText }),
  }),
});
const isContent = shape({
  type: (v) => v === 'content', mode: isMode, exercises: listOf(isExercise, 1), references: listOf(isReference), figures: isFigures, texts: isTexts,
});

/** A copy made of plain data only (what passed the checks above). */
function copyOf<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** A message from the extension, checked the same way (the page trusts nothing it did not expect). */
export function parseHostMessage(raw: unknown): HostMessage | null {
  const outer = plainRecord(raw);
  if (outer && outer.get('type') === 'history') {
    return parseHistoryMessage(outer);
  }
  if (outer && outer.get('type') === 'content') {
    return isContent(raw) ? copyOf(raw as ContentMessage) : null;
  }
  if (!outer || outer.get('type') !== 'state' || outer.size !== 4 || !isBoolean(outer.get('due'))) {
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
  };
}

/** The state message for the clock's view and the settings. */
export function stateMessage(view: ClockView, settings: Settings): StateMessage {
  return {
    type: 'state',
    settings: {
      holdSeconds: settings.holdSeconds,
      rounds: settings.rounds,
      stretchVariant: settings.stretchVariant,
      breakLength: settings.breakLength,
      sound: settings.sound,
      snoozeMinutes: settings.snoozeMinutes,
    },
    view: { codingMs: view.codingMs, today: { ...view.today } },
    due: view.due,
  };
}

/** The history message for a summary (see core/history.ts historySummary). */
export function historyMessage(summary: HistorySummary): HistoryMessage {
  const day = (d: HistoryDay): HistoryDay => ({ date: d.date, stats: { ...d.stats } });
  return {
    type: 'history',
    series: summary.series.map(day),
    today: day(summary.today),
    streak: summary.streak,
    totals: { ...summary.totals },
    recordedDays: summary.recordedDays,
  };
}
