// The panel page's own words, in the display language: every label, button
// and sentence of the break and history views that is not about one exercise
// (those come with the catalogue). Built on the extension side and sent in
// the content message; the page has no words of its own, so no English is
// baked into its script. Sentences keep their {0}-style placeholders, which
// the page fills; a phrase with a count has its two plural forms, chosen by
// the display language's plural rules (format.ts `plural`).
//
// Extension side only (the page imports its type alone).

import { formatWords } from '../core/format/durations';
import { l10n } from '../core/l10n';
import type { PanelWords } from '../core/protocol/hostMessages';

export function panelWords(): PanelWords {
  return {
    text: {
      stretchBreak: l10n.t({ message: 'Stretch break', comment: ['The prompt on the status bar, and the panel\'s title: a short break to stretch.'] }),
      guide: l10n.t({ message: 'Guide', comment: ['A heading for screen readers: the part of the panel that guides you through the break.'] }),
      partsList: l10n.t('The parts of this break'),
      whichStretch: l10n.t('Which stretch'),
      breakDone: l10n.t({ message: 'Break done', comment: ['The label of the progress bar: how much of the break is done.'] }),
      startHint: l10n.t('Press Start, then step away from the keyboard: sounds and this line guide you through each part.'),
      start: l10n.t({ message: 'Start', comment: ['A button: start the guided break.'] }),
      startAgain: l10n.t({ message: 'Start again', comment: ['A button: go through the whole break once more.'] }),
      pause: l10n.t({ message: 'Pause', comment: ['A button: pause the guided break.'] }),
      resume: l10n.t({ message: 'Resume', comment: ['A button: go on with the paused break.'] }),
      skipPart: l10n.t('Skip this part'),
      restart: l10n.t({ message: 'Restart', comment: ['A button: start the break again from its first part.'] }),
      soundOn: l10n.t({ message: 'Sound on', comment: ['A toggle button: the sound cues are on (press to mute them).'] }),
      soundOff: l10n.t({ message: 'Sound off', comment: ['A toggle button: the sound cues are off (press to turn them on).'] }),
      safety: l10n.t({ message: 'Safety', comment: ['The name, for screen readers, of the safety note.'] }),
      finish: l10n.t({ message: 'Finish the break', comment: ['The name, for screen readers, of the Done, Snooze and Skip buttons.'] }),
      done: l10n.t({ message: 'Done', comment: ['A button: record the break as taken and close the panel.'] }),
      snooze: l10n.t({ message: 'Snooze', comment: ['A button: ask again after a few more minutes of coding.'] }),
      skip: l10n.t({ message: 'Skip', comment: ['A button: skip this break (it is recorded as skipped).'] }),
      sources: l10n.t({ message: 'Sources', comment: ['A heading: the studies the explanation cites.'] }),
      linksOpen: l10n.t('(links open in your browser)'),
      commonMistakes: l10n.t('Common mistakes:'),
      whyThis: l10n.t({ message: 'Why this:', comment: ['Before the studies that back an exercise.'] }),
      partNumber: l10n.t({ message: '{0}.', comment: ['The number before the title of a part of the break: "1."'] }),
      today: l10n.t({ message: 'Today', comment: ['A heading, and the label under today\'s column in the chart.'] }),
      historyLink: l10n.t({ message: 'Break history: the last {0} days', comment: ['A link to the history view. {0} is the number of days (14).'] }),
      backToBreak: l10n.t('Back to the break'),
      breakHistory: l10n.t('Break history'),
      local: l10n.t('Your numbers stay on this computer: nothing is sent anywhere.'),
      lastDays: l10n.t({ message: 'Last {0} days', comment: ['A heading. {0} is the number of days (14).'] }),
      tableCaption: l10n.t('Numbers per day, oldest first'),
      date: l10n.t({ message: 'Date', comment: ['A column of the history table.'] }),
      dueCoded: l10n.t({ message: 'You have been coding for {0}. Time to stand up. This break takes {1}.', comment: ['{0} and {1} are lengths of time ("31 min", "4 min 26 s").'] }),
      dueNow: l10n.t({ message: 'Time to stand up. This break takes {0}.', comment: ['{0} is a length of time ("4 min 26 s").'] }),
      notDue: l10n.t({ message: 'No break is due yet, and an early one counts just the same. This break takes {0}.', comment: ['{0} is a length of time ("4 min 26 s").'] }),
      dueSitting: l10n.t({ message: 'You have been at your desk for {0}, {1} of it outside VS Code. Time to stand up. This break takes {2}.', comment: ['{0}, {1} and {2} are lengths of time ("42 min", "25 min", "4 min 26 s"). "Outside VS Code": in other applications, a meeting.'] }),
      offeredSitting: l10n.t({ message: '{0} You have been at your desk for {1}, {2} of it outside VS Code. This break takes {3}.', comment: ['{0} says why now ("You just committed: a good moment for a break."), {1}, {2} and {3} are lengths of time.'] }),
      offeredCoded: l10n.t({ message: '{0} You have been coding for {1}. This break takes {2}.', comment: ['{0} says why now ("You just committed: a good moment for a break."), {1} and {2} are lengths of time.'] }),
      offeredNow: l10n.t({ message: '{0} This break takes {1}.', comment: ['{0} says why now ("You just committed: a good moment for a break."), {1} is a length of time.'] }),
      setup: l10n.t({ message: 'Get into position', comment: ['Beside the countdown: the moment before a part of the break starts.'] }),
      setupLeft: l10n.t('Get into position: left side first'),
      setupRight: l10n.t('Get into position: right side first'),
      holdLeft: l10n.t({ message: 'Left side, round {0} of {1}', comment: ['Beside the countdown while a stretch is held: "Left side, round 1 of 2".'] }),
      holdRight: l10n.t({ message: 'Right side, round {0} of {1}', comment: ['Beside the countdown while a stretch is held: "Right side, round 1 of 2".'] }),
      hold: l10n.t({ message: 'Hold, round {0} of {1}', comment: ['Beside the countdown while a stretch is held: "Hold, round 1 of 2".'] }),
      easeOff: l10n.t({ message: 'Ease off', comment: ['Beside the countdown: the pause between two holds of a stretch.'] }),
      switchLeft: l10n.t('Switch to the left side'),
      switchRight: l10n.t('Switch to the right side'),
      switchOther: l10n.t('Switch to the other side'),
      squeezeOf: l10n.t({ message: 'Squeeze {0} of {1}', comment: ['Beside the countdown while the glutes are squeezed: "Squeeze 3 of 8".'] }),
      relax: l10n.t({ message: 'Relax', comment: ['Beside the countdown: the pause between two squeezes.'] }),
      walk: l10n.t({ message: 'Walk', comment: ['Beside the countdown during the short walk.'] }),
      partOf: l10n.t({ message: 'Part {0} of {1}: {2}', comment: ['Beside the countdown: "Part 2 of 3: Standing glute squeeze".'] }),
      skippedCount: l10n.t({ message: '{0} skipped', comment: ['When the break is over: how many of its parts were skipped.'] }),
      wellDone: l10n.t({ message: 'Well done', comment: ['When the break is over and no part was skipped.'] }),
      countdownDone: l10n.t({ message: 'Done', comment: ['Shown in place of the countdown when the break is over.'] }),
      paused: l10n.t({ message: 'Paused.', comment: ['Said to screen readers when the break is paused.'] }),
      resumed: l10n.t({ message: 'Resumed.', comment: ['Said to screen readers when the break goes on.'] }),
      pausedHint: l10n.t('Paused. Press Resume to go on.'),
      recorded: l10n.t({ message: 'The break is recorded.', comment: ['Said after "Break complete. Well done." when the break counts as taken.'] }),
      notRecorded: l10n.t({ message: 'Less than half of it was done: press Done or Skip.', comment: ['Said after "Break complete. Well done." when too much of the break was skipped to count it.'] }),
      todayMark: l10n.t({ message: '{0} (today)', comment: ['A row of the history table: {0} is the date.'] }),
      chartTaken: l10n.t({ message: 'Breaks taken: {0} in all.', comment: ['Part of the chart\'s description for screen readers. {0} is a number.'] }),
      chartTakenPeak: l10n.t({ message: 'Breaks taken: {0} in all, most on {1} ({2}).', comment: ['Part of the chart\'s description for screen readers: {0} breaks in all, {1} the date with the most, {2} how many on that date.'] }),
      chartCoding: l10n.t({ message: 'Coding time: {0} in all.', comment: ['Part of the chart\'s description for screen readers. {0} is a length of time.'] }),
      chartTable: l10n.t('The table that follows has the numbers of each day.'),
      streakNone: l10n.t('No streak yet: a day counts once you take at least one break in it.'),
      totals: l10n.t({
        message: 'Last {0}: {1} of coding, {2} taken, {3} skipped, {4} snoozed, {5}; longest stretch {6}.',
        comment: ['The history\'s totals: {0} "14 days", {1} a length of time, {2} "8 breaks", {3} and {4} numbers of breaks, {5} "2 natural breaks", {6} a length of time.'],
      }),
      outsideTotals: l10n.t({ message: 'Time at the computer outside VS Code: {0}.', comment: ['After the history\'s totals: {0} is a length of time ("3 h 20 min"), counted where the system can tell.'] }),
      offeredTotals: l10n.t({ message: '{0} offered at a good moment, {1} of them taken.', comment: ['After the history\'s totals: {0} "3 breaks", {1} a number.'] }),
      sentences: l10n.t({ message: '{0} {1}', comment: ['Two sentences one after the other: {0} is the first, {1} the next. Join them as your language does (in Japanese and Chinese, with no space).'] }),
      emptyNone: l10n.t('No history yet. Coding time and breaks are recorded on this computer as you work; they show here from your first day with Posture Breaks.'),
    },
    plural: {
      snoozeHint: {
        one: l10n.t({ message: 'Finishing every part records the break by itself. Done records it once you have done at least half of it (skipped parts do not count). Snooze asks again once the count on the status bar has gone up by {0} minute; closing this panel while a break is due does the same.', comment: ['Singular form: the form for 1 (and any other number your language treats the same way). {0} is the number of minutes.'] }),
        other: l10n.t({ message: 'Finishing every part records the break by itself. Done records it once you have done at least half of it (skipped parts do not count). Snooze asks again once the count on the status bar has gone up by {0} minutes; closing this panel while a break is due does the same.', comment: ['Plural form: the form for every other number. {0} is the number of minutes.'] }),
      },
      planLine: {
        one: l10n.t({ message: '{1}: {2}, in {0} part.', comment: ['Singular form: the form for 1 (and any other number your language treats the same way). {0} is the number of parts, {1} the kind of break ("Quick break"), {2} its length ("1 min 10 s").'] }),
        other: l10n.t({ message: '{1}: {2}, in {0} parts.', comment: ['Plural form: the form for every other number. {0} is the number of parts, {1} the kind of break ("Full break"), {2} its length ("4 min 26 s").'] }),
      },
      allDone: {
        one: l10n.t({ message: '{0} part done', comment: ['Singular form: the form for 1 (and any other number your language treats the same way). When the break is over; {0} is the number of parts.'] }),
        other: l10n.t({ message: 'All {0} parts done', comment: ['Plural form: the form for every other number. When the break is over; {0} is the number of parts.'] }),
      },
      chartRange: {
        one: l10n.t({ message: 'Chart of the last {0} day, {1} to {2}.', comment: ['Singular form: the form for 1 (and any other number your language treats the same way). The chart\'s description for screen readers: {0} days, from the date {1} to the date {2}.'] }),
        other: l10n.t({ message: 'Chart of the last {0} days, {1} to {2}.', comment: ['Plural form: the form for every other number. The chart\'s description for screen readers: {0} days, from the date {1} to the date {2}.'] }),
      },
      dayTitle: {
        one: l10n.t({ message: '{1}: {0} break taken, {2} of coding', comment: ['Singular form: the form for 1 (and any other number your language treats the same way). A day of the chart: {1} the date, {0} the breaks taken, {2} a length of time.'] }),
        other: l10n.t({ message: '{1}: {0} breaks taken, {2} of coding', comment: ['Plural form: the form for every other number. A day of the chart: {1} the date, {0} the breaks taken, {2} a length of time.'] }),
      },
      streakToday: {
        one: l10n.t({ message: 'Current streak: {0} day with at least one break taken, today included.', comment: ['Singular form: the form for 1 (and any other number your language treats the same way). {0} is a number of days.'] }),
        other: l10n.t({ message: 'Current streak: {0} days in a row with at least one break taken, today included.', comment: ['Plural form: the form for every other number. {0} is a number of days.'] }),
      },
      streakYesterday: {
        one: l10n.t({ message: 'Current streak: {0} day with at least one break taken, up to yesterday. A break today keeps it going.', comment: ['Singular form: the form for 1 (and any other number your language treats the same way). {0} is a number of days.'] }),
        other: l10n.t({ message: 'Current streak: {0} days in a row with at least one break taken, up to yesterday. A break today keeps it going.', comment: ['Plural form: the form for every other number. {0} is a number of days.'] }),
      },
      days: {
        one: l10n.t({ message: '{0} day', comment: ['Singular form: the form for 1 (and any other number your language treats the same way). {0} is the number.'] }),
        other: l10n.t({ message: '{0} days', comment: ['Plural form: the form for every other number. {0} is the number.'] }),
      },
      breaks: {
        one: l10n.t({ message: '{0} break', comment: ['Singular form: the form for 1 (and any other number your language treats the same way). {0} is the number.'] }),
        other: l10n.t({ message: '{0} breaks', comment: ['Plural form: the form for every other number. {0} is the number.'] }),
      },
      naturalBreaks: {
        one: l10n.t({ message: '{0} natural break', comment: ['Singular form: the form for 1 (and any other number your language treats the same way). A natural break is a pause of several minutes in your activity. {0} is the number.'] }),
        other: l10n.t({ message: '{0} natural breaks', comment: ['Plural form: the form for every other number. A natural break is a pause of several minutes in your activity. {0} is the number.'] }),
      },
      emptyRecent: {
        one: l10n.t({ message: 'Nothing recorded in the last {0} day.', comment: ['Singular form: the form for 1 (and any other number your language treats the same way). {0} is the number of days.'] }),
        other: l10n.t({ message: 'Nothing recorded in the last {0} days.', comment: ['Plural form: the form for every other number. {0} is the number of days.'] }),
      },
    },
    format: formatWords(),
    stats: {
      codingMs: l10n.t({ message: 'Coding time', comment: ['A number of the day, in the panel\'s tables and the history chart.'] }),
      taken: l10n.t({ message: 'Breaks taken', comment: ['A number of the day, in the panel\'s tables and the history chart.'] }),
      skipped: l10n.t({ message: 'Skipped', comment: ['A number of the day: the breaks skipped.'] }),
      snoozed: l10n.t({ message: 'Snoozed', comment: ['A number of the day: the breaks snoozed.'] }),
      natural: l10n.t({ message: 'Natural breaks', comment: ['A number of the day: the pauses of several minutes in your activity, which count as breaks.'] }),
      longestStretchMs: l10n.t({ message: 'Longest stretch', comment: ['A number of the day: the longest time of continuous coding (a stretch of time, not a stretching exercise).'] }),
      offered: l10n.t({ message: 'Offered at a good moment', comment: ['A number of the day: the breaks offered early, when a piece of work ended (a commit, a task, a debug session).'] }),
      outsideMs: l10n.t({ message: 'Elsewhere at the computer', comment: ['A number of the day: time at the computer outside VS Code (in other applications, in meetings), counted when the system can tell.'] }),
      offeredTaken: l10n.t({ message: 'Taken when offered', comment: ['A number of the day: how many of the breaks offered at a good moment were taken.'] }),
    },
    lengths: {
      full: l10n.t({ message: 'Full break', comment: ['A kind of break, before its length: "Full break: 4 min 26 s, in 3 parts."'] }),
      stretch: l10n.t({ message: 'Stretch only', comment: ['A kind of break, before its length: "Stretch only: 2 min 35 s, in 1 part."'] }),
      quick: l10n.t({ message: 'Quick break', comment: ['A kind of break, before its length: "Quick break: 1 min 17 s, in 2 parts."'] }),
    },
  };
}
