// What the prompt policy (promptPolicy.ts) is told of the clock at a moment:
// whether a break is due, the reminder settings, the pause, and other
// windows' debug holds.
//
// Pure: no vscode import.

import { isDue, pausedAt, type ClockState } from './state';
import { noteDebugElsewhere } from './debugHold';
import type { PromptContext } from './promptPolicy';

export function promptContext(state: ClockState, now: number): PromptContext {
  const until = state.pausedUntil;
  const context: PromptContext = {
    debuggingElsewhere: false,
    debugEndedElsewhere: 0,
    due: isDue(state),
    reminderStyle: state.settings.reminderStyle,
    quietWhileDebugging: state.settings.quietWhileDebugging,
    paused: pausedAt(state, now) !== null,
    pauseEnd: typeof until === 'number' ? until : state.pauseDecidedAt,
  };
  noteDebugElsewhere(state, now, context);
  return context;
}
