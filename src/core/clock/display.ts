// What the clock shows at a moment (the view the adapters render, view.ts),
// and the next moment it changes without input, where the clock's one timer
// is set (clock.ts).
//
// Pure: no vscode import; the time is passed in.

import { dueMark, idleMs, isDue, pausedAt, stretchMs, type ClockState } from './state';
import { holdMoments } from './debugHold';
import { offeredAt } from './goodMoments';
import { promptContext } from './promptContext';
import { nextSamplingAt } from './sampling';
import type { ClockView } from './view';

/** What the clock shows at `now`. */
export function viewAt(state: ClockState, now: number): ClockView {
  const prompt = state.prompt.state(now, promptContext(state, now));
  return {
    stretchMs: stretchMs(state),
    outsideMs: state.outsideMs,
    outside: state.outside,
    dueAtCodingMs: dueMark(state),
    due: isDue(state),
    offered: offeredAt(state),
    prompt: prompt === 'prompt',
    heldBy: prompt === 'typing' || prompt === 'debugging' ? prompt : null,
    pausedUntil: pausedAt(state, now),
    idle: state.lastActivity === null || now - state.lastActivity > idleMs(state),
    today: state.ledger.statsOf(state.ledger.dayKey(now)),
  };
}

/**
 * The next moment the view changes without new input, or this window has
 * a sampling job, or null if there is none: the end of a pause with an end,
 * the end of the typing wait (5 s after the last edit, or the 2-minute
 * cap), the renewal of this window's debug hold and the end of another
 * window's, and, while no window is focused and time outside VS Code is
 * counted, the next sample or the moment to take the sampler duty over
 * (sampling.ts). The count and due change only with input (see the top of
 * codingTime.ts). Not included, as nothing in the status bar depends on
 * them: the moment `idle` turns true, and the local midnight that starts a
 * new `today` (both show at the next render).
 */
export function nextChangeAt(state: ClockState, now: number): number | null {
  if (!state.settings.enabled) {
    return null;
  }
  const moments: number[] = [];
  const sampling = nextSamplingAt(state, now);
  if (sampling !== null) {
    moments.push(sampling);
  }
  if (typeof state.pausedUntil === 'number' && state.pausedUntil > now) {
    moments.push(state.pausedUntil);
    return Math.min(...moments);
  }
  const typingEnds = state.prompt.typingWaitEndsAt(now, promptContext(state, now));
  if (typingEnds !== null) {
    moments.push(typingEnds);
  }
  holdMoments(state, now, moments);
  return moments.length > 0 ? Math.min(...moments) : null;
}
