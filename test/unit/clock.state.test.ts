import * as assert from 'node:assert/strict';
import { ClockRules } from '../../src/core/clock/rules';
import type { StoredClockState } from '../../src/core/clock/stored';
import { MAX_DAYS } from '../../src/core/days/dayLedger';
import { DayStats } from '../../src/core/days/dayStats';
import { activeFor, HOUR, MINUTE, newClock, SECOND, settings, T0, utcDay } from './support/clockHelpers';

const options = (writerId = 'reader') => ({ settings: settings(), writerId, localDay: utcDay });
const day = (codingMinutes: number, taken = 0): DayStats =>
  ({ codingMs: codingMinutes * MINUTE, taken, skipped: 0, snoozed: 0, natural: 0, longestStretchMs: codingMinutes * MINUTE, offered: 0, offeredTaken: 0, outsideMs: 0 });

/** Through JSON, as the store keeps it. */
const stored = (clock: ClockRules): StoredClockState => JSON.parse(JSON.stringify(clock));

describe('coding clock: stored state', function () {
  it('survives a reload: the count and history come back, and the short gap counts as coding', function () {
    const before = newClock({}, utcDay, 'window-a');
    const last = activeFor(before, T0, T0 + 20 * MINUTE, 10 * SECOND);
    before.take(T0 + 5 * MINUTE + 1); // something in the history
    activeFor(before, T0 + 5 * MINUTE + 10 * SECOND, last, 10 * SECOND);
    const { rules: clock, problems } = ClockRules.restore(stored(before), last + 20 * SECOND, options());
    assert.deepEqual(problems, []);
    assert.deepEqual(clock.days, before.days);
    assert.equal(clock.view(last + 20 * SECOND).stretchMs, before.view(last).stretchMs);
    clock.activity(last + 30 * SECOND, 'other');
    assert.equal(clock.view(last + 30 * SECOND).stretchMs, before.view(last).stretchMs + 30 * SECOND);
  });

  it('judges a long gap since the stored last activity as a natural break', function () {
    const before = newClock();
    const last = activeFor(before, T0, T0 + 20 * MINUTE, 10 * SECOND);
    const { rules: clock } = ClockRules.restore(stored(before), last + 2 * HOUR, options());
    const view = clock.view(last + 2 * HOUR);
    assert.deepEqual([view.stretchMs, view.today.natural], [0, 1]);
  });

  it('keeps pause and snooze across a reload', function () {
    const before = newClock();
    const due = activeFor(before, T0, T0 + 30 * MINUTE, 10 * SECOND);
    before.snooze(due);
    before.pause(due, due + HOUR);
    const { rules: clock } = ClockRules.restore(stored(before), due + SECOND, options());
    const view = clock.view(due + SECOND);
    assert.deepEqual([view.dueAtCodingMs, view.pausedUntil, view.today.snoozed], [35 * MINUTE, due + HOUR, 1]);
  });

  it('starts afresh from nothing stored, without problems', function () {
    for (const raw of [undefined, null]) {
      const { rules: clock, problems } = ClockRules.restore(raw, T0, options());
      assert.deepEqual(problems, []);
      assert.equal(clock.view(T0).stretchMs, 0);
    }
  });

  it('starts afresh from a state that is not an object, and says so', function () {
    for (const raw of ['{"version":1', 42, [1, 2], true]) {
      const { rules: clock, problems } = ClockRules.restore(raw, T0, options());
      assert.equal(problems.length, 1, String(raw));
      assert.deepEqual([clock.view(T0).stretchMs, Object.keys(clock.days).length], [0, 0]);
    }
  });

  it('replaces each invalid field by a safe default, keeping the rest', function () {
    const good = stored((() => {
      const clock = newClock();
      activeFor(clock, T0, T0 + 10 * MINUTE, 10 * SECOND);
      clock.pause(T0 + 10 * MINUTE, 'resume');
      return clock;
    })());
    const raw = { ...good, codingMs: 'abc', snoozeMs: NaN, lastActivity: -5, rev: 1.5 };
    const { rules: clock, problems } = ClockRules.restore(raw, T0 + 10 * MINUTE + SECOND, options());
    assert.equal(problems.length, 4);
    assert.ok(problems.some((p) => p.includes('codingMs') && p.includes('"abc"')), problems.join('\n'));
    const view = clock.view(T0 + 10 * MINUTE + SECOND);
    assert.deepEqual([view.stretchMs, view.dueAtCodingMs, view.pausedUntil], [0, 30 * MINUTE, 'resume']);
    assert.deepEqual(clock.days, good.days);
  });

  it('fills a partly missing state with defaults', function () {
    const { rules: clock, problems } = ClockRules.restore({ version: 1, codingMs: 5 * MINUTE, days: { '2026-01-04': day(42) } }, T0, options());
    assert.ok(problems.length > 0);
    assert.equal(clock.view(T0).stretchMs, 5 * MINUTE);
    assert.deepEqual(clock.days, { '2026-01-04': day(42) });
  });

  it('from an unknown version keeps only the valid day history', function () {
    const raw = { version: 7, codingMs: 25 * MINUTE, lastActivity: T0 - SECOND, days: { '2026-01-04': day(42, 2) } };
    const { rules: clock, problems } = ClockRules.restore(raw, T0, options());
    assert.equal(problems.length, 1);
    assert.match(problems[0], /unknown version \(7/);
    assert.equal(clock.view(T0).stretchMs, 0);
    assert.deepEqual(clock.days, { '2026-01-04': day(42, 2) });
  });

  it('drops bad days and keeps good ones', function () {
    const raw = {
      ...stored(newClock()),
      days: {
        '2026-01-01': day(10),
        '2026-01-02': { ...day(20), taken: -1 },
        '2026-01-03': { ...day(30), codingMs: 'lots' },
        'yesterday': day(40),
        '2026-01-04': 'nothing',
        '2026-01-05': { codingMs: 5 * MINUTE }, // missing fields are zero
      },
    };
    const { rules: clock, problems } = ClockRules.restore(raw, T0, options());
    assert.deepEqual(Object.keys(clock.days).sort(), ['2026-01-01', '2026-01-05']);
    assert.deepEqual(clock.days['2026-01-05'], { ...day(0), codingMs: 5 * MINUTE });
    assert.deepEqual(problems, ['4 stored days were not valid and were dropped.']);
  });

  it(`keeps the newest ${MAX_DAYS} stored days`, function () {
    const days: Record<string, DayStats> = {};
    for (let i = 0; i < 400; i++) {
      days[new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString().slice(0, 10)] = day(1);
    }
    const { rules: clock } = ClockRules.restore({ ...stored(newClock()), days }, T0, options());
    const keys = Object.keys(clock.days).sort();
    assert.equal(keys.length, MAX_DAYS);
    assert.equal(keys[keys.length - 1], '2025-02-03');
  });
});

describe('coding clock: two windows', function () {
  /** Two windows that started from the same stored state. */
  function twoWindows() {
    const a = newClock({}, utcDay, 'window-a');
    const b = ClockRules.restore(stored(a), T0, options('window-b')).rules;
    return { a, b };
  }

  it('counts activity seen by both windows once', function () {
    const { a, b } = twoWindows();
    for (let t = T0; t <= T0 + 10 * MINUTE; t += 10 * SECOND) {
      a.activity(t, 'other');
      b.activity(t + SECOND, 'other');
      if ((t - T0) % (30 * SECOND) === 0) {
        b.mergeFrom(stored(a), t + SECOND);
        a.mergeFrom(stored(b), t + SECOND);
      }
    }
    b.mergeFrom(stored(a), T0 + 11 * MINUTE);
    a.mergeFrom(stored(b), T0 + 11 * MINUTE);
    for (const clock of [a, b]) {
      const view = clock.view(T0 + 11 * MINUTE);
      assert.ok(view.stretchMs >= 10 * MINUTE && view.stretchMs <= 10 * MINUTE + SECOND, String(view.stretchMs));
      assert.ok(view.today.codingMs <= 10 * MINUTE + SECOND, String(view.today.codingMs));
    }
  });

  it('picks up the count where the other window left it', function () {
    const { a, b } = twoWindows();
    const last = activeFor(a, T0, T0 + 20 * MINUTE, 10 * SECOND);
    assert.equal(b.mergeFrom(stored(a), last + 5 * SECOND), true);
    b.activity(last + 5 * SECOND, 'other');
    assert.equal(b.view(last + 5 * SECOND).stretchMs, 20 * MINUTE + 5 * SECOND);
  });

  it('propagates a break taken in one window to the other', function () {
    const { a, b } = twoWindows();
    const due = activeFor(a, T0, T0 + 30 * MINUTE, 10 * SECOND);
    b.mergeFrom(stored(a), due);
    assert.equal(b.view(due).due, true);
    b.activity(due + SECOND, 'other'); // b still in the old stretch
    a.take(due + 2 * SECOND);
    assert.equal(b.mergeFrom(stored(a), due + 3 * SECOND), true);
    const view = b.view(due + 3 * SECOND);
    assert.deepEqual([view.stretchMs, view.due, view.today.taken], [0, false, 1]);
    // And back: the older stretch in b does not undo the break in a.
    assert.equal(a.mergeFrom(stored(b), due + 4 * SECOND), false);
    assert.equal(a.view(due + 4 * SECOND).stretchMs, 0);
  });

  it('propagates pause and resume; the later decision wins', function () {
    const { a, b } = twoWindows();
    a.pause(T0 + MINUTE, T0 + HOUR);
    b.mergeFrom(stored(a), T0 + MINUTE + 1);
    assert.equal(b.view(T0 + MINUTE + 1).pausedUntil, T0 + HOUR);
    b.resume(T0 + 2 * MINUTE);
    a.mergeFrom(stored(b), T0 + 2 * MINUTE + 1);
    assert.equal(a.view(T0 + 2 * MINUTE + 1).pausedUntil, null);
    // An older decision does not win back.
    const old = newClock({}, utcDay, 'window-c');
    old.pause(T0 + 30 * SECOND, 'resume');
    assert.equal(a.mergeFrom(stored(old), T0 + 3 * MINUTE), false);
    assert.equal(a.view(T0 + 3 * MINUTE).pausedUntil, null);
  });

  it('propagates a snooze within the same stretch', function () {
    const { a, b } = twoWindows();
    const due = activeFor(a, T0, T0 + 30 * MINUTE, 10 * SECOND);
    b.mergeFrom(stored(a), due);
    a.snooze(due + SECOND);
    b.mergeFrom(stored(a), due + 2 * SECOND);
    assert.deepEqual([b.view(due + 2 * SECOND).due, b.view(due + 2 * SECOND).dueAtCodingMs], [false, 35 * MINUTE]);
  });

  it('merges history per day and field, keeping the larger number', function () {
    const a = ClockRules.restore({ ...stored(newClock()), days: { '2026-01-01': day(10, 3), '2026-01-02': day(5) } }, T0, options('a')).rules;
    const b = { ...stored(newClock()), days: { '2026-01-01': day(20, 1), '2026-01-03': day(7) } };
    a.mergeFrom(b, T0);
    assert.deepEqual(a.days, { '2026-01-01': { ...day(20), taken: 3 }, '2026-01-02': day(5), '2026-01-03': day(7) });
  });

  it('ignores a state it cannot read, and reports no change for a state it already has', function () {
    const { a, b } = twoWindows();
    activeFor(a, T0, T0 + MINUTE, 10 * SECOND);
    assert.equal(b.mergeFrom('garbage', T0 + MINUTE), false);
    assert.equal(b.mergeFrom({ ...stored(a), version: 2 }, T0 + MINUTE), false);
    assert.equal(b.view(T0 + MINUTE).stretchMs, 0);
    assert.equal(b.mergeFrom(stored(a), T0 + MINUTE), true);
    assert.equal(b.mergeFrom(stored(a), T0 + MINUTE), false);
  });

  it('claims the notification of a due break once, across windows, and again after a snooze', function () {
    const { a, b } = twoWindows();
    const early = activeFor(a, T0, T0 + 29 * MINUTE, 10 * SECOND);
    assert.equal(a.claimNotification(early), false, 'not due yet');
    const due = activeFor(a, early + 10 * SECOND, T0 + 30 * MINUTE, 10 * SECOND);
    b.mergeFrom(stored(a), due);
    assert.equal(a.claimNotification(due), true);
    assert.equal(a.claimNotification(due + SECOND), false);
    b.mergeFrom(stored(a), due + SECOND);
    assert.equal(b.claimNotification(due + SECOND), false, 'claimed by the other window');
    b.snooze(due + 2 * SECOND);
    const again = activeFor(b, due + 10 * SECOND, due + 5 * MINUTE, 10 * SECOND);
    assert.equal(b.claimNotification(again), true, 'a new due break after the snooze');
  });

  it('does not claim while the prompt is held or paused', function () {
    const clock = newClock();
    clock.pause(T0, 'resume');
    const due = activeFor(clock, T0, T0 + 30 * MINUTE, 10 * SECOND);
    assert.equal(clock.claimNotification(due), false);
    clock.resume(due);
    assert.equal(clock.claimNotification(due), true);
  });
});
