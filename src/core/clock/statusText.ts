// What the status-bar item says, derived from the clock's view: its text
// (no Intl, so the first text is not kept waiting), and its tooltip and
// screen-reader label, with today's summary.
//
// Pure: no vscode import; the words come through the translator seam.
import type { DayStats } from '../days/dayStats';
import { longDuration, shortDuration, wholeCount } from '../format/durations';
import { formatNumber, plural } from '../format/intl';
import { GOOD_MOMENT_REASONS } from '../goodMomentSources';
import { l10n } from '../l10n';
import type { ReminderStyle } from '../settings';
import type { ClockView } from './view';

const MINUTE = 60_000;

export function todaySummary(today: DayStats): string {
  const taken = plural(wholeCount(today.taken), {
    one: l10n.t({ message: '{0} break taken', comment: ['Singular form: the form for 1 (and any other number your language treats the same way). {0} is the number.'] }),
    other: l10n.t({ message: '{0} breaks taken', comment: ['Plural form: the form for every other number. {0} is the number.'] }),
  });
  return l10n.t({
    message: 'Today: {0} of coding, {1}, {2} skipped, {3} natural.',
    args: [longDuration(today.codingMs), taken, formatNumber(wholeCount(today.skipped)), formatNumber(wholeCount(today.natural))],
    comment: ['{0} is a length of time ("2 hours 5 minutes"), {1} the breaks taken ("1 break taken"), {2} and {3} are numbers of breaks skipped and of natural breaks.'],
  });
}

export interface StatusText {
  /** Text with one codicon. */
  text: string;
  tooltip: string;
  ariaLabel: string;
  /** Show as the prompt, with the theme's warning background. */
  prompt: boolean;
}

/** The status-bar item's text alone, and whether it is the prompt: no clock time, no plural, no Intl. */
export function statusLabel(view: ClockView, reminderStyle: ReminderStyle): Pick<StatusText, 'text' | 'prompt'> {
  if (view.pausedUntil !== null) {
    return { text: `$(debug-pause) ${shortDuration(view.codingMs)}`, prompt: false };
  }
  if (view.prompt && reminderStyle !== 'off') {
    return { text: `$(heart) ${l10n.t({ message: 'Stretch break', comment: ['The prompt on the status bar, and the panel\'s title: a short break to stretch.'] })}`, prompt: true };
  }
  return { text: `$(watch) ${shortDuration(view.codingMs)}`, prompt: false };
}

export function describeStatus(
  view: ClockView,
  reminderStyle: ReminderStyle,
  now: number,
  clockTime: (epochMs: number) => string,
): StatusText {
  const label = statusLabel(view, reminderStyle);
  const coding = longDuration(view.codingMs);
  const summary = todaySummary(view.today);
  const dueIn = (left: number) => longDuration(Math.ceil(left / MINUTE) * MINUTE);
  if (view.pausedUntil !== null) {
    const pausedUntil = view.pausedUntil;
    const resume = pausedUntil === 'resume';
    const until = pausedUntil === 'resume' ? '' : clockTime(pausedUntil);
    return {
      ...label,
      tooltip: `${resume
        ? l10n.t({ message: 'Posture Breaks: reminders paused until you resume them. Continuous coding: {0}. Click to take a break now.', args: [coding], comment: ['The status-bar tooltip. {0} is a length of time ("23 minutes").'] })
        : l10n.t({ message: 'Posture Breaks: reminders paused until {0}. Continuous coding: {1}. Click to take a break now.', args: [until, coding], comment: ['The status-bar tooltip. {0} is a clock time ("14:30"), {1} a length of time ("23 minutes").'] })}\n${summary}`,
      ariaLabel: resume
        ? l10n.t({ message: 'Posture Breaks: reminders paused until you resume them; {0} of continuous coding.', args: [coding], comment: ['What screen readers say of the status-bar item. {0} is a length of time ("23 minutes").'] })
        : l10n.t({ message: 'Posture Breaks: reminders paused until {0}; {1} of continuous coding.', args: [until, coding], comment: ['What screen readers say of the status-bar item. {0} is a clock time ("14:30"), {1} a length of time ("23 minutes").'] }),
    };
  }
  const reason = view.offered ? GOOD_MOMENT_REASONS[view.offered] : null;
  if (label.prompt && reason !== null) {
    const left = view.dueAtCodingMs - view.codingMs;
    const offered = left > 0
      ? l10n.t({ message: 'Posture Breaks: {0} {1} of coding so far. It would be due in {2} of coding. Click to start (about 3 minutes).', args: [reason, coding, dueIn(left)], comment: ['The status-bar tooltip of a break offered early. {0} says why now ("You just committed: a good moment for a break."), {1} and {2} are lengths of time.'] })
      : l10n.t({ message: 'Posture Breaks: {0} {1} of coding so far. Click to start (about 3 minutes).', args: [reason, coding], comment: ['The status-bar tooltip of a break offered early. {0} says why now ("You just committed: a good moment for a break."), {1} is a length of time.'] });
    return {
      ...label,
      tooltip: `${offered}\n${summary}`,
      ariaLabel: l10n.t({ message: 'Stretch break offered. {0} Click to start the break.', args: [reason], comment: ['What screen readers say of the status-bar item. {0} says why now ("You just committed: a good moment for a break.").'] }),
    };
  }
  if (label.prompt) {
    return {
      ...label,
      tooltip: `${l10n.t({ message: 'Posture Breaks: time for a stretch break, after {0} of coding. Click to start (about 3 minutes).', args: [coding], comment: ['The status-bar tooltip of a due break. {0} is a length of time ("31 minutes").'] })}\n${summary}`,
      ariaLabel: l10n.t({ message: 'Stretch break due after {0} of coding. Click to start the break.', args: [coding], comment: ['What screen readers say of the status-bar item. {0} is a length of time ("31 minutes").'] }),
    };
  }
  let due: string;
  if (view.due && reason !== null) {
    due = view.heldBy === 'debugging' ? l10n.t({ message: '{0} The break waits until debugging ends.', args: [reason], comment: ['{0} says why the break is offered now ("You just committed: a good moment for a break.").'] })
      : view.heldBy === 'typing' ? l10n.t({ message: '{0} The break waits for a pause in your typing.', args: [reason], comment: ['{0} says why the break is offered now ("You just committed: a good moment for a break.").'] })
        : reason;
  } else if (view.due) {
    due = view.heldBy === 'debugging' ? l10n.t('A break is due; it waits until debugging ends.')
      : view.heldBy === 'typing' ? l10n.t('A break is due; it waits for a pause in your typing.')
        : l10n.t('A break is due.');
  } else {
    const left = view.dueAtCodingMs - view.codingMs;
    due = l10n.t({
      message: 'Break due in {0} of coding (about {1} if you keep going).',
      args: [dueIn(left), clockTime(now + left)],
      comment: ['{0} is a length of time ("7 minutes"), {1} a clock time ("10:07").'],
    });
  }
  return {
    ...label,
    tooltip: `${l10n.t({ message: 'Posture Breaks: {0} of continuous coding. {1} Click to take a break now.', args: [coding, due], comment: ['The status-bar tooltip. {0} is a length of time ("23 minutes"), {1} says when the break is due (a sentence).'] })}\n${summary}`,
    ariaLabel: l10n.t({ message: 'Posture Breaks: {0} of continuous coding. {1}', args: [coding, due], comment: ['What screen readers say of the status-bar item. {0} is a length of time ("23 minutes"), {1} says when the break is due (a sentence).'] }),
  };
}
