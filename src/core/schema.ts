// A small schema builder: one declaration gives both the TypeScript type of a
// message (Infer) and its check at run time (parse). The check takes plain
// data only (plain objects and arrays of own data properties, nothing that
// could reach a prototype), in exact shapes (no missing, extra or ill-typed
// field), returns a fresh copy made of what it checked, and says which field
// failed: "exercises[0].kind: expected one of stretch, activation, walk, got
// \"yoga\"". Its problems are for the log, in English like the log.
//
// Pure: no vscode import, no dependency; bundled into the page's script.

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

export interface Schema<T> {
  /** Checks `raw`, found at `path` ('' at the top), and copies it. */
  read(raw: unknown, path: string): Parsed<T>;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

type Fields = Readonly<Record<string, Schema<unknown>>>;
type Simplify<T> = { [K in keyof T]: T[K] } & unknown;
export type ObjectOf<F extends Fields, O extends Fields = Record<never, never>> =
  Simplify<{ [K in keyof F]: Infer<F[K]> } & { [K in keyof O]?: Infer<O[K]> }>;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Checks `raw` against `schema` at the top level. */
export function parse<T>(schema: Schema<T>, raw: unknown): Parsed<T> {
  return schema.read(raw, '');
}

function fail(path: string, expected: string, raw: unknown): { ok: false; problem: string } {
  return { ok: false, problem: `${path || 'the message'}: expected ${expected}, got ${describe(raw)}` };
}

/** A value, short, for a problem. */
function describe(raw: unknown): string {
  if (typeof raw === 'string') {
    return JSON.stringify(raw.length > 40 ? `${raw.slice(0, 40)}…` : raw);
  }
  if (raw === null || typeof raw === 'number' || typeof raw === 'boolean' || raw === undefined) {
    return String(raw);
  }
  return typeof raw === 'object' ? Object.prototype.toString.call(raw) : typeof raw;
}

const at = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);

/** The own data properties of a plain object, or null for anything else (arrays, class instances, accessors, symbol or prototype keys). */
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
    const descriptor = Object.getOwnPropertyDescriptor(raw, key);
    if (typeof key !== 'string' || FORBIDDEN_KEYS.has(key) || !descriptor || !('value' in descriptor)) {
      return null;
    }
    fields.set(key, descriptor.value);
  }
  return fields;
}

