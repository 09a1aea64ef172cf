// The clock's stored, shared form (one JSON file for every window) and its
// validation. A stored state is read as untrusted: whatever is valid is kept
// (above all the day history); anything else gets a safe default and is named
// in a problem message.
//
// Pure: no vscode import.

import { MAX_DAYS } from '../days/dayLedger';
import { DAY_STATS, emptyDay, type DayStats, type DaysSince } from '../days/dayStats';
import { isDayKey } from '../days/calendar';
import { isGoodMomentSource, type GoodMomentSource } from '../goodMomentSources';
import { isTime } from '../time';

export const STATE_VERSION = 1;

/** Reminders paused until this epoch ms, or until the person resumes. */
export type PauseUntil = number | 'resume';

/** The part of the state that is shared and merged across windows (all but the days and the writer). */
export interface SharedClock {
  /** Raised by every change other windows must see at once. */
  rev: number;
  /** Raised by every change of the state; with writer and rev it identifies a stored version. */
  seq: number;
  /** When the current stretch started (the last break or reset), epoch ms. Later wins in a merge. */
  stretchStart: number;
  /** Continuous time in VS Code in this stretch, counted up to lastActivity. */
  codingMs: number;
  /**
   * Continuous time at the computer outside VS Code in this stretch (the
   * gaps that end at input elsewhere, or at the focus that ends a time when
   * no VS Code window was focused). With codingMs, the stretch's time at the
   * desk, which the due mark is measured against.
   */
  outsideMs: number;
  /** The last activity, epoch ms; null when none since the last natural break. */
  lastActivity: number | null;
  /** How far snoozes moved the due mark in this stretch, ms. */
  snoozeMs: number;
  /** The due mark (interval plus snooze, ms) whose notification a window has claimed; 0 for none. */
  claimedDueMs: number;
  pausedUntil: PauseUntil | null;
  /** When the current pause or resume was decided, epoch ms. Later wins in a merge. */
  pauseDecidedAt: number;
  /**
   * Windows debugging (quiet while debugging holds the prompt in every
   * window): per writer, until when its hold lasts (0: released) and when it
   * decided that. A window renews its hold while it debugs, so a window that
   * crashed holds it no longer than DEBUG_HOLD_MS.
   */
  debugHolds: Record<string, DebugHold>;
  /**
   * The break of this stretch offered at a good moment (goodMoments.ts), or
   * null. Treated as a value: every change replaces the object.
   */
  offer: Offer | null;
  /**
   * Which window is focused: set by a window's focus, cleared by its blur
   * (id null: none of this person's windows is). The later decision wins in
   * a merge. Treated as a value.
   */
  focus: Focus;
  /**
   * Which window samples the system's input time while no window is focused,
   * and until when its duty lasts (renewed at each sample). The later end
   * wins in a merge. Treated as a value.
   */
  sampler: SamplerLease | null;
}

export interface Focus {
  id: string | null;
  at: number;
}

export interface SamplerLease {
  id: string;
  until: number;
}

export interface DebugHold {
  until: number;
  at: number;
}

/** A break offered at a good moment: the due mark it is the break of, and what became of it. */
export interface Offer {
  /** The due mark (interval plus snooze, ms) of the break offered; once the mark moves the offer no longer applies. */
  dueMs: number;
  /** When the good moment happened, epoch ms. */
  at: number;
  source: GoodMomentSource;
  /** A window has claimed the offer's notification. */
  claimed: boolean;
  /** Snoozed: the break falls back to its due mark. */
  declined: boolean;
}

/** The stored, shared form of the clock (what a window writes: storedForm in sharedWrites.ts). */
export interface StoredClockState extends SharedClock {
  version: typeof STATE_VERSION;
  /** The clock instance (window) that wrote this state. */
  writer: string;
  days: Record<string, DayStats>;
  /** The first day each day statistic added later was recorded on (see DAY_STATS): earlier days have none of it. */
  daysSince: DaysSince;
}

