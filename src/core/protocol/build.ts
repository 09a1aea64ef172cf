// The extension's side of its messages to the page: the state and history
// messages made from the clock's view, the settings and the day history. Apart
// from the declarations (hostMessages.ts), so the extension carries their
// types, not the page's checks.
//
// Pure: no vscode import.

import type { ClockView } from '../clock/view';
import type { HistoryDay, HistorySummary } from '../days/history';
import { GOOD_MOMENT_REASONS } from '../goodMomentSources';
import type { Settings } from '../settings';
import type { HistoryMessage, StateMessage } from './hostMessages';

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
    view: { stretchMs: view.stretchMs, outsideMs: view.outsideMs, today: { ...view.today } },
    due: view.due,
    reason: view.due && view.offered ? GOOD_MOMENT_REASONS[view.offered] : null,
  };
}

/** The history message for a summary (days/history.ts historySummary). */
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
