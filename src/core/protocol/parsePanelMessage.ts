// The check of every message that arrives from the panel's page: only the
// exact shapes of PanelMessage (protocol.ts) pass, anything else is null
// (ignored by the caller).

import { isBoolean, isFraction, isId, isMode, isWhole, plainRecord, type Check } from './checks';
import type { PanelMessage, PanelMessageType } from './messages';

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
  ['showWalkthrough', {}],
]);

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
