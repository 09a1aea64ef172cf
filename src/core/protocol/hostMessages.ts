// The messages from the extension to the panel's page, each declared once:
// its fields, from which come its type (HostMessage) and the page's check
// (parseHostMessage). The page handles them by type (Handlers), so a message
// added here does not compile until the page handles it.
//
// Handshake: the extension sets a static shell; the page posts `ready`; the
// extension answers with `content` (the exercise catalogue, references,
// figures and every word the page shows, once) and `state`, and posts
// `state` again whenever the clock or the settings change. In the history
// view each `state` is followed by `history`. The page asks for the other
// view with `switchMode`; the extension then sets the shell anew.
//
// The page trusts nothing it did not expect: every text, figure and list is
// bounded, and history days must follow each other.
//
// Pure: no vscode import; bundled into the page's script.

import { EXERCISE, FIGURE_FILE, REFERENCE } from '../break/shapes';
import { BREAK_LENGTHS } from '../break/lengths';
import { addDays } from '../days/calendar';
import { DAY_FIELDS, sameDay } from '../days/dayStats';
import type { HistoryDay } from '../days/history';
import { FORMAT_WORD_IDS } from '../format/durations';
import { NUMBER_SETTINGS, type NumberKey } from '../limits';
import { dayKey, dayStats, mode } from './fields';
import {
  boolean, dictionary, id, keyed, list, MAX_ITEMS, messages, nullable, number, object, parse, refine, text, whole, words, oneOf,
  type Infer, type Parsed, type Schema,
} from '../schema';

/** The ids of the page's own words (panel/panelWords.ts): labels, and sentences with {0}-style placeholders. */
const PANEL_WORD_IDS = [
  'stretchBreak', 'guide', 'partsList', 'whichStretch', 'breakDone', 'startHint', 'start', 'startAgain',
  'pause', 'resume', 'skipPart', 'restart', 'soundOn', 'soundOff', 'safety', 'finish', 'done', 'snooze',
  'skip', 'sources', 'linksOpen', 'commonMistakes', 'whyThis', 'partNumber', 'today', 'historyLink',
  'backToBreak', 'breakHistory', 'local', 'lastDays', 'tableCaption', 'date', 'dueCoded', 'dueNow', 'notDue',
  'offeredCoded', 'offeredNow', 'dueSitting', 'offeredSitting', 'setup', 'setupLeft', 'setupRight', 'holdLeft', 'holdRight', 'hold',
  'easeOff', 'switchLeft', 'switchRight', 'switchOther', 'squeezeOf', 'relax', 'walk', 'partOf',
  'skippedCount', 'wellDone', 'countdownDone', 'paused', 'resumed', 'pausedHint', 'recorded', 'notRecorded',
  'todayMark', 'chartTaken', 'chartTakenPeak', 'chartCoding', 'chartTable', 'streakNone', 'totals',
  'offeredTotals', 'outsideTotals', 'emptyNone', 'sentences',
] as const;

/** The ids of the page's phrases with a count, each in its two plural forms. */
const PANEL_PLURAL_IDS = [
  'snoozeHint', 'planLine', 'allDone', 'chartRange', 'dayTitle', 'streakToday', 'streakYesterday', 'days',
  'breaks', 'naturalBreaks', 'emptyRecent',
] as const;

/** What the guidance says as each moment begins (break/texts.ts cues). */
const CUE_IDS = ['setup', 'setupSided', 'hold', 'release', 'switch', 'on', 'off', 'walk', 'done'] as const;
const cueFields = Object.fromEntries(CUE_IDS.map((cue) => [cue, words])) as Record<(typeof CUE_IDS)[number], Schema<string>>;

/** Most days a history message may carry. */
export const MAX_HISTORY_DAYS = 31;
/** Longest SVG markup accepted from the extension. */
const MAX_MARKUP = 100_000;

