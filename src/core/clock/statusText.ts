// What the status-bar item says, derived from the clock's view: its text
// (no Intl, so the first text is not kept waiting), and its tooltip and
// screen-reader label, with today's summary.
//
// Every sentence names the stretch's time by one phrase: "23 minutes of
// continuous coding", or, where time outside VS Code is counted, "42
// minutes at your desk: 17 in VS Code, 25 elsewhere". Where it is not
// counted for a reason the person did not choose (the browser, a remote
// host, no source that works), the tooltip says so on a line of its own.
//
// Pure: no vscode import; the words come through the translator seam.
import type { DayStats } from '../days/dayStats';
import { longDuration, shortDuration, wholeCount, wholeMinutes } from '../format/durations';
import { formatNumber, plural } from '../format/intl';
import { GOOD_MOMENT_REASONS } from '../goodMomentSources';
import { l10n } from '../l10n';
import type { ReminderStyle } from '../settings';
import type { OutsideStatus } from '../sitting/idleSource';
import type { ClockView } from './view';
import { MINUTE } from '../time';

export function todaySummary(today: DayStats, outside: OutsideStatus = 'setting'): string {
  const taken = plural(wholeCount(today.taken), {
    one: l10n.t({ message: '{0} break taken', comment: ['Singular form: the form for 1 (and any other number your language treats the same way). {0} is the number.'] }),
    other: l10n.t({ message: '{0} breaks taken', comment: ['Plural form: the form for every other number. {0} is the number.'] }),
  });
  const skipped = formatNumber(wholeCount(today.skipped));
  const natural = formatNumber(wholeCount(today.natural));
  if (outside === 'on') {
    return l10n.t({
      message: 'Today: {0} in VS Code and {1} elsewhere at the computer, {2}, {3} skipped, {4} natural.',
      args: [longDuration(today.codingMs), longDuration(today.outsideMs), taken, skipped, natural],
      comment: ['{0} and {1} are lengths of time ("2 hours 5 minutes"), {2} the breaks taken ("1 break taken"), {3} and {4} are numbers of breaks skipped and of natural breaks.'],
    });
  }
  return l10n.t({
    message: 'Today: {0} of coding, {1}, {2} skipped, {3} natural.',
    args: [longDuration(today.codingMs), taken, skipped, natural],
    comment: ['{0} is a length of time ("2 hours 5 minutes"), {1} the breaks taken ("1 break taken"), {2} and {3} are numbers of breaks skipped and of natural breaks.'],
  });
}

/** The stretch's time in words: "23 minutes of continuous coding", or "42 minutes at your desk: 17 in VS Code, 25 elsewhere". */
export function stretchPhrase(view: Pick<ClockView, 'stretchMs' | 'outsideMs' | 'outside'>): string {
  if (view.outside !== 'on') {
    return l10n.t({ message: '{0} of continuous coding', args: [longDuration(view.stretchMs)], comment: ['Part of a sentence of the status bar: {0} is a length of time ("23 minutes").'] });
  }
  const total = wholeMinutes(view.stretchMs);
  const elsewhere = Math.min(total, wholeMinutes(view.outsideMs));
  return l10n.t({
    message: '{0} at your desk: {1} in VS Code, {2} elsewhere',
    args: [longDuration(total * MINUTE), formatNumber(total - elsewhere), formatNumber(elsewhere)],
    comment: ['Part of a sentence of the status bar: {0} is a length of time ("42 minutes"), {1} and {2} are numbers of minutes of it in VS Code and in other applications.'],
  });
}

/** Why time outside VS Code is not counted, for the tooltip; null when it is, while it is being found out, or when the person turned it off. */
function outsideNote(outside: OutsideStatus): string | null {
  switch (outside) {
    case 'browser':
      return l10n.t('Time at the computer outside VS Code is not counted here: in the browser, the extension cannot ask the system.');
    case 'remote':
      return l10n.t({ message: 'Time at the computer outside VS Code is not counted here: the extension runs on the remote machine, not yours. If that machine is yours, set {0} to "on".', args: ['postureBreaks.countTimeOutsideEditor'], comment: ['{0} is the name of a setting.'] });
    case 'platform':
      return l10n.t('Time at the computer outside VS Code is not counted here: the extension has no way to ask this operating system.');
    case 'failed':
      return l10n.t('Time at the computer outside VS Code is not counted here: asking this system for the time since your last input did not work (the log says why).');
    default:
      return null;
  }
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
    return { text: `$(debug-pause) ${shortDuration(view.stretchMs)}`, prompt: false };
  }
  if (view.prompt && reminderStyle !== 'off') {
    return { text: `$(heart) ${l10n.t({ message: 'Stretch break', comment: ['The prompt on the status bar, and the panel\'s title: a short break to stretch.'] })}`, prompt: true };
  }
  return { text: `$(watch) ${shortDuration(view.stretchMs)}`, prompt: false };
}