/** The elements of a plain array, or null for anything else (array-likes, subclasses, holes, accessors, extra properties). */
function plainArray(raw: unknown): unknown[] | null {
  if (!Array.isArray(raw) || Object.getPrototypeOf(raw) !== Array.prototype || Reflect.ownKeys(raw).length !== raw.length + 1) {
    return null;
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

/** A value that passes `test` as it is (booleans, numbers, strings). */
function leaf<T>(expected: string, test: (raw: unknown) => boolean): Schema<T> {
  return { read: (raw, path) => (test(raw) ? { ok: true, value: raw as T } : fail(path, expected, raw)) };
}

export const boolean = (): Schema<boolean> => leaf('true or false', (raw) => typeof raw === 'boolean');

/** A finite number in [min, max]; `whole`: an integer. */
export function number(options: { min?: number; max?: number; whole?: boolean } = {}): Schema<number> {
  const { min = -Infinity, max = Infinity, whole = false } = options;
  const expected = `${whole ? 'a whole number' : 'a number'}${min > -Infinity ? ` from ${min}` : ''}${max < Infinity ? ` to ${max}` : ''}`;
  return leaf(expected, (raw) => typeof raw === 'number' && Number.isFinite(raw) && raw >= min && raw <= max && (!whole || Number.isInteger(raw)));
}

/** A string of at most `max` characters, matching `pattern` if given. */
export function text(options: { max: number; pattern?: RegExp }): Schema<string> {
  const { max, pattern } = options;
  return leaf(pattern ? `text like ${pattern.source}` : `text of at most ${max} characters`,
    (raw) => typeof raw === 'string' && raw.length <= max && (!pattern || pattern.test(raw)));
}

/** One of these strings. */
export function oneOf<const V extends string>(values: readonly V[]): Schema<V> {
  return leaf(values.length === 1 ? JSON.stringify(values[0]) : `one of ${values.join(', ')}`, (raw) => (values as readonly unknown[]).includes(raw));
}

export function nullable<T>(schema: Schema<T>): Schema<T | null> {
  return { read: (raw, path) => (raw === null ? { ok: true, value: null } : schema.read(raw, path)) };
}

/** A plain array of `min` to `max` items, each passing `item`. */
export function list<T>(item: Schema<T>, options: { min?: number; max: number }): Schema<readonly T[]> {
  const { min = 0, max } = options;
  return {
    read(raw, path) {
      const items = plainArray(raw);
      if (!items || items.length < min || items.length > max) {
        return fail(path, `a list of ${min} to ${max} items`, raw);
      }
      const value: T[] = [];
      for (const [i, element] of items.entries()) {
        const read = item.read(element, at(path, i));
        if (!read.ok) {
          return read;
        }
        value.push(read.value);
      }
      return { ok: true, value };
    },
  };
}

/** A plain object with exactly these fields (the optional ones may be absent), each passing its schema. */
export function object<F extends Fields, O extends Fields = Record<never, never>>(fields: F, optional?: O): Schema<ObjectOf<F, O>> {
  const maybe: Fields = optional ?? {};
  return {
    read(raw, path) {
      const record = plainRecord(raw);
      if (!record) {
        return fail(path, 'a plain object', raw);
      }
      const value: Record<string, unknown> = {};
      for (const name of record.keys()) {
        if (!Object.prototype.hasOwnProperty.call(fields, name) && !Object.prototype.hasOwnProperty.call(maybe, name)) {
          return { ok: false, problem: `${at(path, name)}: not a field of this message` };
        }
      }
      for (const [name, schema] of [...Object.entries(fields), ...Object.entries(maybe)]) {
        if (!record.has(name)) {
          if (Object.prototype.hasOwnProperty.call(fields, name)) {
            return { ok: false, problem: `${at(path, name)}: missing` };
          }
          continue;
        }
        const read = schema.read(record.get(name), at(path, name));
        if (!read.ok) {
          return read;
        }
        value[name] = read.value;
      }
      return { ok: true, value: value as ObjectOf<F, O> };
    },
  };
}

/** A plain object with exactly these keys, each value passing `schema`. */
export function keyed<K extends string, T>(keys: readonly K[], schema: Schema<T>): Schema<Record<K, T>> {
  return object(Object.fromEntries(keys.map((key) => [key, schema])) as Record<K, Schema<T>>) as unknown as Schema<Record<K, T>>;
}

/** A plain object of at most `max` entries, each key matching `key` and each value passing `schema`. */
export function dictionary<T>(key: RegExp, schema: Schema<T>, max: number): Schema<Record<string, T>> {
  return {
    read(raw, path) {
      const record = plainRecord(raw);
      if (!record || record.size > max) {
        return fail(path, `an object of at most ${max} entries`, raw);
      }
      const value: Record<string, T> = {};
      for (const [name, element] of record) {
        if (!key.test(name)) {
          return { ok: false, problem: `${at(path, name)}: not a key like ${key.source}` };
        }
        const read = schema.read(element, at(path, name));
        if (!read.ok) {
          return read;
        }
        value[name] = read.value;
      }
      return { ok: true, value };
    },
  };
}

/** The first of these schemas that passes (for unions told apart by a field such as `type`). */
export function anyOf<S extends Schema<unknown>[]>(...schemas: S): Schema<Infer<S[number]>> {
  return {
    read(raw, path) {
      const problems: string[] = [];
      for (const schema of schemas) {
        const read = schema.read(raw, path);
        if (read.ok) {
          return read as Parsed<Infer<S[number]>>;
        }
        problems.push(read.problem);
      }
      return { ok: false, problem: problems.join('; or ') };
    },
  };
}

/** `schema`, then a check across its fields; `problem` says what failed. */
export function refine<T>(schema: Schema<T>, check: (value: T) => boolean, problem: string): Schema<T> {
  return {
    read(raw, path) {
      const read = schema.read(raw, path);
      return !read.ok || check(read.value) ? read : { ok: false, problem: `${path || 'the message'}: ${problem}` };
    },
  };
}

/** The messages of one direction, declared once: each type's fields. */
export type MessagesOf<D extends Readonly<Record<string, Fields>>> = { [K in keyof D & string]: Simplify<{ type: K } & ObjectOf<D[K]>> }[keyof D & string];

/**
 * The messages of one direction as one schema, told apart by `type`: each
 * is `type` plus exactly the fields declared for it.
 */
export function messages<D extends Readonly<Record<string, Fields>>>(declared: D): Schema<MessagesOf<D>> {
  const byType = new Map(Object.entries(declared).map(([type, fields]) => [type, object({ type: oneOf([type]), ...fields })]));
  const types = [...byType.keys()];
  return {
    read(raw, path) {
      const record = plainRecord(raw);
      const type = record?.get('type');
      const schema = typeof type === 'string' ? byType.get(type) : undefined;
      if (!record || !schema) {
        return fail(at(path, 'type'), `one of ${types.join(', ')}`, record ? type : raw);
      }
      return schema.read(raw, path) as Parsed<MessagesOf<D>>;
    },
  };
}

/** Handlers of every message of a union, by type: a type without one does not compile. */
export type Handlers<M extends { type: string }, R = void> = { [K in M['type']]: (message: Extract<M, { type: K }>) => R };

/** Calls the handler of `message`'s type. */
export function dispatch<M extends { type: string }, R>(handlers: Handlers<M, R>, message: M): R {
  return (handlers[message.type as M['type']] as (message: M) => R)(message);
}

// ---- fields common to the messages and the catalogues they carry ----------------

/** Longest id accepted (links, exercises, references). */
export const MAX_ID_LENGTH = 64;
/** Longest text accepted, and most items of a list. */
const MAX_TEXT = 2000;
export const MAX_ITEMS = 32;

/** Lowercase letters, digits and dashes: what the page may name (never a URL). */
export const id = text({ max: MAX_ID_LENGTH, pattern: /^[a-z0-9][a-z0-9-]*$/ });
/** A text to show. */
export const words = text({ max: MAX_TEXT });
export const https = text({ max: MAX_TEXT, pattern: /^https:\/\/[^\s"'<>]+$/ });
export const whole = number({ min: 0, whole: true });
