// The good moments, declared once: the pieces of work whose end is a good
// moment for a break (a commit, a task, a debug session, a long terminal
// command), each with its on/off setting and the reason the prompt gives.
// The settings reader, the manifest check, the stored state's validation and
// the status bar derive from this list. The rule itself is in goodMoments.ts.
//
// Pure data: no vscode import; its words come through the translator seam.

import { l10n } from './l10n';

export const GOOD_MOMENT_SOURCES = ['commit', 'task', 'debug', 'terminal'] as const;

export type GoodMomentSource = (typeof GOOD_MOMENT_SOURCES)[number];

/** The on/off setting of each source, under `postureBreaks.`. */
export type GoodMomentSetting = `goodMoments.${GoodMomentSource}`;

export function goodMomentSetting(source: GoodMomentSource): GoodMomentSetting {
  return `goodMoments.${source}`;
}

/** A terminal command is a piece of work once it ran at least this long. */
export const LONG_TERMINAL_COMMAND_MS = 10_000;

/** Why the break is offered now, in the tooltip and the panel (read in the display language: getters that call the translator seam). */
export const GOOD_MOMENT_REASONS: Readonly<Record<GoodMomentSource, string>> = {
  get commit() { return l10n.t('You just committed: a good moment for a break.'); },
  get task() { return l10n.t('A task just finished: a good moment for a break.'); },
  get debug() { return l10n.t('Your debug session just ended: a good moment for a break.'); },
  get terminal() { return l10n.t('A terminal command just finished: a good moment for a break.'); },
};

export function isGoodMomentSource(value: unknown): value is GoodMomentSource {
  return typeof value === 'string' && (GOOD_MOMENT_SOURCES as readonly string[]).includes(value);
}

/** Whether a terminal command that ran from `startedAt` to `endedAt` (epoch ms) is a piece of work. */
export function isLongTerminalCommand(startedAt: number, endedAt: number): boolean {
  return endedAt - startedAt >= LONG_TERMINAL_COMMAND_MS;
}
