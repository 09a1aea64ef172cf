// Inputs for the panel's views in unit tests: the content message the
// extension sends (with stand-in figures), a plan, and a break view input.
import { buildPlan, type PlanOptions } from '../../../src/core/break/plan';
import { figureFiles } from '../../../src/core/break/exercises';
import type { ContentMessage } from '../../../src/core/protocol/hostMessages';
import type { DayStats } from '../../../src/core/days/dayStats';
import type { BreakViewInput } from '../../../src/webview/breakView';
import { contentMessage } from '../../../src/panel/content';
import { panelWords } from '../../../src/panel/panelWords';

/** The walkthrough link's label, as the adapter would give it. */
export const WALKTHROUGH_LINK = 'Get started with Posture Breaks';

export const FIGURE = (file: string) => `<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" class="exercise-figure" data-file="${file}"></svg>`;

/** The page's words, as the extension sends them (English in the tests). */
export const words = panelWords();

export function content(mode: 'break' | 'history' = 'break'): ContentMessage {
  return contentMessage(mode, Object.fromEntries(figureFiles().map((file) => [file, FIGURE(file)])), { walkthrough: WALKTHROUGH_LINK });
}

export const noDay: DayStats = { codingMs: 0, taken: 0, skipped: 0, snoozed: 0, natural: 0, longestStretchMs: 0, offered: 0, offeredTaken: 0, outsideMs: 0 };

export function viewInput(options: Partial<PlanOptions> = {}, overrides: Partial<BreakViewInput> = {}): BreakViewInput {
  const message = overrides.content ?? content();
  return {
    content: message,
    plan: buildPlan(message.exercises, { length: 'full', variant: 'standing', holdSeconds: 30, rounds: 2, ...options }),
    sound: true,
    snoozeMinutes: 5,
    today: noDay,
    due: false,
    time: { stretchMs: 0, outsideMs: 0 },
    ...overrides,
  };
}
