// The checks the two message parsers (parsePanelMessage.ts,
// parseHostMessage.ts) are built from: plain data only (plain objects and
// arrays with own data properties, nothing that could reach a prototype),
// exact shapes, and the checks of single fields (ids, texts, counts).
//
// No dependencies but lengths.ts and the limits in protocol.ts (pure):
// bundled into the webview script as well.

import { BREAK_LENGTHS } from '../break/lengths';
import { MAX_ID_LENGTH, type PanelMode } from './messages';

export type Check = (value: unknown) => boolean;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const VARIANT_PATTERN = ID_PATTERN;
const MODES: ReadonlySet<string> = new Set<PanelMode>(['break', 'history']);
/** Longest text accepted from the extension, and most list items. */
const MAX_TEXT = 2000;
export const MAX_ITEMS = 32;

export const isFraction: Check = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1;
export const isId: Check = (v) => typeof v === 'string' && v.length <= MAX_ID_LENGTH && ID_PATTERN.test(v);
export const isVariant: Check = (v) => typeof v === 'string' && v.length <= MAX_ID_LENGTH && VARIANT_PATTERN.test(v);
export const isLength: Check = (v) => typeof v === 'string' && (BREAK_LENGTHS as readonly string[]).includes(v);
export const isCount: Check = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
export const isBoolean: Check = (v) => typeof v === 'boolean';
export const isMode: Check = (v) => typeof v === 'string' && MODES.has(v);
export const isWhole: Check = (v) => isCount(v) && Number.isInteger(v);
export const isText: Check = (v) => typeof v === 'string' && v.length <= MAX_TEXT;
export const isHttps: Check = (v) => isText(v) && /^https:\/\/[^\s"'<>]+$/.test(v as string);

/**
 * The own data properties of a plain object, or null when `raw` is anything
 * else (null, arrays, class instances, functions) or has accessors, symbol
 * keys or keys that could reach a prototype.
 */
export function plainRecord(raw: unknown): Map<string, unknown> | null {
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

/**
 * The elements of a plain array of at most `max` elements, or null for
 * anything else (array-likes, subclasses, holes, accessors, extra properties).
 */
export function plainArray(raw: unknown, max: number): unknown[] | null {
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

/** A plain object with exactly the fields of `shape`, each passing its check, as a fresh object. Null for anything else. */
export function parseRecord(raw: unknown, shape: Readonly<Record<string, Check>>): Record<string, unknown> | null {
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

/** A plain object with exactly these fields (the optional ones may be absent), each passing its check. */
export function shape(fields: Readonly<Record<string, Check>>, optional: Readonly<Record<string, Check>> = {}): Check {
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
export function listOf(check: Check, min = 0, max = MAX_ITEMS): Check {
  return (raw) => {
    const items = plainArray(raw, max);
    return items !== null && items.length >= min && items.every(check);
  };
}
