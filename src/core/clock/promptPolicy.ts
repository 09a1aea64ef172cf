// When a due break may show its prompt in this window: not while reminders
// are off or paused, not while debugging (if quiet while debugging), and not
// while the person is typing (edits less than 5 s apart), for at most 2
// minutes after the prompt could first have appeared. Once shown, the prompt
// stays. The state here is this window's own (its edits, its debug sessions),
// never shared.
//
// Pure: no vscode import.

import type { ReminderStyle } from '../settings';
import { MINUTE } from '../time';

/** The prompt waits while text edits arrive less than this apart... */
export const TYPING_PAUSE_MS = 5_000;
/** ...but for at most this long after it could first have appeared. */
export const TYPING_WAIT_CAP_MS = 2 * MINUTE;

/** Where a due break stands at a given moment. */
export type PromptState = 'notDue' | 'off' | 'paused' | 'debugging' | 'typing' | 'prompt';

/** What the policy needs to know of the clock and the settings at a moment. */
export interface PromptContext {
  due: boolean;
  reminderStyle: ReminderStyle;
  quietWhileDebugging: boolean;
  /** Reminders are paused now. */
  paused: boolean;
  /** When the last pause ends or ended (its end, or when it was decided for a pause until resumed). */
  pauseEnd: number;
  /** Another window is debugging now (its hold is shared). */
  debuggingElsewhere: boolean;
  /** When another window's debugging last ended (0: never). */
  debugEndedElsewhere: number;
}

export class PromptPolicy {
  private lastEdit: number | null = null;
  private debugging = false;
  private debugEndedAt = 0;
  /** When the current due break became due (as seen by this window); null when not due. */
  private dueSince: number | null = null;
  /** The start of the typing wait that has ended (the prompt stays from then on). */
  private typingWaitOverFor: number | null = null;

  noteEdit(now: number): void {
    this.lastEdit = now;
  }

  /** The break became due at `at` (by an activity of this window). */
  becameDue(at: number): void {
    this.dueSince = at;
  }

  /** Keeps the due moment in step with due after a change that was not an activity (a merge, a restore, new settings). */
  noteDue(now: number, due: boolean): void {
    if (!due) {
      this.dueSince = null;
    } else if (this.dueSince === null) {
      this.dueSince = now;
    }
  }

  /** A new stretch: nothing is due. */
  clearDue(): void {
    this.dueSince = null;
  }

  get isDebugging(): boolean {
    return this.debugging;
  }

  /** A debug session started or ended (all sessions). Returns whether it changed. */
  setDebugging(now: number, running: boolean): boolean {
    if (running === this.debugging) {
      return false;
    }
    this.debugging = running;
    if (!running) {
      this.debugEndedAt = now;
    }
    return true;
  }

  state(now: number, context: PromptContext): PromptState {
    if (!context.due) {
      return 'notDue';
    }
    if (context.reminderStyle === 'off') {
      return 'off';
    }
    if (context.paused) {
      return 'paused';
    }
    if ((this.debugging || context.debuggingElsewhere) && context.quietWhileDebugging) {
      return 'debugging';
    }
    return this.typingHolds(now, this.typingWaitStart(context)) ? 'typing' : 'prompt';
  }

  /** Before an edit: if the prompt was showing, the wait is over for good. Returns whether it just ended. */
  endTypingWaitIfOver(now: number, context: PromptContext): boolean {
    if (this.state(now, context) !== 'prompt') {
      return false;
    }
    const start = this.typingWaitStart(context);
    if (this.typingWaitOverFor === start) {
      return false;
    }
    this.typingWaitOverFor = start;
    return true;
  }

  /** While typing holds the prompt: when that may end (5 s after the last edit, or the 2-minute cap); else null. */
  typingWaitEndsAt(now: number, context: PromptContext): number | null {
    if (this.state(now, context) !== 'typing' || this.lastEdit === null) {
      return null;
    }
    return Math.min(this.lastEdit + TYPING_PAUSE_MS, this.typingWaitStart(context) + TYPING_WAIT_CAP_MS);
  }

  /**
   * The typing wait starts when the prompt could first have appeared: when the
   * break became due, when a pause ended, or when debugging ended (if quiet
   * while debugging), whichever is last. So a prompt never appears mid-sentence
   * just because a pause or a debug session ended.
   */
  private typingWaitStart(context: PromptContext): number {
    const debugEnd = context.quietWhileDebugging ? Math.max(this.debugEndedAt, context.debugEndedElsewhere) : 0;
    return Math.max(this.dueSince ?? 0, context.pauseEnd, debugEnd);
  }

  /**
   * Whether the typing wait that started at `start` holds the prompt at `now`:
   * the last edit was less than 5 s ago, within 2 minutes of the start, and the
   * wait has not ended before (once shown, the prompt stays).
   */
  private typingHolds(now: number, start: number): boolean {
    if (this.typingWaitOverFor === start || this.lastEdit === null) {
      return false;
    }
    const sinceEdit = now - this.lastEdit;
    return now >= start && now < start + TYPING_WAIT_CAP_MS && sinceEdit >= 0 && sinceEdit < TYPING_PAUSE_MS;
  }
}