export function describeStatus(
  view: ClockView,
  reminderStyle: ReminderStyle,
  now: number,
  clockTime: (epochMs: number) => string,
): StatusText {
  const label = statusLabel(view, reminderStyle);
  const time = stretchPhrase(view);
  const note = outsideNote(view.outside);
  const rest = `\n${todaySummary(view.today, view.outside)}${note === null ? '' : `\n${note}`}`;
  const dueIn = (left: number) => longDuration(Math.ceil(left / MINUTE) * MINUTE);
  if (view.pausedUntil !== null) {
    const pausedUntil = view.pausedUntil;
    const resume = pausedUntil === 'resume';
    const until = pausedUntil === 'resume' ? '' : clockTime(pausedUntil);
    return {
      ...label,
      tooltip: `${resume
        ? l10n.t({ message: 'Posture Breaks: reminders paused until you resume them; {0}. Click to take a break now.', args: [time], comment: ['The status-bar tooltip. {0} is the time since the last break ("23 minutes of continuous coding").'] })
        : l10n.t({ message: 'Posture Breaks: reminders paused until {0}; {1}. Click to take a break now.', args: [until, time], comment: ['The status-bar tooltip. {0} is a clock time ("14:30"), {1} the time since the last break ("23 minutes of continuous coding").'] })}${rest}`,
      ariaLabel: resume
        ? l10n.t({ message: 'Posture Breaks: reminders paused until you resume them; {0}.', args: [time], comment: ['What screen readers say of the status-bar item. {0} is the time since the last break ("23 minutes of continuous coding").'] })
        : l10n.t({ message: 'Posture Breaks: reminders paused until {0}; {1}.', args: [until, time], comment: ['What screen readers say of the status-bar item. {0} is a clock time ("14:30"), {1} the time since the last break ("23 minutes of continuous coding").'] }),
    };
  }
  const reason = view.offered ? GOOD_MOMENT_REASONS[view.offered] : null;
  if (label.prompt && reason !== null) {
    const left = view.dueAtCodingMs - view.stretchMs;
    const offered = left > 0
      ? l10n.t({ message: 'Posture Breaks: {0} So far, {1}; the break would be due in {2}. Click to start (about 3 minutes).', args: [reason, time, dueIn(left)], comment: ['The status-bar tooltip of a break offered early. {0} says why now ("You just committed: a good moment for a break."), {1} the time since the last break ("23 minutes of continuous coding"), {2} a length of time.'] })
      : l10n.t({ message: 'Posture Breaks: {0} So far, {1}. Click to start (about 3 minutes).', args: [reason, time], comment: ['The status-bar tooltip of a break offered early. {0} says why now ("You just committed: a good moment for a break."), {1} the time since the last break ("23 minutes of continuous coding").'] });
    return {
      ...label,
      tooltip: `${offered}${rest}`,
      ariaLabel: l10n.t({ message: 'Stretch break offered. {0} Click to start the break.', args: [reason], comment: ['What screen readers say of the status-bar item. {0} says why now ("You just committed: a good moment for a break.").'] }),
    };
  }
  if (label.prompt) {
    return {
      ...label,
      tooltip: `${l10n.t({ message: 'Posture Breaks: time for a stretch break, after {0}. Click to start (about 3 minutes).', args: [time], comment: ['The status-bar tooltip of a due break. {0} is the time since the last break ("31 minutes of continuous coding").'] })}${rest}`,
      ariaLabel: l10n.t({ message: 'Stretch break due, after {0}. Click to start the break.', args: [time], comment: ['What screen readers say of the status-bar item. {0} is the time since the last break ("31 minutes of continuous coding").'] }),
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
    const left = view.dueAtCodingMs - view.stretchMs;
    due = l10n.t({
      message: 'Break due in {0} (about {1} if you keep going).',
      args: [dueIn(left), clockTime(now + left)],
      comment: ['{0} is a length of time ("7 minutes"), {1} a clock time ("10:07").'],
    });
  }
  return {
    ...label,
    tooltip: `${l10n.t({ message: 'Posture Breaks: {0}. {1} Click to take a break now.', args: [time, due], comment: ['The status-bar tooltip. {0} is the time since the last break ("23 minutes of continuous coding"), {1} says when the break is due (a sentence).'] })}${rest}`,
    ariaLabel: l10n.t({ message: 'Posture Breaks: {0}. {1}', args: [time, due], comment: ['What screen readers say of the status-bar item. {0} is the time since the last break ("23 minutes of continuous coding"), {1} says when the break is due (a sentence).'] }),
  };
}
