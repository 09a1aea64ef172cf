// Messages between the break panel (webview) and the extension: their types,
// the limits the checks hold them to, and how the extension builds its own.
//
// Handshake: the extension sets a static shell; the page posts `ready` once
// its script has loaded; the extension answers with `content` (the exercise
// catalogue, references, figures and texts: everything the page renders from,
// sent once) and `state`, and posts `state` again whenever the clock or the
// settings change. In the history view, each `state` is followed by `history`
// (the last 14 days, today and the streak). The page asks for the other view
// with `switchMode`; the extension then sets the shell anew in that mode.
//
// Everything that arrives from the page goes through parsePanelMessage
// (parsePanelMessage.ts), everything that arrives from the extension through
// parseHostMessage (parseHostMessage.ts). Links are referred to by the id of
// a fixed reference list kept in the extension; the page never sends a URL.
//
// Type imports only, but for the reasons of goodMomentSources.ts (pure data):
// this module is bundled into the webview script as well.

import type { CueTexts } from './breakText';
import type { DayField } from './dayStats';
import type { Exercise } from './exercises';
import type { FormatWords, PluralForms } from './format';
import { GOOD_MOMENT_REASONS } from './goodMomentSources';
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
  | { type: 'switchMode'; mode: PanelMode }
  /** The link to the walkthrough: the extension opens it. */
  | { type: 'showWalkthrough' };

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
  /** Why the break is due now, when it was offered at a good moment ("You just committed: …"); else null. */
  reason: string | null;
}

/** The words the break view needs besides the exercises. */
export interface PanelTexts {
  whyTitle: string;
  /** The explanation: its paragraphs but the last, then the last as it reads with and without a walk in the break. */
  why: { paragraphs: readonly string[]; lastWithWalk: string; lastWithoutWalk: string; references: readonly string[] };
  safety: string;
  notMedicalAdvice: string;
  cues: CueTexts;
  /** The label of the link to the walkthrough. */
  walkthrough: string;
}

/** The ids of the page's own words (panel/panelWords.ts): labels, and sentences with {0}-style placeholders. */
export const PANEL_WORD_IDS = [
  'stretchBreak', 'guide', 'partsList', 'whichStretch', 'breakDone', 'startHint', 'start', 'startAgain',
  'pause', 'resume', 'skipPart', 'restart', 'soundOn', 'soundOff', 'safety', 'finish', 'done', 'snooze',
  'skip', 'sources', 'linksOpen', 'commonMistakes', 'whyThis', 'partNumber', 'today', 'historyLink',
  'backToBreak', 'breakHistory', 'local', 'lastDays', 'tableCaption', 'date', 'dueCoded', 'dueNow', 'notDue',
  'offeredCoded', 'offeredNow', 'setup', 'setupLeft', 'setupRight', 'holdLeft', 'holdRight', 'hold',
  'easeOff', 'switchLeft', 'switchRight', 'switchOther', 'squeezeOf', 'relax', 'walk', 'partOf',
  'skippedCount', 'wellDone', 'countdownDone', 'paused', 'resumed', 'pausedHint', 'recorded', 'notRecorded',
  'todayMark', 'chartTaken', 'chartTakenPeak', 'chartCoding', 'chartTable', 'streakNone', 'totals',
  'offeredTotals', 'emptyNone', 'sentences',
] as const;

/** The ids of the page's phrases with a count, each in its two plural forms. */
export const PANEL_PLURAL_IDS = [
  'snoozeHint', 'planLine', 'allDone', 'chartRange', 'dayTitle', 'streakToday', 'streakYesterday', 'days',
  'breaks', 'naturalBreaks', 'emptyRecent',
] as const;

export type PanelWordId = (typeof PANEL_WORD_IDS)[number];
export type PanelPluralId = (typeof PANEL_PLURAL_IDS)[number];

/**
 * The page's own words, in the display language (the page has none of its
 * own): labels and sentences, the phrases with a count, the words of the
 * lengths of time, the day statistics' and the break lengths' names.
 */
export interface PanelWords {
  text: Record<PanelWordId, string>;
  plural: Record<PanelPluralId, PluralForms>;
  format: FormatWords;
  stats: Record<DayField, string>;
  lengths: Record<BreakLength, string>;
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
  /** The display language, for the formats of dates, times, numbers and plurals (`vscode.env.language`). */
  locale: string;
  words: PanelWords;
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
    reason: view.due && view.offered ? GOOD_MOMENT_REASONS[view.offered] : null,
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