/** A new id for a window: random, and made of the letters and digits a file name may hold (the store names a window's own files by it). */
export function newWindowId(): string {
  return Math.random().toString(36).slice(2, 12) || 'w';
}

export function initialShared(): SharedClock {
  return {
    rev: 0, seq: 0, stretchStart: 0, codingMs: 0, outsideMs: 0, lastActivity: null, snoozeMs: 0, claimedDueMs: 0, pausedUntil: null,
    pauseDecidedAt: 0, debugHolds: {}, offer: null, focus: { id: null, at: 0 }, sampler: null,
  };
}

/** The shared fields of a state, as a fresh object. */
export function sharedOf(state: SharedClock): SharedClock {
  const shared = initialShared();
  for (const name of Object.keys(shared) as (keyof SharedClock)[]) {
    (shared as unknown as Record<string, unknown>)[name] = name === 'debugHolds' ? copyHolds(state.debugHolds) : state[name];
  }
  return shared;
}

function copyHolds(holds: Readonly<Record<string, DebugHold>>): Record<string, DebugHold> {
  const copy: Record<string, DebugHold> = {};
  for (const writer of Object.keys(holds)) {
    copy[writer] = { until: holds[writer].until, at: holds[writer].at };
  }
  return copy;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A stored value, for a problem message. */
function describeValue(value: unknown): string {
  if (value === undefined) {
    return 'missing';
  }
  if (typeof value === 'string') {
    return `${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}, not valid`;
  }
  const simple = typeof value === 'number' || typeof value === 'boolean' || value === null;
  return `${simple ? String(value) : typeof value}, not valid`;
}

const isWholeTime = (v: unknown): v is number => isTime(v) && Number.isInteger(v);
const isTimeOrNull = (v: unknown): v is number | null => v === null || isTime(v);
const isPause = (v: unknown): v is PauseUntil | null => v === null || v === 'resume' || isTime(v);
const MAX_HOLDS = 64;
const OFFER_FIELDS = 5;
const isOffer = (v: unknown): v is Offer | null => v === null || (isRecord(v) && Object.keys(v).length === OFFER_FIELDS
  && isTime(v.dueMs) && isTime(v.at) && isGoodMomentSource(v.source) && typeof v.claimed === 'boolean' && typeof v.declined === 'boolean');
const isWindowId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 64;
const isFocus = (v: unknown): v is Focus => isRecord(v) && Object.keys(v).length === 2 && (v.id === null || isWindowId(v.id)) && isTime(v.at);
const isSampler = (v: unknown): v is SamplerLease | null => v === null
  || (isRecord(v) && Object.keys(v).length === 2 && isWindowId(v.id) && isTime(v.until));
const isHolds = (v: unknown): v is Record<string, DebugHold> => isRecord(v) && Object.keys(v).length <= MAX_HOLDS
  && Object.keys(v).every((writer) => writer.length <= 64 && isRecord(v[writer]) && Object.keys(v[writer] as object).length === 2
    && isTime((v[writer] as Record<string, unknown>).until) && isTime((v[writer] as Record<string, unknown>).at));

/** The check of each shared field, and its default. */
const SHARED_FIELDS: { [K in keyof SharedClock]: (v: unknown) => v is SharedClock[K] } = {
  rev: isWholeTime,
  seq: isWholeTime,
  stretchStart: isTime,
  codingMs: isTime,
  outsideMs: isTime,
  lastActivity: isTimeOrNull,
  snoozeMs: isTime,
  claimedDueMs: isTime,
  pausedUntil: isPause,
  pauseDecidedAt: isTime,
  debugHolds: isHolds,
  offer: isOffer,
  focus: isFocus,
  sampler: isSampler,
};

/** A fresh copy of a valid stored offer. */
function copyOffer(offer: Offer | null): Offer | null {
  return offer && { dueMs: offer.dueMs, at: offer.at, source: offer.source, claimed: offer.claimed, declined: offer.declined };
}

/** Fields added after the first version: a state written before them has none, which is no problem. */
const ADDED_LATER: ReadonlySet<keyof SharedClock> = new Set<keyof SharedClock>(['debugHolds', 'offer', 'outsideMs', 'focus', 'sampler']);

/**
 * Reads a stored state. Null if it is not an object. An unknown version keeps
 * only the valid days (the meaning of the rest is unknown: the stretch starts
 * afresh); the known version keeps every valid field and replaces each invalid
 * one by a safe default.
 */
export function parseState(raw: unknown, problems: string[]): { state: StoredClockState; knownVersion: boolean } | null {
  if (!isRecord(raw)) {
    problems.push('The stored clock state is not an object; the clock starts afresh.');
    return null;
  }
  const state: StoredClockState = { version: STATE_VERSION, writer: '', ...initialShared(), days: parseDays(raw.days, problems), daysSince: parseDaysSince(raw.daysSince) };
  if (raw.version !== STATE_VERSION) {
    problems.push(`The stored clock state has an unknown version (${describeValue(raw.version)}); `
      + 'the count starts afresh and the valid day history is kept.');
    return { state, knownVersion: false };
  }
  const fallback = initialShared();
  for (const name of Object.keys(SHARED_FIELDS) as (keyof SharedClock)[]) {
    const value = raw[name];
    if (ADDED_LATER.has(name) && value === undefined) {
      continue; // written before the field existed: none
    }
    if (SHARED_FIELDS[name](value)) {
      (state as unknown as Record<string, unknown>)[name] = name === 'debugHolds' ? copyHolds(value as Record<string, DebugHold>)
        : name === 'offer' ? copyOffer(value as Offer | null)
          : typeof value === 'object' && value !== null ? { ...value } : value as unknown;
    } else {
      problems.push(`The stored clock state's ${name} was ${describeValue(value)}; using ${ADDED_LATER.has(name) && typeof fallback[name] === 'object' ? 'none' : String(fallback[name])}.`);
    }
  }
  state.writer = typeof raw.writer === 'string' ? raw.writer : '';
  return { state, knownVersion: true };
}

/** One stored day: a missing field is 0; a field of the wrong type makes the day invalid (null). */
function parseDay(raw: unknown): DayStats | null {
  if (!isRecord(raw)) {
    return null;
  }
  const day = emptyDay();
  for (const stat of DAY_STATS) {
    const value = raw[stat.field];
    if (value === undefined) {
      continue;
    }
    if (!(stat.kind === 'count' ? isWholeTime(value) : isTime(value))) {
      return null;
    }
    day[stat.field] = value as number;
  }
  return day;
}

/** The valid stored days, the newest MAX_DAYS of them. */
function parseDays(raw: unknown, problems: string[]): Record<string, DayStats> {
  const days: Record<string, DayStats> = {};
  if (!isRecord(raw)) {
    if (raw !== undefined) {
      problems.push(`The stored day history was ${describeValue(raw)}; it starts empty.`);
    }
    return days;
  }
  let dropped = 0;
  const valid: [string, DayStats][] = [];
  for (const key of Object.keys(raw).sort()) {
    const day = isDayKey(key) ? parseDay(raw[key]) : null;
    if (day) {
      valid.push([key, day]);
    } else {
      dropped++;
    }
  }
  for (const [key, day] of valid.slice(-MAX_DAYS)) {
    days[key] = day;
  }
  if (dropped > 0) {
    problems.push(dropped === 1 ? '1 stored day was not valid and was dropped.' : `${dropped} stored days were not valid and were dropped.`);
  }
  return days;
}

/** The first days of the statistics added later: each a valid day key, or left out. */
function parseDaysSince(raw: unknown): DaysSince {
  const since: DaysSince = {};
  if (isRecord(raw)) {
    for (const stat of DAY_STATS) {
      const day = raw[stat.field];
      if ('addedLater' in stat && isDayKey(day)) {
        since[stat.field] = day;
      }
    }
  }
  return since;
}
