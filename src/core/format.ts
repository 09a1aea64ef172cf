// Every formatter of the product, in one place: clock times, lengths of time,
// counts and dates, and what the status-bar item says (derived from the
// clock's view). Pure, and dependency-free but for the calendar helpers: the
// panel's page uses it too.
import { parseDayKey, weekdayOf } from './calendar';
import { DAY_STATS, type DayStat } from './dayStats';
import { GOOD_MOMENT_REASONS } from './goodMomentSources';
import { l10n } from './l10n';
import { ClockView, DayStats, ReminderStyle } from './types';

const MINUTE = 60_000;

/**
 * A local clock time, "14:05". Written by hand: the first call of
 * toLocaleTimeString loads locale data and would cost tens of milliseconds
 * at activation.
 */
export function clockTime(epochMs: number): string {
  const date = new Date(epochMs);
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/** A length of time in minutes and seconds: "45 s", "2 min", "2 min 15 s". */
export function formatSpan(ms: number): string {
  const seconds = Number.isFinite(ms) ? Math.max(0, Math.round(ms / 1000)) : 0;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) {
    return `${rest} s`;
  }
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

/** Whole minutes, never negative. */
export function wholeMinutes(ms: number): number {
  return Math.max(0, Math.floor(ms / MINUTE));
}

/** "23m", "1h 05m": compact, for the status bar. */
export function shortDuration(ms: number): string {
  const minutes = wholeMinutes(ms);
  if (minutes < 60) {
    return `${minutes}m`;
  }
  return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, '0')}m`;
}

/** "23 minutes", "1 hour 5 minutes": for tooltips and screen readers. */
export function longDuration(ms: number): string {
  const minutes = wholeMinutes(ms);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (hours === 0) {
    return plural(rest, 'minute');
  }
  return rest === 0 ? plural(hours, 'hour') : `${plural(hours, 'hour')} ${plural(rest, 'minute')}`;
}

export function todaySummary(today: DayStats): string {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return `Today: ${longDuration(today.codingMs)} of coding, ${count(today.taken, 'break', 'breaks')} taken, `
    + `${today.skipped} skipped, ${today.natural} natural.`;
}

export interface StatusText {
  /** Text with one codicon. */
  text: string;
  tooltip: string;
  ariaLabel: string;
  /** Show as the prompt, with the theme's warning background. */
  prompt: boolean;
}

export function describeStatus(
  view: ClockView,
  reminderStyle: ReminderStyle,
  now: number,
  clockTime: (epochMs: number) => string,
): StatusText {
  const coding = longDuration(view.codingMs);
  const summary = todaySummary(view.today);
  if (view.pausedUntil !== null) {
    const until = view.pausedUntil === 'resume' ? 'until you resume them' : `until ${clockTime(view.pausedUntil)}`;
    return {
      text: `$(debug-pause) ${shortDuration(view.codingMs)}`,
      tooltip: `Posture Breaks: reminders paused ${until}. Continuous coding: ${coding}. Click to take a break now.\n${summary}`,
      ariaLabel: `Posture Breaks: reminders paused ${until}; ${coding} of continuous coding.`,
      prompt: false,
    };
  }
  const reason = view.offered ? GOOD_MOMENT_REASONS[view.offered] : null;
  if (view.prompt && reminderStyle !== 'off' && reason !== null) {
    const left = view.dueAtCodingMs - view.codingMs;
    const offered = left > 0
      ? l10n.t({ message: 'Posture Breaks: {0} {1} of coding so far. It would be due in {2} of coding. Click to start (about 3 minutes).', args: [reason, coding, longDuration(Math.ceil(left / MINUTE) * MINUTE)], comment: ['The status-bar tooltip of a break offered early. {0} says why now ("You just committed: a good moment for a break."), {1} and {2} are lengths of time.'] })
      : l10n.t({ message: 'Posture Breaks: {0} {1} of coding so far. Click to start (about 3 minutes).', args: [reason, coding], comment: ['The status-bar tooltip of a break offered early. {0} says why now ("You just committed: a good moment for a break."), {1} is a length of time.'] });
    return {
      text: '$(heart) Stretch break',
      tooltip: `${offered}\n${summary}`,
      ariaLabel: l10n.t({ message: 'Stretch break offered. {0} Click to start the break.', args: [reason], comment: ['What screen readers say of the status-bar item. {0} says why now ("You just committed: a good moment for a break.").'] }),
      prompt: true,
    };
  }
  if (view.prompt && reminderStyle !== 'off') {
    return {
      text: '$(heart) Stretch break',
      tooltip: `Posture Breaks: time for a stretch break, after ${coding} of coding. Click to start (about 3 minutes).\n${summary}`,
      ariaLabel: `Stretch break due after ${coding} of coding. Click to start the break.`,
      prompt: true,
    };
  }
  let due: string;
  if (view.due && reason !== null) {
    due = view.heldBy === 'debugging' ? l10n.t({ message: '{0} The break waits until debugging ends.', args: [reason], comment: ['{0} says why the break is offered now ("You just committed: a good moment for a break.").'] })
      : view.heldBy === 'typing' ? l10n.t({ message: '{0} The break waits for a pause in your typing.', args: [reason], comment: ['{0} says why the break is offered now ("You just committed: a good moment for a break.").'] })
        : reason;
  } else if (view.due) {
    due = view.heldBy === 'debugging' ? 'A break is due; it waits until debugging ends.'
      : view.heldBy === 'typing' ? 'A break is due; it waits for a pause in your typing.'
        : 'A break is due.';
  } else {
    const left = view.dueAtCodingMs - view.codingMs;
    due = `Break due in ${longDuration(Math.ceil(left / MINUTE) * MINUTE)} of coding (about ${clockTime(now + left)} if you keep going).`;
  }
  return {
    text: `$(watch) ${shortDuration(view.codingMs)}`,
    tooltip: `Posture Breaks: ${coding} of continuous coding. ${due} Click to take a break now.\n${summary}`,
    ariaLabel: `Posture Breaks: ${coding} of continuous coding. ${due}`,
    prompt: false,
  };
}

/** Whether two views show the same thing (status bar, tooltip, panel summary), at minute resolution. */
export function sameDisplay(a: ClockView, b: ClockView): boolean {
  const minutes = (ms: number) => Math.floor(ms / MINUTE);
  return minutes(a.codingMs) === minutes(b.codingMs)
    && a.dueAtCodingMs === b.dueAtCodingMs
    && a.due === b.due
    && a.offered === b.offered
    && a.prompt === b.prompt
    && a.heldBy === b.heldBy
    && a.pausedUntil === b.pausedUntil
    && a.idle === b.idle
    && DAY_STATS.every(({ field, kind }) => (kind === 'duration' ? minutes(a.today[field]) === minutes(b.today[field]) : a.today[field] === b.today[field]));
}

/** Coding time for the panel: "0 min", "45 min", "1 h 5 min". Never negative. */
export function formatCodingTime(ms: number): string {
  const minutes = Number.isFinite(ms) ? Math.max(0, Math.floor(ms / 60_000)) : 0;
  if (minutes < 60) {
    return `${minutes} min`;
  }
  const rest = minutes % 60;
  return rest === 0 ? `${Math.floor(minutes / 60)} h` : `${Math.floor(minutes / 60)} h ${rest} min`;
}

/** A day statistic for display: durations as coding time, counts as whole numbers. */
export function formatDayStat(stat: Pick<DayStat, 'kind'>, value: number): string {
  return stat.kind === 'duration' ? formatCodingTime(value) : String(wholeCount(value));
}

/** A whole, finite, non-negative count for display (0 for anything else). */
export function wholeCount(value: number): number {
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The parts of a date key for labels: "Mon", 17, "Nov". Null for an invalid key. */
export function dateParts(key: string): { weekday: string; day: number; month: string } | null {
  const parts = parseDayKey(key);
  if (!parts) {
    return null;
  }
  return { weekday: WEEKDAYS[weekdayOf(key)], day: parts.day, month: MONTHS[parts.month - 1] };
}

/** A date key in words: "Mon 17 Nov" (the key itself if it is not valid). */
export function formatDate(key: string): string {
  const parts = dateParts(key);
  return parts ? `${parts.weekday} ${parts.day} ${parts.month}` : key;
}
