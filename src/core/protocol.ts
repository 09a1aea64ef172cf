// Messages between the break panel (webview) and the extension.
//
// Handshake: the page posts `ready` once its script has loaded (again after
// each reload, e.g. when the panel is shown after being hidden); the extension
// answers with `state`, and posts `state` again whenever the clock changes.
//
// Everything that arrives from the page goes through parsePanelMessage: only
// the exact shapes below pass, anything else is null (ignored by the caller).
// Links are referred to by the id of a fixed reference list kept in the
// extension; the page never sends a URL.
//
// No dependencies: this module is bundled into the webview script as well.

import type { HoldPhase } from './hold';
import type { ClockView, DayStats, Settings, StretchVariant } from './types';

/** From the panel to the extension. */
export type PanelMessage =
  | { type: 'ready' }
  | { type: 'done'; fraction: number }
  | { type: 'snooze' }
  | { type: 'skip' }
  | { type: 'openLink'; id: string }
  | { type: 'setVariant'; variant: StretchVariant }
  | { type: 'holdProgress'; phase: HoldPhase; fraction: number };

export type PanelMessageType = PanelMessage['type'];

/** The part of the settings the panel uses. */
export interface PanelSettings {
  holdSeconds: number;
  rounds: number;
  stretchVariant: StretchVariant;
  snoozeMinutes: number;
}

/** The part of the clock's view the panel shows. */
export interface PanelView {
  codingMs: number;
  today: DayStats;
}

/** From the extension to the panel. */
export type HostMessage = { type: 'state'; settings: PanelSettings; view: PanelView; due: boolean };

export type HostMessageType = HostMessage['type'];

/** Longest link id accepted. */
export const MAX_ID_LENGTH = 64;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const PHASES: ReadonlySet<string> = new Set<HoldPhase>(['ready', 'hold', 'switch', 'done']);
const VARIANTS: ReadonlySet<string> = new Set<StretchVariant>(['standing', 'kneeling']);

type Check = (value: unknown) => boolean;

const isFraction: Check = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1;
const isId: Check = (v) => typeof v === 'string' && v.length <= MAX_ID_LENGTH && ID_PATTERN.test(v);
const isVariant: Check = (v) => typeof v === 'string' && VARIANTS.has(v);
const isPhase: Check = (v) => typeof v === 'string' && PHASES.has(v);
const isCount: Check = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isBoolean: Check = (v) => typeof v === 'boolean';

/** The fields (besides `type`) of each message from the panel, with their checks. */
const PANEL_FIELDS: ReadonlyMap<string, Readonly<Record<string, Check>>> = new Map<PanelMessageType, Record<string, Check>>([
  ['ready', {}],
  ['done', { fraction: isFraction }],
  ['snooze', {}],
  ['skip', {}],
  ['openLink', { id: isId }],
  ['setVariant', { variant: isVariant }],
  ['holdProgress', { phase: isPhase, fraction: isFraction }],
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

const DAY_STATS_FIELDS: Record<keyof DayStats, Check> = {
  codingMs: isCount, taken: isCount, skipped: isCount, snoozed: isCount, natural: isCount, longestStretchMs: isCount,
};

const SETTINGS_FIELDS: Record<keyof PanelSettings, Check> = {
  holdSeconds: isCount, rounds: isCount, stretchVariant: isVariant, snoozeMinutes: isCount,
};

/** A message from the extension, checked the same way (the page trusts nothing it did not expect). */
export function parseHostMessage(raw: unknown): HostMessage | null {
  const outer = plainRecord(raw);
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
export function stateMessage(view: ClockView, settings: Settings): HostMessage {
  return {
    type: 'state',
    settings: {
      holdSeconds: settings.holdSeconds,
      rounds: settings.rounds,
      stretchVariant: settings.stretchVariant,
      snoozeMinutes: settings.snoozeMinutes,
    },
    view: { codingMs: view.codingMs, today: { ...view.today } },
    due: view.due,
  };
}
