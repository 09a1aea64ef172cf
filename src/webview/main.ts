// DOM code: the script of the break panel, running inside the webview. The
// only renderer of the panel: it renders the view from the extension's
// `content` and `state` messages (checked by src/core/parseHostMessage.ts),
// the break view in breakPage.ts (run by breakTimer.ts, shown by runView.ts),
// the history view in history.ts. This file is the page's wiring: it routes
// the messages from the extension and says `ready` once loaded. The page
// has no words of its own: every word it shows came from the extension (the
// content message's words and texts), in the display language.
//
// It ticks only while the break runs, keeps its state with getState/setState
// (page.ts), and talks to the extension with the typed messages of
// src/core/protocol/messages.ts.

import { buildPlan, sameOptions } from '../core/break/plan';
import { DAY_STATS } from '../core/days/dayStats';
import { parseHostMessage, type HostMessage, type HistoryMessage, type StateMessage } from '../core/protocol/hostMessages';
import { dispatch, type Handlers } from '../core/schema';
import { dueLine, renderHistoryView, snoozeHint, snoozeMinutesText } from './breakView';
import { formatDayStat, setFormatWords } from '../core/format/durations';
import { setDisplayLanguage } from '../core/l10n';
import { renderBreak, showSound, wantedOptions } from './breakPage';
import { underWay } from './breakTimer';
import { applyHistory } from './history';
import { app, body, byId, mode, page, post, setText, wireCommon } from './page';

let pendingHistory: HistoryMessage | null = null;

function applyStats(message: StateMessage): void {
  const today = message.view.today;
  for (const stat of DAY_STATS) {
    document.querySelectorAll<HTMLElement>(`[data-stat="${stat.field}"]`).forEach((node) => setText(node, formatDayStat(stat, today[stat.field])));
  }
}

function renderHistory(): void {
  if (!page.state || !page.content || !app) {
    return;
  }
  app.innerHTML = renderHistoryView(page.state.view.today, page.content.words);
  app.setAttribute('aria-busy', 'false');
  wireCommon();
  if (pendingHistory) {
    applyHistory(pendingHistory);
  }
}

function applyState(message: StateMessage): void {
  const first = page.state === null;
  page.state = message;
  body.dataset.due = String(message.due);
  if (mode === 'history') {
    if (first) {
      renderHistory();
    }
    applyStats(message);
    return;
  }
  if (!page.content) {
    return;
  }
  if (first || !page.plan) {
    renderBreak(true);
    return;
  }
  // New settings reshape the plan when no break is under way.
  const next = buildPlan(page.content.exercises, wantedOptions(message.settings));
  if (!underWay(Date.now()) && !sameOptions(next.options, page.plan.options)) {
    renderBreak(false);
    return;
  }
  setText(byId('due-line'), dueLine(page.content.words, message.due, message.view, page.plan, message.reason));
  const minutes = byId('snooze-minutes');
  if (minutes && minutes.textContent !== snoozeMinutesText(message.settings.snoozeMinutes) && minutes.parentElement) {
    minutes.parentElement.innerHTML = snoozeHint(page.content.words, message.settings.snoozeMinutes); // the sentence may change with the number
  }
  showSound();
  applyStats(message);
}

/** What each message from the extension does: one handler per type (a type without one does not compile). */
const handlers: Handlers<HostMessage> = {
  content: (message) => {
    page.content = message;
    // The page's words and formats: all from the extension, in its display language.
    setDisplayLanguage(message.locale);
    setFormatWords(message.words.format);
    if (page.state) {
      const current = page.state;
      page.state = null;
      applyState(current);
    }
  },
  state: applyState,
  history: (message) => {
    pendingHistory = message;
    if (mode === 'history' && page.state) {
      applyHistory(message);
    }
  },
};

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const parsed = parseHostMessage(event.data);
  if (parsed.ok) {
    dispatch(handlers, parsed.value);
  } else {
    // Not shown: the extension's log says which field failed.
    post({ type: 'rejected', problem: parsed.problem.slice(0, 500) });
  }
});

post({ type: 'ready' });
