// What the prompt policy (promptPolicy.ts) is told of the clock at a moment:
// whether a break is due, the reminder settings, the pause, and other
// windows' debug holds.
//
// Pure: no vscode import.

import { isDue, pausedAt, type ClockCore } from './clockCore';
import { noteDebugElsewhere } from './debugHold';
import type { PromptContext } from './promptPolicy';

export function promptContext(core: ClockCore, now: number): PromptContext {
  const until = core.s.pausedUntil;
  const context: PromptContext = {
    debuggingElsewhere: false,
    debugEndedElsewhere: 0,
    due: isDue(core),
    reminderStyle: core.settings.reminderStyle,
    quietWhileDebugging: core.settings.quietWhileDebugging,
    paused: pausedAt(core, now) !== null,
    pauseEnd: typeof until === 'number' ? until : core.s.pauseDecidedAt,
  };
  noteDebugElsewhere(core, now, context);
  return context;
}