/** A numeric setting within its own range. */
const setting = (key: NumberKey) => number({ min: NUMBER_SETTINGS[key].range[0], max: NUMBER_SETTINGS[key].range[1], whole: true });
const sides = object({ left: words, right: words });

const texts = object({
  whyTitle: words,
  /** The explanation: its paragraphs but the last, then the last as it reads with and without a walk in the break. */
  why: object({ paragraphs: list(words, { max: 4 }), lastWithWalk: words, lastWithoutWalk: words, references: list(id, { max: MAX_ITEMS }) }),
  safety: words,
  notMedicalAdvice: words,
  cues: object({ ...cueFields, sides }),
  /** The label of the link to the walkthrough. */
  walkthrough: words,
});

const historyDay = object({ date: dayKey, stats: dayStats });

/** The two history days are the same day with the same numbers. */
const sameHistoryDay = (a: HistoryDay, b: HistoryDay) => a.date === b.date && sameDay(a.stats, b.stats);

const HOST_MESSAGES = refine(messages({
  /**
   * Sent once after each `ready`: everything the page renders from. The
   * exercise catalogue, the references, the figures' SVG markup (read from
   * the extension's own media/ folder, keyed by file name), the texts, and
   * the page's own words in the display language, with that language for
   * the formats of dates, times, numbers and plurals.
   */
  content: {
    mode,
    exercises: list(EXERCISE, { min: 1, max: MAX_ITEMS }),
    references: list(REFERENCE, { max: MAX_ITEMS }),
    figures: dictionary(FIGURE_FILE, text({ max: MAX_MARKUP }), MAX_ITEMS),
    texts,
    /** A language tag as VS Code names display languages ("en", "de", "zh-cn", "pt-br"). */
    locale: text({ max: 35, pattern: /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,3}$/ }),
    words: object({
      text: keyed(PANEL_WORD_IDS, words),
      plural: keyed(PANEL_PLURAL_IDS, object({ one: words, other: words })),
      format: keyed(FORMAT_WORD_IDS, words),
      stats: keyed(DAY_FIELDS, words),
      lengths: keyed(BREAK_LENGTHS, words),
    }),
  },
  /** The settings the panel uses, the clock's count and today, whether a break is due, and why now when it was offered at a good moment. */
  state: {
    settings: object({
      holdSeconds: setting('holdSeconds'),
      rounds: setting('rounds'),
      stretchVariant: id,
      breakLength: oneOf(BREAK_LENGTHS),
      sound: boolean(),
      snoozeMinutes: setting('snoozeMinutes'),
    }),
    view: object({ stretchMs: number({ min: 0 }), outsideMs: number({ min: 0 }), today: dayStats }),
    due: boolean(),
    reason: nullable(words),
  },
  /** The history view's data (days/history.ts): 1 to MAX_HISTORY_DAYS consecutive days, oldest first, ending with today; totals over them. */
  history: {
    series: list(historyDay, { min: 1, max: MAX_HISTORY_DAYS }),
    today: historyDay,
    streak: whole,
    totals: dayStats,
    recordedDays: whole,
  },
}), (message) => message.type !== 'history'
  || (message.series.every((day, i) => i === 0 || addDays(message.series[i - 1].date, 1) === day.date)
    && sameHistoryDay(message.today, message.series[message.series.length - 1])),
'history: the days must follow each other, and today must be the last of them');

export type HostMessage = Infer<typeof HOST_MESSAGES>;
export type ContentMessage = Extract<HostMessage, { type: 'content' }>;
export type StateMessage = Extract<HostMessage, { type: 'state' }>;
export type HistoryMessage = Extract<HostMessage, { type: 'history' }>;
export type PanelWords = ContentMessage['words'];
export type PanelTexts = ContentMessage['texts'];

/** A message from the extension, checked in the page: its exact shape as a fresh object, or which field failed. */
export function parseHostMessage(raw: unknown): Parsed<HostMessage> {
  return parse(HOST_MESSAGES, raw);
}
