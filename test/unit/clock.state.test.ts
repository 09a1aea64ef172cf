import * as assert from 'node:assert/strict';
import { countActivity } from '../../src/core/clock/codingTime';
import { decidePause, snooze, take } from '../../src/core/clock/decisions';
import { viewAt } from '../../src/core/clock/display';
import { mergeFrom } from '../../src/core/clock/merge';
import { claimNotification } from '../../src/core/clock/notificationClaim';
import { restoreState } from '../../src/core/clock/sharedWrites';
import { MAX_DAYS } from '../../src/core/days/dayLedger';
import { DayStats } from '../../src/core/days/dayStats';
import { activeFor, HOUR, MINUTE, newClock, SECOND, settings, stored, T0, utcDay } from './support/clockHelpers';

const options = (writerId = 'reader') => ({ settings: settings(), writerId, localDay: utcDay });
const day = (codingMinutes: number, taken = 0): DayStats =>
  ({ codingMs: codingMinutes * MINUTE, taken, skipped: 0, snoozed: 0, natural: 0, longestStretchMs: codingMinutes * MINUTE, offered: 0, offeredTaken: 0, outsideMs: 0 });

/** Through JSON, as the store keeps it. */

describe('coding clock: stored state', function () {
  it('survives a reload: the count and history come back, and the short gap counts as coding', function () {
    const before = newClock({}, utcDay, 'window-a');
    const last = activeFor(before, T0, T0 + 20 * MINUTE, 10 * SECOND);
    take(before, T0 + 5 * MINUTE + 1); // something in the history
    activeFor(before, T0 + 5 * MINUTE + 10 * SECOND, last, 10 * SECOND);
    const { state: clock, problems } = restoreState(stored(before), last + 20 * SECOND, options());
    assert.deepEqual(problems, []);
    assert.deepEqual(clock.ledger.all, before.ledger.all);
    assert.equal(viewAt(clock, last + 20 * SECOND).stretchMs, viewAt(before, last).stretchMs);
    countActivity(clock, last + 30 * SECOND, 'other');
    assert.equal(viewAt(clock, last + 30 * SECOND).stretchMs, viewAt(before, last).stretchMs + 30 * SECOND);
  });

  it('judges a long gap since the stored last activity as a natural break', function () {
    const before = newClock();
    const last = activeFor(before, T0, T0 + 20 * MINUTE, 10 * SECOND);
    const { state: clock } = restoreState(stored(before), last + 2 * HOUR, options());
    const view = viewAt(clock, last + 2 * HOUR);
    assert.deepEqual([view.stretchMs, view.today.natural], [0, 1]);
  });

  it('keeps pause and snooze across a reload', function () {
    const before = newClock();
    const due = activeFor(before, T0, T0 + 30 * MINUTE, 10 * SECOND);
    snooze(before, due);
    decidePause(before, due, due + HOUR);
    const { state: clock } = restoreState(stored(before), due + SECOND, options());
    const view = viewAt(clock, due + SECOND);
    assert.deepEqual([view.dueAtCodingMs, view.pausedUntil, view.today.snoozed], [35 * MINUTE, due + HOUR, 1]);
  });

  it('starts afresh from nothing stored, without problems', function () {
    for (const raw of [undefined, null]) {
      const { state: clock, problems } = restoreState(raw, T0, options());
      assert.deepEqual(problems, []);
      assert.equal(viewAt(clock, T0).stretchMs, 0);
    }
  });

  it('starts afresh from a state that is not an object, and says so', function () {
    for (const raw of ['{"version":1', 42, [1, 2], true]) {
      const { state: clock, problems } = restoreState(raw, T0, options());
      assert.equal(problems.length, 1, String(raw));
      assert.deepEqual([viewAt(clock, T0).stretchMs, Object.keys(clock.ledger.all).length], [0, 0]);
    }
  });

  it('replaces each invalid field by a safe default, keeping the rest', function () {
    const good = stored((() => {
      const clock = newClock();
      activeFor(clock, T0, T0 + 10 * MINUTE, 10 * SECOND);
      decidePause(clock, T0 + 10 * MINUTE, 'resume');
      return clock;
    })());
    const raw = { ...good, codingMs: 'abc', snoozeMs: NaN, lastActivity: -5, rev: 1.5 };
    const { state: clock, problems } = restoreState(raw, T0 + 10 * MINUTE + SECOND, options());
    assert.equal(problems.length, 4);
    assert.ok(problems.some((p) => p.includes('codingMs') && p.includes('"abc"')), problems.join('\n'));
    const view = viewAt(clock, T0 + 10 * MINUTE + SECOND);
    assert.deepEqual([view.stretchMs, view.dueAtCodingMs, view.pausedUntil], [0, 30 * MINUTE, 'resume']);
    assert.deepEqual(clock.ledger.all, good.days);
  });

  it('fills a partly missing state with defaults', function () {
    const { state: clock, problems } = restoreState({ version: 1, codingMs: 5 * MINUTE, days: { '2026-01-04': day(42) } }, T0, options());
    assert.ok(problems.length > 0);
    assert.equal(viewAt(clock, T0).stretchMs, 5 * MINUTE);
    assert.deepEqual(clock.ledger.all, { '2026-01-04': day(42) });
  });

  it('from an unknown version keeps only the valid day history', function () {
    const raw = { version: 7, codingMs: 25 * MINUTE, lastActivity: T0 - SECOND, days: { '2026-01-04': day(42, 2) } };
    const { state: clock, problems } = restoreState(raw, T0, options());
    assert.equal(problems.length, 1);
    assert.match(problems[0], /unknown version \(7/);
    assert.equal(viewAt(clock, T0).stretchMs, 0);
    assert.deepEqual(clock.ledger.all, { '2026-01-04': day(42, 2) });
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
    const { state: clock, problems } = restoreState(raw, T0, options());
    assert.deepEqual(Object.keys(clock.ledger.all).sort(), ['2026-01-01', '2026-01-05']);
    assert.deepEqual(clock.ledger.all['2026-01-05'], { ...day(0), codingMs: 5 * MINUTE });
    assert.deepEqual(problems, ['4 stored days were not valid and were dropped.']);
  });

  it(`keeps the newest ${MAX_DAYS} stored days`, function () {
    const days: Record<string, DayStats> = {};
    for (let i = 0; i < 400; i++) {
      days[new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString().slice(0, 10)] = day(1);
    }
    const { state: clock } = restoreState({ ...stored(newClock()), days }, T0, options());
    const keys = Object.keys(clock.ledger.all).sort();
    assert.equal(keys.length, MAX_DAYS);
    assert.equal(keys[keys.length - 1], '2025-02-03');
  });
});

describe('coding clock: two windows', function () {
  /** Two windows that started from the same stored state. */
  function twoWindows() {
    const a = newClock({}, utcDay, 'window-a');
    const b = restoreState(stored(a), T0, options('window-b')).state;
    return { a, b };
  }

  it('counts activity seen by both windows once', function () {
    const { a, b } = twoWindows();
    for (let t = T0; t <= T0 + 10 * MINUTE; t += 10 * SECOND) {
      countActivity(a, t, 'other');
      countActivity(b, t + SECOND, 'other');
      if ((t - T0) % (30 * SECOND) === 0) {
        mergeFrom(b, stored(a), t + SECOND);
        mergeFrom(a, stored(b), t + SECOND);
      }
    }
    mergeFrom(b, stored(a), T0 + 11 * MINUTE);
    mergeFrom(a, stored(b), T0 + 11 * MINUTE);
    for (const clock of [a, b]) {
      const view = viewAt(clock, T0 + 11 * MINUTE);
      assert.ok(view.stretchMs >= 10 * MINUTE && view.stretchMs <= 10 * MINUTE + SECOND, String(view.stretchMs));
      assert.ok(view.today.codingMs <= 10 * MINUTE + SECOND, String(view.today.codingMs));
    }
  });

  it('picks up the count where the other window left it', function () {
    const { a, b } = twoWindows();
    const last = activeFor(a, T0, T0 + 20 * MINUTE, 10 * SECOND);
    assert.equal(mergeFrom(b, stored(a), last + 5 * SECOND), true);
    countActivity(b, last + 5 * SECOND, 'other');
    assert.equal(viewAt(b, last + 5 * SECOND).stretchMs, 20 * MINUTE + 5 * SECOND);
  });

  it('propagates a break taken in one window to the other', function () {
    const { a, b } = twoWindows();
    const due = activeFor(a, T0, T0 + 30 * MINUTE, 10 * SECOND);
    mergeFrom(b, stored(a), due);
    assert.equal(viewAt(b, due).due, true);
    countActivity(b, due + SECOND, 'other'); // b still in the old stretch
    take(a, due + 2 * SECOND);
    assert.equal(mergeFrom(b, stored(a), due + 3 * SECOND), true);
    const view = viewAt(b, due + 3 * SECOND);
    assert.deepEqual([view.stretchMs, view.due, view.today.taken], [0, false, 1]);
    // And back: the older stretch in b does not undo the break in a.
    assert.equal(mergeFrom(a, stored(b), due + 4 * SECOND), false);
    assert.equal(viewAt(a, due + 4 * SECOND).stretchMs, 0);
  });

  it('propagates pause and resume; the later decision wins', function () {
    const { a, b } = twoWindows();
    decidePause(a, T0 + MINUTE, T0 + HOUR);
    mergeFrom(b, stored(a), T0 + MINUTE + 1);
    assert.equal(viewAt(b, T0 + MINUTE + 1).pausedUntil, T0 + HOUR);
    decidePause(b, T0 + 2 * MINUTE, null);
    mergeFrom(a, stored(b), T0 + 2 * MINUTE + 1);
    assert.equal(viewAt(a, T0 + 2 * MINUTE + 1).pausedUntil, null);
    // An older decision does not win back.
    const old = newClock({}, utcDay, 'window-c');
    decidePause(old, T0 + 30 * SECOND, 'resume');
    assert.equal(mergeFrom(a, stored(old), T0 + 3 * MINUTE), false);
    assert.equal(viewAt(a, T0 + 3 * MINUTE).pausedUntil, null);
  });

  it('propagates a snooze within the same stretch', function () {
    const { a, b } = twoWindows();
    const due = activeFor(a, T0, T0 + 30 * MINUTE, 10 * SECOND);
    mergeFrom(b, stored(a), due);
    snooze(a, due + SECOND);
    mergeFrom(b, stored(a), due + 2 * SECOND);
    assert.deepEqual([viewAt(b, due + 2 * SECOND).due, viewAt(b, due + 2 * SECOND).dueAtCodingMs], [false, 35 * MINUTE]);
  });

  it('merges history per day and field, keeping the larger number', function () {
    const a = restoreState({ ...stored(newClock()), days: { '2026-01-01': day(10, 3), '2026-01-02': day(5) } }, T0, options('a')).state;
    const b = { ...stored(newClock()), days: { '2026-01-01': day(20, 1), '2026-01-03': day(7) } };
    mergeFrom(a, b, T0);
    assert.deepEqual(a.ledger.all, { '2026-01-01': { ...day(20), taken: 3 }, '2026-01-02': day(5), '2026-01-03': day(7) });
  });

  it('ignores a state it cannot read, and reports no change for a state it already has', function () {
    const { a, b } = twoWindows();
    activeFor(a, T0, T0 + MINUTE, 10 * SECOND);
    assert.equal(mergeFrom(b, 'garbage', T0 + MINUTE), false);
    assert.equal(mergeFrom(b, { ...stored(a), version: 2 }, T0 + MINUTE), false);
    assert.equal(viewAt(b, T0 + MINUTE).stretchMs, 0);
    assert.equal(mergeFrom(b, stored(a), T0 + MINUTE), true);
    assert.equal(mergeFrom(b, stored(a), T0 + MINUTE), false);
  });

  it('claims the notification of a due break once, across windows, and again after a snooze', function () {
    const { a, b } = twoWindows();
    const early = activeFor(a, T0, T0 + 29 * MINUTE, 10 * SECOND);
    assert.equal(claimNotification(a, early), false, 'not due yet');
    const due = activeFor(a, early + 10 * SECOND, T0 + 30 * MINUTE, 10 * SECOND);
    mergeFrom(b, stored(a), due);
    assert.equal(claimNotification(a, due), true);
    assert.equal(claimNotification(a, due + SECOND), false);
    mergeFrom(b, stored(a), due + SECOND);
    assert.equal(claimNotification(b, due + SECOND), false, 'claimed by the other window');
    snooze(b, due + 2 * SECOND);
    const again = activeFor(b, due + 10 * SECOND, due + 5 * MINUTE, 10 * SECOND);
    assert.equal(claimNotification(b, again), true, 'a new due break after the snooze');
  });

  it('does not claim while the prompt is held or paused', function () {
    const clock = newClock();
    decidePause(clock, T0, 'resume');
    const due = activeFor(clock, T0, T0 + 30 * MINUTE, 10 * SECOND);
    assert.equal(claimNotification(clock, due), false);
    decidePause(clock, due, null);
    assert.equal(claimNotification(clock, due), true);
  });
});
