import * as assert from 'node:assert/strict';
import { clockTime } from '../../src/core/format/intl';
import { describeStatus, todaySummary } from '../../src/core/clock/statusText';
import { longDuration, shortDuration } from '../../src/core/format/durations';
import { ClockView } from '../../src/core/clock/view';
import { DayStats } from '../../src/core/days/dayStats';

const MIN = 60_000;
const emptyDay: DayStats = { codingMs: 0, taken: 0, skipped: 0, snoozed: 0, natural: 0, longestStretchMs: 0, offered: 0, offeredTaken: 0, outsideMs: 0 };
const hhmm = (ms: number) => new Date(ms).toISOString().slice(11, 16);

function view(overrides: Partial<ClockView>): ClockView {
  return {
    stretchMs: 0, outsideMs: 0, outside: 'setting', dueAtCodingMs: 30 * MIN, due: false, offered: null, prompt: false, heldBy: null,
    pausedUntil: null, idle: false, today: emptyDay, ...overrides,
  };
}

describe('status-bar text', function () {
  it('shows minutes, then hours and minutes, never negative', function () {
    assert.equal(shortDuration(0), '0m');
    assert.equal(shortDuration(23 * MIN + 59_999), '23m');
    assert.equal(shortDuration(65 * MIN), '1h 05m');
    assert.equal(shortDuration(-5 * MIN), '0m');
    assert.equal(longDuration(MIN), '1 minute');
    assert.equal(longDuration(120 * MIN), '2 hours');
    assert.equal(longDuration(61 * MIN), '1 hour 1 minute');
  });

  it('not due: the coding time with one codicon, and when the break is due in the tooltip', function () {
    const now = Date.UTC(2026, 0, 5, 10, 0);
    const status = describeStatus(view({ stretchMs: 23 * MIN }), 'statusBar', now, hhmm);
    assert.equal(status.text, '$(watch) 23m');
    assert.equal(status.prompt, false);
    assert.match(status.tooltip, /23 minutes of continuous coding/);
    assert.match(status.tooltip, /^Posture Breaks: 23 minutes of continuous coding\. Break due in 7 minutes \(about 10:07/);
    assert.match(status.tooltip, /Today: 0 minutes of coding, 0 breaks taken, 0 skipped, 0 natural\./);
    assert.match(status.ariaLabel, /23 minutes of continuous coding/);
  });

  it('due: becomes the prompt (unless reminders are off)', function () {
    const due = view({ stretchMs: 31 * MIN, due: true, prompt: true });
    const status = describeStatus(due, 'statusBar', 0, hhmm);
    assert.equal(status.text, '$(heart) Stretch break');
    assert.equal(status.prompt, true);
    assert.match(status.ariaLabel, /Stretch break due, after 31 minutes of continuous coding/);
    assert.equal(describeStatus(due, 'off', 0, hhmm).prompt, false);
    assert.equal(describeStatus(due, 'notification', 0, hhmm).prompt, true);
  });

  it('due but held: says why, and is not the prompt', function () {
    const typing = describeStatus(view({ stretchMs: 30 * MIN, due: true, heldBy: 'typing' }), 'statusBar', 0, hhmm);
    assert.equal(typing.prompt, false);
    assert.match(typing.tooltip, /waits for a pause in your typing/);
    const debugging = describeStatus(view({ stretchMs: 30 * MIN, due: true, heldBy: 'debugging' }), 'statusBar', 0, hhmm);
    assert.match(debugging.tooltip, /waits until debugging ends/);
  });

  it('paused: says until when, even when a break would be due', function () {
    const until = Date.UTC(2026, 0, 5, 14, 30);
    const status = describeStatus(view({ stretchMs: 40 * MIN, due: true, prompt: false, pausedUntil: until }), 'statusBar', 0, hhmm);
    assert.equal(status.prompt, false);
    assert.match(status.text, /^\$\(debug-pause\) 40m$/);
    assert.match(status.tooltip, /paused until 14:30/);
    assert.match(describeStatus(view({ pausedUntil: 'resume' }), 'statusBar', 0, hhmm).tooltip, /until you resume them/);
  });

  it('writes clock times as local HH:MM', function () {
    assert.equal(clockTime(new Date(2026, 10, 26, 9, 5).getTime()), '09:05');
    assert.equal(clockTime(new Date(2026, 10, 26, 23, 59, 59).getTime()), '23:59');
    assert.equal(clockTime(new Date(2026, 10, 27, 0, 0).getTime()), '00:00');
  });

  it("summarises today's numbers", function () {
    assert.equal(
      todaySummary({ codingMs: 125 * MIN, taken: 1, skipped: 2, snoozed: 3, natural: 4, longestStretchMs: 0, offered: 1, offeredTaken: 1, outsideMs: 0 }),
      'Today: 2 hours 5 minutes of coding, 1 break taken, 2 skipped, 4 natural.',
    );
  });
});
